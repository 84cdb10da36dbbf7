"""Every change is recorded – who, when, old and new values – and only real changes are."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from simple_history.utils import bulk_create_with_history

from sachstand.core.services import history_context, save_validated
from sachstand.strategy.models import Measure, Milestone
from sachstand.strategy.selectors.as_of import plan_as_of
from sachstand.strategy.services.measures import measure_save, measure_set_links

BERLIN = ZoneInfo("Europe/Berlin")


def test_a_save_that_changes_nothing_writes_no_history(plan):
    measure = plan.measure()
    rows = measure.history.count()
    measure.save()
    save_validated(Measure.objects.get(pk=measure.pk), user=plan.actor)
    assert measure.history.count() == rows


def test_a_real_change_records_who_when_old_and_new(plan, time_machine):
    time_machine.move_to(datetime(2026, 1, 5, tzinfo=BERLIN), tick=False)
    measure = plan.measure()
    when = datetime(2026, 3, 2, 10, 0, tzinfo=BERLIN)
    measure_save(
        municipality=plan.municipality,
        code=measure.code,
        values={"planned_end": date(2027, 6, 30)},
        user=plan.actor,
        when=when,
    )
    new, old = measure.history.order_by("-history_date", "-history_id")[:2]
    assert new.history_user == plan.actor
    assert new.history_date == when
    delta = new.diff_against(old)
    assert [(c.field, c.old, c.new) for c in delta.changes] == [
        ("planned_end", date(2026, 12, 31), date(2027, 6, 30))
    ]


def test_many_to_many_links_keep_their_history(plan, time_machine):
    time_machine.move_to(datetime(2026, 1, 5, tzinfo=BERLIN), tick=False)
    measure = plan.measure()
    early = datetime(2026, 1, 10, tzinfo=BERLIN)
    late = datetime(2026, 5, 10, tzinfo=BERLIN)
    measure_set_links(measure=measure, goal_codes=["Z 1.1"], user=plan.actor, when=early)
    measure_set_links(measure=measure, goal_codes=["Z 1.2", "Z 2.1"], user=plan.actor, when=late)

    then = plan_as_of(municipality=plan.municipality, when=date(2026, 2, 1)).measure("M 1.1")
    now = plan_as_of(municipality=plan.municipality, when=date(2026, 6, 1)).measure("M 1.1")
    assert then.goals_ids_as_of == [plan.goal_online.pk]
    assert now.goals_ids_as_of == sorted([plan.goal_wait.pk, plan.goal_paperless.pk])
    # The library alone would answer with today's links: the pitfall plan_as_of avoids.
    library = Measure.history.as_of(datetime(2026, 2, 1, tzinfo=BERLIN)).get(pk=measure.pk)
    assert set(library.goals.values_list("pk", flat=True)) != set(then.goals_ids_as_of)


def test_setting_the_same_links_again_writes_nothing(plan):
    measure = plan.measure()
    measure_set_links(measure=measure, goal_codes=["Z 1.1"], user=plan.actor)
    rows = measure.history.count()
    assert not measure_set_links(measure=measure, goal_codes=["Z 1.1"], user=plan.actor)
    assert measure.history.count() == rows


def test_bulk_writes_keep_history(plan):
    measure = plan.measure()
    milestones = [
        Milestone(
            measure=measure,
            municipality=plan.municipality,
            title=f"Schritt {n}",
            due_date=date(2026, n, 1),
        )
        for n in range(1, 4)
    ]
    bulk_create_with_history(milestones, Milestone, default_user=plan.actor)
    assert Milestone.history.filter(measure_id=measure.pk, history_type="+").count() == 3
    assert set(Milestone.history.values_list("history_user", flat=True)) == {plan.actor.pk}


def test_deleted_objects_are_gone_from_the_state_after_their_deletion(plan, time_machine):
    time_machine.move_to(datetime(2026, 3, 1, tzinfo=BERLIN), tick=False)
    measure = plan.measure()
    milestone = plan.milestone(measure, "Vergabe", date(2026, 4, 1))
    with history_context(milestone, user=plan.actor, when=datetime(2026, 5, 1, tzinfo=BERLIN)):
        milestone.delete()
    before = plan_as_of(municipality=plan.municipality, when=datetime(2026, 4, 30, tzinfo=BERLIN))
    after = plan_as_of(municipality=plan.municipality, when=datetime(2026, 5, 2, tzinfo=BERLIN))
    assert [m.title for m in before.milestones] == ["Vergabe"]
    assert after.milestones == []


def test_replacing_links_writes_one_row_with_the_final_links(plan):
    measure = plan.measure()
    measure_set_links(measure=measure, goal_codes=["Z 1.1"], user=plan.actor)
    rows = measure.history.count()
    measure_set_links(measure=measure, goal_codes=["Z 1.2", "Z 2.1"], user=plan.actor)
    assert measure.history.count() == rows + 1
    latest = plan_as_of(municipality=plan.municipality, when=date(2100, 1, 1)).measure("M 1.1")
    assert latest.goals_ids_as_of == sorted([plan.goal_wait.pk, plan.goal_paperless.pk])
