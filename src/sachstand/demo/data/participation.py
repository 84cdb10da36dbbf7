"""Musterstadt's needs analysis (invented): a closed citizens' survey (autumn 2025, 48
responses, results public), a closed staff survey (March 2026, 32 links, 27 responses,
internal), a short open citizens' survey about the new homepage, thirteen citizens' questions
(answered and linked to measures, one rejected, two merged, one waiting for its answer, one new)
and the privacy contacts.

The answers are drawn from a seeded random generator, so every load gives the same results; the
shares are set so that the needs agree with the plan (online appointments, registration of
residence, homepage on the phone, fibre). ``load`` writes through the participation services,
dated as it happened, and writes nothing when everything is there already.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sachstand.municipalities.models import Municipality
from sachstand.onlineservices.models import OnlineService
from sachstand.participation.models import CitizenQuestion, Survey, SurveyAnswer
from sachstand.participation.services.privacy import privacy_contact_save
from sachstand.participation.services.questions import (
    question_answer,
    question_merge,
    question_publish,
    question_reject,
    question_submit,
)
from sachstand.participation.services.responses import response_submit, staff_tokens_issue
from sachstand.participation.services.surveys import (
    free_text_moderate,
    measures_cite,
    survey_close,
    survey_open,
    survey_option_save,
    survey_question_save,
    survey_save,
)
from sachstand.strategy.models import FieldOfAction, Measure

BERLIN = ZoneInfo("Europe/Berlin")

PRIVACY = {
    "controller": "Stadt Musterstadt\nDer Bürgermeister\nMarktplatz 1\n59999 Musterstadt",
    "data_protection_officer": (
        "Behördliche Datenschutzbeauftragte der Stadt Musterstadt\nMarktplatz 1\n"
        "59999 Musterstadt\ndatenschutz@musterstadt.example"
    ),
    "supervisory_authority": (
        "Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen\n"
        "Kavalleriestraße 2–4, 40213 Düsseldorf"
    ),
}

# A question: kind, text, the field (code) or service (name) it is about, the measures citing
# it, options as (text, service or field it is about, signals a need, measures citing it), and
# how people answer: option weights (chance per option for multiple choice), or weights of the
# ratings 1–5, or the free texts.
CITIZENS: dict[str, Any] = {
    "title": "Bürgerbefragung: Digitale Stadtverwaltung 2025",
    "description": (
        "Was brauchen Sie von einer digitalen Stadtverwaltung? Die Befragung dauert etwa fünf "
        "Minuten; die Ergebnisse fließen in den Maßnahmenplan Musterstadt.digital 2030 ein."
    ),
    "audience": "citizens",
    "opened": "2025-09-01",
    "closed": "2025-10-31",
    "responses": 48,
    "results_public": True,
    "questions": [
        {
            "kind": "single",
            "text": "Wie haben Sie zuletzt eine Angelegenheit bei der Stadt erledigt?",
            "options": [
                ("Vor Ort im Bürgerbüro", None, False, []),
                ("Online", None, False, []),
                ("Per Post", None, False, []),
                ("Per Telefon oder E-Mail", None, False, []),
            ],
            "weights": [52, 20, 8, 20],
        },
        {
            "kind": "multiple",
            "text": "Welche Leistungen möchten Sie künftig online erledigen?",
            "hint": "Mehrere Antworten möglich.",
            "field": "HF 1",
            "options": [
                ("Wohnsitz anmelden", ("service", "Wohnsitz Anmeldung"), False, ["M 1.7"]),
                (
                    "Personalausweis beantragen",
                    ("service", "Personalausweis Ausstellung"),
                    False,
                    [],
                ),
                (
                    "Bewohnerparkausweis",
                    ("service", "Bewohnerparkausweis Erteilung"),
                    False,
                    ["M 1.6"],
                ),
                ("Wohngeld", ("service", "Wohngeld"), False, ["M 1.1"]),
                ("Baugenehmigung", ("service", "Baugenehmigung Erteilung"), False, ["M 2.5"]),
                ("Hundesteuer", ("service", "Hundesteuer"), False, []),
            ],
            "weights": [62, 46, 35, 21, 15, 10],
        },
        {
            "kind": "rating",
            "text": "Wie wichtig ist Ihnen, Termine im Bürgerbüro online zu buchen?",
            "field": "HF 1",
            "low": "unwichtig",
            "high": "sehr wichtig",
            "high_means_need": True,
            "measures": ["M 1.2"],
            "weights": [3, 4, 10, 30, 53],
        },
        {
            "kind": "single",
            "text": "Können Sie Gebühren bei Online-Anträgen bequem bezahlen?",
            "field": "HF 1",
            "measures": ["M 1.4"],
            "options": [
                ("Ja", None, False, []),
                ("Nein", None, True, []),
                ("Weiß ich nicht", None, False, []),
            ],
            "weights": [30, 38, 32],
        },
        {
            "kind": "rating",
            "text": "Wie zufrieden sind Sie mit der Homepage der Stadt auf dem Smartphone?",
            "field": "HF 8",
            "low": "sehr unzufrieden",
            "high": "sehr zufrieden",
            "high_means_need": False,
            "measures": ["M 8.1"],
            "weights": [22, 30, 26, 15, 7],
        },
        {
            "kind": "rating",
            "text": "Wie wichtig ist Ihnen schnelles Internet (Glasfaser) zu Hause?",
            "field": "HF 5",
            "low": "unwichtig",
            "high": "sehr wichtig",
            "high_means_need": True,
            "measures": ["M 5.1"],
            "weights": [5, 8, 20, 30, 37],
        },
        {
            "kind": "text",
            "text": "Was fehlt Ihnen am meisten im digitalen Angebot der Stadt?",
            "texts": [
                "Eine Online-Terminbuchung, die auch am Wochenende funktioniert.",
                "Die Ummeldung nach dem Umzug komplett online.",
                "Eine Übersicht, wo mein Antrag gerade steht.",
                "Bezahlen mit Kreditkarte oder PayPal.",
                "Dass die Homepage auf dem Handy lesbar ist.",
                "Formulare, die man nicht ausdrucken muss.",
                "WLAN in der Stadtbücherei, das zuverlässig läuft.",
                "Eine App für Schäden an Straßen und Spielplätzen.",
                "Glasfaser in unserem Ortsteil.",
                "Informationen in einfacher Sprache und auf Englisch.",
                "Herr M. aus dem Bürgerbüro hat mir am Telefon nicht geholfen, 0170 1234567.",
                "Sitzungsunterlagen des Rates zum Herunterladen.",
                "Öffnungszeiten, die online aktuell sind.",
                "Einen Chat für einfache Fragen.",
            ],
            "published": 10,  # the first ten; the eleventh names a person and is held back
        },
    ],
}

STAFF: dict[str, Any] = {
    "title": "Beschäftigtenbefragung: Digitaler Arbeitsplatz 2026",
    "description": (
        "Wie digital ist Ihr Arbeitsalltag? Ihre Antworten sind anonym: Der Einladungslink wird "
        "nach der Antwort nur als verwendet markiert, die Antworten selbst kennen ihn nicht."
    ),
    "audience": "staff",
    "opened": "2026-03-02",
    "closed": "2026-03-31",
    "links": 32,
    "responses": 27,
    "results_public": False,
    "questions": [
        {
            "kind": "rating",
            "text": "Wie zufrieden sind Sie mit der technischen Ausstattung Ihres Arbeitsplatzes?",
            "field": "HF 9",
            "low": "sehr unzufrieden",
            "high": "sehr zufrieden",
            "high_means_need": False,
            "measures": ["M 9.2"],
            "weights": [10, 25, 35, 20, 10],
        },
        {
            "kind": "multiple",
            "text": "Wo verlieren Sie im Arbeitsalltag die meiste Zeit?",
            "hint": "Mehrere Antworten möglich.",
            "options": [
                ("Papierakten suchen und weitergeben", ("field", "HF 2"), False, ["M 2.3"]),
                ("Unterschriften einholen", ("field", "HF 3"), False, ["M 3.1"]),
                ("Rechnungen auf Papier prüfen", ("field", "HF 3"), False, ["M 3.2"]),
                ("Daten doppelt eingeben", None, True, []),
                ("Nirgends besonders", None, False, []),
            ],
            "weights": [58, 40, 22, 45, 8],
        },
        {
            "kind": "rating",
            "text": "Wie sicher fühlen Sie sich im Umgang mit der E-Akte?",
            "field": "HF 9",
            "low": "sehr unsicher",
            "high": "sehr sicher",
            "high_means_need": False,
            "measures": ["M 9.1"],
            "weights": [15, 25, 30, 20, 10],
        },
        {
            "kind": "single",
            "text": "Haben Sie an der Schulung zur Informationssicherheit teilgenommen?",
            "field": "HF 4",
            "options": [
                ("Ja", None, False, []),
                ("Nein, aber ich möchte", None, True, ["M 4.2"]),
                ("Nein", None, False, []),
            ],
            "weights": [55, 30, 15],
        },
        {
            "kind": "text",
            "text": "Welche Erfahrungen haben Sie mit der Videoberatung gemacht?",
            "hint": "Nur, wenn Sie sie schon genutzt haben.",
            "texts": [
                "Funktioniert gut, nur die Kamera im Besprechungsraum ist schlecht.",
                "Die Termine werden noch per Telefon vergeben.",
                "Ton bricht manchmal ab.",
            ],
            "published": 0,  # three answers: fewer than five, never shown anyway
        },
    ],
}

OPEN: dict[str, Any] = {
    "title": "Kurzumfrage: Die neue Homepage",
    "description": "Drei Fragen zur neuen Homepage der Stadt. Dauer: eine Minute.",
    "audience": "citizens",
    "opened": "2026-11-02",
    "closed": None,
    "responses": 6,
    "results_public": True,
    "questions": [
        {
            "kind": "rating",
            "text": "Wie gut finden Sie sich auf der neuen Homepage zurecht?",
            "field": "HF 8",
            "low": "sehr schlecht",
            "high": "sehr gut",
            "high_means_need": False,
            "weights": [5, 10, 25, 40, 20],
        },
        {
            "kind": "single",
            "text": "Womit besuchen Sie die Homepage meistens?",
            "options": [
                ("Smartphone", None, False, []),
                ("Computer oder Laptop", None, False, []),
                ("Tablet", None, False, []),
            ],
            "weights": [60, 30, 10],
        },
        {
            "kind": "text",
            "text": "Was sollten wir an der Homepage verbessern?",
            "texts": ["Die Suche findet Formulare nicht.", "Größere Schrift wäre gut."],
            "published": 0,
        },
    ],
}

# Citizens' questions: key, day received, field code (None: general), text, then what happened:
# ("answer", day, text, measure codes), ("merge", day, key), ("reject", day, reason),
# ("publish", day) or nothing (waiting for moderation). An e-mail address only where no mail is
# sent during loading.
QUESTIONS: list[dict[str, Any]] = [
    {"key": "parken", "day": "2025-06-12", "field": "HF 1",
     "text": "Wann kann ich meinen Bewohnerparkausweis online beantragen und bezahlen?",
     "then": ("answer", "2025-06-30",
              "Der Bewohnerparkausweis soll 2026 online beantragt und bezahlt werden können; "
              "die Maßnahme M 1.6 ist dafür im Plan. Bis dahin geht es im Bürgerbüro.",
              ["M 1.6"])},
    {"key": "ummelden", "day": "2025-07-03", "field": "HF 1",
     "text": "Warum muss ich für die Anmeldung meines Wohnsitzes immer noch persönlich ins "
             "Bürgerbüro kommen?",
     "then": ("answer", "2025-07-21",
              "Die elektronische Wohnsitzanmeldung setzt den Online-Ausweis und das "
              "Bürgerkonto voraus. Wir führen sie mit der Maßnahme M 1.7 ein; bis dahin "
              "können Sie online einen Termin buchen (M 1.2).",
              ["M 1.7", "M 1.2"])},
    {"key": "ummelden-2", "day": "2025-07-20", "field": "HF 1",
     "text": "Ich musste nach dem Umzug wieder persönlich zur Ummeldung. Geht das nicht online?",
     "then": ("merge", "2025-07-21", "ummelden")},
    {"key": "glasfaser", "day": "2025-09-15", "field": "HF 5",
     "text": "Wann bekommt unser Ortsteil Oberdorf Glasfaser?",
     "then": ("answer", "2025-10-06",
              "Oberdorf gehört zu den weißen Flecken, die mit Fördermitteln ausgebaut werden "
              "(M 5.1); die übrigen Gebiete prüft die Markterkundung für die graue-Flecken-"
              "Förderung (M 5.2).",
              ["M 5.1", "M 5.2"])},
    {"key": "schul-wlan", "day": "2025-10-02", "field": "HF 6",
     "text": "Haben alle Grundschulen inzwischen WLAN in den Klassenräumen?",
     "then": ("answer", "2025-10-20",
              "Die Ausleuchtung aller Unterrichtsräume ist Teil der Maßnahme M 6.2; den Stand je "
              "Schule finden Sie auf der Seite der Maßnahme.",
              ["M 6.2"])},
    {"key": "homepage", "day": "2025-11-10", "field": "HF 8",
     "text": "Die Homepage ist auf dem Handy kaum lesbar. Wird sich das ändern?",
     "then": ("answer", "2025-11-24",
              "Ja. Mit dem Relaunch (M 8.1) wird die Homepage für Smartphones gebaut und "
              "barrierefrei; die Bürgerbefragung 2025 hat das als einen der größten Bedarfe "
              "gezeigt.",
              ["M 8.1"])},
    {"key": "beleidigung", "day": "2025-12-01", "field": None,
     "text": "Ihr in der Verwaltung seid doch alle unfähig, das wird sowieso nichts!",
     "then": ("reject", "2025-12-03",
              "Der Beitrag enthält keine Frage oder Anregung, sondern eine Beleidigung.")},
    {"key": "bezahlen", "day": "2026-01-14", "field": "HF 1",
     "text": "Kann ich Gebühren für Online-Anträge auch mit PayPal oder Kreditkarte bezahlen?",
     "then": ("answer", "2026-01-28",
              "Mit der Maßnahme M 1.4 binden wir alle gebührenpflichtigen Onlinedienste an "
              "ePayBL an; dort sind Kreditkarte, PayPal und Lastschrift möglich.",
              ["M 1.4"])},
    {"key": "sensoren", "day": "2026-02-05", "field": "HF 7",
     "text": "Welche Daten erfassen die neuen Parksensoren, und werden Kennzeichen gespeichert?",
     "then": ("answer", "2026-02-19",
              "Die Sensoren erkennen nur, ob ein Stellplatz belegt ist; sie erfassen keine "
              "Kennzeichen und keine Bilder (M 7.2).",
              ["M 7.2"])},
    {"key": "bauantrag", "day": "2026-03-18", "field": "HF 2",
     "text": "Werden Bauanträge bald komplett digital bearbeitet?",
     "then": ("answer", "2026-04-01",
              "Ja: Über das Bauportal.NRW können Bauanträge digital eingereicht und bearbeitet "
              "werden (M 2.5).",
              ["M 2.5"])},
    {"key": "video-sprachen", "day": "2026-09-22", "field": "HF 1",
     "text": "Gibt es die Videoberatung der Ausländerbehörde auch auf Englisch oder Arabisch?",
     "then": ("publish", "2026-09-24")},
    {"key": "homepage-2", "day": "2026-10-05", "field": "HF 8",
     "text": "Die Website funktioniert auf dem Smartphone schlecht, vor allem die Formulare.",
     "then": ("merge", "2026-10-07", "homepage")},
    {"key": "ratsdaten", "day": "2026-11-12", "field": None,
     "text": "Könnte die Stadt die Sitzungsunterlagen des Rates als offene Daten bereitstellen?",
     "email": "a.beispiel@example.org"},
]  # fmt: skip


def _at(day: str, hour: int = 9) -> datetime:
    return datetime.combine(date.fromisoformat(day), time(hour, 0), tzinfo=BERLIN)


class _Loader:
    def __init__(self, municipality: Municipality, officer) -> None:
        self.municipality = municipality
        self.officer = officer
        self.fields = {f.code: f for f in FieldOfAction.objects.filter(municipality=municipality)}
        self.measures = {m.code: m for m in Measure.objects.filter(municipality=municipality)}
        self.services = {s.name: s for s in OnlineService.objects.filter(municipality=municipality)}

    def topic(self, about) -> dict[str, Any]:
        if about is None:
            return {}
        kind, key = about
        if kind == "field":
            return {"field_of_action": self.fields[key]}
        return {"online_service": self.services[key]}

    def cite(self, source, codes: list[str], when: datetime) -> None:
        if codes:
            measures = [self.measures[c] for c in codes]
            measures_cite(source=source, measures=measures, user=self.officer, when=when)

    def survey(self, data: dict[str, Any], seed: int) -> int:
        if Survey.objects.filter(municipality=self.municipality, title=data["title"]).exists():
            return 0
        built = _at(data["opened"]) - timedelta(days=14)
        survey, _ = survey_save(
            municipality=self.municipality,
            values={k: data[k] for k in ("title", "description", "audience", "results_public")},
            user=self.officer,
            when=built,
        )
        questions = [
            self.question(survey, position, q, built)
            for position, q in enumerate(data["questions"], start=1)
        ]
        survey_open(survey=survey, user=self.officer, when=_at(data["opened"]))
        self.answer(survey, data, questions, random.Random(seed))
        if data["closed"]:
            closed = _at(data["closed"], 18)
            survey_close(survey=survey, user=self.officer, when=closed)
            for (question, options), q in zip(questions, data["questions"], strict=True):
                self.cite(question, q.get("measures", []), closed + timedelta(days=20))
                for option, (_text, _about, _need, codes) in zip(
                    options, q.get("options", []), strict=True
                ):
                    self.cite(option, codes, closed + timedelta(days=20))
        return 1

    def question(self, survey: Survey, position: int, q: dict[str, Any], when: datetime):
        values: dict[str, Any] = {
            "position": position,
            "text": q["text"],
            "hint": q.get("hint", ""),
            "kind": q["kind"],
            "rating_low": q.get("low", ""),
            "rating_high": q.get("high", ""),
            "high_means_need": q.get("high_means_need", True),
        }
        if q.get("field"):
            values["field_of_action"] = self.fields[q["field"]]
        question, _ = survey_question_save(
            survey=survey, values=values, user=self.officer, when=when
        )
        options = []
        for n, (text, about, need, _codes) in enumerate(q.get("options", []), start=1):
            option, _ = survey_option_save(
                question=question,
                values={"position": n, "text": text, "signals_need": need, **self.topic(about)},
                user=self.officer,
                when=when,
            )
            options.append(option)
        return question, options

    def answer(self, survey: Survey, data: dict[str, Any], questions, rng: random.Random) -> None:
        opened = date.fromisoformat(data["opened"])
        last = date.fromisoformat(data["closed"]) if data["closed"] else date(2026, 11, 20)
        tokens = (
            staff_tokens_issue(survey=survey, count=data["links"], user=self.officer)
            if data["audience"] == "staff"
            else []
        )
        span = (last - opened).days
        for n in range(data["responses"]):
            answers: dict[int, Any] = {}
            for (question, options), q in zip(questions, data["questions"], strict=True):
                value = _draw(q, options, n, rng)
                if value is not None:
                    answers[question.pk] = value
            day = opened + timedelta(days=span * n // data["responses"])
            response_submit(
                survey=survey, answers=answers, token=tokens[n] if tokens else None, today=day
            )
        self.moderate(data, questions, last)

    def moderate(self, data: dict[str, Any], questions, last: date) -> None:
        for (question, _options), q in zip(questions, data["questions"], strict=True):
            if q["kind"] != "text" or not data["closed"]:
                continue
            texts = SurveyAnswer.objects.filter(question=question).order_by("pk")
            when = _at(str(last), 17)
            for n, answer in enumerate(texts):
                if n < q["published"]:
                    free_text_moderate(answer=answer, publish=True, user=self.officer, when=when)
                elif n == q["published"] and q["published"]:
                    free_text_moderate(answer=answer, publish=False, user=self.officer, when=when)

    def questions(self) -> int:
        written = 0
        by_key: dict[str, CitizenQuestion] = {}
        for data in QUESTIONS:
            existing = CitizenQuestion.objects.filter(
                municipality=self.municipality, text=data["text"]
            ).first()
            if existing is not None:
                by_key[data["key"]] = existing
                continue
            question = question_submit(
                municipality=self.municipality,
                field_of_action=self.fields[data["field"]] if data["field"] else None,
                text=data["text"],
                email=data.get("email", ""),
                when=_at(data["day"], 19),
            )
            by_key[data["key"]] = question
            written += 1
            self.decide(question, data.get("then"), by_key)
        return written

    def decide(self, question: CitizenQuestion, then, by_key) -> None:
        if then is None:
            return
        user, when = self.officer, _at(then[1], 11)
        if then[0] == "answer":
            measures = [self.measures[c] for c in then[3]]
            question_answer(
                question=question, answer=then[2], measures=measures, user=user, when=when
            )
        elif then[0] == "merge":
            into = by_key[then[2]]
            into.refresh_from_db()
            question_merge(question=question, into=into, user=user, when=when)
        elif then[0] == "reject":
            question_reject(question=question, reason=then[2], user=user, when=when)
        elif then[0] == "publish":
            question_publish(question=question, user=user, when=when)


def _draw(q: dict[str, Any], options: list, n: int, rng: random.Random) -> Any:
    kind = q["kind"]
    if kind == "text":
        texts = q["texts"]
        return texts[n] if n < len(texts) else None
    if kind == "rating":
        return rng.choices(range(1, 6), weights=q["weights"])[0]
    if kind == "single":
        return rng.choices(options, weights=q["weights"])[0].pk
    weights = q["weights"]
    return [o.pk for o, chance in zip(options, weights, strict=True) if rng.random() * 100 < chance]


def load(municipality: Municipality, officer) -> int:
    """Load Musterstadt's needs analysis; returns the number of surveys, questions and contacts
    written (0 when all of them are there)."""
    loader = _Loader(municipality, officer)
    written = loader.questions()
    written += loader.survey(CITIZENS, seed=2025)
    written += loader.survey(STAFF, seed=2026)
    written += loader.survey(OPEN, seed=2027)
    _contact, changed = privacy_contact_save(
        municipality=municipality, values=PRIVACY, user=officer, when=_at("2025-06-01")
    )
    return written + changed
