"""Measures of Musterstadt in the fields HF 1 to HF 4.

Invented, modelled on real council reports (Herten, Kerpen, Ratingen, Kaiserslautern).
"""

from sachstand.demo.data.schema import MeasureData

MEASURES: list[MeasureData] = [
    # ------------------------------------------------------------------------------------------
    # HF 1 Bürgerservice & OZG-Onlinedienste
    # ------------------------------------------------------------------------------------------
    {
        "code": "M 1.1",
        "title": "Wohngeldantrag online über das Serviceportal NRW",
        "description": (
            "Der EfA-Onlinedienst Wohngeld wird über das Serviceportal der Stadt angeboten und "
            "über die XWohngeld-Schnittstelle an das Fachverfahren der Wohngeldstelle "
            "angebunden. Online-Anträge sollen ohne Ausdruck und ohne erneute Erfassung "
            "bearbeitet werden."
        ),
        "field": "HF 1",
        "goals": ["Z 1.1", "Z 1.2"],
        "org_unit": "FB 50",
        "contact": "Lena Schmidt, Sachgebietsleitung Wohngeld",
        "benefit": 5,
        "urgency": 4,
        "effort": 3,
        "created": "2024-04-15",
        "planned_start": "2024-07-01",
        "planned_end": "2025-06-30",
        "council_reference": "A 2024/052",
        "council_reference_date": "2024-04-11",
        "milestones": [
            {
                "title": "Onlinedienst Wohngeld im Serviceportal freigeschaltet",
                "due": "2024-10-31",
                "completed": "2024-10-22",
            },
            {
                "title": "XWohngeld-Schnittstelle zum Fachverfahren produktiv",
                "due": "2025-03-31",
                "moved": [{"date": "2025-03-20", "due": "2025-09-30"}],
                "completed": "2025-10-14",
            },
            {
                "title": "Schulung der Sachbearbeitung und Ende der Papiererfassung",
                "due": "2025-06-30",
                "moved": [{"date": "2025-03-20", "due": "2025-11-30"}],
                "completed": "2025-11-25",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "18000.00",
                "actual": "16420.50",
                "actual_recorded": "2025-02-14",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "24000.00",
                "actual": "27310.00",
                "actual_recorded": "2026-02-20",
                "funding_source": "OZG-Umsetzungsmittel des Landes",
                "funded": "12000.00",
            },
        ],
        "staff": [{"year": 2024, "fte": "0.3"}, {"year": 2025, "fte": "0.5"}],
        "changes": [
            {"date": "2024-07-08", "set": {"status": "in_progress"}},
            {"date": "2025-03-20", "set": {"planned_end": "2025-12-31"}},
            {
                "date": "2025-11-28",
                "set": {"status": "completed", "actual_end": "2025-11-28"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-27",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "Der EfA-Onlinedienst Wohngeld ist seit dem 22.10.2024 über das "
                    "Serviceportal freigeschaltet. Im ersten Halbjahr 2025 gingen 1.046 von "
                    "2.870 Anträgen online ein (36 %). Die Anträge müssen noch ausgedruckt und "
                    "im Fachverfahren erfasst werden, weil der Hersteller die "
                    "XWohngeld-Schnittstelle erst mit dem Herbst-Release ausliefert. Das "
                    "Projektende wurde deshalb im März auf den 31.12.2025 verschoben."
                ),
                "next_steps": (
                    "Test der XWohngeld-Schnittstelle im Testsystem des kommunalen "
                    "Rechenzentrums (KRZ) ab August 2025; Schulung der zwölf "
                    "Sachbearbeiterinnen und Sachbearbeiter vor dem Produktivstart."
                ),
                "risks": (
                    "Die manuelle Erfassung bindet rund 0,5 VZÄ. Bei weiter steigenden "
                    "Antragszahlen nach der Wohngeldreform drohen längere Bearbeitungszeiten."
                ),
                "author": "l.schmidt",
            },
            "2025-H2": {
                "reported": "2025-12-18",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die XWohngeld-Schnittstelle ist seit dem 14.10.2025 produktiv; "
                    "Online-Anträge werden seitdem ohne Medienbruch in das Fachverfahren "
                    "übernommen. Die Papiererfassung wurde am 25.11.2025 eingestellt, die "
                    "Maßnahme ist am 28.11.2025 abgeschlossen worden. Im November lag der "
                    "Online-Anteil bei 43 % (212 von 498 Anträgen), die durchschnittliche "
                    "Bearbeitungszeit sank von 41 auf 29 Tage."
                ),
                "next_steps": (
                    "Der Online-Anteil soll über die Bürgerkonto-Anbindung (M 1.3) weiter "
                    "steigen; Bescheide sollen ab 2026 in das BundID-Postfach zugestellt werden."
                ),
                "author": "l.schmidt",
            },
        },
    },
    {
        "code": "M 1.2",
        "title": "Online-Terminvergabe und Aufrufsystem im Bürgerbüro",
        "description": (
            "Einführung eines Terminmanagementsystems mit Online-Buchung, SMS-Erinnerung und "
            "Aufrufanlage für Bürgerbüro, Standesamt und Ausländerbehörde. Ziel ist, "
            "Wartezeiten zu verkürzen und Spontanvorsprachen planbar zu machen."
        ),
        "field": "HF 1",
        "goals": ["Z 1.3"],
        "org_unit": "FB 32",
        "contact": "Katarzyna Nowak, Leitung Bürgerbüro",
        "benefit": 4,
        "urgency": 5,
        "effort": 2,
        "created": "2024-04-02",
        "planned_start": "2024-05-01",
        "planned_end": "2025-03-31",
        "milestones": [
            {
                "title": "Terminmanagementsystem aus dem Rahmenvertrag des KRZ abgerufen",
                "due": "2024-07-31",
                "completed": "2024-07-15",
            },
            {
                "title": "Online-Terminbuchung im Bürgerbüro gestartet",
                "due": "2024-11-04",
                "completed": "2024-11-04",
            },
            {
                "title": "Aufrufanlage in Standesamt und Ausländerbehörde in Betrieb",
                "due": "2025-03-31",
                "completed": "2025-03-27",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "42000.00",
                "actual": "39870.00",
                "actual_recorded": "2025-01-31",
            },
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "6500.00",
                "actual": "6500.00",
                "actual_recorded": "2025-01-31",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "9800.00",
                "actual": "9800.00",
                "actual_recorded": "2026-01-30",
            },
        ],
        "staff": [{"year": 2024, "fte": "0.4"}, {"year": 2025, "fte": "0.1"}],
        "changes": [
            {"date": "2024-05-06", "set": {"status": "in_progress"}},
            {
                "date": "2025-03-27",
                "set": {"status": "completed", "actual_end": "2025-03-27"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-24",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die Online-Terminvergabe ist seit dem 04.11.2024 im Bürgerbüro in "
                    "Betrieb, seit dem 27.03.2025 auch im Standesamt und in der "
                    "Ausländerbehörde mit Aufrufanlage. 74 % der Vorsprachen werden inzwischen "
                    "vorab online gebucht; die durchschnittliche Wartezeit im Bürgerbüro ist von "
                    "38 auf 11 Minuten gesunken. Dank der SMS-Erinnerung werden nur noch 9 % "
                    "der Termine nicht wahrgenommen."
                ),
                "next_steps": (
                    "Der Betrieb geht in die Linienverantwortung des Bürgerbüros über. Die "
                    "Kontingente für Spontanvorsprachen werden quartalsweise überprüft."
                ),
                "author": "k.nowak",
            },
        },
    },
    {
        "code": "M 1.3",
        "title": "Anbindung aller Onlinedienste an das Bürgerkonto BundID",
        "description": (
            "Alle städtischen Onlinedienste werden an die BundID als zentrales Bürgerkonto "
            "angebunden; die Anmeldung über das Servicekonto.NRW wird abgelöst. Bescheide "
            "werden elektronisch in das Postfach der BundID zugestellt."
        ),
        "field": "HF 1",
        "goals": ["Z 1.1", "Z 1.2"],
        "org_unit": "DIG",
        "contact": "Anna Becker, Stabsstelle Digitalisierung",
        "benefit": 5,
        "urgency": 4,
        "effort": 3,
        "created": "2024-06-10",
        "planned_start": "2024-09-01",
        "planned_end": "2026-06-30",
        "milestones": [
            {
                "title": "Migrationskonzept mit dem KRZ abgestimmt",
                "due": "2024-12-15",
                "completed": "2024-12-10",
            },
            {
                "title": "Alle 14 Formularlösungen an die BundID angebunden",
                "due": "2025-09-30",
                "completed": "2025-09-26",
            },
            {
                "title": "Rückkanal: Bescheidzustellung in das BundID-Postfach",
                "due": "2026-03-31",
                "moved": [{"date": "2026-01-08", "due": "2026-05-31"}],
                "completed": "2026-05-27",
            },
            {
                "title": "Anmeldung über das Servicekonto.NRW abgeschaltet",
                "due": "2026-06-30",
                "completed": "2026-06-12",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "15000.00",
                "actual": "11200.00",
                "actual_recorded": "2025-02-14",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "38000.00",
                "actual": "35640.00",
                "actual_recorded": "2026-02-20",
                "funding_source": "OZG-Umsetzungsmittel des Landes",
                "funded": "30000.00",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "22000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "0.5"},
        ],
        "changes": [
            {"date": "2024-09-02", "set": {"status": "in_progress"}},
            {
                "date": "2026-06-12",
                "set": {"status": "completed", "actual_end": "2026-06-12"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-03",
                "traffic_light": "green",
                "percent": 40,
                "summary": (
                    "Das Migrationskonzept wurde im Dezember 2024 mit dem kommunalen "
                    "Rechenzentrum (KRZ) abgestimmt. Von den 14 städtischen Formularlösungen "
                    "sind 6 an die BundID angebunden; die Anmeldung mit Online-Ausweis und "
                    "ELSTER-Zertifikat funktioniert. Bisherige Nutzerinnen und Nutzer des "
                    "Servicekontos.NRW werden beim nächsten Login zur Übernahme in die BundID "
                    "geführt."
                ),
                "next_steps": (
                    "Anbindung der übrigen acht Formularlösungen bis 30.09.2025; Abstimmung mit "
                    "dem KRZ zur Zustellung von Bescheiden in das BundID-Postfach."
                ),
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2026-01-12",
                "traffic_light": "green",
                "percent": 65,
                "summary": (
                    "Seit dem 26.09.2025 sind alle 14 Formularlösungen an die BundID "
                    "angebunden. Im zweiten Halbjahr 2025 wurden 3.912 Anträge mit "
                    "BundID-Anmeldung gestellt, davon 38 % mit Online-Ausweis. Für den "
                    "Rückkanal fehlt noch ein Update der Formularplattform, das der KRZ für "
                    "das zweite Quartal 2026 angekündigt hat; der Meilenstein wurde am "
                    "08.01.2026 auf den 31.05.2026 verschoben."
                ),
                "next_steps": (
                    "Pilot der Bescheidzustellung mit Wohngeld (M 1.1) und Hundesteuer; danach "
                    "Abschaltung der Anmeldung über das Servicekonto.NRW."
                ),
                "risks": (
                    "Verzögert sich das Plattform-Update des KRZ weiter, kann das Projektende "
                    "30.06.2026 nicht gehalten werden."
                ),
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-06-26",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Seit dem 27.05.2026 werden Bescheide für Wohngeld und Hundesteuer in das "
                    "BundID-Postfach zugestellt. Die Anmeldung über das Servicekonto.NRW wurde "
                    "am 12.06.2026 abgeschaltet; die Maßnahme ist damit abgeschlossen. Im "
                    "ersten Halbjahr 2026 haben sich 5.280 Antragstellende mit der BundID "
                    "angemeldet."
                ),
                "next_steps": (
                    "Neue Onlinedienste werden nur noch mit BundID-Anmeldung und "
                    "Postfachzustellung eingeführt; das ist im Vorgehensmodell der Stabsstelle "
                    "festgeschrieben."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 1.4",
        "title": "E-Payment über ePayBL für alle gebührenpflichtigen Onlinedienste",
        "description": (
            "Einführung der Bezahlplattform ePayBL mit Kreditkarte, PayPal und "
            "SEPA-Lastschrift. Zahlungseingänge werden über eine Schnittstelle des KRZ "
            "automatisch im Finanzverfahren gebucht, statt sie wie bisher anhand der "
            "Kontoauszüge manuell zuzuordnen."
        ),
        "field": "HF 1",
        "goals": ["Z 1.1", "Z 1.2"],
        "org_unit": "FB 20",
        "contact": "Petra Schulte, Stadtkasse",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2024-09-16",
        "planned_start": "2025-01-01",
        "planned_end": "2025-12-31",
        "milestones": [
            {
                "title": "Verträge mit ePayBL-Betreiber und Payment-Provider geschlossen",
                "due": "2025-03-31",
                "completed": "2025-03-18",
            },
            {
                "title": "Schnittstelle ePayBL – Finanzverfahren beim KRZ produktiv",
                "due": "2025-08-31",
                "moved": [{"date": "2026-01-12", "due": "2026-04-30"}],
                "completed": "2026-05-19",
            },
            {
                "title": "Pilotbetrieb mit dem Onlinedienst Bewohnerparkausweis gestartet",
                "due": "2025-11-30",
                "moved": [{"date": "2025-10-20", "due": "2026-06-30"}],
                "completed": "2026-06-15",
            },
            {
                "title": "Alle gebührenpflichtigen Onlinedienste angebunden",
                "due": "2025-12-31",
                "moved": [{"date": "2025-10-20", "due": "2026-09-30"}],
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "28000.00",
                "re_estimated": [{"date": "2025-10-20", "estimated": "41500.00"}],
                "actual": "36980.40",
                "actual_recorded": "2026-03-06",
                "funding_source": "OZG-Umsetzungsmittel des Landes",
                "funded": "14000.00",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "12000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "12000.00"},
        ],
        "staff": [{"year": 2025, "fte": "0.5"}, {"year": 2026, "fte": "0.3"}],
        "changes": [
            {"date": "2025-02-03", "set": {"status": "in_progress"}},
            {"date": "2025-10-20", "set": {"planned_end": "2026-09-30"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-08",
                "traffic_light": "green",
                "percent": 35,
                "summary": (
                    "Die Verträge mit dem ePayBL-Betreiber und dem Payment-Provider sind seit "
                    "dem 18.03.2025 geschlossen, die Zahlarten Kreditkarte, PayPal und "
                    "SEPA-Lastschrift sind eingerichtet. Für die automatische Buchung der "
                    "Zahlungseingänge muss das KRZ eine Schnittstelle zum Finanzverfahren "
                    "einrichten; sie ist für August 2025 zugesagt."
                ),
                "next_steps": (
                    "Test der Schnittstelle im Testmandanten des KRZ; Vorbereitung des "
                    "Pilotbetriebs mit dem Onlinedienst Bewohnerparkausweis."
                ),
                "risks": (
                    "Die Schnittstelle ist Teil eines Sammelauftrags mehrerer Kommunen beim KRZ; "
                    "auf die Reihenfolge hat die Stadt keinen Einfluss."
                ),
                "author": "p.schulte",
            },
            "2025-H2": {
                "reported": "2026-01-09",
                "traffic_light": "yellow",
                "percent": 45,
                "summary": (
                    "Die Schnittstelle zum Finanzverfahren wurde nicht wie zugesagt zum "
                    "31.08.2025 geliefert, weil das KRZ zunächst die Umstellung des "
                    "Finanzverfahrens auf die neue Programmversion abschließen musste. Das "
                    "Projektende wurde am 20.10.2025 auf den 30.09.2026 verschoben, der "
                    "Pilotbetrieb auf Juni 2026. Zusätzliche Dienstleistungstage des "
                    "Payment-Providers erhöhen die Kosten 2025 um 13.500 Euro."
                ),
                "next_steps": (
                    "Produktivsetzung der Schnittstelle mit dem Release 1/2026 des KRZ; danach "
                    "Pilotbetrieb mit dem Bewohnerparkausweis (M 1.6)."
                ),
                "risks": (
                    "Ohne die Schnittstelle kann die Stadtkasse Online-Zahlungen nur mit "
                    "erheblichem manuellem Aufwand zuordnen."
                ),
                "deviation_reason": (
                    "Der Meilenstein zur Schnittstelle ist formal seit dem 31.08.2025 "
                    "überfällig. Das KRZ hat die Produktivsetzung am 07.01.2026 schriftlich für "
                    "den 30.04.2026 zugesagt, die Schnittstelle ist im Testsystem bereits "
                    "abgenommen. Der Meilenstein wird entsprechend angepasst; daher gelb statt "
                    "rot."
                ),
                "author": "p.schulte",
            },
            "2026-H1": {
                "reported": "2026-07-06",
                "traffic_light": "green",
                "percent": 70,
                "summary": (
                    "Die Schnittstelle ist seit dem 19.05.2026 produktiv; Online-Zahlungen "
                    "werden automatisch im Finanzverfahren gebucht. Seit dem 15.06.2026 läuft "
                    "der Pilotbetrieb mit dem Bewohnerparkausweis, bis Ende Juni wurden 186 "
                    "Zahlungen fehlerfrei verarbeitet. 9 der 23 gebührenpflichtigen "
                    "Onlinedienste sind angebunden."
                ),
                "next_steps": (
                    "Anbindung der übrigen 14 gebührenpflichtigen Onlinedienste bis 30.09.2026."
                ),
                "risks": "Für den Rollout stehen in der Stadtkasse nur 0,3 VZÄ zur Verfügung.",
                "author": "p.schulte",
            },
        },
    },
    {
        "code": "M 1.5",
        "title": "Videoberatung in Bürgerbüro und Ausländerbehörde",
        "description": (
            "Pilotierung einer BSI-konformen Videoberatung, die im Rechenzentrum des KRZ "
            "betrieben wird, für Beratungsgespräche ohne Vorsprache im Rathaus. Bei Erfolg "
            "sollte das Angebot auf weitere Fachbereiche ausgeweitet werden."
        ),
        "field": "HF 1",
        "goals": ["Z 1.3"],
        "org_unit": "FB 32",
        "contact": "Katarzyna Nowak, Leitung Bürgerbüro",
        "benefit": 3,
        "urgency": 2,
        "effort": 2,
        "created": "2024-05-13",
        "planned_start": "2024-10-01",
        "planned_end": "2025-12-31",
        "council_reference": "A 2024/063",
        "council_reference_date": "2024-05-02",
        "milestones": [
            {
                "title": "Videolösung ausgewählt und im KRZ bereitgestellt",
                "due": "2024-12-31",
                "completed": "2025-01-20",
            },
            {
                "title": "Pilotbetrieb in Ausländerbehörde und Bürgerbüro gestartet",
                "due": "2025-02-28",
                "completed": "2025-02-17",
            },
            {
                "title": "Evaluation und Entscheidung über den Regelbetrieb",
                "due": "2025-10-31",
                "completed": "2025-11-14",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "9500.00",
                "actual": "8740.00",
                "actual_recorded": "2025-01-31",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "14400.00",
                "actual": "12000.00",
                "actual_recorded": "2026-02-20",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "14400.00",
                "re_estimated": [{"date": "2025-11-27", "estimated": "0.00"}],
            },
        ],
        "staff": [{"year": 2025, "fte": "0.2"}],
        "changes": [
            {"date": "2024-10-07", "set": {"status": "in_progress"}},
            {
                "date": "2025-11-27",
                "set": {"status": "cancelled", "actual_end": "2025-11-27"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-30",
                "traffic_light": "green",
                "percent": 50,
                "summary": (
                    "Seit dem 17.02.2025 läuft der Pilotbetrieb in der Ausländerbehörde und im "
                    "Bürgerbüro. Bisher wurden 31 Videoberatungen durchgeführt. Mehrere "
                    "Gespräche mussten wegen Problemen mit Browsern und Kameras auf der Seite "
                    "der Bürgerinnen und Bürger telefonisch fortgesetzt werden."
                ),
                "next_steps": (
                    "Auswertung des Pilotbetriebs bis Oktober 2025 und Entscheidung über den "
                    "Regelbetrieb im Verwaltungsvorstand."
                ),
                "author": "k.nowak",
            },
            "2025-H2": {
                "reported": "2025-12-16",
                "traffic_light": "yellow",
                "percent": 60,
                "summary": (
                    "Die Auswertung hat eine sehr geringe Nachfrage ergeben: Von Februar bis "
                    "Oktober 2025 wurden 47 Videoberatungen gebucht, gegenüber rund 2.900 "
                    "Präsenzterminen in denselben Bereichen. Fast 40 % der Gespräche mussten "
                    "wegen technischer Probleme telefonisch fortgesetzt werden. Der "
                    "Verwaltungsvorstand hat deshalb am 27.11.2025 beschlossen, die Maßnahme "
                    "einzustellen; die Lizenz wird zum 31.12.2025 gekündigt."
                ),
                "next_steps": (
                    "Statt der Videoberatung wird in der Online-Terminvergabe (M 1.2) ein "
                    "Rückrufservice angeboten. Die Erfahrungen werden an das KRZ und die "
                    "Nachbarkommunen weitergegeben."
                ),
                "author": "k.nowak",
            },
        },
    },
    {
        "code": "M 1.6",
        "title": "Bewohnerparkausweis online beantragen und bezahlen",
        "description": (
            "Nachnutzung des EfA-Onlinedienstes Bewohnerparken mit Anbindung an das "
            "Parkraumfachverfahren, BundID-Anmeldung und Online-Zahlung über ePayBL. Der "
            "Ausweis wird nach der Zahlung als digitale Parkberechtigung erteilt."
        ),
        "field": "HF 1",
        "goals": ["Z 1.1", "Z 1.2"],
        "org_unit": "FB 32",
        "contact": "Katarzyna Nowak, Abteilung Verkehrsangelegenheiten",
        "benefit": 3,
        "urgency": 3,
        "effort": 2,
        "created": "2025-09-15",
        "planned_start": "2026-01-15",
        "planned_end": "2026-09-30",
        "council_reference": "A 2025/117",
        "council_reference_date": "2025-09-04",
        "dependencies": ["M 1.3", "M 1.4"],
        "milestones": [
            {
                "title": "EfA-Onlinedienst nachgenutzt und konfiguriert",
                "due": "2026-03-31",
                "completed": "2026-04-14",
            },
            {
                "title": "Anbindung an das Parkraumfachverfahren",
                "due": "2026-05-31",
                "completed": "2026-06-10",
            },
            {"title": "Produktivstart in allen Bewohnerparkzonen", "due": "2026-07-31"},
        ],
        "costs": [{"year": 2026, "kind": "konsumtiv", "estimated": "11800.00"}],
        "staff": [{"year": 2026, "fte": "0.3"}],
        "changes": [{"date": "2026-02-02", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H2": {
                "reported": "2025-12-17",
                "traffic_light": "green",
                "percent": 5,
                "summary": (
                    "Der Rat hat die Verwaltung am 04.09.2025 beauftragt, den "
                    "Bewohnerparkausweis online anzubieten (A 2025/117). Der EfA-Onlinedienst "
                    "des Landes kann nachgenutzt werden; die Konfiguration beginnt im Januar "
                    "2026. Voraussetzung ist die Zahlungsabwicklung über ePayBL (M 1.4)."
                ),
                "next_steps": (
                    "Konfiguration des Onlinedienstes und Abstimmung der Schnittstelle zum "
                    "Parkraumfachverfahren mit dem Hersteller."
                ),
                "author": "k.nowak",
            },
            "2026-H1": {
                "reported": "2026-06-29",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "Der Onlinedienst ist konfiguriert und seit dem 10.06.2026 an das "
                    "Parkraumfachverfahren angebunden. Beide Meilensteine wurden wegen "
                    "Rückfragen des Datenschutzbeauftragten rund zwei Wochen später erreicht als "
                    "geplant. Seit dem 15.06.2026 läuft ein Pilotbetrieb in der Zone Altstadt; "
                    "bis Ende Juni wurden 186 Ausweise online beantragt und bezahlt."
                ),
                "next_steps": (
                    "Ausweitung auf alle sechs Bewohnerparkzonen zum 31.07.2026; danach entfällt "
                    "der PDF-Antrag."
                ),
                "author": "k.nowak",
            },
        },
    },
    {
        "code": "M 1.7",
        "title": "Elektronische Wohnsitzanmeldung einführen",
        "description": (
            "Anbindung des Meldeverfahrens an den Onlinedienst zur elektronischen "
            "Wohnsitzanmeldung nach dem Bundesmeldegesetz. Anmeldungen sollen ohne Termin "
            "im Bürgerbüro möglich sein; dadurch werden Termine für andere Anliegen frei."
        ),
        "field": "HF 1",
        "goals": ["Z 1.1", "Z 1.2", "Z 1.3"],
        "org_unit": "FB 32",
        "contact": "Katarzyna Nowak, Leitung Bürgerbüro",
        "benefit": 4,
        "urgency": 3,
        "effort": 2,
        "created": "2026-02-10",
        "planned_start": "2026-04-01",
        "planned_end": "2026-12-31",
        "dependencies": ["M 1.3"],
        "milestones": [
            {
                "title": "Meldeverfahren an den Onlinedienst angebunden",
                "due": "2026-06-30",
                "completed": "2026-06-24",
            },
            {"title": "Go-live elektronische Wohnsitzanmeldung", "due": "2026-09-30"},
            {
                "title": "Auswertung der Nutzung und Anpassung der Terminkontingente",
                "due": "2026-12-31",
            },
        ],
        "costs": [{"year": 2026, "kind": "konsumtiv", "estimated": "6000.00"}],
        "staff": [{"year": 2026, "fte": "0.2"}],
        "changes": [{"date": "2026-04-20", "set": {"status": "in_progress"}}],
        "updates": {
            "2026-H1": {
                "reported": "2026-07-02",
                "traffic_light": "green",
                "percent": 20,
                "summary": (
                    "Das KRZ hat das Meldeverfahren am 24.06.2026 an den Onlinedienst "
                    "angebunden; derzeit laufen Tests mit Testidentitäten. Anmeldungen machen "
                    "rund 28 % aller Termine im Bürgerbüro aus, das Entlastungspotenzial ist "
                    "entsprechend hoch."
                ),
                "next_steps": (
                    "Abnahmetest im August 2026, Go-live zum 30.09.2026; Information über "
                    "Homepage und Social Media."
                ),
                "risks": (
                    "Die Nutzung setzt einen Online-Ausweis mit PIN voraus; erfahrungsgemäß "
                    "kennen viele Bürgerinnen und Bürger ihre PIN nicht."
                ),
                "author": "k.nowak",
            },
        },
    },
    # ------------------------------------------------------------------------------------------
    # HF 2 E-Akte & papierlose Prozesse
    # ------------------------------------------------------------------------------------------
    {
        "code": "M 2.1",
        "title": "Zentraler digitaler Posteingang mit Scanstelle",
        "description": (
            "Die gesamte Eingangspost wird in einer zentralen Scanstelle digitalisiert, "
            "klassifiziert und elektronisch an die Fachbereiche verteilt. Die Papierpost wird "
            "nach der Qualitätskontrolle drei Monate aufbewahrt und dann vernichtet."
        ),
        "field": "HF 2",
        "goals": ["Z 2.2", "Z 2.3"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung Organisation",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2024-05-06",
        "planned_start": "2024-09-01",
        "planned_end": "2025-09-30",
        "council_reference": "A 2024/081",
        "council_reference_date": "2024-04-25",
        "milestones": [
            {
                "title": "Hochleistungsscanner und Erfassungssoftware beschafft",
                "due": "2024-12-31",
                "completed": "2024-12-18",
            },
            {
                "title": "Umbau von Raum 0.14 zur Scanstelle",
                "due": "2025-03-31",
                "completed": "2025-05-23",
            },
            {
                "title": "Produktivbetrieb für FB 20 und FB 50",
                "due": "2025-06-30",
                "moved": [{"date": "2025-06-12", "due": "2025-09-30"}],
                "completed": "2025-09-22",
            },
            {
                "title": "Alle Fachbereiche an den digitalen Posteingang angeschlossen",
                "due": "2025-09-30",
                "moved": [{"date": "2025-06-12", "due": "2025-12-31"}],
                "completed": "2025-12-12",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "85000.00",
                "actual": "82450.00",
                "actual_recorded": "2025-02-28",
                "funding_source": "Förderprogramm Digitale Modellregionen NRW",
                "funded": "40000.00",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "32000.00",
                "re_estimated": [{"date": "2025-04-10", "estimated": "47500.00"}],
                "actual": "46120.00",
                "actual_recorded": "2026-02-27",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "21000.00",
                "actual": "19880.00",
                "actual_recorded": "2026-02-27",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "22000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "2.0"},
            {"year": 2026, "fte": "2.0"},
        ],
        "changes": [
            {"date": "2024-09-16", "set": {"status": "in_progress"}},
            {"date": "2025-06-12", "set": {"planned_end": "2025-12-31"}},
            {
                "date": "2025-12-12",
                "set": {"status": "completed", "actual_end": "2025-12-12"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-26",
                "traffic_light": "green",
                "percent": 45,
                "summary": (
                    "Die Hochleistungsscanner und die Erfassungssoftware wurden im Dezember "
                    "2024 über den Rahmenvertrag des KRZ beschafft. Der Umbau von Raum 0.14 hat "
                    "sich wegen Brandschutzauflagen bis zum 23.05.2025 verzögert und 15.500 Euro "
                    "mehr gekostet als geschätzt. Der Produktivbetrieb für FB 20 und FB 50 wurde "
                    "am 12.06.2025 auf September verschoben, das Projektende auf den 31.12.2025."
                ),
                "next_steps": (
                    "Einarbeitung der Beschäftigten der Scanstelle im Juli; Produktivbetrieb für "
                    "FB 20 und FB 50 bis 30.09.2025."
                ),
                "risks": (
                    "Eine der beiden Stellen der Scanstelle ist noch nicht besetzt; die "
                    "Ausschreibung läuft."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2025-12-19",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Seit dem 22.09.2025 arbeiten FB 20 und FB 50, seit dem 12.12.2025 alle "
                    "Fachbereiche mit dem digitalen Posteingang; die Maßnahme ist abgeschlossen. "
                    "Die Scanstelle erfasst täglich rund 640 Seiten. Die Post liegt den "
                    "Sachbearbeitenden in der Regel am Tag des Eingangs elektronisch vor statt "
                    "wie bisher nach zwei bis drei Tagen."
                ),
                "next_steps": (
                    "Regelbetrieb durch FB 10; Auswertung der Durchlaufzeiten zum 30.06.2026 als "
                    "Beitrag zum Ziel Z 2.2."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 2.2",
        "title": "Ablösung des Alt-DMS und Migration in die E-Akte-Plattform des KRZ",
        "description": (
            "Das seit 2011 genutzte Dokumentenmanagementsystem wird vom Hersteller "
            "abgekündigt. Rund 1,4 Mio. Dokumente werden in die E-Akte-Plattform überführt, "
            "die das kommunale Rechenzentrum (KRZ) für seine Mitgliedskommunen betreibt; "
            "zugleich wird der Aktenplan auf den Einheitsaktenplan NRW umgestellt."
        ),
        "field": "HF 2",
        "goals": ["Z 2.1"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung IT",
        "benefit": 4,
        "urgency": 5,
        "effort": 5,
        "created": "2024-04-22",
        "planned_start": "2024-06-01",
        "planned_end": "2025-12-31",
        "milestones": [
            {
                "title": "Einheitsaktenplan eingeführt",
                "due": "2024-10-31",
                "completed": "2024-11-20",
            },
            {
                "title": "Testmigration von rund 10 % der Bestände",
                "due": "2025-04-30",
                "completed": "2025-06-05",
            },
            {
                "title": "Migration der Altbestände abgeschlossen",
                "due": "2025-11-30",
                "moved": [
                    {"date": "2025-09-15", "due": "2026-03-31"},
                    {"date": "2026-07-08", "due": "2026-09-30"},
                ],
            },
            {
                "title": "Alt-DMS abgeschaltet",
                "due": "2025-12-31",
                "moved": [
                    {"date": "2025-09-15", "due": "2026-03-31"},
                    {"date": "2026-07-08", "due": "2026-10-31"},
                ],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "45000.00",
                "actual": "41200.00",
                "actual_recorded": "2025-02-14",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "120000.00",
                "re_estimated": [{"date": "2025-09-15", "estimated": "148000.00"}],
                "actual": "151320.75",
                "actual_recorded": "2026-03-13",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "60000.00",
                "actual": "60000.00",
                "actual_recorded": "2026-03-13",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "38000.00",
                "re_estimated": [{"date": "2026-07-08", "estimated": "56000.00"}],
            },
        ],
        "staff": [
            {"year": 2024, "fte": "1.0"},
            {"year": 2025, "fte": "1.5"},
            {"year": 2026, "fte": "1.0"},
        ],
        "changes": [
            {"date": "2024-06-03", "set": {"status": "in_progress"}},
            {"date": "2025-09-15", "set": {"planned_end": "2026-03-31"}},
            {"date": "2026-07-08", "set": {"planned_end": "2026-10-31"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-23",
                "traffic_light": "yellow",
                "percent": 45,
                "summary": (
                    "Der Einheitsaktenplan ist seit dem 20.11.2024 eingeführt. Die "
                    "Testmigration von rund 140.000 Dokumenten wurde am 05.06.2025 "
                    "abgeschlossen, fünf Wochen später als geplant, weil die Metadaten im "
                    "Alt-DMS sehr unterschiedlich gepflegt sind. Die Bereinigung der Metadaten "
                    "bindet mehr Zeit als vorgesehen."
                ),
                "next_steps": (
                    "Migration der Bestände in drei Tranchen ab September 2025; Abstimmung des "
                    "Berechtigungskonzepts mit dem Datenschutzbeauftragten."
                ),
                "risks": (
                    "Der Hersteller hat den Support für das Alt-DMS zum 31.12.2025 abgekündigt."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2026-01-07",
                "traffic_light": "yellow",
                "percent": 62,
                "summary": (
                    "Die ersten beiden Tranchen mit rund 870.000 Dokumenten sind migriert. Der "
                    "Abschluss der Migration wurde am 15.09.2025 auf den 31.03.2026 verschoben, "
                    "weil das KRZ die dritte Tranche erst nach dem Jahreswechsel einplanen "
                    "konnte. Für den Weiterbetrieb des Alt-DMS im ersten Halbjahr 2026 wurde "
                    "ein kostenpflichtiger Verlängerungssupport vereinbart; die Kosten 2025 "
                    "steigen dadurch auf rund 148.000 Euro."
                ),
                "next_steps": (
                    "Migration der dritten Tranche (Personal- und Bauakten) im ersten Quartal "
                    "2026, danach Abschaltung des Alt-DMS."
                ),
                "risks": (
                    "Personalakten dürfen erst nach Abschluss der Dienstvereinbarung zur E-Akte "
                    "mit dem Personalrat migriert werden."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-07",
                "traffic_light": "red",
                "percent": 85,
                "summary": (
                    "Bis Ende Juni sind 1,32 Mio. der rund 1,4 Mio. Dokumente migriert. Offen "
                    "sind die Personalakten: Die Dienstvereinbarung wurde erst am 18.03.2026 "
                    "unterzeichnet, und die Akten müssen vor der Migration nach Löschfristen "
                    "bereinigt werden. Das geplante Projektende 31.03.2026 ist überschritten; "
                    "das Alt-DMS läuft bis zur Abschaltung im Lesebetrieb weiter."
                ),
                "next_steps": (
                    "Der Verwaltungsvorstand entscheidet am 08.07.2026 über die neue Planung: "
                    "Migration der Personalakten bis September, Abschaltung des Alt-DMS zum "
                    "31.10.2026."
                ),
                "risks": (
                    "Jeder weitere Monat Lesebetrieb des Alt-DMS kostet rund 3.000 Euro Support."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 2.3",
        "title": "E-Akte Rollout Welle 1: Fachbereiche 10, 11 und 20",
        "description": (
            "Einführung der E-Akte in den Fachbereichen Zentrale Dienste, Personal und "
            "Finanzen mit Prozessaufnahme der zehn Verfahren mit den höchsten Fallzahlen, "
            "Schulung von Key-Usern und Abschaffung der Papierakte für neue Vorgänge."
        ),
        "field": "HF 2",
        "goals": ["Z 2.1", "Z 2.2", "Z 2.3"],
        "org_unit": "DIG",
        "contact": "Anna Becker, Stabsstelle Digitalisierung",
        "benefit": 5,
        "urgency": 4,
        "effort": 4,
        "created": "2024-11-04",
        "planned_start": "2025-03-01",
        "planned_end": "2026-02-28",
        "dependencies": ["M 2.2"],
        "milestones": [
            {
                "title": "Prozessaufnahme und Sollkonzept der Top-10-Verfahren im FB 20",
                "due": "2025-05-31",
                "completed": "2025-05-28",
            },
            {
                "title": "Produktivstart E-Akte im FB 11",
                "due": "2025-09-30",
                "moved": [{"date": "2025-09-10", "due": "2026-04-30"}],
                "completed": "2026-05-11",
            },
            {
                "title": "Produktivstart E-Akte im FB 20",
                "due": "2025-11-30",
                "completed": "2025-11-24",
            },
            {
                "title": "Produktivstart E-Akte im FB 10",
                "due": "2026-02-28",
                "completed": "2026-02-20",
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "65000.00",
                "actual": "58730.00",
                "actual_recorded": "2026-02-27",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "24000.00",
                "actual": "23150.00",
                "actual_recorded": "2026-02-27",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "30000.00"},
        ],
        "staff": [{"year": 2025, "fte": "1.5"}, {"year": 2026, "fte": "1.0"}],
        "changes": [
            {"date": "2025-03-03", "set": {"status": "in_progress"}},
            {"date": "2025-09-10", "set": {"planned_end": "2026-06-30"}},
            {
                "date": "2026-06-26",
                "set": {"status": "completed", "actual_end": "2026-06-26"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-01",
                "traffic_light": "green",
                "percent": 30,
                "summary": (
                    "Für die zehn Verfahren mit den höchsten Fallzahlen im FB 20 wurden die "
                    "Ist-Prozesse aufgenommen und Sollprozesse für die E-Akte beschrieben. 14 "
                    "Key-User aus den drei Fachbereichen sind geschult. Die Einführung im FB 11 "
                    "setzt eine Dienstvereinbarung mit dem Personalrat voraus, deren "
                    "Verhandlung im Mai begonnen hat."
                ),
                "next_steps": (
                    "Produktivstart der E-Akte im FB 11 zum 30.09.2025 und im FB 20 zum 30.11.2025."
                ),
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2025-12-19",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "Die E-Akte ist seit dem 24.11.2025 im FB 20 produktiv; 38 Beschäftigte "
                    "arbeiten seitdem ohne Papierakte. Der Start im FB 11 wurde am 10.09.2025 "
                    "auf April 2026 verschoben, weil die Dienstvereinbarung noch nicht "
                    "abgeschlossen ist. Das Projektende verschiebt sich entsprechend auf den "
                    "30.06.2026."
                ),
                "next_steps": (
                    "Produktivstart im FB 10 im Februar 2026; Abschluss der Dienstvereinbarung "
                    "zur E-Akte."
                ),
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-07-03",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die E-Akte ist seit dem 20.02.2026 im FB 10 und seit dem 11.05.2026 im "
                    "FB 11 produktiv, nachdem die Dienstvereinbarung am 18.03.2026 unterzeichnet "
                    "wurde. Damit arbeiten 112 Beschäftigte in drei Fachbereichen mit der "
                    "E-Akte. Akten müssen nicht mehr aus der Registratur angefordert werden, "
                    "Vertretungen haben sofort Zugriff auf alle Vorgänge. Die Welle 1 wurde am "
                    "26.06.2026 abgeschlossen."
                ),
                "next_steps": (
                    "Die Key-User der Welle 1 unterstützen die Welle 2 (M 2.4) als Multiplikatoren."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 2.4",
        "title": "E-Akte Rollout Welle 2: Fachbereiche 32, 50 und 61",
        "description": (
            "Einführung der E-Akte in den publikumsintensiven Fachbereichen Bürgerservice, "
            "Soziales und Bauordnung mit rund 240 Arbeitsplätzen, einschließlich der "
            "Schnittstellen zu den Fachverfahren und der Ausstattung mit Zweitmonitoren."
        ),
        "field": "HF 2",
        "goals": ["Z 2.1", "Z 2.3"],
        "org_unit": "DIG",
        "contact": "Anna Becker, Stabsstelle Digitalisierung",
        "benefit": 5,
        "urgency": 3,
        "effort": 5,
        "created": "2025-03-17",
        "planned_start": "2025-09-01",
        "planned_end": "2026-12-31",
        "dependencies": ["M 2.1", "M 2.3"],
        "milestones": [
            {
                "title": "Kick-off und Prozessaufnahme im FB 50",
                "due": "2025-10-31",
                "completed": "2025-11-20",
            },
            {
                "title": "Produktivstart E-Akte im FB 50",
                "due": "2026-03-31",
                "completed": "2026-07-10",
            },
            {"title": "Produktivstart E-Akte im FB 32", "due": "2026-09-30"},
            {"title": "Produktivstart E-Akte im FB 61", "due": "2026-12-31"},
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "30000.00",
                "actual": "18400.00",
                "actual_recorded": "2026-02-27",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "95000.00"},
            {"year": 2026, "kind": "investiv", "estimated": "40000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "25000.00"},
        ],
        "staff": [
            {"year": 2025, "fte": "0.5"},
            {"year": 2026, "fte": "1.5"},
            {"year": 2027, "fte": "0.5"},
        ],
        "changes": [{"date": "2025-11-03", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-30",
                "traffic_light": "green",
                "percent": 5,
                "summary": (
                    "Die Welle 2 umfasst die Fachbereiche 32, 50 und 61 mit rund 240 "
                    "Arbeitsplätzen und beginnt nach dem Produktivstart im FB 20 (Welle 1). "
                    "Die Fachbereichsleitungen sind informiert, Ansprechpersonen sind benannt."
                ),
                "next_steps": "Kick-off und Prozessaufnahme im FB 50 ab September 2025.",
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2026-01-13",
                "traffic_light": "green",
                "percent": 10,
                "summary": (
                    "Der Start hat sich um rund zwei Monate verzögert, weil das Projektteam bis "
                    "zum Produktivstart im FB 20 gebunden war. Das Kick-off im FB 50 fand am "
                    "20.11.2025 statt; die Prozessaufnahme für Grundsicherung, Wohngeld und "
                    "Unterhaltsvorschuss läuft. Für den FB 50 wird eine Schnittstelle zum "
                    "Sozialhilfe-Fachverfahren benötigt, die das KRZ bereitstellen muss."
                ),
                "next_steps": (
                    "Produktivstart im FB 50 zum 31.03.2026; Beschaffung von 60 Zweitmonitoren."
                ),
                "risks": "Die Schnittstelle zum Fachverfahren ist beim KRZ noch nicht terminiert.",
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-07-06",
                "traffic_light": "yellow",
                "percent": 35,
                "summary": (
                    "Der Produktivstart im FB 50 zum 31.03.2026 konnte nicht gehalten werden, "
                    "weil das KRZ die Schnittstelle zum Sozialhilfe-Fachverfahren erst am "
                    "22.06.2026 bereitgestellt hat. Aktenstruktur, Berechtigungen und die "
                    "Schulung der 64 Beschäftigten sind abgeschlossen. Im FB 32 hat die "
                    "Prozessaufnahme im Mai begonnen."
                ),
                "next_steps": (
                    "Abnahme und Produktivstart im FB 50 am 10.07.2026; Produktivstart im FB 32 "
                    "zum 30.09.2026."
                ),
                "risks": (
                    "Im FB 61 sind zwei Stellen der Bauaufsicht unbesetzt; die Einführung dort "
                    "kann sich in das Jahr 2027 verschieben."
                ),
                "deviation_reason": (
                    "Der Meilenstein Produktivstart FB 50 ist formal seit dem 31.03.2026 "
                    "überfällig. Die fehlende Schnittstelle liegt seit dem 22.06.2026 vor, alle "
                    "übrigen Voraussetzungen sind erfüllt und die Abnahme ist für den "
                    "10.07.2026 terminiert; daher gelb statt rot."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 2.5",
        "title": "Digitales Baugenehmigungsverfahren über das Bauportal.NRW",
        "description": (
            "Bauanträge werden über das Bauportal.NRW entgegengenommen und über die "
            "XBau-Schnittstelle in das Fachverfahren der Bauaufsicht übernommen. Die "
            "Beteiligung der Fachdienststellen und Träger öffentlicher Belange erfolgt "
            "digital; neue Verfahren werden als elektronische Bauakte geführt."
        ),
        "field": "HF 2",
        "goals": ["Z 2.2", "Z 2.3"],
        "org_unit": "FB 61",
        "contact": "Fatma Özdemir, Bauaufsicht",
        "benefit": 4,
        "urgency": 4,
        "effort": 4,
        "created": "2025-10-06",
        "planned_start": "2026-01-01",
        "planned_end": "2026-12-31",
        "council_reference": "A 2025/098",
        "council_reference_date": "2025-09-25",
        "milestones": [
            {
                "title": "XBau-Schnittstelle zwischen Bauportal.NRW und Fachverfahren produktiv",
                "due": "2026-04-30",
                "completed": "2026-05-29",
            },
            {
                "title": "Digitale Beteiligung der Träger öffentlicher Belange",
                "due": "2026-09-30",
            },
            {"title": "Elektronische Bauakte für alle neuen Verfahren", "due": "2026-12-31"},
        ],
        "costs": [
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "24000.00",
                "funding_source": "OZG-Umsetzungsmittel des Landes",
                "funded": "10000.00",
            },
            {"year": 2026, "kind": "investiv", "estimated": "18000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "9000.00"},
        ],
        "staff": [{"year": 2026, "fte": "0.5"}, {"year": 2027, "fte": "0.2"}],
        "changes": [{"date": "2026-03-16", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H2": {
                "reported": "2025-12-15",
                "traffic_light": "green",
                "percent": 0,
                "summary": (
                    "Der Ausschuss für Stadtentwicklung hat am 25.09.2025 beschlossen, "
                    "Bauanträge künftig über das Bauportal.NRW entgegenzunehmen (A 2025/098). "
                    "Bislang gehen Bauanträge in Papier mit bis zu zehn Ausfertigungen ein. Die "
                    "Umsetzung beginnt im Januar 2026."
                ),
                "next_steps": (
                    "Beauftragung des Fachverfahrensherstellers mit der XBau-Schnittstelle; "
                    "Planung der Arbeitsplätze mit Großformatmonitoren."
                ),
                "author": "f.oezdemir",
            },
            "2026-H1": {
                "reported": "2026-06-24",
                "traffic_light": "yellow",
                "percent": 25,
                "summary": (
                    "Wegen unbesetzter Stellen in der Bauaufsicht konnte die Umsetzung erst am "
                    "16.03.2026 beginnen. Die XBau-Schnittstelle ist seit dem 29.05.2026 "
                    "produktiv, einen Monat später als geplant; seitdem sind 23 Bauanträge "
                    "digital eingegangen. Die Beteiligung der Träger öffentlicher Belange "
                    "erfolgt noch per E-Mail."
                ),
                "next_steps": (
                    "Digitale Beteiligung der Fachdienststellen und Träger öffentlicher Belange "
                    "bis 30.09.2026; Ausstattung von acht Arbeitsplätzen mit "
                    "Großformatmonitoren."
                ),
                "risks": (
                    "Zwei von neun Stellen der Bauaufsicht sind unbesetzt; Vorrang hat die "
                    "fristgerechte Bearbeitung der Bauanträge."
                ),
                "author": "f.oezdemir",
            },
        },
    },
    {
        "code": "M 2.6",
        "title": "Retrodigitalisierung des Bauaktenarchivs",
        "description": (
            "Rund 38.000 Bauakten aus dem Archiv der Bauaufsicht werden durch einen "
            "Dienstleister gescannt und mit Metadaten (Gemarkung, Flur, Flurstück, "
            "Aktenzeichen) in die E-Akte übernommen. Akteneinsicht und Auskünfte sollen "
            "danach ohne Archivgang möglich sein."
        ),
        "field": "HF 2",
        "goals": ["Z 2.3"],
        "org_unit": "FB 61",
        "contact": "Fatma Özdemir, Bauaufsicht",
        "benefit": 3,
        "urgency": 2,
        "effort": 4,
        "created": "2024-07-01",
        "planned_start": "2025-04-01",
        "planned_end": "2026-12-31",
        "dependencies": ["M 2.4"],
        "milestones": [
            {
                "title": "Zuschlag für die Scandienstleistung erteilt",
                "due": "2025-06-30",
                "completed": "2025-06-18",
            },
            {
                "title": "Probelos (1.800 Akten) abgenommen",
                "due": "2025-09-30",
                "completed": "2025-09-25",
            },
            {"title": "Los 1 Bezirk Nord (rund 12.000 Akten) digitalisiert", "due": "2025-12-31"},
            {"title": "Alle Bauakten digitalisiert", "due": "2026-12-31"},
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "180000.00",
                "re_estimated": [{"date": "2025-10-28", "estimated": "15000.00"}],
                "actual": "14800.00",
                "actual_recorded": "2026-02-27",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "220000.00",
                "re_estimated": [{"date": "2025-10-28", "estimated": "0.00"}],
            },
        ],
        "staff": [{"year": 2025, "fte": "0.5"}, {"year": 2026, "fte": "0.5"}],
        "changes": [
            {"date": "2025-04-14", "set": {"status": "in_progress"}},
            {"date": "2025-10-28", "set": {"status": "deferred"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-10",
                "traffic_light": "green",
                "percent": 10,
                "summary": (
                    "Die Scandienstleistung für rund 38.000 Bauakten wurde europaweit "
                    "ausgeschrieben, der Zuschlag ist am 18.06.2025 erteilt worden. Die Akten "
                    "werden in Losen abgeholt, beim Dienstleister gescannt und mit Metadaten in "
                    "die E-Akte übernommen. Als Erstes wird ein Probelos mit 1.800 Akten aus dem "
                    "Bezirk Nord bearbeitet."
                ),
                "next_steps": (
                    "Abnahme des Probeloses im September 2025, danach Abholung von Los 1 mit "
                    "rund 12.000 Akten."
                ),
                "author": "f.oezdemir",
            },
            "2025-H2": {
                "reported": "2026-01-14",
                "traffic_light": "yellow",
                "percent": 15,
                "summary": (
                    "Das Probelos wurde am 25.09.2025 abgenommen; die Qualität der Digitalisate "
                    "ist gut. Wegen der haushaltswirtschaftlichen Sperre vom 28.10.2025 durfte "
                    "Los 1 nicht mehr beauftragt werden. Die Maßnahme ist bis zur Freigabe von "
                    "Haushaltsmitteln zurückgestellt, der Vertrag mit dem Dienstleister ruht."
                ),
                "next_steps": (
                    "Anmeldung der Mittel zum Haushalt 2027; bis dahin werden Bauakten nur "
                    "anlassbezogen (Akteneinsicht, laufende Verfahren) einzeln gescannt."
                ),
                "risks": (
                    "Die Preisbindung des Dienstleisters endet am 30.06.2026; danach ist mit "
                    "höheren Preisen zu rechnen."
                ),
                "author": "f.oezdemir",
            },
            "2026-H1": {
                "reported": "2026-07-01",
                "traffic_light": "yellow",
                "percent": 15,
                "summary": (
                    "Die Maßnahme bleibt zurückgestellt. Der Entwurf des Haushalts 2027 sieht "
                    "für die Retrodigitalisierung 120.000 Euro vor, rund die Hälfte des "
                    "ursprünglichen Ansatzes. Seit Jahresbeginn wurden 214 Bauakten "
                    "anlassbezogen gescannt."
                ),
                "next_steps": (
                    "Nach dem Haushaltsbeschluss wird ein angepasster Zeitplan vorgelegt; "
                    "zuerst sollen die Akten der Gewerbegebiete digitalisiert werden."
                ),
                "author": "f.oezdemir",
            },
        },
    },
    # ------------------------------------------------------------------------------------------
    # HF 3 E-Signatur & sichere Kommunikation
    # ------------------------------------------------------------------------------------------
    {
        "code": "M 3.1",
        "title": "Qualifizierte elektronische Signatur per Fernsignatur",
        "description": (
            "Einführung einer Fernsignaturlösung aus dem Rahmenvertrag des KRZ, mit der "
            "zeichnungsberechtigte Beschäftigte ohne Kartenleser qualifiziert elektronisch "
            "signieren können, direkt aus dem Vorgang der E-Akte heraus."
        ),
        "field": "HF 3",
        "goals": ["Z 3.1"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung IT",
        "benefit": 4,
        "urgency": 3,
        "effort": 2,
        "created": "2024-08-19",
        "planned_start": "2025-01-15",
        "planned_end": "2026-03-31",
        "dependencies": ["M 2.2"],
        "milestones": [
            {
                "title": "Fernsignaturlösung über den Rahmenvertrag des KRZ beauftragt",
                "due": "2025-04-30",
                "completed": "2025-04-09",
            },
            {
                "title": "Signatur aus der E-Akte heraus möglich",
                "due": "2025-10-31",
                "completed": "2025-12-03",
            },
            {
                "title": "Alle 85 Zeichnungsberechtigten eingerichtet",
                "due": "2026-03-31",
                "completed": "2026-04-28",
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "24000.00",
                "actual": "22860.00",
                "actual_recorded": "2026-02-13",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "9600.00",
                "actual": "11250.00",
                "actual_recorded": "2026-02-13",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "14500.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "14500.00"},
        ],
        "staff": [{"year": 2025, "fte": "0.3"}, {"year": 2026, "fte": "0.2"}],
        "changes": [
            {"date": "2025-02-03", "set": {"status": "in_progress"}},
            {
                "date": "2026-04-30",
                "set": {"status": "completed", "actual_end": "2026-04-30"},
            },
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-25",
                "traffic_light": "green",
                "percent": 35,
                "summary": (
                    "Die Fernsignaturlösung wurde am 09.04.2025 über den Rahmenvertrag des KRZ "
                    "beauftragt. Die Freigabe einer Signatur erfolgt über eine App auf dem "
                    "Diensthandy, Kartenleser sind nicht mehr nötig. Die Vergabestelle und der "
                    "FB 20 testen die Lösung seit Mai."
                ),
                "next_steps": (
                    "Einbindung der Signatur in die E-Akte bis 31.10.2025; Regelung der "
                    "Zeichnungsbefugnisse in einer Dienstanweisung."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2025-12-22",
                "traffic_light": "green",
                "percent": 65,
                "summary": (
                    "Seit dem 03.12.2025 kann aus dem Vorgang der E-Akte heraus signiert "
                    "werden, gut einen Monat später als geplant, weil das KRZ ein Update der "
                    "E-Akte abwarten musste. Die Dienstanweisung zur elektronischen Signatur "
                    "ist in Kraft. 41 von 85 vorgesehenen Zeichnungsberechtigten sind "
                    "eingerichtet."
                ),
                "next_steps": "Einrichtung der übrigen 44 Zeichnungsberechtigten bis 31.03.2026.",
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-06-23",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Alle 85 Zeichnungsberechtigten sind seit dem 28.04.2026 eingerichtet; die "
                    "Maßnahme wurde am 30.04.2026 abgeschlossen, einen Monat nach dem geplanten "
                    "Ende. Seit Januar wurden 2.140 Dokumente qualifiziert elektronisch "
                    "signiert, vor allem Verträge der Vergabestelle und Bescheide des FB 20."
                ),
                "next_steps": (
                    "Das Signaturkontingent wird ab 2027 im Budget des FB 10 geführt; neue "
                    "Zeichnungsberechtigte richtet der IT-Service im Regelbetrieb ein."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 3.2",
        "title": "E-Rechnung: Empfang von XRechnungen und digitaler Rechnungsworkflow",
        "description": (
            "Elektronische Rechnungen im Format XRechnung werden über den Peppol-Zugangspunkt "
            "des KRZ empfangen und in einem digitalen Freigabeworkflow des Finanzverfahrens "
            "geprüft, angewiesen und revisionssicher abgelegt. Papierrechnungen werden in der "
            "Scanstelle erfasst."
        ),
        "field": "HF 3",
        "goals": ["Z 3.2"],
        "org_unit": "FB 20",
        "contact": "Petra Schulte, Abteilung Haushalt und Buchhaltung",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2024-04-08",
        "planned_start": "2024-07-01",
        "planned_end": "2025-12-31",
        "milestones": [
            {
                "title": "Empfang von XRechnungen über den Peppol-Zugangspunkt",
                "due": "2024-11-27",
                "completed": "2024-11-25",
            },
            {
                "title": "Digitaler Freigabeworkflow im Finanzverfahren produktiv",
                "due": "2025-06-30",
                "moved": [{"date": "2025-06-02", "due": "2026-03-31"}],
                "completed": "2026-03-25",
            },
            {
                "title": "Anteil elektronisch eingehender Rechnungen bei 60 %",
                "due": "2026-06-30",
                "moved": [{"date": "2026-07-14", "due": "2026-12-31"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "35000.00",
                "actual": "33900.00",
                "actual_recorded": "2025-02-14",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "18000.00",
                "re_estimated": [{"date": "2025-06-02", "estimated": "29500.00"}],
                "actual": "28740.00",
                "actual_recorded": "2026-02-20",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "12000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.3"},
            {"year": 2025, "fte": "0.5"},
            {"year": 2026, "fte": "0.3"},
        ],
        "changes": [
            {"date": "2024-07-01", "set": {"status": "in_progress"}},
            {"date": "2025-06-02", "set": {"planned_end": "2026-06-30"}},
            {"date": "2026-07-14", "set": {"planned_end": "2026-12-31"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-20",
                "traffic_light": "green",
                "percent": 40,
                "summary": (
                    "XRechnungen werden seit dem 25.11.2024 über den Peppol-Zugangspunkt des "
                    "KRZ empfangen; im ersten Halbjahr 2025 gingen 22 % aller Rechnungen "
                    "elektronisch ein. Der Freigabeworkflow ist noch nicht verfügbar, weil der "
                    "Hersteller das Modul erst mit der neuen Programmversion ausliefert. Der "
                    "Termin wurde am 02.06.2025 auf den 31.03.2026 verschoben, das Projektende "
                    "auf den 30.06.2026."
                ),
                "next_steps": (
                    "Information der 300 umsatzstärksten Lieferanten über die E-Rechnung; "
                    "Festlegung der Freigabestufen für den Workflow."
                ),
                "risks": (
                    "Bis zum Start des Workflows werden E-Rechnungen ausgedruckt und auf Papier "
                    "geprüft."
                ),
                "author": "p.schulte",
            },
            "2025-H2": {
                "reported": "2025-12-15",
                "traffic_light": "green",
                "percent": 60,
                "summary": (
                    "Der Anteil elektronischer Rechnungen ist auf 34 % gestiegen, auch wegen "
                    "der seit dem 01.01.2025 geltenden E-Rechnungspflicht zwischen Unternehmen. "
                    "Das Workflow-Modul ist im Testsystem des KRZ installiert; FB 20 und FB 66 "
                    "testen die Freigabe mit Feststellung der sachlichen und rechnerischen "
                    "Richtigkeit."
                ),
                "next_steps": "Produktivstart des Workflows in allen Fachbereichen zum 31.03.2026.",
                "author": "p.schulte",
            },
            "2026-H1": {
                "reported": "2026-06-22",
                "traffic_light": "yellow",
                "percent": 90,
                "summary": (
                    "Der digitale Rechnungsworkflow ist seit dem 25.03.2026 in allen "
                    "Fachbereichen produktiv; Papierrechnungen werden in der Scanstelle (M 2.1) "
                    "erfasst und laufen ebenfalls durch den Workflow. Die Durchlaufzeit einer "
                    "Rechnung sank von durchschnittlich 19 auf 11 Tage. Der Anteil elektronisch "
                    "eingehender Rechnungen liegt aber erst bei 41 %."
                ),
                "next_steps": (
                    "Gezielte Ansprache der 120 Lieferanten mit den meisten Papierrechnungen; "
                    "Verlängerung der Maßnahme bis 31.12.2026."
                ),
                "deviation_reason": (
                    "Termine und Fortschritt ergeben rechnerisch grün. Gemeldet wird gelb, weil "
                    "das Ziel von 60 % elektronischen Rechnungen zum 30.06.2026 mit 41 % deutlich "
                    "verfehlt wird und die Maßnahme bis Ende 2026 verlängert werden muss."
                ),
                "author": "p.schulte",
            },
        },
    },
    {
        "code": "M 3.3",
        "title": "Besonderes elektronisches Behördenpostfach (beBPo) mit E-Akte-Anbindung",
        "description": (
            "Einrichtung des beBPo für den elektronischen Rechtsverkehr mit Gerichten und "
            "Staatsanwaltschaft, vor allem für die Bußgeldstelle. Nachrichten werden "
            "automatisch dem Vorgang in der E-Akte zugeordnet. Der bisher genutzte "
            "De-Mail-Zugang ist mit der Einstellung des Dienstes entfallen."
        ),
        "field": "HF 3",
        "goals": ["Z 3.2"],
        "org_unit": "FB 32",
        "contact": "Katarzyna Nowak, Bußgeldstelle",
        "benefit": 3,
        "urgency": 4,
        "effort": 2,
        "created": "2025-08-18",
        "planned_start": "2025-10-01",
        "planned_end": "2026-06-30",
        "dependencies": ["M 2.3"],
        "milestones": [
            {
                "title": "beBPo registriert und eingerichtet",
                "due": "2025-11-30",
                "completed": "2025-11-12",
            },
            {
                "title": "beBPo an die E-Akte angebunden",
                "due": "2026-03-31",
                "moved": [
                    {"date": "2026-02-10", "due": "2026-04-30"},
                    {"date": "2026-04-21", "due": "2026-05-31"},
                ],
                "completed": "2026-06-03",
            },
            {
                "title": "Regelbetrieb der Bußgeldstelle ohne Papierversand an das Amtsgericht",
                "due": "2026-06-30",
                "moved": [{"date": "2026-06-15", "due": "2026-08-31"}],
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "4500.00",
                "actual": "3980.00",
                "actual_recorded": "2026-02-20",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "7200.00"},
        ],
        "staff": [{"year": 2025, "fte": "0.1"}, {"year": 2026, "fte": "0.2"}],
        "changes": [
            {"date": "2025-10-06", "set": {"status": "in_progress"}},
            {"date": "2026-06-15", "set": {"planned_end": "2026-09-30"}},
        ],
        "updates": {
            "2025-H2": {
                "reported": "2025-12-18",
                "traffic_light": "green",
                "percent": 25,
                "summary": (
                    "Das beBPo der Stadt ist seit dem 12.11.2025 eingerichtet; Bußgeldstelle und "
                    "Rechtsangelegenheiten übermitteln Schriftsätze und Akten seitdem "
                    "elektronisch an Gerichte und Staatsanwaltschaft. Noch werden die "
                    "Nachrichten an einem Einzelplatz abgerufen und von Hand in die Akte "
                    "übernommen. Monatlich gehen rund 180 Nachrichten ein."
                ),
                "next_steps": "Anbindung des beBPo an die E-Akte (M 2.3) bis 31.03.2026.",
                "author": "k.nowak",
            },
            "2026-H1": {
                "reported": "2026-07-09",
                "traffic_light": "green",
                "percent": 70,
                "summary": (
                    "Die Anbindung an die E-Akte ist seit dem 03.06.2026 produktiv; eingehende "
                    "Nachrichten werden automatisch dem Vorgang zugeordnet. Der Termin musste "
                    "zweimal verschoben werden, weil der Hersteller des Bußgeldverfahrens die "
                    "Exportschnittstelle später geliefert hat. Das Projektende wurde am "
                    "15.06.2026 auf den 30.09.2026 verlegt."
                ),
                "next_steps": (
                    "Schulung der acht Beschäftigten der Bußgeldstelle; Regelbetrieb ohne "
                    "Papierversand ab 31.08.2026."
                ),
                "author": "k.nowak",
            },
        },
    },
    {
        "code": "M 3.4",
        "title": "Verschlüsselte E-Mail und sichere Dateiaustauschplattform",
        "description": (
            "Ein zentrales Verschlüsselungs-Gateway (S/MIME und OpenPGP) und eine "
            "Dateiaustauschplattform im Rechenzentrum des KRZ ersetzen den Versand "
            "vertraulicher Unterlagen als passwortgeschützte ZIP-Datei oder per Post."
        ),
        "field": "HF 3",
        "goals": ["Z 3.2"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung IT",
        "benefit": 3,
        "urgency": 3,
        "effort": 3,
        "created": "2025-11-03",
        "planned_start": "2026-02-01",
        "planned_end": "2026-11-30",
        "milestones": [
            {
                "title": "Bedarfsabfrage in den Fachbereichen",
                "due": "2026-03-31",
                "completed": "2026-05-12",
            },
            {"title": "Verschlüsselungs-Gateway in Betrieb", "due": "2026-07-31"},
            {"title": "Dateiaustauschplattform für alle Fachbereiche", "due": "2026-11-30"},
        ],
        "costs": [
            {"year": 2026, "kind": "investiv", "estimated": "15000.00"},
            {"year": 2026, "kind": "konsumtiv", "estimated": "6000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "6000.00"},
        ],
        "staff": [{"year": 2026, "fte": "0.3"}],
        "changes": [
            {
                "date": "2026-07-14",
                "set": {"planned_start": "2026-09-01", "planned_end": "2027-06-30"},
            },
        ],
        "updates": {
            "2025-H2": {
                "reported": "2026-01-08",
                "traffic_light": "green",
                "percent": 0,
                "summary": (
                    "Vertrauliche Unterlagen werden an Bürgerinnen und Bürger, Unternehmen und "
                    "andere Behörden bisher als passwortgeschützte ZIP-Datei oder per Post "
                    "versandt. Vorgesehen sind ein Verschlüsselungs-Gateway und eine "
                    "Dateiaustauschplattform im Rechenzentrum des KRZ. Die Maßnahme wurde am "
                    "03.11.2025 in den Plan aufgenommen und soll im Februar 2026 beginnen."
                ),
                "next_steps": (
                    "Bedarfsabfrage in den Fachbereichen und Abruf aus dem Rahmenvertrag des KRZ."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-02",
                "traffic_light": "red",
                "percent": 5,
                "summary": (
                    "Die Umsetzung hat noch nicht begonnen. In der IT-Abteilung sind zwei von "
                    "sechs Stellen unbesetzt; die vorhandenen Kapazitäten wurden vorrangig für "
                    "die Multi-Faktor-Authentisierung (M 4.5) und den Wiederanlauftest (M 4.4) "
                    "eingesetzt. Abgeschlossen ist die Bedarfsabfrage: 14 Organisationseinheiten "
                    "benötigen verschlüsselte Kommunikation, vor allem FB 11, FB 50 und die "
                    "Bußgeldstelle."
                ),
                "next_steps": (
                    "Dem Verwaltungsvorstand wird im Juli ein neuer Zeitplan mit Beginn im "
                    "September 2026 vorgelegt."
                ),
                "risks": (
                    "Bis zur Umsetzung werden vertrauliche Unterlagen weiter per Post oder als "
                    "ZIP-Datei versandt."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    # ------------------------------------------------------------------------------------------
    # HF 4 IT-Sicherheit
    # ------------------------------------------------------------------------------------------
    {
        "code": "M 4.1",
        "title": "Informationssicherheitsmanagement nach BSI-IT-Grundschutz",
        "description": (
            "Aufbau eines ISMS nach BSI-Standard 200-2: Bestellung einer "
            "Informationssicherheitsbeauftragten, Leitlinie zur Informationssicherheit, "
            "Basis-Absicherung der Kernverwaltung und anschließend Standard-Absicherung der "
            "kritischen Geschäftsprozesse."
        ),
        "field": "HF 4",
        "goals": ["Z 4.1"],
        "org_unit": "DIG",
        "contact": "Anna Becker, Stabsstelle Digitalisierung",
        "benefit": 5,
        "urgency": 5,
        "effort": 4,
        "created": "2024-04-02",
        "planned_start": "2024-07-01",
        "planned_end": "2026-12-31",
        "council_reference": "A 2024/044",
        "council_reference_date": "2024-03-21",
        "milestones": [
            {
                "title": "Informationssicherheitsbeauftragte bestellt",
                "due": "2024-09-30",
                "completed": "2024-10-01",
            },
            {
                "title": "Leitlinie Informationssicherheit vom Verwaltungsvorstand beschlossen",
                "due": "2024-12-31",
                "completed": "2025-02-11",
            },
            {
                "title": "Basis-Absicherung der Kernverwaltung abgeschlossen",
                "due": "2025-12-31",
                "completed": "2026-01-28",
            },
            {
                "title": "Standard-Absicherung der kritischen Geschäftsprozesse",
                "due": "2026-12-31",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "25000.00",
                "actual": "18200.00",
                "actual_recorded": "2025-02-14",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "45000.00",
                "actual": "47880.00",
                "actual_recorded": "2026-02-20",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "40000.00",
                "re_estimated": [{"date": "2026-05-05", "estimated": "62000.00"}],
            },
            {"year": 2027, "kind": "konsumtiv", "estimated": "30000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "1.0"},
            {"year": 2027, "fte": "1.0"},
        ],
        "changes": [{"date": "2024-07-15", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-20",
                "traffic_light": "green",
                "percent": 30,
                "summary": (
                    "Die Stelle der Informationssicherheitsbeauftragten ist seit dem "
                    "01.10.2024 besetzt und bei der Stabsstelle Digitalisierung angesiedelt. Der "
                    "Verwaltungsvorstand hat am 11.02.2025 die Leitlinie zur "
                    "Informationssicherheit beschlossen. Die Strukturanalyse der Kernverwaltung "
                    "ist abgeschlossen, die Modellierung nach IT-Grundschutz-Kompendium erfolgt "
                    "im Werkzeug verinice."
                ),
                "next_steps": (
                    "IT-Grundschutz-Check der Kernverwaltung mit Unterstützung eines externen "
                    "Dienstleisters bis Ende 2025."
                ),
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2026-01-15",
                "traffic_light": "green",
                "percent": 45,
                "summary": (
                    "Der IT-Grundschutz-Check für die Basis-Absicherung ist weitgehend "
                    "abgeschlossen: 214 Anforderungen wurden geprüft, 61 davon sind noch nicht "
                    "oder nur teilweise umgesetzt. Die Abschlussbesprechung mit dem externen "
                    "Dienstleister ist für den 28.01.2026 terminiert. Ein Sicherheitsteam aus "
                    "IT, Datenschutz und Organisation tagt seit Oktober monatlich."
                ),
                "next_steps": (
                    "Abschluss der Basis-Absicherung im Januar 2026; Umsetzungsplan für die "
                    "offenen Anforderungen; Auswahl der kritischen Geschäftsprozesse für die "
                    "Standard-Absicherung."
                ),
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-06-29",
                "traffic_light": "yellow",
                "percent": 55,
                "summary": (
                    "Die Basis-Absicherung wurde am 28.01.2026 abgeschlossen; von den 61 offenen "
                    "Anforderungen sind 38 umgesetzt. Die Standard-Absicherung für "
                    "Einwohnerwesen, Finanzwesen und Sozialleistungen liegt hinter dem "
                    "Zeitplan, weil die Informationssicherheitsbeauftragte seit März in "
                    "Elternzeit ist. Die Vertretung durch einen externen Dienstleister erhöht "
                    "die Kosten 2026 auf 62.000 Euro."
                ),
                "next_steps": (
                    "Externe Vertretung der Informationssicherheitsbeauftragten ab 01.08.2026; "
                    "Modellierung der drei kritischen Geschäftsprozesse bis Ende 2026."
                ),
                "risks": (
                    "Welche Pflichten aus der Umsetzung der NIS-2-Richtlinie auf Kommunen "
                    "zukommen, ist noch nicht abschließend geklärt."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 4.2",
        "title": "Pflichtschulung Informationssicherheit und Phishing-Simulationen",
        "description": (
            "Alle Beschäftigten absolvieren eine E-Learning-Grundschulung zur "
            "Informationssicherheit, Beschäftigte ohne PC-Arbeitsplatz eine Präsenzschulung. "
            "Regelmäßige Phishing-Simulationen, mit dem Personalrat abgestimmt und ohne "
            "personenbezogene Auswertung, messen den Lernerfolg."
        ),
        "field": "HF 4",
        "goals": ["Z 4.1"],
        "org_unit": "FB 11",
        "contact": "Sabine Hoffmann, Personalentwicklung",
        "benefit": 4,
        "urgency": 4,
        "effort": 2,
        "created": "2024-09-02",
        "planned_start": "2025-01-01",
        "planned_end": "2026-12-31",
        "dependencies": ["M 4.1"],
        "milestones": [
            {
                "title": "E-Learning-Plattform mit Modulen zur Informationssicherheit",
                "due": "2025-03-31",
                "completed": "2025-03-20",
            },
            {
                "title": "Erste Phishing-Simulation ausgewertet",
                "due": "2025-09-30",
                "completed": "2025-09-24",
            },
            {
                "title": "Zweite Phishing-Simulation ausgewertet",
                "due": "2026-03-31",
                "completed": "2026-03-26",
            },
            {
                "title": "95 % der Beschäftigten haben die Grundschulung absolviert",
                "due": "2026-12-31",
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "19500.00",
                "actual": "18720.00",
                "actual_recorded": "2026-01-30",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "19500.00"},
        ],
        "staff": [{"year": 2025, "fte": "0.2"}, {"year": 2026, "fte": "0.2"}],
        "changes": [{"date": "2025-01-13", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-04",
                "traffic_light": "green",
                "percent": 25,
                "summary": (
                    "Seit dem 20.03.2025 steht allen Beschäftigten eine E-Learning-Plattform "
                    "mit Modulen zur Informationssicherheit zur Verfügung; die Teilnahme ist "
                    "verpflichtend. Bis Ende Juni haben 412 von 1.080 Beschäftigten die "
                    "Grundschulung abgeschlossen. Für Bauhof und Hausmeisterdienste werden "
                    "Präsenzschulungen angeboten."
                ),
                "next_steps": (
                    "Erste Phishing-Simulation im September 2025 in Abstimmung mit dem Personalrat."
                ),
                "author": "s.hoffmann",
            },
            "2025-H2": {
                "reported": "2025-12-16",
                "traffic_light": "green",
                "percent": 45,
                "summary": (
                    "Die Grundschulung haben inzwischen 768 Beschäftigte (71 %) abgeschlossen. "
                    "Bei der ersten Phishing-Simulation im September haben 14,2 % der "
                    "Empfängerinnen und Empfänger den Link angeklickt und 3,1 % Zugangsdaten "
                    "eingegeben. Wer geklickt hat, erhielt sofort eine kurze Lerneinheit; eine "
                    "Auswertung nach Personen erfolgt nicht."
                ),
                "next_steps": (
                    "Zweite Phishing-Simulation im März 2026; Erinnerung der Führungskräfte an "
                    "ausstehende Pflichtschulungen."
                ),
                "author": "s.hoffmann",
            },
            "2026-H1": {
                "reported": "2026-06-25",
                "traffic_light": "green",
                "percent": 70,
                "summary": (
                    "Bei der zweiten Phishing-Simulation im März 2026 lag die Klickrate bei "
                    "6,8 %; verdächtige E-Mails werden dreimal so oft an den IT-Service "
                    "gemeldet wie vor einem Jahr. 951 Beschäftigte (88 %) haben die "
                    "Grundschulung abgeschlossen. Für Führungskräfte gibt es ein zusätzliches "
                    "Modul zum Verhalten im IT-Notfall."
                ),
                "next_steps": (
                    "Jährliche Auffrischung ab September 2026; dritte Phishing-Simulation im "
                    "Herbst."
                ),
                "author": "s.hoffmann",
            },
        },
    },
    {
        "code": "M 4.3",
        "title": "IT-Notfallhandbuch und Wiederanlaufpläne für kritische Fachverfahren",
        "description": (
            "Business-Impact-Analyse aller Fachverfahren, IT-Notfallhandbuch nach "
            "BSI-Standard 200-4 mit Meldewegen und Notfallstab sowie Wiederanlaufpläne für "
            "die kritischen Verfahren, abgestimmt mit den Notfallprozessen des KRZ."
        ),
        "field": "HF 4",
        "goals": ["Z 4.2"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung IT",
        "benefit": 5,
        "urgency": 5,
        "effort": 3,
        "created": "2024-06-17",
        "planned_start": "2024-10-01",
        "planned_end": "2025-09-30",
        "is_public": False,
        "dependencies": ["M 4.1"],
        "milestones": [
            {
                "title": "Business-Impact-Analyse für 42 Fachverfahren",
                "due": "2025-02-28",
                "completed": "2025-04-30",
            },
            {
                "title": "IT-Notfallhandbuch vom Verwaltungsvorstand freigegeben",
                "due": "2025-06-30",
                "moved": [{"date": "2025-06-25", "due": "2025-10-31"}],
                "completed": "2026-03-17",
            },
            {
                "title": "Wiederanlaufpläne für die acht kritischen Fachverfahren",
                "due": "2025-09-30",
                "moved": [{"date": "2026-02-02", "due": "2026-07-31"}],
            },
            {
                "title": "Notfallübung mit dem Verwaltungsvorstand",
                "due": "2026-09-30",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "12000.00",
                "actual": "9600.00",
                "actual_recorded": "2025-02-14",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "28000.00",
                "actual": "24350.00",
                "actual_recorded": "2026-02-20",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "15000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.3"},
            {"year": 2025, "fte": "0.5"},
            {"year": 2026, "fte": "0.5"},
        ],
        "changes": [
            {"date": "2024-11-18", "set": {"status": "in_progress"}},
            {"date": "2026-02-02", "set": {"planned_end": "2026-09-30"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-30",
                "traffic_light": "yellow",
                "percent": 40,
                "summary": (
                    "Der Start hat sich bis Mitte November 2024 verzögert, weil zunächst die "
                    "Stelle der Informationssicherheitsbeauftragten besetzt werden musste. Die "
                    "Business-Impact-Analyse für 42 Fachverfahren ist seit dem 30.04.2025 "
                    "abgeschlossen; acht Verfahren sind als kritisch eingestuft, darunter "
                    "Einwohnerwesen, Finanzverfahren und Sozialleistungen. Das Notfallhandbuch "
                    "liegt im Entwurf vor, die Freigabe wurde auf Oktober 2025 verschoben."
                ),
                "next_steps": (
                    "Abstimmung des Entwurfs mit dem KRZ; Wiederanlaufpläne für die acht "
                    "kritischen Verfahren."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2026-01-12",
                "traffic_light": "red",
                "percent": 55,
                "summary": (
                    "Das Notfallhandbuch konnte im Oktober nicht freigegeben werden, weil die "
                    "Schnittstellen zu den Notfallprozessen des KRZ noch nicht geklärt sind. "
                    "Für drei der acht kritischen Verfahren liegen Wiederanlaufpläne im Entwurf "
                    "vor. Das geplante Projektende 30.09.2025 ist überschritten."
                ),
                "next_steps": (
                    "Freigabe des Notfallhandbuchs durch den Verwaltungsvorstand im ersten "
                    "Quartal 2026; neuer Zeitplan mit Projektende 30.09.2026."
                ),
                "risks": (
                    "Solange die Notfallprozesse mit dem KRZ nicht abgestimmt sind, ist ein "
                    "Wiederanlauf der kritischen Verfahren in 72 Stunden nicht gesichert."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-06",
                "traffic_light": "yellow",
                "percent": 75,
                "summary": (
                    "Der Verwaltungsvorstand hat das Notfallhandbuch am 17.03.2026 freigegeben; "
                    "es regelt Meldewege, Sofortmaßnahmen und die Arbeit des Notfallstabs. Die "
                    "Wiederanlaufpläne für sechs von acht kritischen Verfahren sind fertig. Für "
                    "Finanz- und Sozialverfahren fehlen noch Angaben des KRZ zu "
                    "Wiederherstellungszeiten."
                ),
                "next_steps": (
                    "Fertigstellung der beiden letzten Wiederanlaufpläne bis 31.07.2026; "
                    "Notfallübung mit dem Verwaltungsvorstand im September 2026."
                ),
                "deviation_reason": (
                    "Rechnerisch grün, weil nach der Neuplanung alle Termine eingehalten sind. "
                    "Gemeldet wird gelb, weil die beiden fehlenden Wiederanlaufpläne von "
                    "Zuarbeiten des KRZ abhängen, die für Juli zugesagt, aber schon zweimal "
                    "verschoben worden sind."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 4.4",
        "title": "Unveränderliche Datensicherung und Wiederanlauftests mit dem KRZ",
        "description": (
            "Ergänzung der Datensicherung um eine Backup-Appliance mit unveränderlichem "
            "Speicher und eine Offline-Kopie im Zweitstandort des KRZ. Regelmäßige "
            "Wiederanlauftests sollen belegen, dass kritische Fachverfahren nach einem "
            "Angriff innerhalb von 72 Stunden wieder laufen."
        ),
        "field": "HF 4",
        "goals": ["Z 4.2"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung IT",
        "benefit": 5,
        "urgency": 5,
        "effort": 3,
        "created": "2025-01-20",
        "planned_start": "2025-04-01",
        "planned_end": "2026-03-31",
        "is_public": False,
        "milestones": [
            {
                "title": "Zuschlag für die Backup-Appliance erteilt",
                "due": "2025-06-30",
                "completed": "2025-06-11",
            },
            {
                "title": "Offline-Kopie im Zweitstandort des KRZ eingerichtet",
                "due": "2025-10-31",
                "completed": "2025-10-29",
            },
            {
                "title": "Wiederanlauftest Finanzverfahren und Einwohnerwesen",
                "due": "2026-02-28",
                "moved": [{"date": "2026-02-16", "due": "2026-05-31"}],
                "completed": "2026-06-18",
            },
            {
                "title": "Wiederanlauf innerhalb von 72 Stunden nachgewiesen",
                "due": "2026-03-31",
                "moved": [{"date": "2026-02-16", "due": "2026-09-30"}],
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "68000.00",
                "re_estimated": [{"date": "2025-05-12", "estimated": "79000.00"}],
                "actual": "77640.00",
                "actual_recorded": "2026-02-20",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "11000.00",
                "re_estimated": [{"date": "2026-06-25", "estimated": "14000.00"}],
            },
        ],
        "staff": [{"year": 2025, "fte": "0.3"}, {"year": 2026, "fte": "0.3"}],
        "changes": [
            {"date": "2025-04-07", "set": {"status": "in_progress"}},
            {"date": "2026-02-16", "set": {"planned_end": "2026-10-31"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-02",
                "traffic_light": "green",
                "percent": 25,
                "summary": (
                    "Als Konsequenz aus dem Cyberangriff auf einen kommunalen IT-Dienstleister "
                    "in Südwestfalen im Oktober 2023 wird die Datensicherung um eine "
                    "unveränderliche Sicherung ergänzt. Der Zuschlag für die Backup-Appliance "
                    "wurde am 11.06.2025 erteilt; der Preis liegt mit 79.000 Euro über der "
                    "Schätzung, weil die Speicherpreise gestiegen sind. Die Lieferung ist für "
                    "August zugesagt."
                ),
                "next_steps": (
                    "Installation der Appliance und Einrichtung der Offline-Kopie im "
                    "Zweitstandort des KRZ bis Oktober 2025."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2025-12-17",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "Die Appliance ist seit September in Betrieb; seit dem 29.10.2025 wird "
                    "täglich eine unveränderliche Kopie im Zweitstandort des KRZ abgelegt. "
                    "Gesichert werden alle 42 Fachverfahren und die Fileserver. "
                    "Wiederherstellungen einzelner Dateien und Postfächer wurden erfolgreich "
                    "getestet."
                ),
                "next_steps": (
                    "Vollständiger Wiederanlauftest für Finanzverfahren und Einwohnerwesen im "
                    "Februar 2026."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-03",
                "traffic_light": "yellow",
                "percent": 58,
                "summary": (
                    "Der Wiederanlauftest musste auf Juni verschoben werden, weil das KRZ im "
                    "Februar keine Testumgebung bereitstellen konnte. Beim Test am 16. und "
                    "17.06.2026 wurden Finanzverfahren und Einwohnerwesen vollständig "
                    "wiederhergestellt, allerdings in 96 statt der angestrebten 72 Stunden. "
                    "Engpass war die Übertragung der Daten aus dem Zweitstandort."
                ),
                "next_steps": (
                    "Mit dem KRZ wird eine höhere Bandbreite zum Zweitstandort vereinbart; "
                    "Wiederholung des Tests bis 30.09.2026."
                ),
                "risks": (
                    "Die höhere Bandbreite kostet rund 6.000 Euro im Jahr; für 2026 sind "
                    "3.000 Euro nachveranschlagt, ab 2027 muss der Betrag im Haushalt "
                    "eingeplant werden."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 4.5",
        "title": "Multi-Faktor-Authentisierung für Fernzugriffe und Administration",
        "description": (
            "Anmeldungen von außen (VPN, Telearbeit, Webmail) und alle "
            "Administrationskonten werden mit einem zweiten Faktor abgesichert, vorrangig "
            "mit FIDO2-Sicherheitsschlüsseln. Die Maßnahme setzt eine Empfehlung aus dem "
            "IT-Grundschutz-Check um."
        ),
        "field": "HF 4",
        "goals": ["Z 4.1"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz, Abteilung IT",
        "benefit": 5,
        "urgency": 5,
        "effort": 2,
        "created": "2026-03-02",
        "planned_start": "2026-04-01",
        "planned_end": "2026-10-31",
        "dependencies": ["M 4.1"],
        "milestones": [
            {
                "title": "Zweiter Faktor für Administrationskonten und VPN",
                "due": "2026-05-31",
                "completed": "2026-05-26",
            },
            {
                "title": "Sicherheitsschlüssel an alle Telearbeitsplätze ausgegeben",
                "due": "2026-08-31",
            },
            {
                "title": "Anmeldung von außen nur noch mit zweitem Faktor",
                "due": "2026-10-31",
            },
        ],
        "costs": [
            {"year": 2026, "kind": "investiv", "estimated": "21000.00"},
            {"year": 2026, "kind": "konsumtiv", "estimated": "8400.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "4200.00"},
        ],
        "staff": [{"year": 2026, "fte": "0.4"}],
        "changes": [{"date": "2026-04-07", "set": {"status": "in_progress"}}],
        "updates": {
            "2026-H1": {
                "reported": "2026-06-24",
                "traffic_light": "green",
                "percent": 40,
                "summary": (
                    "Seit dem 26.05.2026 melden sich alle 38 Administratorinnen und "
                    "Administratoren sowie alle VPN-Nutzerinnen und -Nutzer mit zweitem Faktor "
                    "an. Für die rund 420 Telearbeitsplätze wurden FIDO2-Sicherheitsschlüssel "
                    "beschafft; sie werden fachbereichsweise ausgegeben."
                ),
                "next_steps": (
                    "Ausgabe der Sicherheitsschlüssel bis 31.08.2026; danach wird die "
                    "Anmeldung von außen nur mit Passwort gesperrt."
                ),
                "risks": (
                    "Verlorene Sicherheitsschlüssel verursachen Supportaufwand im IT-Service, "
                    "der bereits durch zwei unbesetzte Stellen belastet ist."
                ),
                "author": "m.yilmaz",
            },
        },
    },
]
