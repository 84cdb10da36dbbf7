"""Indicators of Musterstadt: which goals they measure, targets, and a plausible history (invented).

Musterstadt adopts every indicator of the library (``sachstand.indicators.library``) under its
library code. Per indicator:

- ``goals``: goal codes from ``musterstadt.FIELDS``; ``org_unit``: a code from ``ORG_UNITS``;
- ``baseline``: (ISO date, value) or ``None`` for an indicator measured for the first time;
- ``targets``: [(ISO due date, value)];
- ``measurements``: [(ISO date, value, source)], the source as the administration notes it
  ("" when nothing is noted). For a period (half-year, rolling year) the date is its last day.

Values are strings for ``Decimal`` with "." as decimal point. The figures agree with the status
updates of the measures (``measures_a.py``, ``measures_b.py``): 14 schools with 412 teaching
rooms, 1,150 staff, 60 services in its register of online services, 780 office workplaces.
"""

INDICATORS: list[dict] = [
    # ------------------------------------------------------------------------------------------
    # HF 1 Bürgerservice & OZG-Onlinedienste
    # ------------------------------------------------------------------------------------------
    {
        # Fed from the register of online services (demo/data/online_services.py) at the end of
        # every half-year: 7 of 60 services at the baseline; behind the straight line to 100 %
        # by 2027.
        "code": "K-OZG-3",
        "goals": ["Z 1.1"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "11.7"),
        "targets": [("2027-12-31", "100")],
        "measurements": [],
    },
    {
        # Fed from the register, like K-OZG-3.
        "code": "K-OZG-3-N",
        "goals": ["Z 1.1"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "7"),
        "targets": [("2027-12-31", "60")],
        "measurements": [],
    },
    {
        # Fed from the register: services whose "online since" falls into the half-year.
        "code": "K-OZG-NEU",
        "goals": ["Z 1.1"],
        "org_unit": "DIG",
        "measurements": [],
    },
    {
        # Half-year shares; on the straight line to 50 % by 2028.
        "code": "K-ONLINE",
        "goals": ["Z 1.2", "Z 3.2"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "11.5"),
        "targets": [("2028-12-31", "50")],
        "measurements": [
            (
                "2024-06-30",
                "12.8",
                "Auswertung Fachverfahren (Eingangskanal): 2.486 von 19.420 Anträgen online",
            ),
            (
                "2024-12-31",
                "15.9",
                "Auswertung Fachverfahren (Eingangskanal): 2.990 von 18.810 Anträgen online",
            ),
            (
                "2025-06-30",
                "21.4",
                "Auswertung Fachverfahren (Eingangskanal): 4.212 von 19.680 Anträgen online",
            ),
            (
                "2025-12-31",
                "25.7",
                "Auswertung Fachverfahren (Eingangskanal): 4.870 von 18.950 Anträgen online",
            ),
            (
                "2026-06-30",
                "31.4",
                "Auswertung Fachverfahren (Eingangskanal): 6.320 von 20.130 Anträgen online",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 2 E-Akte & papierlose Prozesse, HF 3 E-Signatur
    # ------------------------------------------------------------------------------------------
    {
        # The central scanning of incoming post (M 2.1, all units since 12.12.2025) lifts 2026-H1.
        "code": "K-PAPIER",
        "goals": ["Z 2.3", "Z 3.1"],
        "org_unit": "FB 10",
        "baseline": ("2023-12-31", "14.0"),
        "targets": [("2030-12-31", "80")],
        "measurements": [
            ("2024-06-30", "14.6", "Ereignisprotokoll E-Akte und Fachverfahren"),
            ("2024-12-31", "15.9", "Ereignisprotokoll E-Akte und Fachverfahren"),
            ("2025-06-30", "17.3", "Ereignisprotokoll E-Akte und Fachverfahren"),
            ("2025-12-31", "21.8", "Ereignisprotokoll E-Akte und Fachverfahren"),
            (
                "2026-06-30",
                "31.5",
                "Ereignisprotokoll E-Akte und Fachverfahren; erstes Halbjahr mit zentralem "
                "digitalem Posteingang in allen Fachbereichen",
            ),
        ],
    },
    {
        # Numerators of K-PAPIER (of 38,210 … 41,230 closed cases per half-year).
        "code": "K-PAPIER-N",
        "goals": ["Z 2.3"],
        "org_unit": "FB 10",
        "baseline": ("2023-12-31", "5350"),
        "targets": [("2030-12-31", "35000")],
        "measurements": [
            ("2024-06-30", "5690", "Ereignisprotokoll: von 38.940 abgeschlossenen Vorgängen"),
            ("2024-12-31", "6270", "Ereignisprotokoll: von 39.380 abgeschlossenen Vorgängen"),
            ("2025-06-30", "6940", "Ereignisprotokoll: von 40.120 abgeschlossenen Vorgängen"),
            ("2025-12-31", "8890", "Ereignisprotokoll: von 40.790 abgeschlossenen Vorgängen"),
            ("2026-06-30", "12980", "Ereignisprotokoll: von 41.230 abgeschlossenen Vorgängen"),
        ],
    },
    {
        # Musterstadt applies it to the ten procedures with the most cases (Z 2.2: −30 %);
        # also its closest measure for Z 1.3, for which the library has no waiting-time indicator.
        "code": "K-BZ-MEDIAN",
        "goals": ["Z 2.2", "Z 1.3"],
        "org_unit": "FB 10",
        "baseline": ("2023-12-31", "18.0"),
        "targets": [("2027-12-31", "12.6")],
        "measurements": [
            ("2024-06-30", "18.5", "Auswertung Fachverfahren, Top-10-Verfahren"),
            ("2024-12-31", "17.0", "Auswertung Fachverfahren, Top-10-Verfahren"),
            (
                "2025-06-30",
                "17.5",
                "Auswertung Fachverfahren, Top-10-Verfahren; Rückstau Wohngeld bis zur "
                "XWohngeld-Schnittstelle",
            ),
            ("2025-12-31", "15.0", "Auswertung Fachverfahren, Top-10-Verfahren"),
            ("2026-06-30", "13.5", "Auswertung Fachverfahren, Top-10-Verfahren"),
        ],
    },
    {
        # New: the event log of E-Akte and case systems was first evaluated for 2026-H1.
        "code": "K-BZ-P90",
        "goals": ["Z 2.2"],
        "org_unit": "FB 10",
        "baseline": None,
        "targets": [("2027-12-31", "35")],
        "measurements": [
            (
                "2026-06-30",
                "47",
                "Erste Auswertung Ereignisprotokoll E-Akte und Fachverfahren, Top-10-Verfahren",
            ),
        ],
    },
    {
        # 780 office workplaces; wave 1 (FB 20, 10, 11) done, wave 2 (FB 32, 50, 61) late.
        "code": "K-EAKTE",
        "goals": ["Z 2.1", "Z 9.2"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "2.8"),
        "targets": [("2026-12-31", "50"), ("2027-12-31", "100")],
        "measurements": [
            (
                "2024-06-30",
                "2.8",
                "Benutzerverwaltung E-Akte: 22 von 780 (Stabsstelle Digitalisierung, Ratsbüro)",
            ),
            ("2024-12-31", "2.8", "Benutzerverwaltung E-Akte: 22 von 780"),
            ("2025-06-30", "2.8", "Benutzerverwaltung E-Akte: 22 von 780"),
            ("2025-09-30", "2.8", "Benutzerverwaltung E-Akte: 22 von 780"),
            (
                "2025-12-31",
                "7.7",
                "Benutzerverwaltung E-Akte: 60 von 780; FB 20 produktiv seit 24.11.2025",
            ),
            (
                "2026-03-31",
                "13.3",
                "Benutzerverwaltung E-Akte: 104 von 780; FB 10 produktiv seit 20.02.2026",
            ),
            (
                "2026-06-30",
                "17.2",
                "Benutzerverwaltung E-Akte: 134 von 780; FB 11 produktiv seit 11.05.2026",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 4 IT-Sicherheit
    # ------------------------------------------------------------------------------------------
    {
        # Rolling twelve months. The rise after the ISMS started is largely better detection.
        "code": "K-ITSEC",
        "goals": ["Z 4.1", "Z 4.2"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "7"),
        "targets": [("2027-12-31", "5")],
        "measurements": [
            ("2024-06-30", "8", "Ticketsystem IT-Service, nachträglich ausgewertet"),
            (
                "2024-12-31",
                "11",
                "Vorfallregister ISMS; Meldeweg über die Informationssicherheitsbeauftragte "
                "seit 01.10.2024",
            ),
            ("2025-06-30", "15", "Vorfallregister ISMS"),
            (
                "2025-12-31",
                "18",
                "Vorfallregister ISMS; darunter 4 kompromittierte Konten nach Phishing",
            ),
            (
                "2026-06-30",
                "16",
                "Vorfallregister ISMS; Multi-Faktor-Authentisierung für Fernzugriffe seit "
                "26.05.2026",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 5 Breitband & Glasfaser
    # ------------------------------------------------------------------------------------------
    {
        "code": "K-GLASFASER",
        "goals": ["Z 5.1", "Z 5.2"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "38.4"),
        "targets": [("2028-12-31", "90")],
        "measurements": [
            ("2024-06-30", "41.9", "Breitbandatlas, Datenstand 06/2024"),
            ("2024-12-31", "46.8", "Gigabit-Grundbuch, Datenstand 12/2024"),
            (
                "2025-06-30",
                "52.5",
                "Gigabit-Grundbuch, Datenstand 06/2025; ergänzt um Fertigmeldungen der "
                "Netzbetreiber",
            ),
            (
                "2025-12-31",
                "58.9",
                "Gigabit-Grundbuch, Datenstand 12/2025; Ausbaugebiet Nord: 610 von 680 "
                "Adressen anschlussbereit",
            ),
            (
                "2026-06-30",
                "65.3",
                "Gigabit-Grundbuch, Datenstand 06/2026; ergänzt um Fertigmeldungen der "
                "Netzbetreiber",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 6 Schulen
    # ------------------------------------------------------------------------------------------
    {
        # Reached: all 14 schools connected since 20.03.2026.
        "code": "K-SCHULE-GBIT",
        "goals": ["Z 6.1"],
        "org_unit": "FB 40",
        "baseline": ("2023-12-31", "0"),
        "targets": [("2026-12-31", "100")],
        "measurements": [
            ("2024-06-30", "0", "Abnahmeprotokolle Schulträger: 0 von 14 Schulen"),
            ("2024-12-31", "0", "Abnahmeprotokolle Schulträger: 0 von 14 Schulen"),
            ("2025-03-31", "42.9", "Abnahmeprotokolle Schulträger: 6 von 14 Schulen"),
            ("2025-06-30", "64.3", "Abnahmeprotokolle Schulträger: 9 von 14 Schulen"),
            ("2025-09-30", "78.6", "Abnahmeprotokolle Schulträger: 11 von 14 Schulen"),
            ("2025-12-31", "92.9", "Abnahmeprotokolle Schulträger: 13 von 14 Schulen"),
            ("2026-03-31", "100", "Abnahmeprotokolle Schulträger: 14 von 14 Schulen"),
            ("2026-06-30", "100", "Abnahmeprotokolle Schulträger: 14 von 14 Schulen"),
        ],
    },
    {
        # 412 teaching rooms; older access points without central management do not count.
        "code": "K-SCHULE-WLAN",
        "goals": ["Z 6.2"],
        "org_unit": "FB 40",
        "baseline": ("2023-12-31", "0"),
        "targets": [("2026-12-31", "100")],
        "measurements": [
            (
                "2024-12-31",
                "0",
                "Ausleuchtungsplanung abgeschlossen; Vergabe der Lose im Januar 2025",
            ),
            ("2025-06-30", "57.3", "WLAN-Management und Abnahmemessungen: 236 von 412 Räumen"),
            ("2025-12-31", "73.1", "WLAN-Management und Abnahmemessungen: 301 von 412 Räumen"),
            ("2026-06-30", "91.7", "WLAN-Management und Abnahmemessungen: 378 von 412 Räumen"),
        ],
    },
    {
        "code": "K-SCHULE-GERAET",
        "goals": ["Z 6.3"],
        "org_unit": "FB 40",
        "baseline": ("2023-12-31", "11.9"),
        "targets": [("2027-12-31", "2.0")],
        "measurements": [
            ("2024-06-30", "11.9", "Schulstatistik 15.10.2023: 4.160; MDM-Inventar: 350 Geräte"),
            (
                "2024-12-31",
                "3.8",
                "Schulstatistik 15.10.2024: 4.190; MDM-Inventar: 1.090 Geräte (1. Tranche)",
            ),
            ("2025-06-30", "2.3", "Schulstatistik 15.10.2024: 4.190; MDM-Inventar: 1.830 Geräte"),
            ("2025-12-31", "2.4", "Schulstatistik 15.10.2025: 4.260; MDM-Inventar: 1.805 Geräte"),
            (
                "2026-06-30",
                "2.4",
                "Schulstatistik 15.10.2025: 4.260; MDM-Inventar: 1.770 Geräte, Altgeräte "
                "fallen aus",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 7 Smart City
    # ------------------------------------------------------------------------------------------
    {
        # 46 of 112 inventoried data holdings can be published (inventory 2025-H1).
        "code": "K-OPENDATA",
        "goals": ["Z 7.1", "Z 7.2"],
        "org_unit": "DIG",
        "baseline": ("2023-12-31", "6"),
        "targets": [("2026-12-31", "46"), ("2030-12-31", "120")],
        "measurements": [
            ("2024-06-30", "6", "Open.NRW, Organisation Stadt Musterstadt"),
            ("2024-12-31", "7", "Open.NRW, Organisation Stadt Musterstadt"),
            ("2025-06-30", "7", "Open.NRW, Organisation Stadt Musterstadt"),
            (
                "2025-12-31",
                "18",
                "Katalog Open-Data-Portal (produktiv seit 20.11.2025), Bestand von Open.NRW "
                "übernommen",
            ),
            (
                "2026-06-30",
                "41",
                "Katalog Open-Data-Portal; neu u. a. Energieverbräuche von 22 städtischen Gebäuden",
            ),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 8 Homepage & Social Media
    # ------------------------------------------------------------------------------------------
    {
        # First tested in May 2025; the relaunched site is tested in August 2026.
        "code": "K-BITV",
        "goals": ["Z 8.1", "Z 8.2"],
        "org_unit": "FB 13",
        "baseline": ("2025-06-30", "68.3"),
        "targets": [("2026-12-31", "100")],
        "measurements": [
            (
                "2025-06-30",
                "68.3",
                "Prüfbericht externe Prüfstelle (Mai 2025): 41 von 60 Prüfschritten erfüllt",
            ),
            ("2025-12-31", "73.3", "Selbstbewertung FB 13 nach BITV-Test: 44 von 60 Prüfschritten"),
            ("2026-06-30", "75.0", "Selbstbewertung FB 13 nach BITV-Test: 45 von 60 Prüfschritten"),
        ],
    },
    # ------------------------------------------------------------------------------------------
    # HF 9 Personal & Kompetenzen
    # ------------------------------------------------------------------------------------------
    {
        # Grundschulung „Digitale Verwaltung“ (M 9.1), 1,150 staff, offered since October 2024.
        "code": "K-SCHULUNG",
        "goals": ["Z 9.1", "Z 9.3"],
        "org_unit": "FB 11",
        "baseline": ("2023-12-31", "0"),
        "targets": [("2026-12-31", "100")],
        "measurements": [
            ("2024-12-31", "8.3", "Lernplattform: 95 von 1.150 Beschäftigten"),
            ("2025-06-30", "27.1", "Lernplattform: 312 von 1.150 Beschäftigten"),
            ("2025-12-31", "52.0", "Lernplattform: 598 von 1.150 Beschäftigten"),
            (
                "2026-06-30",
                "74.9",
                "Lernplattform: 861 von 1.150 Beschäftigten; FB 32 und FB 50 unter 60 %",
            ),
        ],
    },
]
