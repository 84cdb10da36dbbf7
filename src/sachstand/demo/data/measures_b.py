"""Measures of Musterstadt in the fields HF 5 to HF 9.

Invented, modelled on real council reports (Herten, Kerpen, Ratingen, Kaiserslautern): Breitband
& Glasfaser, Schulen, Smart City, Homepage & Social Media, Personal & Kompetenzen. Dependencies
point only to measures of this module.
"""

from sachstand.demo.data.schema import MeasureData

MEASURES: list[MeasureData] = [
    {
        "code": "M 5.1",
        "title": "Geförderter Glasfaserausbau in den weißen Flecken",
        "description": (
            "Glasfaserausbau (FTTB/FTTH) für 1.240 unterversorgte Adressen mit weniger als 30 "
            "Mbit/s in den Ortsteilen Nordfeld, Haldern und Obersiepen sowie in den "
            "Außenbereichen. Finanzierung im Wirtschaftlichkeitslückenmodell über die "
            "Gigabitförderung des Bundes (50 %) und die Kofinanzierung des Landes NRW (40 %); der "
            "städtische Eigenanteil beträgt 10 %. Die Breitbandkoordination liegt in der "
            "Stabsstelle Digitalisierung, die Baustellenkoordination im öffentlichen Straßenraum "
            "bei FB 66."
        ),
        "field": "HF 5",
        "goals": ["Z 5.1"],
        "org_unit": "DIG",
        "contact": "Dr. Jan Vogt (Breitbandkoordinator)",
        "benefit": 5,
        "urgency": 4,
        "effort": 5,
        "created": "2024-04-15",
        "planned_start": "2024-05-01",
        "planned_end": "2026-06-30",
        "council_reference": "Vorlage 2023/214",
        "council_reference_date": "2023-11-30",
        "milestones": [
            {
                "title": "Endgültiger Förderbescheid von Bund und Land liegt vor",
                "due": "2024-09-30",
                "completed": "2024-09-12",
            },
            {
                "title": "Zuschlag an den Netzbetreiber im Auswahlverfahren erteilt",
                "due": "2025-03-31",
                "completed": "2025-05-20",
            },
            {
                "title": "Baubeginn Ausbaugebiet Nord (Nordfeld, Haldern)",
                "due": "2025-06-30",
                "completed": "2025-06-16",
            },
            {
                "title": "Baubeginn Ausbaugebiet Süd (Obersiepen, Außenbereiche)",
                "due": "2025-10-31",
                "completed": "2026-04-20",
                "moved": [{"date": "2025-10-15", "due": "2026-03-31"}],
            },
            {
                "title": "Alle 1.240 geförderten Adressen anschlussbereit",
                "due": "2026-06-30",
                "moved": [{"date": "2025-11-20", "due": "2026-12-31"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "58000.00",
                "actual": "54720.00",
                "actual_recorded": "2025-02-14",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "54720.00",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "1650000.00",
                "actual": "1412300.00",
                "actual_recorded": "2026-02-20",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "825000.00",
            },
            {
                "year": 2026,
                "kind": "investiv",
                "estimated": "2100000.00",
                "funding_source": "Gigabitförderung NRW (Kofinanzierung)",
                "funded": "992000.00",
                "re_estimated": [{"date": "2025-11-20", "estimated": "2480000.00"}],
            },
            {
                "year": 2027,
                "kind": "investiv",
                "estimated": "320000.00",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "160000.00",
            },
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "1.0"},
            {"year": 2027, "fte": "0.3"},
        ],
        "changes": [
            {"date": "2024-05-02", "set": {"status": "in_progress"}},
            {"date": "2025-11-20", "set": {"planned_end": "2026-12-31"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-08",
                "traffic_light": "yellow",
                "percent": 30,
                "summary": (
                    "Der endgültige Förderbescheid von Bund und Land liegt seit dem 12.09.2024 "
                    "vor. Das Auswahlverfahren für den Netzbetreiber hat sich wegen einer "
                    "Bieterrüge um rund sieben Wochen verzögert; der Zuschlag wurde am 20.05.2025 "
                    "erteilt. Im Ausbaugebiet Nord haben die Tiefbauarbeiten am 16.06.2025 "
                    "begonnen, bisher sind rund 4 km Trasse verlegt."
                ),
                "next_steps": (
                    "Aufnahme der Arbeiten im Ausbaugebiet Süd ab Oktober 2025. Abstimmung der "
                    "Aufbruchgenehmigungen mit FB 66 im 14-täglichen Baustellen-Jour-fixe."
                ),
                "risks": (
                    "Die Tiefbaukapazitäten des Netzbetreibers sind knapp; Verzögerungen im "
                    "Ausbaugebiet Süd sind wahrscheinlich."
                ),
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2026-01-12",
                "traffic_light": "yellow",
                "percent": 50,
                "summary": (
                    "Im Ausbaugebiet Nord sind 610 von 680 Adressen anschlussbereit, 212 Haushalte "
                    "haben bereits einen Glasfaservertrag abgeschlossen. Der Baubeginn im "
                    "Ausbaugebiet Süd musste auf das Frühjahr 2026 verschoben werden, weil der "
                    "Netzbetreiber seinen Tiefbau-Nachunternehmer gewechselt hat. Der "
                    "Projektabschluss wurde deshalb auf den 31.12.2026 verlegt; der Antrag auf "
                    "Verlängerung des Bewilligungszeitraums ist beim Projektträger gestellt. Wegen "
                    "gestiegener Tiefbaupreise wurde der Ansatz für 2026 um 380.000 EUR erhöht."
                ),
                "next_steps": (
                    "Baubeginn im Ausbaugebiet Süd bis Ende März 2026. Fertigstellung der "
                    "restlichen 70 Adressen im Ausbaugebiet Nord."
                ),
                "risks": (
                    "Stimmt der Projektträger der Verlängerung nicht zu, sind Fördermittel für die "
                    "Bauleistungen nach dem 30.06.2026 gefährdet."
                ),
                "deviation_reason": (
                    "Nach der Verlegung des Projektendes ergibt sich rechnerisch grün. Der "
                    "Gesamtabschluss verschiebt sich aber um sechs Monate und die Zustimmung des "
                    "Projektträgers zur Verlängerung steht noch aus; daher melden wir gelb."
                ),
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-07-10",
                "traffic_light": "green",
                "percent": 72,
                "summary": (
                    "Der Projektträger hat der Verlängerung des Bewilligungszeitraums bis zum "
                    "31.12.2026 am 03.03.2026 zugestimmt. Im Ausbaugebiet Nord sind alle 680 "
                    "Adressen anschlussbereit. Im Ausbaugebiet Süd laufen die Tiefbauarbeiten seit "
                    "dem 20.04.2026; 190 von 560 Adressen sind angeschlossen."
                ),
                "next_steps": (
                    "Fertigstellung der Trassen in Obersiepen bis Oktober 2026, danach "
                    "Hausanschlüsse in den Außenbereichen. Vorbereitung des Verwendungsnachweises."
                ),
                "risks": (
                    "Für 23 Grundstücke in den Außenbereichen fehlen noch Gestattungsverträge für "
                    "die Leitungsführung über Privatgrund."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 5.2",
        "title": "Gigabitförderung graue Flecken: Markterkundung und Förderantrag",
        "description": (
            "Nach den weißen Flecken sollen rund 2.900 Adressen mit einer Versorgung unter 100 "
            "Mbit/s (graue Flecken) über die Gigabitförderung des Bundes erschlossen werden. Die "
            "Maßnahme umfasst das Markterkundungsverfahren, die Abfrage des eigenwirtschaftlichen "
            "Ausbaus, die Förderanträge bei Bund und Land sowie die Vorbereitung des "
            "Auswahlverfahrens."
        ),
        "field": "HF 5",
        "goals": ["Z 5.1"],
        "org_unit": "DIG",
        "contact": "Dr. Jan Vogt (Breitbandkoordinator)",
        "benefit": 5,
        "urgency": 3,
        "effort": 4,
        "created": "2025-09-15",
        "planned_start": "2025-10-01",
        "planned_end": "2027-12-31",
        "council_reference": "Vorlage 2025/118",
        "council_reference_date": "2025-07-03",
        "dependencies": ["M 5.1"],
        "milestones": [
            {
                "title": "Markterkundungsverfahren abgeschlossen und ausgewertet",
                "due": "2025-12-31",
                "completed": "2025-12-10",
            },
            {
                "title": "Förderantrag im Förderaufruf 2026 des Bundes eingereicht",
                "due": "2026-04-30",
                "completed": "2026-04-28",
            },
            {"title": "Vorläufiger Förderbescheid des Bundes liegt vor", "due": "2026-10-31"},
            {"title": "Zuschlag im Auswahlverfahren erteilt", "due": "2027-06-30"},
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "18000.00",
                "actual": "17850.00",
                "actual_recorded": "2026-01-30",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "17850.00",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "42000.00",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "42000.00",
            },
            {
                "year": 2027,
                "kind": "investiv",
                "estimated": "4200000.00",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "2100000.00",
            },
            {
                "year": 2028,
                "kind": "investiv",
                "estimated": "5400000.00",
                "funding_source": "Gigabitförderung NRW (Kofinanzierung)",
                "funded": "2160000.00",
            },
        ],
        "staff": [
            {"year": 2025, "fte": "0.3"},
            {"year": 2026, "fte": "0.5"},
            {"year": 2027, "fte": "0.5"},
            {"year": 2028, "fte": "0.5"},
        ],
        "changes": [{"date": "2025-10-01", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H2": {
                "reported": "2025-12-18",
                "traffic_light": "green",
                "percent": 10,
                "summary": (
                    "Die Maßnahme wurde im September 2025 neu in den Plan aufgenommen. Das "
                    "Markterkundungsverfahren wurde am 06.10.2025 veröffentlicht und am 10.12.2025 "
                    "abgeschlossen. Zwei Telekommunikationsunternehmen haben für zusammen rund "
                    "1.100 Adressen einen eigenwirtschaftlichen Ausbau in den nächsten drei Jahren "
                    "angekündigt; für rund 1.800 Adressen besteht Förderbedarf."
                ),
                "next_steps": (
                    "Festlegung des Fördergebiets und Antragstellung im Förderaufruf 2026 des "
                    "Bundes; parallel Antrag auf Kofinanzierung beim Land NRW."
                ),
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-07-03",
                "traffic_light": "green",
                "percent": 28,
                "summary": (
                    "Der Förderantrag für 1.810 Adressen wurde am 28.04.2026 fristgerecht beim "
                    "Projektträger eingereicht, der Antrag auf Kofinanzierung beim Land am "
                    "12.05.2026. Die geschätzte Wirtschaftlichkeitslücke beträgt 9,6 Mio. EUR, der "
                    "städtische Eigenanteil rund 0,96 Mio. EUR. Mit dem vorläufigen Förderbescheid "
                    "wird im Herbst 2026 gerechnet."
                ),
                "next_steps": (
                    "Vorbereitung der Vergabeunterlagen für das Auswahlverfahren, damit es "
                    "unmittelbar nach Eingang des Bescheids starten kann."
                ),
                "risks": (
                    "Die Bundesmittel im Förderaufruf 2026 sind begrenzt; ein positiver Bescheid "
                    "ist nicht gesichert. Der Eigenanteil muss im Haushalt 2027 veranschlagt "
                    "werden."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 5.3",
        "title": "Mitverlegung von Leerrohren bei städtischen Tiefbaumaßnahmen",
        "description": (
            "Bei allen geeigneten Straßen- und Kanalbaumaßnahmen verlegt FB 66 Leerrohre für "
            "Glasfaser mit. Dazu gehören eine verbindliche Dienstanweisung, ein Leerrohrkataster "
            "im städtischen GIS und die Meldung der Baustellen und Leerrohre an das "
            "Gigabit-Grundbuch, damit Netzbetreiber die Infrastruktur mitnutzen können."
        ),
        "field": "HF 5",
        "goals": ["Z 5.1", "Z 5.2"],
        "org_unit": "FB 66",
        "contact": "Ralf Brandt",
        "benefit": 4,
        "urgency": 3,
        "effort": 2,
        "created": "2024-05-10",
        "planned_start": "2024-07-01",
        "planned_end": "2025-12-31",
        "milestones": [
            {
                "title": "Dienstanweisung zur Mitverlegung in Kraft",
                "due": "2024-10-31",
                "completed": "2024-10-15",
            },
            {
                "title": "Leerrohrkataster im städtischen GIS freigeschaltet",
                "due": "2025-03-31",
                "completed": "2025-04-22",
            },
            {
                "title": "Mitverlegung im Abschnitt Bahnhofstraße/Lindenallee abgeschlossen",
                "due": "2025-10-31",
                "completed": "2025-10-24",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "12000.00",
                "actual": "11480.00",
                "actual_recorded": "2025-01-28",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "150000.00",
                "actual": "163900.00",
                "actual_recorded": "2026-02-12",
            },
        ],
        "staff": [{"year": 2024, "fte": "0.2"}, {"year": 2025, "fte": "0.3"}],
        "changes": [
            {"date": "2024-07-01", "set": {"status": "in_progress"}},
            {"date": "2025-11-28", "set": {"status": "completed", "actual_end": "2025-11-28"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-26",
                "traffic_light": "green",
                "percent": 60,
                "summary": (
                    "Die Dienstanweisung zur Mitverlegung von Leerrohren ist seit dem 15.10.2024 "
                    "in Kraft. Seit Juli 2024 wurden bei sieben Tiefbaumaßnahmen insgesamt 6,3 km "
                    "Leerrohr mitverlegt. Das Leerrohrkataster ist seit dem 22.04.2025 im "
                    "städtischen GIS freigeschaltet, drei Wochen später als geplant; die Daten "
                    "werden an das Gigabit-Grundbuch gemeldet."
                ),
                "next_steps": (
                    "Mitverlegung im Ausbauabschnitt Bahnhofstraße/Lindenallee (2,1 km) bis "
                    "Oktober 2025."
                ),
                "author": "r.brandt",
            },
            "2025-H2": {
                "reported": "2025-12-17",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die Maßnahme ist am 28.11.2025 abgeschlossen worden. Insgesamt wurden bei elf "
                    "Tiefbaumaßnahmen 9,8 km Leerrohr verlegt; zwei Abschnitte sind bereits an "
                    "einen Netzbetreiber vermietet. Nach vorläufiger Abrechnung liegen die Kosten "
                    "für 2025 rund 14.000 EUR über dem Ansatz, weil in der Lindenallee zusätzliche "
                    "Querungen nötig waren. Die Mitverlegung ist als Regelprozess etabliert."
                ),
                "next_steps": (
                    "Fortschreibung des Leerrohrkatasters im Regelbetrieb; jährlicher Bericht im "
                    "Ausschuss für Bauen und Verkehr."
                ),
                "author": "r.brandt",
            },
        },
    },
    {
        "code": "M 5.4",
        "title": "Gigabitanbindung der Gewerbegebiete Am Kanal und Industriestraße",
        "description": (
            "Erschließung der beiden noch nicht gigabitfähig versorgten Gewerbegebiete mit "
            "zusammen 84 Unternehmen. Der Ausbau erfolgt eigenwirtschaftlich durch einen "
            "Netzbetreiber auf Grundlage eines Kooperationsvertrags; die Stadt stellt mitverlegte "
            "Leerrohre bereit, übernimmt Querungen und koordiniert den Tiefbau."
        ),
        "field": "HF 5",
        "goals": ["Z 5.2"],
        "org_unit": "FB 66",
        "contact": "Ralf Brandt",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2024-06-20",
        "planned_start": "2024-09-01",
        "planned_end": "2025-09-30",
        "council_reference": "A 2024/093",
        "council_reference_date": "2024-06-13",
        "dependencies": ["M 5.3"],
        "milestones": [
            {
                "title": "Kooperationsvertrag mit dem Netzbetreiber unterzeichnet",
                "due": "2024-11-30",
                "completed": "2024-11-19",
            },
            {
                "title": "Tiefbau Gewerbegebiet Am Kanal abgeschlossen",
                "due": "2025-05-31",
                "completed": "2025-08-14",
            },
            {
                "title": "Tiefbau Industriestraße abgeschlossen, alle Unternehmen anschlussbereit",
                "due": "2025-09-30",
                "completed": "2026-05-22",
                "moved": [{"date": "2025-07-20", "due": "2026-03-31"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "8000.00",
                "actual": "7600.00",
                "actual_recorded": "2025-01-31",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "95000.00",
                "actual": "88200.00",
                "actual_recorded": "2026-02-12",
            },
            {"year": 2026, "kind": "investiv", "estimated": "30000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.2"},
            {"year": 2025, "fte": "0.3"},
            {"year": 2026, "fte": "0.2"},
        ],
        "changes": [
            {"date": "2024-09-02", "set": {"status": "in_progress"}},
            {"date": "2025-07-20", "set": {"planned_end": "2026-03-31"}},
            {"date": "2026-05-29", "set": {"status": "completed", "actual_end": "2026-05-29"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-04",
                "traffic_light": "yellow",
                "percent": 60,
                "summary": (
                    "Der Kooperationsvertrag mit dem Netzbetreiber wurde am 19.11.2024 "
                    "unterzeichnet. Im Gewerbegebiet Am Kanal sind 3,2 km Trasse verlegt; die "
                    "Querung der Landesstraße L 418 verzögert sich, weil die Genehmigung des "
                    "Landesbetriebs erst im Juni erteilt wurde. 27 von 41 Unternehmen haben "
                    "bereits einen Anschlussvertrag abgeschlossen."
                ),
                "next_steps": (
                    "Querung der L 418 im Juli 2025, danach Fertigstellung Am Kanal. Baubeginn in "
                    "der Industriestraße im September 2025."
                ),
                "risks": (
                    "Verschiebt sich die Fertigstellung Am Kanal weiter, ist der Abschluss bis "
                    "Ende September 2025 nicht zu halten."
                ),
                "author": "r.brandt",
            },
            "2025-H2": {
                "reported": "2026-01-09",
                "traffic_light": "green",
                "percent": 80,
                "summary": (
                    "Das Gewerbegebiet Am Kanal ist seit dem 14.08.2025 vollständig erschlossen; "
                    "35 von 41 Unternehmen sind angeschlossen. In der Industriestraße ist der "
                    "Tiefbau zu rund zwei Dritteln abgeschlossen. Wegen der Verzögerung Am Kanal "
                    "wurde das Projektende im Juli 2025 auf den 31.03.2026 verlegt."
                ),
                "next_steps": (
                    "Fertigstellung der Trasse Industriestraße und Anschluss der übrigen "
                    "Unternehmen bis Ende März 2026."
                ),
                "author": "r.brandt",
            },
            "2026-H1": {
                "reported": "2026-06-23",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die Maßnahme ist am 29.05.2026 abgeschlossen worden. Beide Gewerbegebiete "
                    "sind gigabitfähig erschlossen; 71 von 84 Unternehmen haben einen "
                    "Glasfaseranschluss gebucht. Wegen Frost im Februar und einer "
                    "Leitungskollision in der Industriestraße wurde auch der verlegte Termin um "
                    "rund acht Wochen überschritten."
                ),
                "next_steps": (
                    "Übergabe an den Regelbetrieb; die Nachverdichtung der Hausanschlüsse "
                    "übernimmt der Netzbetreiber."
                ),
                "author": "r.brandt",
            },
        },
    },
    {
        "code": "M 6.1",
        "title": "Gigabitanbindung aller 14 Schulen",
        "description": (
            "Anschluss aller 14 städtischen Schulen (neun Grundschulen, zwei Realschulen, "
            "Gymnasium, Gesamtschule, Förderschule) an das Glasfasernetz mit symmetrisch "
            "mindestens 1 Gbit/s. Gefördert über den Sonderaufruf Schulen der Gigabitförderung des "
            "Bundes mit Kofinanzierung des Landes. Umfasst Tiefbau, Hausanschlüsse, "
            "Inhouse-Verkabelung bis zum Serverraum und die Umstellung der Internetzugänge."
        ),
        "field": "HF 6",
        "goals": ["Z 6.1"],
        "org_unit": "FB 40",
        "contact": "Thomas Wagner",
        "benefit": 5,
        "urgency": 5,
        "effort": 4,
        "created": "2024-04-02",
        "planned_start": "2024-04-15",
        "planned_end": "2025-12-31",
        "milestones": [
            {
                "title": "Auftrag für Tiefbau und Hausanschlüsse vergeben",
                "due": "2024-08-31",
                "completed": "2024-08-20",
            },
            {
                "title": "Erste sechs Schulen angeschlossen",
                "due": "2024-12-31",
                "completed": "2025-01-24",
            },
            {
                "title": "Gymnasium, Gesamtschule und Förderschule angeschlossen",
                "due": "2025-06-30",
                "completed": "2025-06-12",
            },
            {
                "title": "Alle 14 Schulen angeschlossen",
                "due": "2025-12-31",
                "completed": "2026-03-20",
                "moved": [{"date": "2025-11-10", "due": "2026-03-31"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "420000.00",
                "actual": "398600.00",
                "actual_recorded": "2025-02-05",
                "funding_source": "Gigabitförderung des Bundes",
                "funded": "210000.00",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "360000.00",
                "actual": "371250.00",
                "actual_recorded": "2026-02-18",
                "funding_source": "Gigabitförderung NRW (Kofinanzierung)",
                "funded": "316000.00",
                "re_estimated": [{"date": "2025-11-10", "estimated": "395000.00"}],
            },
            {"year": 2026, "kind": "investiv", "estimated": "45000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.3"},
            {"year": 2025, "fte": "0.3"},
            {"year": 2026, "fte": "0.1"},
        ],
        "changes": [
            {"date": "2024-04-15", "set": {"status": "in_progress"}},
            {"date": "2025-11-10", "set": {"planned_end": "2026-03-31"}},
            {"date": "2026-03-20", "set": {"status": "completed", "actual_end": "2026-03-20"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-01",
                "traffic_light": "green",
                "percent": 64,
                "summary": (
                    "Nach den ersten sechs Schulen, deren Anschluss im Januar 2025 mit drei Wochen "
                    "Verzug abgeschlossen wurde, sind seit dem 12.06.2025 auch Gymnasium, "
                    "Gesamtschule und Förderschule angebunden. Damit nutzen 9 von 14 Schulen einen "
                    "Glasfaseranschluss mit 1 Gbit/s. Die Abrechnung der Fördermittel für 2024 ist "
                    "erfolgt."
                ),
                "next_steps": "Anschluss der verbleibenden fünf Grundschulen bis Dezember 2025.",
                "author": "t.wagner",
            },
            "2025-H2": {
                "reported": "2026-01-14",
                "traffic_light": "green",
                "percent": 90,
                "summary": (
                    "13 von 14 Schulen sind angeschlossen. Bei der Grundschule Am Mühlenbach "
                    "verzögert sich die Hauszuführung, weil das Gebäude unter Denkmalschutz steht "
                    "und die Trassenführung mit der Unteren Denkmalbehörde abgestimmt werden "
                    "musste. Der Abschluss wurde deshalb auf Ende März 2026 verlegt; die "
                    "Mehrkosten von rund 35.000 EUR sind förderfähig."
                ),
                "next_steps": (
                    "Hauszuführung und Inhouse-Verkabelung der Grundschule Am Mühlenbach im "
                    "Februar und März 2026."
                ),
                "author": "t.wagner",
            },
            "2026-H1": {
                "reported": "2026-06-29",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Seit dem 20.03.2026 sind alle 14 Schulen gigabitfähig angebunden; die "
                    "Maßnahme ist abgeschlossen. Der Verwendungsnachweis wurde am 18.05.2026 beim "
                    "Projektträger eingereicht."
                ),
                "next_steps": (
                    "Keine weiteren Schritte; der Betrieb der Anschlüsse ist Teil des "
                    "Second-Level-Supports für die Schulen."
                ),
                "author": "t.wagner",
            },
        },
    },
    {
        "code": "M 6.2",
        "title": "WLAN-Ausleuchtung aller Unterrichtsräume",
        "description": (
            "Flächendeckendes, zentral verwaltetes WLAN in allen 412 Unterrichts- und Fachräumen "
            "der 14 Schulen, einschließlich strukturierter Verkabelung, PoE-Switches und "
            "Abnahmemessung. Finanziert überwiegend aus dem DigitalPakt Schule, die Restarbeiten "
            "ab 2026 aus städtischen Mitteln."
        ),
        "field": "HF 6",
        "goals": ["Z 6.2"],
        "org_unit": "FB 40",
        "contact": "Thomas Wagner",
        "benefit": 5,
        "urgency": 5,
        "effort": 5,
        "created": "2024-04-02",
        "planned_start": "2024-06-01",
        "planned_end": "2026-07-31",
        "council_reference": "Vorlage 2024/058",
        "council_reference_date": "2024-05-16",
        "dependencies": ["M 6.1"],
        "milestones": [
            {
                "title": "Ausleuchtungsplanung (Site Survey) für alle Schulen abgeschlossen",
                "due": "2024-10-31",
                "completed": "2024-11-15",
            },
            {
                "title": "Vergabe Access Points und Verkabelung (Lose 1 bis 3)",
                "due": "2025-01-31",
                "completed": "2025-01-28",
            },
            {
                "title": "Alle Grundschulen vollständig ausgeleuchtet",
                "due": "2025-10-31",
                "completed": "2025-12-05",
            },
            {
                "title": "Alle weiterführenden Schulen vollständig ausgeleuchtet",
                "due": "2026-07-31",
                "moved": [{"date": "2026-05-12", "due": "2026-08-31"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "640000.00",
                "actual": "512400.00",
                "actual_recorded": "2025-02-10",
                "funding_source": "DigitalPakt Schule",
                "funded": "461160.00",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "980000.00",
                "actual": "1064700.00",
                "actual_recorded": "2026-02-25",
                "funding_source": "DigitalPakt Schule",
                "funded": "864000.00",
                "re_estimated": [{"date": "2025-08-15", "estimated": "1120000.00"}],
            },
            {"year": 2026, "kind": "investiv", "estimated": "380000.00"},
            {"year": 2026, "kind": "konsumtiv", "estimated": "42000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "0.5"},
        ],
        "changes": [
            {"date": "2024-06-03", "set": {"status": "in_progress"}},
            {"date": "2026-05-12", "set": {"planned_end": "2026-08-31"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-11",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "Nach Abschluss der Ausleuchtungsplanung am 15.11.2024 wurden die drei Lose im "
                    "Januar 2025 vergeben. Bisher sind 236 von 412 Unterrichtsräumen mit WLAN "
                    "ausgestattet; in sechs von neun Grundschulen ist die Installation "
                    "abgeschlossen. Die Arbeiten finden überwiegend in den Ferien und an den "
                    "Nachmittagen statt."
                ),
                "next_steps": (
                    "Installation in den Sommerferien 2025 in den übrigen drei Grundschulen; "
                    "Beginn der Verkabelung im Gymnasium."
                ),
                "risks": (
                    "Die Angebotspreise für die Verkabelung liegen rund 14 % über der "
                    "Kostenschätzung; eine Nachveranschlagung für 2025 ist vorbereitet."
                ),
                "author": "t.wagner",
            },
            "2025-H2": {
                "reported": "2026-01-07",
                "traffic_light": "green",
                "percent": 70,
                "summary": (
                    "Alle neun Grundschulen sind seit dem 05.12.2025 vollständig ausgeleuchtet, "
                    "fünf Wochen später als geplant, weil ein Auftragnehmer Lieferprobleme bei "
                    "PoE-Switches hatte. Insgesamt verfügen 301 von 412 Unterrichtsräumen über "
                    "WLAN. Der Kostenansatz für 2025 wurde wegen gestiegener Material- und "
                    "Lohnkosten um 140.000 EUR auf 1,12 Mio. EUR angehoben."
                ),
                "next_steps": (
                    "Ausstattung der weiterführenden Schulen: Gymnasium und Realschulen bis zu den "
                    "Osterferien, Gesamtschule bis Juli 2026."
                ),
                "author": "t.wagner",
            },
            "2026-H1": {
                "reported": "2026-07-02",
                "traffic_light": "green",
                "percent": 86,
                "summary": (
                    "378 von 412 Unterrichtsräumen haben WLAN; Gymnasium und beide Realschulen "
                    "sind vollständig ausgeleuchtet. In der Gesamtschule fehlen noch 34 Räume im "
                    "Altbau, deren Verkabelung an die Brandschutzertüchtigung gekoppelt ist. Das "
                    "Projektende wurde deshalb im Mai auf den 31.08.2026 verlegt; die Arbeiten "
                    "laufen in den Sommerferien."
                ),
                "next_steps": (
                    "Abschluss der Gesamtschule bis 31.08.2026, anschließend Abnahmemessung in "
                    "allen Schulen."
                ),
                "risks": (
                    "Verzögert sich die Brandschutzertüchtigung, verschiebt sich die Ausleuchtung "
                    "der letzten 34 Räume in die Herbstferien."
                ),
                "author": "t.wagner",
            },
        },
    },
    {
        "code": "M 6.3",
        "title": "Endgeräte für Schülerinnen, Schüler und Lehrkräfte (DigitalPakt Schule)",
        "description": (
            "Beschaffung, Einrichtung im Mobile-Device-Management und Verteilung von Tablets für "
            "Schülerinnen und Schüler sowie Dienstnotebooks für Lehrkräfte aus den Restmitteln des "
            "DigitalPakts Schule. Die Beschaffung erfolgt über den Rahmenvertrag einer kommunalen "
            "Einkaufsgemeinschaft."
        ),
        "field": "HF 6",
        "goals": ["Z 6.3"],
        "org_unit": "FB 40",
        "contact": "Miriam Kühn (Medienberatung)",
        "benefit": 4,
        "urgency": 5,
        "effort": 3,
        "created": "2024-04-02",
        "planned_start": "2024-04-15",
        "planned_end": "2025-04-30",
        "milestones": [
            {
                "title": "Geräte aus dem Rahmenvertrag der Einkaufsgemeinschaft abgerufen",
                "due": "2024-06-30",
                "completed": "2024-06-18",
            },
            {
                "title": "Auslieferung 1. Tranche (900 Tablets) zum Schuljahresbeginn",
                "due": "2024-09-30",
                "completed": "2024-09-06",
            },
            {
                "title": "Auslieferung 2. Tranche und Lehrkräftegeräte",
                "due": "2025-02-28",
                "completed": "2025-03-21",
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "810000.00",
                "actual": "796350.00",
                "actual_recorded": "2025-01-22",
                "funding_source": "DigitalPakt Schule",
                "funded": "716700.00",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "260000.00",
                "actual": "248900.00",
                "actual_recorded": "2026-01-20",
                "funding_source": "DigitalPakt Schule",
                "funded": "224000.00",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "36000.00",
                "actual": "35640.00",
                "actual_recorded": "2026-01-20",
            },
        ],
        "staff": [{"year": 2024, "fte": "0.5"}, {"year": 2025, "fte": "0.2"}],
        "changes": [
            {"date": "2024-04-15", "set": {"status": "in_progress"}},
            {"date": "2025-04-25", "set": {"status": "completed", "actual_end": "2025-04-25"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-24",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die Maßnahme wurde am 25.04.2025 abgeschlossen. Ausgeliefert wurden 1.480 "
                    "Tablets an Schülerinnen und Schüler sowie 310 Dienstnotebooks an Lehrkräfte; "
                    "alle Geräte sind im Mobile-Device-Management erfasst. Zusammen mit den 350 "
                    "Leihgeräten aus 2020 stehen 1.830 Schülergeräte für rund 4.200 Schülerinnen "
                    "und Schüler zur Verfügung (1 : 2,3; Ziel 1 : 2). Die zweite Tranche wurde "
                    "wegen Lieferengpässen drei Wochen später als geplant verteilt."
                ),
                "next_steps": (
                    "Die Aufstockung auf 1 : 2 und der Ersatz der Geräte aus 2020 und 2021 "
                    "erfolgen in M 6.4 (DigitalPakt 2.0)."
                ),
                "author": "t.wagner",
            },
        },
    },
    {
        "code": "M 6.4",
        "title": "Ersatz- und Neubeschaffung von Endgeräten (DigitalPakt 2.0)",
        "description": (
            "Ersatz der rund 640 in den Jahren 2020 und 2021 beschafften Leih- und "
            "Lehrkräftegeräte, die das Ende ihrer Nutzungsdauer erreichen, und Aufstockung auf ein "
            "Gerät für höchstens zwei Schülerinnen und Schüler. Finanzierung über den DigitalPakt "
            "2.0 von Bund und Ländern; die Beschaffung beginnt nach Veröffentlichung der "
            "Förderrichtlinie des Landes NRW."
        ),
        "field": "HF 6",
        "goals": ["Z 6.3"],
        "org_unit": "FB 40",
        "contact": "Miriam Kühn (Medienberatung)",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2025-10-15",
        "planned_start": "2026-01-01",
        "planned_end": "2027-12-31",
        "dependencies": ["M 6.3", "M 6.5"],
        "milestones": [
            {
                "title": "Bedarfsmeldung aller Schulen auf Basis des Medienentwicklungsplans",
                "due": "2026-02-28",
                "completed": "2026-02-20",
            },
            {"title": "Förderantrag DigitalPakt 2.0 gestellt", "due": "2026-05-31"},
            {"title": "Zuschlag für die Endgeräte erteilt", "due": "2026-10-31"},
            {"title": "Alle Geräte ausgeliefert", "due": "2027-09-30"},
        ],
        "costs": [
            {
                "year": 2026,
                "kind": "investiv",
                "estimated": "450000.00",
                "funding_source": "DigitalPakt 2.0",
                "funded": "225000.00",
            },
            {
                "year": 2027,
                "kind": "investiv",
                "estimated": "520000.00",
                "funding_source": "DigitalPakt 2.0",
                "funded": "260000.00",
            },
            {"year": 2027, "kind": "konsumtiv", "estimated": "48000.00"},
        ],
        "staff": [{"year": 2026, "fte": "0.5"}, {"year": 2027, "fte": "0.5"}],
        "updates": {
            "2025-H2": {
                "reported": "2025-12-19",
                "traffic_light": "green",
                "percent": 0,
                "summary": (
                    "Die Maßnahme wurde im Oktober 2025 neu in den Plan aufgenommen. Bund und "
                    "Länder haben sich auf den DigitalPakt 2.0 verständigt; die Förderrichtlinie "
                    "des Landes NRW liegt noch nicht vor. Die Schulen wurden gebeten, ihren Bedarf "
                    "bis Ende Februar 2026 auf Grundlage des neuen Medienentwicklungsplans zu "
                    "melden."
                ),
                "next_steps": (
                    "Auswertung der Bedarfsmeldungen und Vorbereitung der Leistungsbeschreibung."
                ),
                "author": "t.wagner",
            },
            "2026-H1": {
                "reported": "2026-07-06",
                "traffic_light": "yellow",
                "percent": 10,
                "summary": (
                    "Alle 14 Schulen haben ihren Bedarf gemeldet: 640 Ersatzgeräte und 420 "
                    "zusätzliche Tablets. Die Leistungsbeschreibung ist fertig. Die "
                    "Förderrichtlinie des Landes zum DigitalPakt 2.0 ist weiterhin nicht "
                    "veröffentlicht; nach Auskunft des Ministeriums ist im dritten Quartal 2026 "
                    "mit ihr zu rechnen. Der Förderantrag kann daher noch nicht gestellt werden."
                ),
                "next_steps": (
                    "Förderantrag unmittelbar nach Veröffentlichung der Richtlinie; Start der "
                    "Ausschreibung spätestens vier Wochen danach."
                ),
                "risks": (
                    "Erscheint die Richtlinie erst Ende 2026, ist eine Auslieferung vor den "
                    "Osterferien 2027 nicht erreichbar. Die Geräte aus 2020 fallen zunehmend aus "
                    "(Akkus, fehlende Sicherheitsupdates)."
                ),
                "deviation_reason": (
                    "Der Maßnahmenbeginn ist formal seit Januar überfällig, der Förderantrag seit "
                    "Ende Mai. Ursache ist allein die noch nicht veröffentlichte Förderrichtlinie "
                    "des Landes; ein vorzeitiger Beginn wäre förderschädlich. Bedarf und "
                    "Leistungsbeschreibung liegen vor, die Ausschreibung kann sofort nach "
                    "Erscheinen der Richtlinie starten; daher gelb statt rot."
                ),
                "author": "t.wagner",
            },
        },
    },
    {
        "code": "M 6.5",
        "title": "Fortschreibung des Medienentwicklungsplans 2025–2030",
        "description": (
            "Fortschreibung des Medienentwicklungsplans (MEP) gemeinsam mit den 14 Schulen und der "
            "Medienberatung NRW: Bestandsaufnahme, Medienkonzepte der Schulen, "
            "Ausstattungsstandards, Support- und Finanzierungskonzept bis 2030. Der MEP ist "
            "Grundlage für die Förderanträge im DigitalPakt 2.0."
        ),
        "field": "HF 6",
        "goals": ["Z 6.2", "Z 6.3"],
        "org_unit": "FB 40",
        "contact": "Miriam Kühn (Medienberatung)",
        "benefit": 4,
        "urgency": 4,
        "effort": 2,
        "created": "2024-09-10",
        "planned_start": "2024-10-01",
        "planned_end": "2025-09-30",
        "council_reference": "A 2024/139",
        "council_reference_date": "2024-08-29",
        "milestones": [
            {
                "title": "Bestandsaufnahme und Befragung aller Schulen abgeschlossen",
                "due": "2025-01-31",
                "completed": "2025-02-20",
            },
            {
                "title": "Entwurf mit den Schulleitungen abgestimmt",
                "due": "2025-05-31",
                "completed": "2025-06-25",
            },
            {
                "title": "Beschluss des Medienentwicklungsplans im Rat",
                "due": "2025-09-30",
                "completed": "2025-12-11",
                "moved": [{"date": "2025-08-20", "due": "2025-12-11"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "24000.00",
                "actual": "22800.00",
                "actual_recorded": "2025-01-30",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "16000.00",
                "actual": "15200.00",
                "actual_recorded": "2026-01-27",
            },
        ],
        "staff": [{"year": 2024, "fte": "0.3"}, {"year": 2025, "fte": "0.3"}],
        "changes": [
            {"date": "2024-10-01", "set": {"status": "in_progress"}},
            {"date": "2025-08-20", "set": {"planned_end": "2025-12-31"}},
            {"date": "2025-12-11", "set": {"status": "completed", "actual_end": "2025-12-11"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-03",
                "traffic_light": "green",
                "percent": 60,
                "summary": (
                    "Die Bestandsaufnahme ist abgeschlossen: Alle 14 Schulen haben an der "
                    "Befragung teilgenommen, die Rücklaufquote bei den Lehrkräften lag bei 71 %. "
                    "Der Entwurf mit Ausstattungsstandards (u. a. Präsentationstechnik in jedem "
                    "Unterrichtsraum, 1 : 2-Ausstattung ab Klasse 5) wurde am 25.06.2025 mit den "
                    "Schulleitungen abgestimmt."
                ),
                "next_steps": (
                    "Beratung im Schulausschuss am 09.09.2025 und Beschluss im Rat am 25.09.2025."
                ),
                "author": "t.wagner",
            },
            "2025-H2": {
                "reported": "2025-12-16",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Der Rat hat den Medienentwicklungsplan am 11.12.2025 beschlossen; die "
                    "Maßnahme ist abgeschlossen. Wegen der Kommunalwahl im September und der "
                    "Neubildung der Ausschüsse konnte der Beschluss nicht wie geplant im September "
                    "gefasst werden. Der MEP weist bis 2030 einen Investitionsbedarf von 6,8 Mio. "
                    "EUR und einen zusätzlichen Personalbedarf von zwei Stellen für den IT-Support "
                    "aus."
                ),
                "next_steps": (
                    "Umsetzung über M 6.2 und M 6.4 sowie den Second-Level-Support der Schul-IT; "
                    "jährliche Fortschreibung der Ausstattungsübersicht."
                ),
                "author": "t.wagner",
            },
        },
    },
    {
        "code": "M 6.6",
        "title": "Second-Level-Support für die Schul-IT",
        "description": (
            "Aufbau eines verlässlichen IT-Supports für die Schulen: Lehrkräfte leisten nur noch "
            "den First-Level-Support, Störungen werden über ein Ticketsystem gemeldet und vom "
            "Schul-IT-Team in FB 10 und einem externen Dienstleister mit vereinbarten "
            "Reaktionszeiten bearbeitet. Dazu gehören zwei zusätzliche Stellen für "
            "IT-Betreuerinnen und -Betreuer."
        ),
        "field": "HF 6",
        "goals": ["Z 6.2", "Z 6.3"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2024-11-05",
        "planned_start": "2025-01-01",
        "planned_end": "2026-12-31",
        "is_public": False,
        "dependencies": ["M 6.2"],
        "milestones": [
            {
                "title": "Rahmenvertrag Second-Level-Support vergeben",
                "due": "2025-04-30",
                "completed": "2025-10-20",
                "moved": [{"date": "2025-04-10", "due": "2025-09-30"}],
            },
            {
                "title": "Ticketsystem an allen Schulen in Betrieb",
                "due": "2025-11-30",
                "completed": "2026-02-16",
            },
            {
                "title": "Zweite zusätzliche Stelle IT-Betreuung Schulen besetzt",
                "due": "2026-04-30",
            },
            {"title": "Reaktionszeiten in 90 % der Fälle eingehalten", "due": "2026-12-31"},
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "18000.00",
                "actual": "16900.00",
                "actual_recorded": "2026-02-03",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "180000.00",
                "actual": "96400.00",
                "actual_recorded": "2026-02-03",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "240000.00"},
        ],
        "staff": [{"year": 2025, "fte": "1.0"}, {"year": 2026, "fte": "2.0"}],
        "changes": [{"date": "2025-01-02", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-09",
                "traffic_light": "green",
                "percent": 15,
                "summary": (
                    "Das Schul-IT-Team in FB 10 ist seit dem 01.05.2025 um die erste zusätzliche "
                    "Stelle verstärkt und betreut alle 14 Schulen; im ersten Halbjahr gingen rund "
                    "1.300 Störungsmeldungen per E-Mail und Telefon ein. Die Ausschreibung des "
                    "Second-Level-Supports musste nach Bieterfragen zur Leistungsbeschreibung neu "
                    "aufgesetzt werden; die Vergabe ist nun für September 2025 vorgesehen."
                ),
                "next_steps": (
                    "Zuschlag im September 2025; Einführung des Ticketsystems bis Ende November "
                    "2025."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2026-01-13",
                "traffic_light": "yellow",
                "percent": 40,
                "summary": (
                    "Der Rahmenvertrag für den Second-Level-Support wurde am 20.10.2025 vergeben; "
                    "der Dienstleister hat den Betrieb am 01.12.2025 aufgenommen. Die Einführung "
                    "des Ticketsystems verzögert sich, weil die Anmeldung über das Single Sign-on "
                    "der Schulen noch nicht funktioniert; bisher nutzen fünf von 14 Schulen das "
                    "System im Pilotbetrieb."
                ),
                "next_steps": (
                    "Freischaltung des Ticketsystems für alle Schulen im Februar 2026; "
                    "Ausschreibung der zweiten zusätzlichen Stelle."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-07",
                "traffic_light": "yellow",
                "percent": 65,
                "summary": (
                    "Das Ticketsystem ist seit dem 16.02.2026 an allen 14 Schulen in Betrieb. Im "
                    "ersten Halbjahr 2026 wurden 1.870 Tickets erfasst, 78 % davon innerhalb der "
                    "vereinbarten Reaktionszeit bearbeitet. Die Besetzung der zweiten zusätzlichen "
                    "Stelle ist im ersten Verfahren mangels geeigneter Bewerbungen gescheitert; in "
                    "der zweiten Ausschreibung wurde eine Bewerberin ausgewählt."
                ),
                "next_steps": (
                    "Dienstantritt der neuen IT-Betreuerin am 01.08.2026 und Einarbeitung bis zum "
                    "Schuljahresbeginn. Auswertung der Reaktionszeiten mit dem Dienstleister im "
                    "September 2026."
                ),
                "risks": (
                    "Die Stellen sind im Vergleich zur Privatwirtschaft schwer zu besetzen (siehe "
                    "M 9.3); fällt eine Person aus, ist der Support nur über den Dienstleister "
                    "gesichert."
                ),
                "deviation_reason": (
                    "Der Meilenstein zur Stellenbesetzung ist formal seit mehr als 60 Tagen "
                    "überfällig. Die Bewerberin hat zugesagt, der Personalrat hat am 02.07.2026 "
                    "zugestimmt und der Dienstantritt ist zum 01.08.2026 vereinbart; der Betrieb "
                    "ist bis dahin über den Dienstleister gesichert. Daher gelb statt rot."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 7.1",
        "title": "Urbane Datenplattform und Open-Data-Portal",
        "description": (
            "Aufbau einer urbanen Datenplattform, auf der städtische Daten (Geodaten, Haushalt, "
            "Verkehr, Umwelt) zusammengeführt und als offene Daten unter der Datenlizenz "
            "Deutschland – Zero veröffentlicht werden. Die Datensätze werden zusätzlich über "
            "Open.NRW und GovData bereitgestellt. Betrieb beim kommunalen IT-Dienstleister ITZ "
            "Musterkreis."
        ),
        "field": "HF 7",
        "goals": ["Z 7.1"],
        "org_unit": "DIG",
        "contact": "Anna Becker",
        "benefit": 4,
        "urgency": 2,
        "effort": 4,
        "created": "2024-06-12",
        "planned_start": "2024-09-01",
        "planned_end": "2026-06-30",
        "milestones": [
            {
                "title": "Open-Data-Inventar aller Fachbereiche erstellt",
                "due": "2024-12-31",
                "completed": "2025-01-17",
            },
            {
                "title": "Datenplattform beim IT-Dienstleister produktiv",
                "due": "2025-10-31",
                "completed": "2025-11-20",
            },
            {
                "title": "Open-Data-Leitlinie vom Rat beschlossen",
                "due": "2026-03-31",
                "moved": [{"date": "2026-02-15", "due": "2026-09-30"}],
            },
            {
                "title": "50 Datensätze veröffentlicht",
                "due": "2026-06-30",
                "moved": [{"date": "2026-02-15", "due": "2027-03-31"}],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "30000.00",
                "actual": "27500.00",
                "actual_recorded": "2025-02-03",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "85000.00",
                "actual": "79300.00",
                "actual_recorded": "2026-02-09",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "60000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "60000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "1.0"},
            {"year": 2027, "fte": "0.5"},
        ],
        "changes": [
            {"date": "2024-09-02", "set": {"status": "in_progress"}},
            {"date": "2026-02-15", "set": {"planned_end": "2027-06-30"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-30",
                "traffic_light": "green",
                "percent": 35,
                "summary": (
                    "Das Open-Data-Inventar ist abgeschlossen: In zehn Organisationseinheiten "
                    "wurden 112 Datenbestände erfasst, 46 davon sind ohne rechtliche Hindernisse "
                    "veröffentlichbar. Die Plattform wird beim ITZ Musterkreis auf Basis der "
                    "quelloffenen Software CKAN eingerichtet; die Testumgebung steht seit Mai 2025 "
                    "zur Verfügung."
                ),
                "next_steps": (
                    "Produktivsetzung bis Oktober 2025; Veröffentlichung der ersten Datensätze "
                    "(Haushalt, Standorte, Baumkataster)."
                ),
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2026-01-15",
                "traffic_light": "yellow",
                "percent": 45,
                "summary": (
                    "Die Plattform ist seit dem 20.11.2025 produktiv, drei Wochen später als "
                    "geplant. Bisher sind 18 Datensätze veröffentlicht, u. a. der Haushaltsplan "
                    "2026, die Standorte der Ladesäulen und das Baumkataster. Nach der Einstellung "
                    "des Smart-City-Pilotprojekts (M 7.2) entfallen die geplanten Echtzeitdaten zu "
                    "Parkraum und Luftqualität; die Maßnahme muss neu ausgerichtet werden."
                ),
                "next_steps": (
                    "Vorschlag zur Neuausrichtung auf Verwaltungs- und Geodaten und zur "
                    "Verlängerung bis Mitte 2027 im Digitalausschuss am 12.02.2026; Entwurf einer "
                    "Open-Data-Leitlinie."
                ),
                "risks": (
                    "Die laufende Pflege der Datensätze in den Fachbereichen ist noch nicht "
                    "verbindlich geregelt."
                ),
                "author": "a.becker",
            },
            "2026-H1": {
                "reported": "2026-07-14",
                "traffic_light": "green",
                "percent": 60,
                "summary": (
                    "Der Digitalausschuss hat der Neuausrichtung und der Verlängerung bis zum "
                    "30.06.2027 am 12.02.2026 zugestimmt. Inzwischen sind 41 Datensätze "
                    "veröffentlicht; die Plattform verzeichnete im ersten Halbjahr rund 5.600 "
                    "Abrufe. Der Entwurf der Open-Data-Leitlinie ist mit den Fachbereichen "
                    "abgestimmt."
                ),
                "next_steps": (
                    "Beschluss der Open-Data-Leitlinie im Rat am 24.09.2026; Einbindung der "
                    "XPlanung-Daten aus M 7.4."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 7.2",
        "title": "Smart-City-Pilot: Sensorik für Parkraum und Umweltdaten",
        "description": (
            "Aufbau eines städtischen LoRaWAN-Funknetzes und Pilotbetrieb von 120 Parksensoren in "
            "der Innenstadt sowie 15 Sensoren für Luftqualität, Temperatur und Lärm. Die Daten "
            "sollten über die urbane Datenplattform (M 7.1) bereitgestellt und freie Stellplätze "
            "auf der Homepage angezeigt werden."
        ),
        "field": "HF 7",
        "goals": ["Z 7.1"],
        "org_unit": "DIG",
        "contact": "Anna Becker",
        "benefit": 3,
        "urgency": 2,
        "effort": 4,
        "created": "2024-04-25",
        "planned_start": "2024-07-01",
        "planned_end": "2026-06-30",
        "council_reference": "A 2024/081",
        "council_reference_date": "2024-04-18",
        "milestones": [
            {
                "title": "LoRaWAN-Gateways auf sechs städtischen Gebäuden installiert",
                "due": "2024-12-31",
                "completed": "2024-12-10",
            },
            {
                "title": "Parksensoren Marktplatz und Kirchstraße in Betrieb (120 Stellplätze)",
                "due": "2025-06-30",
                "completed": "2025-06-26",
            },
            {"title": "Umweltsensoren an 15 Standorten in Betrieb", "due": "2025-12-31"},
            {"title": "Evaluation des Pilotbetriebs vorgelegt", "due": "2026-06-30"},
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "investiv",
                "estimated": "85000.00",
                "actual": "78900.00",
                "actual_recorded": "2025-01-29",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "120000.00",
                "actual": "64300.00",
                "actual_recorded": "2026-01-28",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "18000.00",
                "actual": "12100.00",
                "actual_recorded": "2026-01-28",
            },
            {
                "year": 2026,
                "kind": "konsumtiv",
                "estimated": "22000.00",
                "re_estimated": [{"date": "2025-12-04", "estimated": "6000.00"}],
            },
        ],
        "staff": [{"year": 2024, "fte": "0.5"}, {"year": 2025, "fte": "0.5"}],
        "changes": [
            {"date": "2024-07-01", "set": {"status": "in_progress"}},
            {"date": "2025-12-04", "set": {"status": "cancelled", "actual_end": "2025-12-04"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-07",
                "traffic_light": "green",
                "percent": 45,
                "summary": (
                    "Das LoRaWAN-Netz mit sechs Gateways deckt seit Dezember 2024 rund 85 % des "
                    "Stadtgebiets ab. Seit dem 26.06.2025 sind 120 Parksensoren am Marktplatz und "
                    "in der Kirchstraße in Betrieb, die Belegung wird in Echtzeit erfasst. Die "
                    "Ausschreibung der Umweltsensoren ist veröffentlicht."
                ),
                "next_steps": (
                    "Zuschlag für die Umweltsensoren im September 2025; Anzeige der freien "
                    "Stellplätze auf der Homepage ab Herbst 2025."
                ),
                "author": "a.becker",
            },
            "2025-H2": {
                "reported": "2025-12-16",
                "traffic_light": "red",
                "percent": 55,
                "summary": (
                    "Der neu gewählte Rat hat am 04.12.2025 im Rahmen der Haushaltsberatungen "
                    "mehrheitlich beschlossen, den Smart-City-Pilot nicht fortzuführen (Vorlage "
                    "2025/187); die Maßnahme ist damit eingestellt. Aus Sicht der Verwaltung war "
                    "der Pilot gut angelaufen: Die Parksensoren lieferten seit Juni zuverlässige "
                    "Belegungsdaten. Die Vergabe der Umweltsensoren wurde aufgehoben. Das "
                    "LoRaWAN-Netz bleibt erhalten und wird künftig von den Stadtwerken für die "
                    "Fernauslesung von Wasserzählern genutzt."
                ),
                "next_steps": (
                    "Rückbau der Parksensoren bis März 2026, Übergabe der Gateways an die "
                    "Stadtwerke und Abschlussbericht an den Digitalausschuss."
                ),
                "author": "a.becker",
            },
        },
    },
    {
        "code": "M 7.3",
        "title": "Digitales Energiemanagement für städtische Gebäude",
        "description": (
            "Fernauslesung der Strom-, Wärme- und Wasserzähler in 38 städtischen Gebäuden "
            "(Schulen, Sporthallen, Verwaltungsgebäude) und Einführung einer "
            "Energiemanagement-Software mit automatischer Verbrauchsüberwachung. Schrittweise "
            "Kopplung der Heizungsregelung an die Belegungspläne. Gefördert über die "
            "Kommunalrichtlinie der Nationalen Klimaschutzinitiative."
        ),
        "field": "HF 7",
        "goals": ["Z 7.2"],
        "org_unit": "FB 10",
        "contact": "Stefan Reuter (Energiemanagement)",
        "benefit": 4,
        "urgency": 3,
        "effort": 3,
        "created": "2025-02-10",
        "planned_start": "2025-04-01",
        "planned_end": "2027-03-31",
        "milestones": [
            {
                "title": "Förderbescheid nach der Kommunalrichtlinie liegt vor",
                "due": "2025-06-30",
                "completed": "2025-08-28",
            },
            {
                "title": "Energiemanagement-Software eingeführt",
                "due": "2025-12-31",
                "completed": "2025-12-18",
            },
            {
                "title": "Fernauslesung in 20 von 38 Gebäuden",
                "due": "2026-03-31",
                "completed": "2026-05-12",
            },
            {"title": "Alle 38 Gebäude angebunden", "due": "2027-03-31"},
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "140000.00",
                "actual": "121800.00",
                "actual_recorded": "2026-02-26",
                "funding_source": "Kommunalrichtlinie (NKI)",
                "funded": "85260.00",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "12000.00",
                "actual": "11900.00",
                "actual_recorded": "2026-02-26",
            },
            {
                "year": 2026,
                "kind": "investiv",
                "estimated": "210000.00",
                "funding_source": "Kommunalrichtlinie (NKI)",
                "funded": "147000.00",
                "re_estimated": [{"date": "2026-03-20", "estimated": "245000.00"}],
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "24000.00"},
            {
                "year": 2027,
                "kind": "investiv",
                "estimated": "90000.00",
                "funding_source": "Kommunalrichtlinie (NKI)",
                "funded": "63000.00",
            },
        ],
        "staff": [
            {"year": 2025, "fte": "0.5"},
            {"year": 2026, "fte": "1.0"},
            {"year": 2027, "fte": "0.5"},
        ],
        "changes": [{"date": "2025-09-15", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-10",
                "traffic_light": "yellow",
                "percent": 5,
                "summary": (
                    "Der Förderantrag nach der Kommunalrichtlinie wurde im März 2025 gestellt; der "
                    "Bewilligungsbescheid steht noch aus. Ohne Bescheid kann die Maßnahme nicht "
                    "förderunschädlich begonnen werden, der Start verschiebt sich daher. Die "
                    "Bestandsaufnahme der 286 Zähler in 38 Gebäuden ist abgeschlossen."
                ),
                "next_steps": (
                    "Beginn unmittelbar nach Eingang des Förderbescheids, voraussichtlich im "
                    "dritten Quartal 2025."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2026-01-08",
                "traffic_light": "yellow",
                "percent": 15,
                "summary": (
                    "Der Förderbescheid liegt seit dem 28.08.2025 vor (Förderquote 70 %); die "
                    "Arbeiten haben am 15.09.2025 begonnen. Die Energiemanagement-Software ist "
                    "seit dem 18.12.2025 eingeführt. Bisher sind neun Gebäude mit 74 Zählern per "
                    "Fernauslesung angebunden; der Rückstand aus dem verspäteten Start ist noch "
                    "nicht aufgeholt."
                ),
                "next_steps": (
                    "Anbindung von elf weiteren Gebäuden bis Ende März 2026, beginnend mit den "
                    "Schulen mit dem höchsten Wärmeverbrauch."
                ),
                "risks": (
                    "Die Elektroinstallation in mehreren Sporthallen ist für die Nachrüstung nicht "
                    "ausgelegt; hier drohen Mehrkosten."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-01",
                "traffic_light": "green",
                "percent": 45,
                "summary": (
                    "Seit dem 12.05.2026 sind 22 von 38 Gebäuden mit 171 Zählern angebunden, sechs "
                    "Wochen später als geplant. Die automatische Verbrauchsüberwachung hat bereits "
                    "zwei Wasserrohrbrüche und eine dauerhaft laufende Lüftungsanlage in einer "
                    "Sporthalle aufgedeckt. Der Ansatz für 2026 wurde wegen der Elektroarbeiten in "
                    "den Sporthallen um 35.000 EUR erhöht."
                ),
                "next_steps": (
                    "Anbindung der übrigen 16 Gebäude bis März 2027; Pilot zur Kopplung der "
                    "Heizungsregelung an die Belegungspläne in zwei Sporthallen ab Herbst 2026."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 7.4",
        "title": "Bebauungspläne im Standard XPlanung als offene Daten",
        "description": (
            "Digitalisierung der 184 rechtskräftigen Bebauungspläne im bundesweiten Standard "
            "XPlanung und Veröffentlichung im Geoportal sowie auf der urbanen Datenplattform (M "
            "7.1). Neue Bauleitpläne werden ab 2027 ausschließlich XPlanung-konform erstellt."
        ),
        "field": "HF 7",
        "goals": ["Z 7.1"],
        "org_unit": "FB 61",
        "contact": "Fatma Özdemir",
        "benefit": 3,
        "urgency": 3,
        "effort": 3,
        "created": "2026-02-16",
        "planned_start": "2026-04-01",
        "planned_end": "2027-06-30",
        "dependencies": ["M 7.1"],
        "milestones": [
            {
                "title": "Digitalisierung der Pläne an Dienstleister vergeben",
                "due": "2026-05-31",
                "completed": "2026-05-19",
            },
            {
                "title": "Erste 60 Pläne XPlanung-konform im Geoportal veröffentlicht",
                "due": "2026-12-31",
            },
            {"title": "Alle 184 Pläne konvertiert und veröffentlicht", "due": "2027-06-30"},
        ],
        "costs": [
            {"year": 2026, "kind": "konsumtiv", "estimated": "68000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "54000.00"},
        ],
        "staff": [{"year": 2026, "fte": "0.5"}, {"year": 2027, "fte": "0.5"}],
        "changes": [{"date": "2026-04-01", "set": {"status": "in_progress"}}],
        "updates": {
            "2026-H1": {
                "reported": "2026-06-24",
                "traffic_light": "green",
                "percent": 12,
                "summary": (
                    "Die Maßnahme wurde im Februar 2026 in den Plan aufgenommen. Der Auftrag zur "
                    "Digitalisierung der 184 rechtskräftigen Bebauungspläne wurde am 19.05.2026 "
                    "vergeben; der Dienstleister hat mit den 35 am häufigsten abgefragten Plänen "
                    "der Innenstadt begonnen."
                ),
                "next_steps": (
                    "Qualitätssicherung der ersten Lieferung im August 2026; Veröffentlichung im "
                    "Geoportal ab Oktober 2026."
                ),
                "author": "f.oezdemir",
            },
        },
    },
    {
        "code": "M 8.1",
        "title": "Relaunch der städtischen Homepage",
        "description": (
            "Neue, barrierefreie Homepage nach BITV 2.0 mit nutzerorientierter Navigation nach "
            "Lebenslagen, direkter Einbindung der Onlinedienste und Terminvergabe sowie einem "
            "responsiven Design. Technische Grundlage ist die neue CMS-Plattform des kommunalen "
            "IT-Dienstleisters ITZ Musterkreis, die dieser für alle Verbandskommunen bereitstellt."
        ),
        "field": "HF 8",
        "goals": ["Z 8.1", "Z 8.2"],
        "org_unit": "FB 13",
        "contact": "Jonas Krause",
        "benefit": 5,
        "urgency": 4,
        "effort": 4,
        "created": "2024-04-10",
        "planned_start": "2024-06-01",
        "planned_end": "2025-06-30",
        "milestones": [
            {
                "title": "Feinkonzept und Informationsarchitektur abgenommen",
                "due": "2024-10-31",
                "completed": "2024-10-22",
            },
            {
                "title": "CMS-Mandant durch den IT-Dienstleister bereitgestellt",
                "due": "2025-01-31",
                "completed": "2026-02-10",
                "moved": [
                    {"date": "2025-02-05", "due": "2025-09-30"},
                    {"date": "2025-09-25", "due": "2026-01-31"},
                ],
            },
            {
                "title": "Migration der Inhalte (rund 1.800 Seiten) abgeschlossen",
                "due": "2025-04-30",
                "completed": "2026-06-19",
                "moved": [
                    {"date": "2025-02-05", "due": "2025-11-30"},
                    {"date": "2025-09-25", "due": "2026-05-31"},
                ],
            },
            {
                "title": "Go-live der neuen Homepage",
                "due": "2025-06-30",
                "moved": [
                    {"date": "2025-02-05", "due": "2025-12-31"},
                    {"date": "2025-09-25", "due": "2026-09-30"},
                ],
            },
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "38000.00",
                "actual": "36400.00",
                "actual_recorded": "2025-01-20",
            },
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "95000.00",
                "actual": "41200.00",
                "actual_recorded": "2026-01-29",
                "re_estimated": [{"date": "2025-09-25", "estimated": "128000.00"}],
            },
            {"year": 2026, "kind": "investiv", "estimated": "90000.00"},
            {"year": 2026, "kind": "konsumtiv", "estimated": "24000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "1.0"},
        ],
        "changes": [
            {"date": "2024-06-03", "set": {"status": "in_progress"}},
            {"date": "2025-02-05", "set": {"planned_end": "2025-12-31"}},
            {"date": "2025-09-25", "set": {"planned_end": "2026-09-30"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-02",
                "traffic_light": "yellow",
                "percent": 40,
                "summary": (
                    "Feinkonzept, Informationsarchitektur und Designentwurf liegen vor; die "
                    "Nutzertests mit 24 Bürgerinnen und Bürgern sind ausgewertet. Die Umsetzung "
                    "hängt davon ab, dass der kommunale IT-Dienstleister die neue CMS-Plattform "
                    "bereitstellt. Das ITZ Musterkreis hat die Bereitstellung für alle "
                    "Verbandskommunen auf September 2025 verschoben; der Go-live musste deshalb "
                    "auf Dezember 2025 verlegt werden."
                ),
                "next_steps": (
                    "Vorbereitung der Inhaltsmigration: Redaktionsschulungen für 45 dezentrale "
                    "Redakteurinnen und Redakteure, Bereinigung veralteter Seiten (bisher 420 "
                    "gelöscht)."
                ),
                "risks": (
                    "Weitere Verzögerungen beim IT-Dienstleister liegen außerhalb des Einflusses "
                    "der Stadt."
                ),
                "author": "j.krause",
            },
            "2025-H2": {
                "reported": "2026-01-12",
                "traffic_light": "yellow",
                "percent": 45,
                "summary": (
                    "Der IT-Dienstleister hat die Bereitstellung der CMS-Plattform im September "
                    "erneut verschoben, nun auf Januar 2026. Ursache sind nach seinen Angaben "
                    "Nachbesserungen an den Vorlagen, die die Anforderungen der BITV 2.0 noch "
                    "nicht erfüllten. Der Go-live wurde daher auf September 2026 verlegt. Durch "
                    "die längere Laufzeit und zusätzliche Prüfschleifen steigen die Agenturkosten "
                    "um 33.000 EUR."
                ),
                "next_steps": (
                    "Abnahme des CMS-Mandanten im Januar/Februar 2026, danach Beginn der "
                    "Inhaltsmigration."
                ),
                "risks": (
                    "Eine dritte Verschiebung durch den IT-Dienstleister würde den Go-live in das "
                    "Jahr 2027 schieben."
                ),
                "author": "j.krause",
            },
            "2026-H1": {
                "reported": "2026-07-08",
                "traffic_light": "green",
                "percent": 75,
                "summary": (
                    "Der CMS-Mandant steht seit dem 10.02.2026 zur Verfügung. Die Inhaltsmigration "
                    "ist seit dem 19.06.2026 abgeschlossen: Von ursprünglich rund 1.800 Seiten "
                    "wurden 1.050 überarbeitet übernommen, die übrigen gelöscht oder "
                    "zusammengefasst. Der BITV-Test durch eine externe Prüfstelle ist für August "
                    "beauftragt."
                ),
                "next_steps": "Behebung der Prüfbefunde und Go-live am 22.09.2026.",
                "risks": (
                    "Ergibt der BITV-Test erhebliche Mängel in den Vorlagen des IT-Dienstleisters, "
                    "ist der Go-live-Termin gefährdet."
                ),
                "author": "j.krause",
            },
        },
    },
    {
        "code": "M 8.2",
        "title": "Ausbau der Social-Media-Kanäle (Instagram, YouTube)",
        "description": (
            "Professionalisierung der städtischen Kommunikation in sozialen Medien: "
            "Redaktionsplan, Social-Media-Leitlinie und Netiquette, regelmäßige Formate auf "
            "Instagram, Erklärvideos auf dem YouTube-Kanal und ein Livestream der Ratssitzungen. "
            "Ziel ist die Verdoppelung der Reichweite gegenüber Ende 2024."
        ),
        "field": "HF 8",
        "goals": ["Z 8.2"],
        "org_unit": "FB 13",
        "contact": "Leonie Falk (Social Media)",
        "benefit": 3,
        "urgency": 3,
        "effort": 2,
        "created": "2024-07-01",
        "planned_start": "2024-09-01",
        "planned_end": "2026-12-31",
        "milestones": [
            {
                "title": "Social-Media-Leitlinie und Netiquette veröffentlicht",
                "due": "2024-12-31",
                "completed": "2024-12-12",
            },
            {
                "title": "Stelle Social-Media-Redaktion (0,5) besetzt",
                "due": "2025-03-31",
                "completed": "2025-03-01",
            },
            {
                "title": "Livestream der Ratssitzungen im Probebetrieb",
                "due": "2026-03-31",
                "moved": [{"date": "2026-01-20", "due": "2026-09-30"}],
            },
            {"title": "Reichweite gegenüber Ende 2024 verdoppelt", "due": "2026-12-31"},
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "6000.00",
                "actual": "5300.00",
                "actual_recorded": "2025-01-24",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "14000.00",
                "actual": "13100.00",
                "actual_recorded": "2026-01-22",
            },
            {"year": 2026, "kind": "investiv", "estimated": "28000.00"},
            {"year": 2026, "kind": "konsumtiv", "estimated": "14000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.2"},
            {"year": 2025, "fte": "0.5"},
            {"year": 2026, "fte": "0.5"},
        ],
        "changes": [{"date": "2024-09-02", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-06-27",
                "traffic_light": "green",
                "percent": 35,
                "summary": (
                    "Die Social-Media-Leitlinie ist seit Dezember 2024 in Kraft. Seit März 2025 "
                    "ist die Social-Media-Redaktion mit einer halben Stelle besetzt und "
                    "veröffentlicht wöchentlich drei bis vier Beiträge. Der Instagram-Account ist "
                    "von 4.100 Followern (Ende 2024) auf 5.600 gewachsen, vor allem durch Reels "
                    "aus Feuerwehr und Bauhof. Der YouTube-Kanal (860 Abonnenten) wird bisher kaum "
                    "genutzt."
                ),
                "next_steps": (
                    "Reihe „Rathaus erklärt“ mit Erklärvideos zu den Onlinediensten ab September "
                    "2025; Vorlage zum Livestream der Ratssitzungen."
                ),
                "author": "j.krause",
            },
            "2025-H2": {
                "reported": "2025-12-22",
                "traffic_light": "green",
                "percent": 50,
                "summary": (
                    "Instagram hat 6.900 Follower (+68 % gegenüber Ende 2024), ein Beitrag "
                    "erreicht im Schnitt 3.200 Konten. Auf YouTube sind sechs Erklärvideos "
                    "erschienen, die Zahl der Abonnenten stieg auf 1.150. Der Rat hat am "
                    "04.12.2025 einem Probebetrieb des Livestreams ab 2026 grundsätzlich "
                    "zugestimmt; dafür muss die Geschäftsordnung angepasst werden."
                ),
                "next_steps": (
                    "Änderung der Geschäftsordnung und Beschaffung der Kameratechnik für den "
                    "Ratssaal im ersten Halbjahr 2026."
                ),
                "author": "j.krause",
            },
            "2026-H1": {
                "reported": "2026-07-03",
                "traffic_light": "green",
                "percent": 65,
                "summary": (
                    "Instagram zählt 8.300 Follower, YouTube 1.420 Abonnenten. Die Änderung der "
                    "Geschäftsordnung zum Livestream wurde am 19.03.2026 beschlossen, die "
                    "Kameratechnik für den Ratssaal ist bestellt. Wegen der Lieferzeiten beginnt "
                    "der Probebetrieb erst mit der Ratssitzung im September statt im März 2026."
                ),
                "next_steps": (
                    "Erster Livestream in der Ratssitzung am 24.09.2026; Auswertung der Zugriffe "
                    "nach drei Sitzungen."
                ),
                "author": "j.krause",
            },
        },
    },
    {
        "code": "M 8.3",
        "title": "Erklärung zur Barrierefreiheit und barrierefreie PDF-Dokumente",
        "description": (
            "Prüfung der bestehenden Homepage nach BITV 2.0 durch eine externe Prüfstelle, "
            "Veröffentlichung einer vollständigen Erklärung zur Barrierefreiheit mit "
            "Feedback-Mechanismus und Hinweis auf das Durchsetzungsverfahren sowie Schulung der "
            "dezentralen Redaktion zu barrierefreien PDF-Dokumenten. Überbrückung bis zum Relaunch "
            "(M 8.1)."
        ),
        "field": "HF 8",
        "goals": ["Z 8.1"],
        "org_unit": "FB 13",
        "contact": "Jonas Krause",
        "benefit": 3,
        "urgency": 5,
        "effort": 1,
        "created": "2024-11-12",
        "planned_start": "2025-01-15",
        "planned_end": "2025-09-30",
        "milestones": [
            {
                "title": "BITV-Prüfung einer Stichprobe von 40 Seiten durch externe Prüfstelle",
                "due": "2025-04-30",
                "completed": "2025-05-14",
            },
            {
                "title": "Erklärung zur Barrierefreiheit mit Feedback-Formular veröffentlicht",
                "due": "2025-06-30",
                "completed": "2025-07-08",
            },
            {
                "title": "45 Redakteurinnen und Redakteure zu barrierefreien PDF geschult",
                "due": "2025-09-30",
                "completed": "2025-09-18",
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "9500.00",
                "actual": "9180.00",
                "actual_recorded": "2026-01-21",
            },
        ],
        "staff": [{"year": 2025, "fte": "0.2"}],
        "changes": [
            {"date": "2025-01-15", "set": {"status": "in_progress"}},
            {"date": "2025-09-25", "set": {"status": "completed", "actual_end": "2025-09-25"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-01",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "Die externe Prüfstelle hat im Mai eine Stichprobe von 40 Seiten nach BITV 2.0 "
                    "geprüft; 41 von 60 Prüfschritten wurden erfüllt. Die häufigsten Mängel sind "
                    "fehlende Alternativtexte, nicht barrierefreie PDF-Dokumente und unzureichende "
                    "Kontraste. Die Erklärung zur Barrierefreiheit mit Feedback-Formular ist "
                    "fertiggestellt und wird Anfang Juli veröffentlicht."
                ),
                "next_steps": (
                    "Veröffentlichung der Erklärung; Schulungen der dezentralen Redaktion zu "
                    "barrierefreien PDF-Dokumenten im September 2025."
                ),
                "author": "j.krause",
            },
            "2025-H2": {
                "reported": "2025-12-19",
                "traffic_light": "green",
                "percent": 100,
                "summary": (
                    "Die Erklärung zur Barrierefreiheit ist seit dem 08.07.2025 veröffentlicht. "
                    "Über das Feedback-Formular gingen bis Dezember 23 Meldungen ein, 19 davon "
                    "sind behoben. 45 Redakteurinnen und Redakteure wurden zu barrierefreien "
                    "PDF-Dokumenten geschult. Die Maßnahme ist seit dem 25.09.2025 abgeschlossen; "
                    "die übrigen Mängel werden mit dem Relaunch (M 8.1) behoben."
                ),
                "next_steps": (
                    "Jährliche Aktualisierung der Erklärung zur Barrierefreiheit im Regelbetrieb."
                ),
                "author": "j.krause",
            },
        },
    },
    {
        "code": "M 8.4",
        "title": "Musterstadt-App mit Mängelmelder",
        "description": (
            "Eine städtische App soll Nachrichten, Veranstaltungen, den Abfallkalender und einen "
            "Mängelmelder (z. B. defekte Straßenbeleuchtung, wilder Müll) bündeln und per "
            "Push-Mitteilung informieren. Die App greift auf die Inhalte und Schnittstellen der "
            "neuen Homepage zu."
        ),
        "field": "HF 8",
        "goals": ["Z 8.2"],
        "org_unit": "FB 13",
        "contact": "Jonas Krause",
        "benefit": 3,
        "urgency": 2,
        "effort": 3,
        "created": "2025-03-12",
        "planned_start": "2025-09-01",
        "planned_end": "2026-12-31",
        "dependencies": ["M 8.1"],
        "milestones": [
            {
                "title": "Anforderungskatalog mit den Fachbereichen abgestimmt",
                "due": "2025-06-30",
                "completed": "2025-06-17",
            },
            {"title": "Vergabe der App-Entwicklung", "due": "2025-11-30"},
            {"title": "Veröffentlichung in den App-Stores", "due": "2026-09-30"},
        ],
        "costs": [
            {"year": 2026, "kind": "investiv", "estimated": "75000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "18000.00"},
        ],
        "staff": [{"year": 2025, "fte": "0.2"}, {"year": 2026, "fte": "0.3"}],
        "changes": [{"date": "2025-08-28", "set": {"status": "deferred"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-02",
                "traffic_light": "green",
                "percent": 5,
                "summary": (
                    "Der Anforderungskatalog ist mit sieben Fachbereichen abgestimmt; Schwerpunkt "
                    "ist der Mängelmelder, den FB 66 für Straßen und Grünflächen nutzen will. Die "
                    "Ausschreibung der App-Entwicklung ist für den Herbst 2025 vorbereitet."
                ),
                "next_steps": "Veröffentlichung der Ausschreibung im September 2025.",
                "author": "j.krause",
            },
            "2025-H2": {
                "reported": "2026-01-12",
                "traffic_light": "yellow",
                "percent": 5,
                "summary": (
                    "Die Maßnahme wurde am 28.08.2025 zurückgestellt. Gründe sind die Verschiebung "
                    "des Homepage-Relaunchs (M 8.1), auf dessen Schnittstellen die App aufbaut, "
                    "und die Vorgabe des Haushaltsentwurfs 2026, noch nicht begonnene freiwillige "
                    "Maßnahmen zurückzustellen. Der Mängelmelder wird übergangsweise als "
                    "Online-Formular auf der bestehenden Homepage angeboten."
                ),
                "next_steps": "Neubewertung nach dem Go-live der neuen Homepage.",
                "author": "j.krause",
            },
            "2026-H1": {
                "reported": "2026-07-08",
                "traffic_light": "yellow",
                "percent": 5,
                "summary": (
                    "Die Maßnahme bleibt zurückgestellt. Das Online-Formular für den Mängelmelder "
                    "wird gut angenommen: Im ersten Halbjahr 2026 gingen rund 640 Meldungen ein, "
                    "die meisten zu Straßenschäden und wildem Müll. Geprüft wird, ob statt einer "
                    "eigenen App eine bestehende, von mehreren Kommunen genutzte App-Lösung "
                    "übernommen werden kann."
                ),
                "next_steps": (
                    "Entscheidungsvorschlag an den Digitalausschuss im ersten Quartal 2027, nach "
                    "dem Go-live der neuen Homepage."
                ),
                "author": "j.krause",
            },
        },
    },
    {
        "code": "M 9.1",
        "title": "Grundschulung „Digitale Verwaltung“ für alle Beschäftigten",
        "description": (
            "Verpflichtende Grundschulung für alle rund 1.150 Beschäftigten mit E-Learning-Modulen "
            "(E-Akte, Onlinedienste, Informationssicherheit, Datenschutz, Zusammenarbeit im Team) "
            "und einem halbtägigen Präsenzworkshop. Beschäftigte ohne PC-Arbeitsplatz (Bauhof, "
            "Hausmeisterdienste, Kitas) erhalten ein angepasstes Format vor Ort."
        ),
        "field": "HF 9",
        "goals": ["Z 9.1"],
        "org_unit": "FB 11",
        "contact": "Sabine Hoffmann",
        "benefit": 4,
        "urgency": 4,
        "effort": 3,
        "created": "2024-05-06",
        "planned_start": "2024-09-01",
        "planned_end": "2026-12-31",
        "milestones": [
            {
                "title": "Lernplattform mit den ersten vier E-Learning-Modulen verfügbar",
                "due": "2024-10-31",
                "completed": "2024-10-28",
            },
            {
                "title": "Angepasstes Format für Beschäftigte ohne PC-Arbeitsplatz gestartet",
                "due": "2025-06-30",
                "completed": "2025-09-12",
            },
            {
                "title": "50 % der Beschäftigten geschult",
                "due": "2025-12-31",
                "completed": "2025-12-09",
            },
            {"title": "Alle Beschäftigten geschult", "due": "2026-12-31"},
        ],
        "costs": [
            {
                "year": 2024,
                "kind": "konsumtiv",
                "estimated": "22000.00",
                "actual": "21350.00",
                "actual_recorded": "2025-01-27",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "48000.00",
                "actual": "45900.00",
                "actual_recorded": "2026-01-26",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "42000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.0"},
            {"year": 2026, "fte": "1.0"},
        ],
        "changes": [{"date": "2024-09-02", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-04",
                "traffic_light": "green",
                "percent": 27,
                "summary": (
                    "Seit Oktober 2024 stehen auf der Lernplattform vier E-Learning-Module zur "
                    "Verfügung. 312 von 1.150 Beschäftigten haben die Grundschulung vollständig "
                    "abgeschlossen, weitere 240 haben begonnen. Die Präsenzworkshops sind bis "
                    "Oktober ausgebucht."
                ),
                "next_steps": (
                    "Start des angepassten Formats für Bauhof, Hausmeisterdienste und Kitas nach "
                    "den Sommerferien; Erinnerung der Führungskräfte an die Schulungspflicht."
                ),
                "author": "s.hoffmann",
            },
            "2025-H2": {
                "reported": "2026-01-06",
                "traffic_light": "green",
                "percent": 52,
                "summary": (
                    "598 von 1.150 Beschäftigten (52 %) haben die Grundschulung abgeschlossen; der "
                    "Meilenstein von 50 % wurde am 09.12.2025 erreicht. Das angepasste Format mit "
                    "Schulungen an Tablets vor Ort läuft seit September 2025, rund zehn Wochen "
                    "später als geplant. Die Teilnehmenden bewerten die Schulung im Schnitt mit "
                    "der Note 1,8."
                ),
                "next_steps": (
                    "Ergänzung eines Moduls zur Nutzung von KI-Assistenten; Bericht der "
                    "Schulungsquote je Fachbereich im Verwaltungsvorstand."
                ),
                "author": "s.hoffmann",
            },
            "2026-H1": {
                "reported": "2026-07-09",
                "traffic_light": "green",
                "percent": 75,
                "summary": (
                    "861 von 1.150 Beschäftigten (75 %) sind geschult. In FB 32 und FB 50 liegt "
                    "die Quote wegen hoher Arbeitsbelastung unter 60 %; dort werden in den "
                    "Sommermonaten zusätzliche Termine angeboten. Seit April 2026 ist das fünfte "
                    "Modul „KI im Arbeitsalltag“ verfügbar."
                ),
                "next_steps": (
                    "Schulung der verbleibenden 289 Beschäftigten bis Dezember 2026; Aufnahme der "
                    "Grundschulung in das Einarbeitungsprogramm für neue Beschäftigte."
                ),
                "author": "s.hoffmann",
            },
        },
    },
    {
        "code": "M 9.2",
        "title": "Mobiles Arbeiten: Notebooks und Dienstvereinbarung",
        "description": (
            "Umstellung von 640 geeigneten Arbeitsplätzen von Desktop-PCs auf Notebooks mit "
            "Dockingstation, sicherem VPN-Zugang und Softphone sowie Abschluss einer "
            "Dienstvereinbarung zum mobilen Arbeiten mit dem Personalrat (federführend FB 11). "
            "Damit wird hybrides Arbeiten in der gesamten Verwaltung möglich."
        ),
        "field": "HF 9",
        "goals": ["Z 9.2"],
        "org_unit": "FB 10",
        "contact": "Mehmet Yılmaz",
        "benefit": 4,
        "urgency": 4,
        "effort": 4,
        "created": "2024-04-22",
        "planned_start": "2024-06-01",
        "planned_end": "2026-06-30",
        "milestones": [
            {
                "title": "Dienstvereinbarung Mobiles Arbeiten mit dem Personalrat abgeschlossen",
                "due": "2024-12-31",
                "completed": "2025-03-14",
            },
            {
                "title": "Erstes Los (400 Notebooks) aus dem Rahmenvertrag abgerufen",
                "due": "2025-02-28",
                "completed": "2025-02-20",
            },
            {
                "title": "400 Arbeitsplätze umgestellt",
                "due": "2025-12-31",
                "completed": "2026-02-27",
            },
            {
                "title": "Alle 640 Arbeitsplätze umgestellt",
                "due": "2026-06-30",
                "moved": [{"date": "2026-02-20", "due": "2026-12-31"}],
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "investiv",
                "estimated": "560000.00",
                "actual": "498700.00",
                "actual_recorded": "2026-02-11",
            },
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "42000.00",
                "actual": "44300.00",
                "actual_recorded": "2026-02-11",
            },
            {
                "year": 2026,
                "kind": "investiv",
                "estimated": "310000.00",
                "re_estimated": [{"date": "2026-02-20", "estimated": "345000.00"}],
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "46000.00"},
        ],
        "staff": [
            {"year": 2024, "fte": "0.5"},
            {"year": 2025, "fte": "1.5"},
            {"year": 2026, "fte": "1.0"},
        ],
        "changes": [
            {"date": "2024-06-03", "set": {"status": "in_progress"}},
            {"date": "2026-02-20", "set": {"planned_end": "2026-12-31"}},
        ],
        "updates": {
            "2025-H1": {
                "reported": "2025-07-14",
                "traffic_light": "green",
                "percent": 35,
                "summary": (
                    "Die Dienstvereinbarung zum mobilen Arbeiten ist seit dem 14.03.2025 in Kraft, "
                    "rund zweieinhalb Monate später als geplant, weil zur Erreichbarkeit "
                    "zusätzliche Verhandlungsrunden mit dem Personalrat nötig waren. Die ersten "
                    "400 Notebooks wurden im Februar geliefert, 210 Arbeitsplätze sind umgestellt. "
                    "Seit April arbeiten rund 480 Beschäftigte regelmäßig mobil."
                ),
                "next_steps": (
                    "Umstellung von weiteren 190 Arbeitsplätzen bis Dezember 2025, zuerst in FB 20 "
                    "und FB 61."
                ),
                "author": "m.yilmaz",
            },
            "2025-H2": {
                "reported": "2026-01-09",
                "traffic_light": "green",
                "percent": 55,
                "summary": (
                    "290 von 640 Arbeitsplätzen sind auf Notebooks umgestellt. Die Umstellung "
                    "hatte sich im Herbst verzögert, weil die Softphone-Lizenzen erst im Oktober "
                    "verfügbar waren. Die Geräte für die restlichen 110 Arbeitsplätze des ersten "
                    "Loses sind geliefert und vorkonfiguriert."
                ),
                "next_steps": (
                    "Ausgabe der restlichen Geräte des ersten Loses bis Ende Februar 2026; Abruf "
                    "des zweiten Loses (240 Geräte)."
                ),
                "deviation_reason": (
                    "Rechnerisch liegt der Fortschritt gut 20 Prozentpunkte hinter dem Zeitplan. "
                    "Die Geräte für die restlichen 110 Arbeitsplätze des ersten Loses liegen aber "
                    "vorkonfiguriert bereit und werden bis Ende Februar ausgegeben; der Rückstand "
                    "ist damit aufgeholt. Daher melden wir grün."
                ),
                "author": "m.yilmaz",
            },
            "2026-H1": {
                "reported": "2026-07-13",
                "traffic_light": "green",
                "percent": 78,
                "summary": (
                    "Das erste Los ist seit dem 27.02.2026 vollständig ausgerollt; aus dem zweiten "
                    "Los sind weitere 100 Arbeitsplätze umgestellt, insgesamt also 500 von 640. "
                    "Bei der Vorbereitung des zweiten Loses zeigte sich, dass zwei Fachverfahren "
                    "in FB 32 und FB 61 nicht über VPN nutzbar sind; dafür wird eine "
                    "Terminalserver-Lösung eingerichtet. Der Abschluss wurde deshalb auf Dezember "
                    "2026 verlegt, der Ansatz für 2026 steigt um 35.000 EUR."
                ),
                "next_steps": (
                    "Inbetriebnahme des Terminalservers im September 2026; Umstellung der letzten "
                    "140 Arbeitsplätze bis Dezember 2026."
                ),
                "author": "m.yilmaz",
            },
        },
    },
    {
        "code": "M 9.3",
        "title": "Gewinnung und Bindung von IT-Fachkräften",
        "description": (
            "Maßnahmenpaket gegen den Fachkräftemangel in der IT: eigene Ausbildung zur "
            "Fachinformatikerin oder zum Fachinformatiker (Systemintegration), Kooperation für das "
            "duale Studium Verwaltungsinformatik, Fachkräftezulage nach TVöD, Arbeitgeberauftritt "
            "auf Karriereportalen und verkürzte Stellenbesetzungsverfahren. Ziel ist, offene "
            "IT-Stellen innerhalb von sechs Monaten zu besetzen."
        ),
        "field": "HF 9",
        "goals": ["Z 9.3"],
        "org_unit": "FB 11",
        "contact": "Sabine Hoffmann",
        "benefit": 5,
        "urgency": 5,
        "effort": 3,
        "created": "2025-08-18",
        "planned_start": "2025-09-01",
        "planned_end": "2027-08-31",
        "is_public": False,
        "milestones": [
            {
                "title": "Richtlinie Fachkräftezulage IT im Haupt- und Finanzausschuss beschlossen",
                "due": "2026-03-31",
                "completed": "2026-03-19",
            },
            {
                "title": "Zwei Ausbildungsplätze Fachinformatik zum 01.08.2026 besetzt",
                "due": "2026-05-31",
                "completed": "2026-04-17",
            },
            {
                "title": "Durchschnittliche Besetzungsdauer von IT-Stellen unter sechs Monaten",
                "due": "2027-08-31",
            },
        ],
        "costs": [
            {
                "year": 2025,
                "kind": "konsumtiv",
                "estimated": "15000.00",
                "actual": "13800.00",
                "actual_recorded": "2026-01-20",
            },
            {"year": 2026, "kind": "konsumtiv", "estimated": "95000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "140000.00"},
        ],
        "staff": [
            {"year": 2025, "fte": "0.3"},
            {"year": 2026, "fte": "0.5"},
            {"year": 2027, "fte": "0.5"},
        ],
        "changes": [{"date": "2025-09-01", "set": {"status": "in_progress"}}],
        "updates": {
            "2025-H2": {
                "reported": "2026-01-08",
                "traffic_light": "green",
                "percent": 15,
                "summary": (
                    "Die Maßnahme wurde im August 2025 neu aufgenommen. Derzeit sind 7 von 31 "
                    "IT-Stellen in FB 10 und der Schul-IT unbesetzt, die durchschnittliche "
                    "Besetzungsdauer liegt bei neun Monaten. Seit Oktober 2025 werden IT-Stellen "
                    "mit verkürzten Fristen und ohne Anschreiben ausgeschrieben; zwei Stellen "
                    "konnten so innerhalb von zehn Wochen besetzt werden. Der Entwurf einer "
                    "Richtlinie zur Fachkräftezulage IT ist mit dem Personalrat abgestimmt."
                ),
                "next_steps": (
                    "Beschluss der Richtlinie im Haupt- und Finanzausschuss im März 2026; "
                    "Ausschreibung von zwei Ausbildungsplätzen Fachinformatik."
                ),
                "author": "s.hoffmann",
            },
            "2026-H1": {
                "reported": "2026-07-06",
                "traffic_light": "green",
                "percent": 30,
                "summary": (
                    "Der Haupt- und Finanzausschuss hat die Richtlinie zur Fachkräftezulage IT am "
                    "19.03.2026 beschlossen; sie gilt für Neueinstellungen und zur Bindung von "
                    "Beschäftigten mit Abwerbeangeboten. Beide Ausbildungsplätze Fachinformatik "
                    "zum 01.08.2026 sind besetzt. Offen sind noch 5 von 31 IT-Stellen, darunter "
                    "die zweite Stelle der Schul-IT (siehe M 6.6)."
                ),
                "next_steps": (
                    "Auswertung der Besetzungsdauer zum Jahresende; Kooperationsvereinbarung mit "
                    "der Hochschule für das duale Studium Verwaltungsinformatik ab dem "
                    "Wintersemester 2027/28."
                ),
                "risks": (
                    "Die Zulage ist auf zwei Jahre befristet; ob sie reicht, um mit dem "
                    "Gehaltsniveau der Privatwirtschaft mitzuhalten, ist offen."
                ),
                "author": "s.hoffmann",
            },
        },
    },
    {
        "code": "M 9.4",
        "title": "Netzwerk der Digitallotsinnen und Digitallotsen",
        "description": (
            "In jeder Organisationseinheit werden ein bis zwei Beschäftigte als Digitallotsinnen "
            "und Digitallotsen qualifiziert. Sie sind erste Ansprechpersonen für Fragen zu E-Akte, "
            "Onlinediensten und Kollaborationswerkzeugen, sammeln Verbesserungsvorschläge und "
            "bringen sie in die Stabsstelle Digitalisierung ein. Die Qualifizierung erfolgt beim "
            "Studieninstitut."
        ),
        "field": "HF 9",
        "goals": ["Z 9.1"],
        "org_unit": "DIG",
        "contact": "Anna Becker",
        "benefit": 4,
        "urgency": 3,
        "effort": 2,
        "created": "2026-01-20",
        "planned_start": "2026-03-01",
        "planned_end": "2027-02-28",
        "dependencies": ["M 9.1"],
        "milestones": [
            {
                "title": "Digitallotsinnen und -lotsen in allen Organisationseinheiten benannt",
                "due": "2026-04-30",
                "completed": "2026-04-24",
            },
            {
                "title": "Qualifizierung der ersten Gruppe (12 Personen) abgeschlossen",
                "due": "2026-09-30",
            },
            {"title": "Qualifizierung der zweiten Gruppe abgeschlossen", "due": "2027-02-28"},
        ],
        "costs": [
            {"year": 2026, "kind": "konsumtiv", "estimated": "18000.00"},
            {"year": 2027, "kind": "konsumtiv", "estimated": "9000.00"},
        ],
        "staff": [{"year": 2026, "fte": "0.3"}, {"year": 2027, "fte": "0.3"}],
        "changes": [{"date": "2026-03-02", "set": {"status": "in_progress"}}],
        "updates": {
            "2026-H1": {
                "reported": "2026-06-26",
                "traffic_light": "green",
                "percent": 25,
                "summary": (
                    "Die Maßnahme wurde im Januar 2026 neu in den Plan aufgenommen. Alle zehn "
                    "Organisationseinheiten haben zusammen 21 Digitallotsinnen und -lotsen "
                    "benannt, die dafür 10 % ihrer Arbeitszeit einsetzen. Die erste Gruppe mit 12 "
                    "Personen hat im Mai die Qualifizierung beim Studieninstitut begonnen; ein "
                    "monatlicher Austausch mit der Stabsstelle ist eingerichtet."
                ),
                "next_steps": (
                    "Abschluss der ersten Qualifizierungsgruppe im September 2026; Start der "
                    "zweiten Gruppe im Oktober 2026."
                ),
                "author": "a.becker",
            },
        },
    },
]
