"""Counts, distributions and needs per field of action, with small groups suppressed.

Six people answer Teststadt's survey (counted by hand):

=====  ========  ======================  ======  ===========
n      channel   wanted                  rating  text
=====  ========  ======================  ======  ===========
1      Vor Ort   Termin buchen           5       Termine!
2      Vor Ort   Termin buchen, Akte     4       –
3      Online    Nichts                  2       –
4      Gar nicht Termin buchen           5       –
5      Online    –                       1       –
6      Vor Ort   Akteneinsicht           –       –
=====  ========  ======================  ======  ===========
"""

from decimal import Decimal

import pytest

from sachstand.participation.models import Moderation, SurveyAnswer
from sachstand.participation.selectors import results as results_module
from sachstand.participation.selectors.results import MIN_ANSWERS, survey_results
from sachstand.participation.services.surveys import free_text_moderate


def test_the_threshold_is_five():
    assert MIN_ANSWERS == 5 == results_module.MIN_ANSWERS


@pytest.fixture
def answered(built):
    built.submit(channel="vor-ort", wanted=["termin"], rating=5, text="Termine!")
    built.submit(channel="vor-ort", wanted=["termin", "akte"], rating=4)
    built.submit(channel="online", wanted=["nichts"], rating=2)
    built.submit(channel="nein", wanted=["termin"], rating=5)
    built.submit(channel="online", rating=1)
    built.submit(channel="vor-ort", wanted=["akte"])
    return built


def shares(result):
    return [(s.label, s.count, round(s.percent, 1)) for s in result.shares]


def test_counts_and_distributions_per_question(answered):
    results = survey_results(answered.survey)
    assert results.responses == 6
    channel = results.question(answered.channel.pk)
    assert channel.respondents == 6 and not channel.suppressed
    assert shares(channel) == [
        ("Vor Ort", 3, Decimal("50.0")),
        ("Online", 2, Decimal("33.3")),
        ("Gar nicht", 1, Decimal("16.7")),
    ]
    assert channel.need.count == 1  # "Gar nicht" signals a need
    wanted = results.question(answered.wanted.pk)
    assert wanted.respondents == 5
    assert shares(wanted) == [
        ("Termin buchen", 3, Decimal("60.0")),
        ("Akteneinsicht", 2, Decimal("40.0")),
        ("Nichts", 1, Decimal("20.0")),
    ]
    rating = results.question(answered.appointments.pk)
    assert rating.respondents == 5
    assert [s.count for s in rating.shares] == [1, 1, 0, 1, 2]
    assert rating.mean == Decimal("3.4")
    assert rating.need.count == 3  # 4 and 5 signal a need: importance


def test_a_question_with_fewer_than_five_answers_is_not_broken_down(answered):
    text = survey_results(answered.survey, texts=Moderation.values).question(answered.missing.pk)
    assert text.respondents == 1
    assert text.suppressed and text.shares == () and text.texts == () and text.need is None


def test_four_answers_are_suppressed_five_are_shown(built):
    for _ in range(4):
        built.submit(channel="online")
    assert survey_results(built.survey).question(built.channel.pk).suppressed
    built.submit(channel="online")
    assert not survey_results(built.survey).question(built.channel.pk).suppressed


def test_needs_per_field_of_action_count_each_person_once(answered, plan):
    needs = {n.label: n for n in survey_results(answered.survey).needs}
    # HF 1: asked are all who answered "wanted" (its options are about HF 1) or the rating
    # (about HF 1): persons 1–6 = 6. Need: chose "Termin buchen" (1, 2, 4) or rated 4–5
    # (1, 2, 4) = 3.
    service = needs["HF 1 Bürgerservice"]
    assert (service.asked, service.need) == (6, 3)
    assert service.percent == 50
    # HF 2: only the option "Akteneinsicht" of "wanted" is about it: asked 5, chose it 2.
    efile = needs["HF 2 E-Akte"]
    assert (efile.asked, efile.need) == (5, 2)
    assert [n.label for n in survey_results(answered.survey).needs] == [
        "HF 1 Bürgerservice",
        "HF 2 E-Akte",
    ]


def test_a_field_asked_by_fewer_than_five_people_is_left_out(built):
    for _ in range(4):
        built.submit(rating=5)
    built.submit(channel="online")
    results = survey_results(built.survey)
    assert results.needs == [] and results.hidden_needs == 1


def test_only_published_free_texts_appear_unless_the_back_office_asks(built, plan):
    for n in range(5):
        built.submit(text=f"Text {n}")
    answers = list(SurveyAnswer.objects.filter(question=built.missing).order_by("pk"))
    free_text_moderate(answer=answers[0], publish=True, user=plan.actor)
    free_text_moderate(answer=answers[1], publish=False, user=plan.actor)
    public = survey_results(built.survey).question(built.missing.pk)
    assert [t.text for t in public.texts] == ["Text 0"]
    everything = survey_results(built.survey, texts=Moderation.values).question(built.missing.pk)
    assert [t.moderation for t in everything.texts] == [
        "published", "rejected", "pending", "pending", "pending",
    ]  # fmt: skip


def test_results_read_in_a_fixed_number_of_queries(built, django_assert_max_num_queries):
    for n in range(12):
        built.submit(channel="online", wanted=["termin", "akte"], rating=1 + n % 5, text="x")
    with django_assert_max_num_queries(8):
        survey_results(built.survey)
