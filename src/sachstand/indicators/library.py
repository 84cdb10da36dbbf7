"""The ready-made indicator library: precise German definitions, drawn from the seeds and public
frameworks (OZG, EU eGovernment Benchmark). A municipality loads it and adapts it.

Each entry has the fields of ``Indicator`` (code, name, unit, direction, source, definition) and
``framework``: where the indicator comes from. Units are one of "%", "Anzahl", "Tage",
"Schüler je Gerät", "Vorfälle", "Datensätze", "Punkte". Definitions state what is counted,
numerator and denominator of shares, the reference date or period, the data source and what is
excluded, as a municipal statistics office would write them.
"""

LIBRARY: list[dict] = [
    # ------------------------------------------------------------------------------------------
    # Onlinedienste (OZG)
    # ------------------------------------------------------------------------------------------
    {
        "code": "K-OZG-3-N",
        "name": "Onlinedienste mit OZG-Reifegrad 3 oder höher",
        "unit": "Anzahl",
        "direction": "higher",
        "source": "online_services",
        "definition": (
            "Gezählt werden die Verwaltungsleistungen im Zuständigkeitsbereich der Kommune, je "
            "LeiKa-Leistungsschlüssel einmal, die am Stichtag einschließlich aller Nachweise "
            "online beantragt werden können, also mindestens Reifegrad 3 des "
            "OZG-Reifegradmodells (Stufen 0–4) erreichen; nachgenutzte EfA-Dienste und Dienste "
            "des Landesportals zählen mit, wenn die Kommune den Antrag elektronisch empfängt. "
            "Nicht gezählt werden Leistungen, zu denen nur Informationen oder ein Formular zum "
            "Ausdrucken angeboten werden (Reifegrad 1 und 2), und Leistungen anderer Behörden, "
            "auf die lediglich verlinkt wird. Stichtag ist das Ende des Berichtszeitraums, "
            "Datenquelle das Register der Onlinedienste. Wird nach dem Reifegradmodell 2.0 "
            "(Stufen 0–7) bewertet, ist festzuhalten, welche Stufe als gleichwertig gilt."
        ),
        "framework": "OZG-Reifegradmodell (OZG-Dashboard); EU eGovernment Benchmark "
        "„Online Availability“",
    },
    {
        "code": "K-OZG-3",
        "name": "Anteil der Onlinedienste mit OZG-Reifegrad 3 oder höher",
        "unit": "%",
        "direction": "higher",
        "source": "online_services",
        "definition": (
            "Zähler: Verwaltungsleistungen im Zuständigkeitsbereich der Kommune nach LeiKa, die "
            "am Stichtag mindestens Reifegrad 3 des OZG-Reifegradmodells erreichen (Zählweise "
            "wie K-OZG-3-N). Nenner: alle antragsgebundenen Verwaltungsleistungen im "
            "Zuständigkeitsbereich der Kommune laut OZG-Umsetzungskatalog und LeiKa, gleich ob "
            "sie online angeboten werden; reine Informationsleistungen und Leistungen anderer "
            "Behörden zählen weder im Zähler noch im Nenner. Stichtag ist das Ende des "
            "Berichtszeitraums, Datenquelle das Register der Onlinedienste; Änderungen des "
            "Katalogs gehen erst zum folgenden Stichtag in den Nenner ein."
        ),
        "framework": "OZG-Reifegradmodell (OZG-Dashboard); EU eGovernment Benchmark "
        "„Online Availability“",
    },
    {
        "code": "K-OZG-NEU",
        "name": "Im Berichtszeitraum online gegangene Dienste",
        "unit": "Anzahl",
        "direction": "higher",
        "source": "online_services",
        "definition": (
            "Gezählt werden die Verwaltungsleistungen im Register der Onlinedienste, deren Datum "
            "„online seit“ in den Berichtszeitraum fällt, je Registereintrag einmal, gleich "
            "welchen Reifegrad sie dabei erreichen. Leistungen, die nur eine Stufe aufsteigen, "
            "ohne neu online zu gehen, zählen nicht. Stichtag ist das Ende des "
            "Berichtszeitraums (im laufenden Halbjahr der Tag der Berechnung), Datenquelle das "
            "Register der Onlinedienste."
        ),
        "framework": "OZG-Umsetzung (Fortschritt je Halbjahr); Ratsanträge Herten und Kerpen "
        "(Zahl der Onlinedienste)",
    },
    {
        "code": "K-ONLINE",
        "name": "Anteil online eingegangener Anträge",
        "unit": "%",
        "direction": "higher",
        "source": "event_log",
        "definition": (
            "Zähler: im Berichtszeitraum eingegangene Anträge, die über einen Onlinedienst "
            "(Serviceportal, EfA-Dienst, Fachportal wie das Bauportal) strukturiert und "
            "elektronisch übermittelt wurden. Nenner: alle im Berichtszeitraum eingegangenen "
            "Anträge zu denselben Verwaltungsleistungen, gleich über welchen Kanal (Papier, "
            "persönliche Vorsprache, E-Mail, Onlinedienst). Anträge per einfacher E-Mail und "
            "eingescannte Papieranträge gelten nicht als online eingegangen; Leistungen, deren "
            "Fachverfahren den Eingangskanal nicht erfasst, bleiben außer Betracht und werden im "
            "Bericht genannt. Datenquelle sind die Eingangsereignisse der Fachverfahren "
            "(Ereignisprotokoll)."
        ),
        "framework": "EU eGovernment Benchmark (Nutzerzentrierung, Nutzung der "
        "Onlinedienste); OZG; Herten-Antrag (elektronische Formulare)",
    },
    # ------------------------------------------------------------------------------------------
    # Papierlose Prozesse und Bearbeitungszeiten
    # ------------------------------------------------------------------------------------------
    {
        "code": "K-PAPIER-N",
        "name": "Papierlose Vorgänge",
        "unit": "Anzahl",
        "direction": "higher",
        "source": "event_log",
        "definition": (
            "Gezählt werden die im Berichtszeitraum abgeschlossenen Vorgänge, die vom Eingang "
            "bis zum Versand des Ergebnisses ohne Papier bearbeitet wurden: Eingang elektronisch "
            "oder im zentralen Posteingang ersetzend gescannt (BSI TR-RESISCAN), Bearbeitung und "
            "Ablage in E-Akte oder Fachverfahren, Zeichnung elektronisch (Signatur oder Freigabe "
            "im Workflow), Versand elektronisch oder über Hybridpost. Schon ein Medienbruch "
            "(Ausdruck zur Bearbeitung, Papierakte, Postausgang auf Papier) schließt den Vorgang "
            "aus. Nicht gezählt werden Anliegen ohne Aktenrelevanz (z. B. einfache Auskünfte) "
            "und maschinell erzeugte Massenbescheide (z. B. Grundbesitzabgaben). Datenquelle ist "
            "das Ereignisprotokoll von E-Akte und Fachverfahren."
        ),
        "framework": "Kerpen-Antrag (messbare Ziele: „Anzahl papierloser Vorgänge“); "
        "E-Government-Gesetz NRW (elektronische Aktenführung)",
    },
    {
        "code": "K-PAPIER",
        "name": "Anteil papierloser Vorgänge",
        "unit": "%",
        "direction": "higher",
        "source": "event_log",
        "definition": (
            "Zähler: papierlose Vorgänge nach K-PAPIER-N. Nenner: alle im Berichtszeitraum "
            "abgeschlossenen Vorgänge derselben Organisationseinheiten und Verfahren mit "
            "denselben Ausschlüssen (Anliegen ohne Aktenrelevanz, maschinelle Massenbescheide). "
            "Ein Vorgang zählt im Berichtszeitraum seines Abschlusses; Vorgänge, bei denen sich "
            "ein Medienbruch aus dem Protokoll nicht ausschließen lässt, gelten als nicht "
            "papierlos. Datenquelle ist das Ereignisprotokoll von E-Akte und Fachverfahren."
        ),
        "framework": "Kerpen-Antrag (vollständige Umstellung auf papierlose Prozesse); "
        "E-Government-Gesetz NRW; BSI TR-RESISCAN",
    },
    {
        "code": "K-BZ-MEDIAN",
        "name": "Bearbeitungszeit (Median)",
        "unit": "Tage",
        "direction": "lower",
        "source": "event_log",
        "definition": (
            "Bearbeitungszeit ist die Zahl der Kalendertage vom Eingang des Antrags "
            "(Eingangsereignis im Fachverfahren) bis zum Versand der Entscheidung; Zeiten, in "
            "denen auf Unterlagen der Antragstellenden gewartet wird, werden nicht abgezogen. "
            "Ausgewiesen wird der Median über alle im Berichtszeitraum abgeschlossenen Vorgänge "
            "einer Verwaltungsleistung oder einer festgelegten Gruppe von Leistungen (z. B. der "
            "zehn Verfahren mit den höchsten Fallzahlen), die dann zu benennen ist. Nicht "
            "berücksichtigt werden zurückgenommene, ohne Entscheidung erledigte und an andere "
            "Behörden abgegebene Anträge sowie Widerspruchsverfahren. Datenquelle ist das "
            "Ereignisprotokoll der Fachverfahren."
        ),
        "framework": "Kerpen-Antrag („reduzierte Bearbeitungszeiten“); EU eGovernment "
        "Benchmark „Transparency of Service Delivery“ (Angaben zur Bearbeitungsdauer)",
    },
    {
        "code": "K-BZ-P90",
        "name": "Bearbeitungszeit (90. Perzentil)",
        "unit": "Tage",
        "direction": "lower",
        "source": "event_log",
        "definition": (
            "Bearbeitungszeit und Abgrenzung der Vorgänge wie bei K-BZ-MEDIAN. Ausgewiesen wird "
            "das 90. Perzentil, also die Zahl der Tage, die 90 % der im Berichtszeitraum "
            "abgeschlossenen Vorgänge nicht überschreiten (Rangmethode: Wert an Position "
            "⌈0,9 · n⌉ der aufsteigend sortierten Bearbeitungszeiten). Die Kennzahl zeigt die "
            "langen Verfahren, die der Median verdeckt; bei weniger als 30 abgeschlossenen "
            "Vorgängen im Berichtszeitraum wird kein Wert ausgewiesen. Datenquelle ist das "
            "Ereignisprotokoll der Fachverfahren."
        ),
        "framework": "Kerpen-Antrag („reduzierte Bearbeitungszeiten“); EU eGovernment "
        "Benchmark „Transparency of Service Delivery“",
    },
    {
        "code": "K-EAKTE",
        "name": "Anteil der Beschäftigten, die mit der E-Akte arbeiten",
        "unit": "%",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Zähler: Beschäftigte (Köpfe) mit Büroarbeitsplatz, deren Organisationseinheit die "
            "E-Akte am Stichtag als führende Akte nutzt, also neue Vorgänge nicht mehr auf "
            "Papier anlegt, und die ein aktives Benutzerkonto im E-Akte-System haben. Nenner: "
            "alle Beschäftigten mit Büroarbeitsplatz in der Kernverwaltung am Stichtag. Nicht "
            "gezählt werden Beschäftigte ohne Büroarbeitsplatz (z. B. Bauhof, Kitas, "
            "Hausmeisterdienste), Eigenbetriebe und ruhende Arbeitsverhältnisse; ein reiner "
            "Lesezugriff auf ein Dokumentenarchiv genügt nicht. Stichtag ist das Ende des "
            "Berichtszeitraums, Datenquelle die Benutzerverwaltung des E-Akte-Systems, "
            "abgeglichen mit dem Personalbestand."
        ),
        "framework": "E-Government-Gesetz NRW (elektronische Aktenführung); Kerpen-Antrag "
        "(Einführung elektronischer Aktenführung)",
    },
    # ------------------------------------------------------------------------------------------
    # Infrastruktur und Schulen
    # ------------------------------------------------------------------------------------------
    {
        "code": "K-GLASFASER",
        "name": "Anteil der Haushalte mit verfügbarem Glasfaseranschluss",
        "unit": "%",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Zähler: Haushalte im Gemeindegebiet, für die am Stichtag ein Glasfaseranschluss "
            "bis ins Gebäude oder in die Wohnung (FTTB/FTTH) ohne weiteren Tiefbau im "
            "öffentlichen Raum bestellt werden kann (Homes passed); ob ein Vertrag gebucht ist, "
            "spielt keine Rolle. Nenner: alle Haushalte im Gemeindegebiet nach der jeweils "
            "aktuellen amtlichen Statistik (Statistisches Landesamt, Zensus). Gigabitfähige "
            "Kabelanschlüsse (HFC/DOCSIS) und Glasfaser nur bis zum Verteilerkasten (FTTC) "
            "zählen nicht. Datenquelle ist das Gigabit-Grundbuch (Breitbandatlas) der "
            "Bundesnetzagentur, ergänzt um Fertigmeldungen der Netzbetreiber; maßgeblich ist "
            "der letzte Datenstand vor dem Stichtag."
        ),
        "framework": "Gigabitstrategie der Bundesregierung (Glasfaser bis ins Haus "
        "flächendeckend bis 2030); Gigabit-Grundbuch/Breitbandatlas",
    },
    {
        "code": "K-SCHULE-GBIT",
        "name": "Anteil der Schulen mit Gigabitanschluss",
        "unit": "%",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Zähler: Schulstandorte in Trägerschaft der Kommune, die am Stichtag einen in "
            "Betrieb genommenen Glasfaseranschluss mit mindestens 1 Gbit/s nutzen, der bis in "
            "den Serverraum der Schule geführt ist. Nenner: alle Schulstandorte in Trägerschaft "
            "der Kommune am Stichtag; Teilstandorte mit eigenem Gebäude zählen gesondert. Nicht "
            "gezählt werden Anschlüsse, die nur bis zur Grundstücksgrenze gebaut oder noch nicht "
            "in Betrieb sind, sowie Schulen in freier Trägerschaft. Stichtag ist das Ende des "
            "Berichtszeitraums, Datenquelle die Abnahmeprotokolle des Schulträgers."
        ),
        "framework": "Gigabitstrategie der Bundesregierung; Gigabitförderung des Bundes "
        "(Sonderaufruf Schulen); DigitalPakt Schule",
    },
    {
        "code": "K-SCHULE-WLAN",
        "name": "Anteil der Unterrichtsräume mit WLAN",
        "unit": "%",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Zähler: Unterrichts- und Fachräume der Schulen in Trägerschaft der Kommune, die am "
            "Stichtag vollständig vom zentral verwalteten Schul-WLAN ausgeleuchtet sind und für "
            "die eine Abnahmemessung vorliegt. Nenner: alle Unterrichts- und Fachräume dieser "
            "Schulen laut Raumbuch des Schulträgers. Nicht gezählt werden Sporthallen, Aulen, "
            "Lehrerzimmer, Verwaltungs- und Nebenräume sowie Räume mit nur behelfsmäßigen oder "
            "privat betriebenen Zugangspunkten. Stichtag ist das Ende des Berichtszeitraums, "
            "Datenquelle das WLAN-Management und die Abnahmeprotokolle."
        ),
        "framework": "DigitalPakt Schule (digitale Vernetzung, schulisches WLAN); "
        "Medienentwicklungsplan",
    },
    {
        "code": "K-SCHULE-GERAET",
        "name": "Schülerinnen und Schüler je Endgerät",
        "unit": "Schüler je Gerät",
        "direction": "lower",
        "source": "manual",
        "definition": (
            "Zahl der Schülerinnen und Schüler an den Schulen in Trägerschaft der Kommune, "
            "geteilt durch die Zahl der vom Schulträger bereitgestellten, einsatzbereiten "
            "Endgeräte für Schülerinnen und Schüler (Tablets, Notebooks, PC in Computerräumen) "
            "am Stichtag. Die Schülerzahl stammt aus der jeweils letzten amtlichen "
            "Schulstatistik (in NRW Stichtag 15. Oktober), die Gerätezahl aus dem Inventar des "
            "Mobile-Device-Managements. Nicht gezählt werden Dienstgeräte der Lehrkräfte, "
            "private Geräte, defekte oder ausgesonderte Geräte und Präsentationstechnik. Ein "
            "Wert von 2,0 bedeutet ein Gerät für je zwei Schülerinnen und Schüler."
        ),
        "framework": "DigitalPakt Schule (einschließlich Sofortausstattungsprogramm); "
        "DigitalPakt 2.0; Medienentwicklungsplan",
    },
    # ------------------------------------------------------------------------------------------
    # Personal, Sicherheit, Website, offene Daten
    # ------------------------------------------------------------------------------------------
    {
        "code": "K-SCHULUNG",
        "name": "Anteil der in digitalen Kompetenzen geschulten Beschäftigten",
        "unit": "%",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Zähler: Beschäftigte, die am Stichtag die von der Kommune festgelegte Grundschulung "
            "zu digitalen Kompetenzen (z. B. mit Modulen zu E-Akte, Onlinediensten, "
            "Informationssicherheit und Datenschutz) vollständig abgeschlossen haben, belegt "
            "durch Teilnahmebestätigung oder Abschluss im Lernmanagementsystem; begonnene "
            "Schulungen zählen nicht. Nenner: alle Beschäftigten der Kernverwaltung am Stichtag "
            "(Köpfe), auch solche ohne PC-Arbeitsplatz, für die ein angepasstes Format gilt. "
            "Nicht gezählt werden Auszubildende, Praktikantinnen und Praktikanten sowie ruhende "
            "Arbeitsverhältnisse (z. B. Elternzeit). Stichtag ist das Ende des "
            "Berichtszeitraums, Datenquelle die Schulungsstatistik des Personalbereichs."
        ),
        "framework": "Kerpen-Antrag (Schulung und Weiterentwicklung digitaler Kompetenzen); "
        "EU-Kompetenzrahmen DigComp",
    },
    {
        "code": "K-ITSEC",
        "name": "IT-Sicherheitsvorfälle je Jahr",
        "unit": "Vorfälle",
        "direction": "lower",
        "source": "manual",
        "definition": (
            "Gezählt werden die in den zwölf Monaten bis zum Stichtag erfassten "
            "Informationssicherheitsvorfälle: Ereignisse, bei denen Vertraulichkeit, Integrität "
            "oder Verfügbarkeit von Informationen oder IT-Systemen der Kommune tatsächlich "
            "beeinträchtigt waren und die die oder der Informationssicherheitsbeauftragte als "
            "Sicherheitsvorfall eingestuft hat (z. B. Schadsoftwarebefall, kompromittiertes "
            "Konto, Datenabfluss, Ausfall durch Angriff). Nicht gezählt werden automatisch "
            "abgewehrte Angriffe (gefilterte Phishing- und Spam-Mails, blockierte Zugriffe), "
            "Verdachtsmeldungen ohne Schaden und Störungen ohne Sicherheitsbezug. Der Wert ist "
            "eine gleitende Jahressumme aus dem Vorfallregister des ISMS; ein Anstieg kann auch "
            "auf bessere Erkennung und Meldung zurückgehen und ist dann zu erläutern."
        ),
        "framework": "BSI-IT-Grundschutz (BSI-Standard 200-2, Baustein DER.2.1 Behandlung "
        "von Sicherheitsvorfällen)",
    },
    {
        "code": "K-BITV",
        "name": "Barrierefreiheit der Website (erfüllte BITV-Prüfschritte)",
        "unit": "%",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Zähler: anwendbare Prüfschritte des BITV-Tests (Prüfverfahren nach BITV 2.0 und "
            "EN 301 549, Konformitätsstufe AA der WCAG), die für die geprüfte Seitenauswahl der "
            "Website der Kommune mit „erfüllt“ oder „eher erfüllt“ bewertet wurden. Nenner: "
            "alle anwendbaren Prüfschritte; mit „nicht anwendbar“ bewertete Prüfschritte zählen "
            "weder im Zähler noch im Nenner. Maßgeblich ist die letzte vollständige Prüfung "
            "durch eine externe Prüfstelle oder eine Selbstbewertung nach demselben "
            "Prüfverfahren, deren Art beim Messwert anzugeben ist. Onlinedienste und "
            "Fachanwendungen Dritter, auf die nur verlinkt wird, sind nicht Gegenstand der "
            "Prüfung."
        ),
        "framework": "BITV 2.0 und EN 301 549 (BITV-Test); EU-Richtlinie 2016/2102 über den "
        "barrierefreien Zugang zu Websites öffentlicher Stellen",
    },
    {
        "code": "K-OPENDATA",
        "name": "Veröffentlichte offene Datensätze",
        "unit": "Datensätze",
        "direction": "higher",
        "source": "manual",
        "definition": (
            "Gezählt werden die am Stichtag auf dem Open-Data-Portal der Kommune oder einem "
            "Landes- oder Kreisportal veröffentlichten und über GovData auffindbaren Datensätze "
            "mit offener Lizenz (Datenlizenz Deutschland – Zero oder – Namensnennung, CC0, "
            "CC BY) in maschinenlesbarem Format, je Metadatensatz nach DCAT-AP.de einer, "
            "gleich wie viele Dateien oder Formate er umfasst. Fortschreibungen (z. B. "
            "Haushaltsplan je Jahr) zählen einmal, wenn sie unter einem Metadatensatz geführt "
            "werden. Nicht gezählt werden Datensätze, die nur als PDF oder Bild vorliegen, "
            "zurückgezogene Datensätze und solche, deren angegebener Aktualisierungszyklus um "
            "mehr als ein Jahr überschritten ist. Datenquelle ist der Katalog des Portals."
        ),
        "framework": "GovData (DCAT-AP.de); Open-Data-Gesetz (§ 12a EGovG); Open.NRW",
    },
]
