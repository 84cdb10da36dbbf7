"""Musterstadt: a fictitious municipality in North Rhine-Westphalia, modelled on the council
motions and reports of Herten, Kerpen, Ratingen and Kaiserslautern. Names of people are invented.
"""

MUNICIPALITY = {
    "name": "Musterstadt",
    "slug": "musterstadt",
    "ags": "05999001",
    "federal_state": "NW",
}

ORG_UNITS = [
    ("DIG", "Stabsstelle Digitalisierung"),
    ("FB 10", "Zentrale Dienste, Organisation und IT"),
    ("FB 11", "Personal und Organisationsentwicklung"),
    ("FB 13", "Kommunikation und Öffentlichkeitsarbeit"),
    ("FB 20", "Finanzen"),
    ("FB 32", "Bürgerservice, Sicherheit und Ordnung"),
    ("FB 40", "Schule, Bildung und Sport"),
    ("FB 50", "Soziales und Wohnen"),
    ("FB 61", "Stadtplanung und Bauordnung"),
    ("FB 66", "Tiefbau und Verkehr"),
]

# Demo editors, one per unit that reports; they author the status updates.
ORG_UNIT_EDITORS = {
    "DIG": ("a.becker", "Anna", "Becker"),
    "FB 10": ("m.yilmaz", "Mehmet", "Yılmaz"),
    "FB 11": ("s.hoffmann", "Sabine", "Hoffmann"),
    "FB 13": ("j.krause", "Jonas", "Krause"),
    "FB 20": ("p.schulte", "Petra", "Schulte"),
    "FB 32": ("k.nowak", "Katarzyna", "Nowak"),
    "FB 40": ("t.wagner", "Thomas", "Wagner"),
    "FB 50": ("l.schmidt", "Lena", "Schmidt"),
    "FB 61": ("f.oezdemir", "Fatma", "Özdemir"),
    "FB 66": ("r.brandt", "Ralf", "Brandt"),
}

# Roles without a unit (Role values as keys): who releases the reports, who reads along.
OTHER_ROLES = {
    "reviewer": ("h.lange", "Hanna", "Lange"),
    "council_reader": ("c.vogel", "Clara", "Vogel"),
}

STRATEGY = {
    "title": "Musterstadt.digital 2030",
    "vision": (
        "Bis 2030 kann in Musterstadt jedes Verwaltungsanliegen online erledigt werden, ohne dass "
        "jemand ins Rathaus kommen muss – wer lieber persönlich kommt, wird ohne Wartezeit "
        "beraten. Akten werden digital geführt, Vorgänge laufen ohne Medienbruch, die "
        "Mitarbeiterinnen und Mitarbeiter arbeiten ortsunabhängig mit moderner Ausstattung. Alle "
        "Haushalte und Schulen sind an das Glasfasernetz angeschlossen, jede Schule hat WLAN in "
        "allen Unterrichtsräumen. Die Stadt berichtet dem Rat halbjährlich und offen über den "
        "Stand."
    ),
    "period_start": 2024,
    "period_end": 2030,
    "adopted_on": "2024-03-21",
    "council_resolution": "Vorlage 2024/031",
}

# Fields of action with their goals. Measure codes are "M <field number>.<running number>".
FIELDS = [
    {
        "code": "HF 1",
        "title": "Bürgerservice & OZG-Onlinedienste",
        "description": "Verwaltungsleistungen online, mit Bürgerkonto und E-Payment, "
        "Terminvergabe und Beratung per Telefon und Video.",
        "goals": [
            (
                "Z 1.1",
                "Alle OZG-Leistungen der Stadt sind bis Ende 2027 mit Reifegrad 3 online verfügbar",
            ),
            ("Z 1.2", "Mindestens 50 % der Anträge gehen bis 2028 online ein"),
            ("Z 1.3", "Wartezeit im Bürgerbüro unter 15 Minuten"),
        ],
    },
    {
        "code": "HF 2",
        "title": "E-Akte & papierlose Prozesse",
        "description": "Elektronische Aktenführung in allen Fachbereichen, digitale "
        "Workflows ohne Medienbruch, Digitalisierung des Posteingangs.",
        "goals": [
            ("Z 2.1", "Alle Fachbereiche arbeiten bis 2027 mit der E-Akte"),
            ("Z 2.2", "Bearbeitungszeiten der Top-10-Verfahren um 30 % senken"),
            ("Z 2.3", "Anteil papierloser Vorgänge auf 80 % steigern"),
        ],
    },
    {
        "code": "HF 3",
        "title": "E-Signatur & sichere Kommunikation",
        "description": "Qualifizierte elektronische Signatur, E-Rechnung, sichere "
        "Kommunikationswege mit Bürgern, Unternehmen und Behörden.",
        "goals": [
            ("Z 3.1", "Rechtsverbindliche Dokumente werden elektronisch signiert"),
            ("Z 3.2", "Sichere elektronische Kommunikation mit allen Kommunikationspartnern"),
        ],
    },
    {
        "code": "HF 4",
        "title": "IT-Sicherheit",
        "description": "Informationssicherheit nach BSI-IT-Grundschutz, Notfallvorsorge, "
        "Sensibilisierung der Beschäftigten.",
        "goals": [
            ("Z 4.1", "Informationssicherheitsmanagement nach BSI-Grundschutz eingeführt"),
            ("Z 4.2", "Wiederanlauf kritischer Fachverfahren innerhalb von 72 Stunden"),
        ],
    },
    {
        "code": "HF 5",
        "title": "Breitband & Glasfaser",
        "description": "Flächendeckender Glasfaserausbau, geförderter Ausbau in den "
        "weißen und grauen Flecken, Mitverlegung bei Tiefbaumaßnahmen.",
        "goals": [
            ("Z 5.1", "90 % der Haushalte mit Glasfaseranschluss bis 2028"),
            ("Z 5.2", "Alle Gewerbegebiete gigabitfähig angebunden"),
        ],
    },
    {
        "code": "HF 6",
        "title": "Schulen (Anbindung, WLAN, Endgeräte)",
        "description": "Gigabitanbindung aller Schulen, WLAN in allen Unterrichtsräumen, "
        "Endgeräte für Schülerinnen, Schüler und Lehrkräfte, verlässlicher IT-Support.",
        "goals": [
            ("Z 6.1", "Alle Schulen gigabitfähig angebunden"),
            ("Z 6.2", "WLAN in allen Unterrichtsräumen"),
            ("Z 6.3", "Ein Endgerät für höchstens zwei Schülerinnen und Schüler"),
        ],
    },
    {
        "code": "HF 7",
        "title": "Smart City",
        "description": "Daten und Sensorik für Klima, Verkehr und Stadtentwicklung, offene "
        "Daten, urbane Datenplattform.",
        "goals": [
            ("Z 7.1", "Urbane Datenplattform mit offenen Daten in Betrieb"),
            ("Z 7.2", "Energieverbrauch städtischer Gebäude digital erfasst und gesteuert"),
        ],
    },
    {
        "code": "HF 8",
        "title": "Homepage & Social Media",
        "description": "Barrierefreie, nutzerfreundliche Homepage, aktive Kommunikation in "
        "sozialen Medien.",
        "goals": [
            ("Z 8.1", "Barrierefreie Homepage nach BITV 2.0"),
            ("Z 8.2", "Reichweite der städtischen Kanäle verdoppeln"),
        ],
    },
    {
        "code": "HF 9",
        "title": "Personal & Kompetenzen",
        "description": "Digitale Kompetenzen der Beschäftigten, mobiles Arbeiten, "
        "Gewinnung von IT-Fachkräften.",
        "goals": [
            ("Z 9.1", "Alle Beschäftigten haben eine Grundschulung Digitale Verwaltung"),
            ("Z 9.2", "Mobiles Arbeiten für alle geeigneten Arbeitsplätze"),
            ("Z 9.3", "Offene IT-Stellen innerhalb von sechs Monaten besetzt"),
        ],
    },
]

# Council committees and the fields of action they receive as report excerpts.
COMMITTEES = [
    ("digitalisierung", "Ausschuss für Digitalisierung",
     ["HF 1", "HF 2", "HF 3", "HF 4", "HF 7", "HF 8", "HF 9"]),
    ("schule", "Schulausschuss", ["HF 6"]),
    ("planung", "Ausschuss für Planung, Bau und Verkehr", ["HF 5"]),
]  # fmt: skip

# Status reports released to the council: half-year and release date.
RELEASES = [
    ("2025-H1", "2025-07-22"),
    ("2025-H2", "2026-01-27"),
]

# Reporting periods with the deadline for status updates.
PERIODS = [
    ("2025-H1", "2025-07-15"),
    ("2025-H2", "2026-01-15"),
    ("2026-H1", "2026-07-15"),
    ("2026-H2", "2027-01-15"),
]
