"""The municipal register: levels from criteria on both scales, history of levels, and the
indicators it feeds, checked against hand counts."""

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from sachstand.core.halfyear import HalfYear
from sachstand.core.services import save_validated
from sachstand.indicators.models import Indicator, Measurement, Source
from sachstand.indicators.services import library_load
from sachstand.onlineservices.models import (
    CriterionAssessment,
    MaturityScale,
    OnlineService,
)
from sachstand.onlineservices.scales import Derivation, derive_level
from sachstand.onlineservices.selectors import register_scale
from sachstand.onlineservices.services import (
    REGISTER_SOURCE,
    assessments_set,
    register_indicators_update,
    register_scale_choose,
    service_save,
    usage_save,
)

BERLIN = ZoneInfo("Europe/Berlin")


def at(*args) -> datetime:
    return datetime(*args, tzinfo=BERLIN)


@pytest.fixture
def v11(db):
    return MaturityScale.objects.get(code="1.1")


@pytest.fixture
def v20(db):
    return MaturityScale.objects.get(code="2.0")


def levels(scale, default, **by_name):
    """Each criterion of ``scale`` at ``default``, except those named (by a word of the name)."""
    out = {}
    for criterion in scale.criteria.all():
        out[criterion.pk] = next(
            (level for word, level in by_name.items() if word in criterion.name.lower()), default
        )
    return out


def test_published_scales_are_seeded_as_data(v11, v20):
    assert (v11.max_level, v11.compliant_level, v11.criteria.count()) == (4, 3, 10)
    assert (v20.max_level, v20.compliant_level, v20.criteria.count()) == (7, 3, 13)
    assert [lv.name for lv in v11.levels.all()] == [
        "Offline",
        "Information",
        "Formular-Assistent",
        "Online-Leistung",
        "Online-Transaktion",
    ]
    assert {lv.stage for lv in v20.levels.filter(level__gte=4, level__lte=6)} == {
        "Prozessorientierung und Datenzentrierung"
    }


def test_lowest_criterion_decides_on_scale_1_1(v11):
    criteria = list(v11.criteria.all())
    result = derive_level(criteria, levels(v11, 4, statusinformation=2), 4)
    assert result.level == 2 and result.limiting == ("8. Statusinformation",)
    # An optional criterion that is not required (no fees) does not cap the level.
    result = derive_level(criteria, levels(v11, 3, bezahlprozess=None), 4)
    assert result.level == 3 and result.missing == ()
    # Several criteria at the lowest level are all named.
    result = derive_level(criteria, levels(v11, 4, nachweise=1, nutzerkonto=1), 4)
    assert result.level == 1
    assert result.limiting == ("3. Nutzerkonto", "6. Nachweise")


def test_no_level_while_a_criterion_is_missing_or_wrongly_not_required(v11):
    criteria = list(v11.criteria.all())
    partial = levels(v11, 4)
    del partial[criteria[0].pk]
    result = derive_level(criteria, partial, 4)
    assert result.level is None and result.missing == ("1. Leistungsbeschreibung",)
    # "Not required" is only possible for the optional criteria.
    result = derive_level(criteria, levels(v11, 4, statusinformation=None), 4)
    assert result.level is None and result.missing == ("8. Statusinformation",)


def test_lowest_criterion_decides_on_scale_2_0(v20):
    criteria = list(v20.criteria.all())
    assert derive_level(criteria, levels(v20, 7, **{"e-akte": 4}), 7).level == 4
    # Front end complete, back end not started: level 3 (OZG-compliant, not integrated).
    result = derive_level(
        criteria,
        levels(
            v20, 3, **{"e-akte": 3, "statusmonitor": 3, "durchgängige": 3, "automatisierung": None}
        ),
        7,
    )
    assert result.level == 3
    # All at the top: nothing limits.
    assert derive_level(criteria, levels(v20, 7), 7) == Derivation(7, (), ())
    # Every criterion optional and not required: the top level.
    optional = [c for c in criteria if c.optional]
    assert derive_level(optional, {c.pk: None for c in optional}, 7).level == 7


def service(plan, name, level, *, when, scale=None, **values):
    entry, _ = service_save(
        municipality=plan.municipality,
        service=None,
        values={"name": name, "level": level, **({"scale": scale} if scale else {}), **values},
        user=plan.actor,
        when=when,
    )
    return entry


def test_a_level_is_stored_with_its_scale_and_checked_against_it(plan, v11, v20):
    register_scale_choose(municipality=plan.municipality, scale=v11, user=plan.actor)
    assert register_scale(plan.municipality) == v11
    entry = service(plan, "Hundesteuer", 3, when=at(2026, 1, 5))
    assert entry.scale == v11
    with pytest.raises(ValidationError) as error:
        service(plan, "Wohngeld", 5, when=at(2026, 1, 5))
    assert "Stufe 5 gibt es in OZG-Reifegradmodell 1.1 nicht (Stufen 0 bis 4)." in str(error.value)
    on_v20 = service(plan, "Wohngeld", 5, when=at(2026, 1, 5), scale=v20)
    assert (on_v20.scale, on_v20.level) == (v20, 5)


def test_assessed_criteria_set_the_level_and_win_over_a_level_by_hand(plan, v11):
    register_scale_choose(municipality=plan.municipality, scale=v11, user=plan.actor)
    entry = service(plan, "Hundesteuer", 1, when=at(2026, 1, 5))
    by_number = {c.number: 4 for c in v11.criteria.all()}
    by_number.update({5: None, 8: 3})  # no fees; status only by e-mail
    derivation = assessments_set(service=entry, levels=by_number, user=plan.actor)
    entry.refresh_from_db()
    assert derivation.level == 3 and entry.level == 3
    assert derivation.limiting == ("8. Statusinformation",)
    service_save(municipality=plan.municipality, service=entry, values={"level": 4},
                 user=plan.actor)  # fmt: skip
    entry.refresh_from_db()
    assert entry.level == 3
    # The level's history: 1 by hand, then 3 derived, with the reason.
    changes = [
        (h.level, h.history_change_reason)
        for h in entry.history.order_by("history_date", "history_id")
    ]
    assert changes == [(1, None), (3, "aus den Kriterien abgeleitet")]


def test_an_assessment_checks_its_level_and_whether_it_may_be_left_out(plan, v11):
    entry = service(plan, "Hundesteuer", 1, when=at(2026, 1, 5), scale=v11)
    status = v11.criteria.get(number=8)
    with pytest.raises(ValidationError) as error:
        save_validated(CriterionAssessment(service=entry, criterion=status, level=None), user=None)
    assert "gilt für jede Leistung" in str(error.value)
    with pytest.raises(ValidationError):
        save_validated(CriterionAssessment(service=entry, criterion=status, level=5), user=None)


@pytest.fixture
def register(plan, v11, time_machine):
    """Five services of Teststadt with their history and usage in 2026-H1, by hand:

    =================  =============  ==============  ======  =====  ==========
    service            2026-01-01     now (2026-05)   online  all    online since
    =================  =============  ==============  ======  =====  ==========
    Hundesteuer        3              3               120     400    2025-03-01
    Wohngeld           1              3               200     900    2026-03-02
    Baugenehmigung     2              2               –       250    –
    Meldebescheinigung 3              4               1500    3000   2024-11-01
    Fundsachen         0              1               –       –      –
    =================  =============  ==============  ======  =====  ==========
    """
    library_load(municipality=plan.municipality, user=plan.actor)
    # K-ONLINE comes from event logs by default; Teststadt takes it from the register.
    Indicator.objects.filter(code="K-ONLINE").update(source=Source.ONLINE_SERVICES)
    register_scale_choose(municipality=plan.municipality, scale=v11, user=plan.actor)
    rows = [
        ("Hundesteuer", 3, 3, date(2025, 3, 1), (120, 200, 60, 20)),
        ("Wohngeld", 1, 3, date(2026, 3, 2), (200, 500, 200, 0)),
        ("Baugenehmigung", 2, 2, None, (None, 250, None, None)),
        ("Meldebescheinigung", 3, 4, date(2024, 11, 1), (1500, 300, 1200, 0)),
        ("Fundsachen", 0, 1, None, None),
    ]
    time_machine.move_to(at(2026, 5, 15, 12), tick=False)
    for name, before, now, since, usage in rows:
        entry = service(plan, name, before, when=at(2025, 12, 1), online_since=since)
        if now != before:
            service_save(municipality=plan.municipality, service=entry,
                         values={"level": now}, user=plan.actor, when=at(2026, 3, 2))  # fmt: skip
        if usage:
            online, paper, in_person, email = usage
            usage_save(service=entry, half_year=HalfYear.parse("2026-H1"), user=plan.actor,
                       values={"online": online, "paper": paper, "in_person": in_person,
                               "email": email})  # fmt: skip
    return plan


def values_of(plan, code):
    return [
        (m.date, m.value)
        for m in Measurement.objects.filter(
            indicator__municipality=plan.municipality, indicator__code=code
        )
    ]


def test_indicators_fed_from_the_register_equal_hand_counts(register, time_machine):
    written = register_indicators_update(
        municipality=register.municipality, half_year=HalfYear.parse("2026-H1"),
        user=register.actor,
    )  # fmt: skip
    # Compliant (level 3 or more): Hundesteuer, Wohngeld, Meldebescheinigung = 3 of 5 = 60 %.
    # Online applications over services that report the online figure:
    # (120 + 200 + 1500) / (400 + 900 + 3000) = 1820 / 4300 = 42.3 %.
    # Online since in 2026-H1: Wohngeld only.
    assert written.changed
    assert written.values == {
        "K-OZG-3-N": Decimal(3),
        "K-OZG-3": Decimal("60.0"),
        "K-ONLINE": Decimal("42.3"),
        "K-OZG-NEU": Decimal(1),
    }
    today = date(2026, 5, 15)
    assert values_of(register, "K-OZG-3-N") == [(today, Decimal(3))]
    measurement = Measurement.objects.get(indicator__code="K-OZG-3", date=today)
    assert measurement.source == REGISTER_SOURCE
    # Later in the same half-year the register's figure replaces the earlier one.
    time_machine.move_to(at(2026, 6, 10, 12), tick=False)
    baugenehmigung = OnlineService.objects.get(name="Baugenehmigung")
    service_save(municipality=register.municipality, service=baugenehmigung,
                 values={"level": 3}, user=register.actor)  # fmt: skip
    register_indicators_update(
        municipality=register.municipality, half_year=HalfYear.parse("2026-H1"),
        user=register.actor,
    )  # fmt: skip
    assert values_of(register, "K-OZG-3-N") == [(date(2026, 6, 10), Decimal(4))]
    assert values_of(register, "K-OZG-3") == [(date(2026, 6, 10), Decimal("80.0"))]


def test_figures_compare_the_half_year_start_with_now(register):
    from sachstand.onlineservices.selectors import register_figures

    figures = register_figures(
        municipality=register.municipality, half_year=HalfYear.parse("2026-H1"),
        as_of=at(2026, 5, 15, 12), scale=register_scale(register.municipality),
    )  # fmt: skip
    assert [s.name for s in figures.rose()] == ["Fundsachen", "Meldebescheinigung", "Wohngeld"]
    assert [s.name for s in figures.went_online()] == ["Wohngeld"]
    # Below level 3, most applications first; Fundsachen has no figures.
    assert [(s.name, s.applications) for s in figures.priorities()] == [("Baugenehmigung", 250)]
    assert {k: dict(v) for k, v in figures.by_level().items()} == {"": {3: 2, 2: 1, 4: 1, 1: 1}}


def test_only_indicators_whose_source_is_the_register_are_fed(register):
    Indicator.objects.filter(code="K-ONLINE").update(source=Source.EVENT_LOG)
    written = register_indicators_update(
        municipality=register.municipality, half_year=HalfYear.parse("2026-H1"),
        user=register.actor,
    )  # fmt: skip
    assert "K-ONLINE" not in written.values and values_of(register, "K-ONLINE") == []
