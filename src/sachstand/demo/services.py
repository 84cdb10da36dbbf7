"""Loading the demo municipality Musterstadt (idempotent and deterministic)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Q

from sachstand.core.halfyear import HalfYear
from sachstand.core.history import set_links
from sachstand.core.services import history_context, upsert
from sachstand.demo.data import musterstadt, online_services, participation
from sachstand.demo.timeline import BERLIN, Event, folded, timeline
from sachstand.imports.catalogue import catalogue_import, packaged_catalogue
from sachstand.indicators.models import Indicator
from sachstand.indicators.services import (
    indicator_save,
    indicator_set_goals,
    measurement_save,
    target_save,
)
from sachstand.municipalities.models import Committee, Membership, Municipality, OrgUnit, Role
from sachstand.municipalities.services import membership_grant
from sachstand.onlineservices.models import LeikaService, MaturityScale, OnlineService, OzgService
from sachstand.onlineservices.services import (
    assessments_set,
    register_indicators_update,
    register_scale_choose,
    service_save,
    service_set_measures,
    usage_save,
)
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.reporting.renderers import render_all
from sachstand.reporting.services.periods import period_open
from sachstand.reporting.services.releases import report_release
from sachstand.reporting.services.status_updates import status_update_change, status_update_create
from sachstand.strategy.models import FieldOfAction, Goal, Measure, Strategy
from sachstand.strategy.services.measures import (
    cost_item_save,
    measure_save,
    measure_set_links,
    milestone_save,
    staff_need_save,
)

DEMO_USERNAME = "demo"
DEMO_PASSWORD = "demo"


@dataclass
class DemoResult:
    municipality: Municipality
    fresh: bool
    written: Counter[str]


@transaction.atomic
def demo_load() -> DemoResult:
    """Load Musterstadt. The first time its history is replayed at the dates it happened;
    later only differences to the demo's final state are written (none if nothing changed)."""
    fresh = not Municipality.objects.filter(slug=musterstadt.MUNICIPALITY["slug"]).exists()
    written: Counter[str] = Counter()
    officer = _users(written)
    adopted = _at(date.fromisoformat(musterstadt.STRATEGY["adopted_on"])) if fresh else None
    municipality = _setup(officer, adopted, written)
    _register_setup(municipality, officer)
    loader = _Loader(municipality, officer, written, replay=fresh)
    for event in timeline() if fresh else folded(timeline()):
        loader.apply(event)
    written["participation"] += participation.load(municipality, officer)
    return DemoResult(municipality=municipality, fresh=fresh, written=written)


def _register_setup(municipality: Municipality, officer: AbstractBaseUser) -> None:
    """The catalogue entries the register points to (the whole catalogue is loaded by the
    ``demo`` command), and the maturity scale Musterstadt assesses on."""
    keys = {s["leika"] for s in online_services.SERVICES if s["leika"]}
    report = catalogue_import(files=packaged_catalogue(keys), apply=True)
    if not report.applied:
        raise RuntimeError(report.problems)
    register_scale_choose(
        municipality=municipality,
        scale=MaturityScale.objects.get(code=online_services.SCALE),
        user=officer,
    )


def _at(day: date) -> datetime:
    return datetime.combine(day, time(8, 0), tzinfo=BERLIN)


def _users(written: Counter[str]) -> AbstractBaseUser:
    users = get_user_model()
    demo, created = users.objects.get_or_create(
        username=DEMO_USERNAME,
        defaults={
            "is_staff": True,
            "is_superuser": True,
            "first_name": "Demo",
            "last_name": "Login",
        },
    )
    if created:
        demo.set_password(DEMO_PASSWORD)
        demo.save()
        written["user"] += 1
    people = [*musterstadt.ORG_UNIT_EDITORS.values(), *musterstadt.OTHER_ROLES.values()]
    for username, first, last in people:
        user, created = users.objects.get_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@musterstadt.example",
            },
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
            written["user"] += 1
    return users.objects.get(username=musterstadt.ORG_UNIT_EDITORS["DIG"][0])


def _memberships(municipality: Municipality, when: datetime | None, written: Counter[str]) -> None:
    """The officer administers the plan, each unit's editor keeps its measures, the mayor's
    office releases the reports, a council member reads along."""
    users = {u.username: u for u in get_user_model().objects.all()}
    units = {u.code: u for u in OrgUnit.objects.filter(municipality=municipality)}
    grants = [(musterstadt.ORG_UNIT_EDITORS["DIG"][0], Role.ADMINISTRATOR, [])]
    grants += [(name, Role.EDITOR, [units[code]]) for code, (name, *_) in
               musterstadt.ORG_UNIT_EDITORS.items()]  # fmt: skip
    grants += [(name, role, []) for role, (name, *_) in musterstadt.OTHER_ROLES.items()]
    for username, role, role_units in grants:
        existed = Membership.objects.filter(
            municipality=municipality, user=users[username], role=role
        ).exists()
        membership_grant(
            municipality=municipality,
            member=users[username],
            role=role,
            org_units=role_units,
            user=None,
            when=when,
        )
        written["membership"] += not existed


def _setup(officer: AbstractBaseUser, when: datetime | None, written: Counter[str]) -> Municipality:
    data = musterstadt.MUNICIPALITY
    municipality, changed = upsert(
        Municipality,
        lookup={"slug": data["slug"]},
        values={k: v for k, v in data.items() if k != "slug"},
        user=officer,
        when=when,
    )
    written["municipality"] += changed
    for code, name in musterstadt.ORG_UNITS:
        _, changed = upsert(
            OrgUnit,
            lookup={"municipality": municipality, "code": code},
            values={"name": name},
            user=officer,
            when=when,
        )
        written["org_unit"] += changed
    _memberships(municipality, when, written)
    strategy_data = dict(musterstadt.STRATEGY)
    strategy_data["adopted_on"] = date.fromisoformat(strategy_data["adopted_on"])
    strategy, changed = upsert(
        Strategy,
        lookup={"municipality": municipality, "title": strategy_data.pop("title")},
        values=strategy_data,
        user=officer,
        when=when,
    )
    written["strategy"] += changed
    for position, field_data in enumerate(musterstadt.FIELDS, start=1):
        field, changed = upsert(
            FieldOfAction,
            lookup={"municipality": municipality, "strategy": strategy, "code": field_data["code"]},
            values={
                "title": field_data["title"],
                "description": field_data["description"],
                "position": position,
            },
            user=officer,
            when=when,
        )
        written["field_of_action"] += changed
        for code, title in field_data["goals"]:
            _, changed = upsert(
                Goal,
                lookup={"municipality": municipality, "code": code},
                values={"field_of_action": field, "title": title},
                user=officer,
                when=when,
            )
            written["goal"] += changed
    fields = {f.code: f for f in FieldOfAction.objects.filter(municipality=municipality)}
    wanted: dict[str, list[Committee]] = {code: [] for code in fields}
    for slug, name, field_codes in musterstadt.COMMITTEES:
        committee, changed = upsert(
            Committee,
            lookup={"municipality": municipality, "slug": slug},
            values={"name": name},
            user=officer,
            when=when,
        )
        written["committee"] += changed
        for code in field_codes:
            wanted[code].append(committee)
    for code, field in fields.items():
        with history_context(field, user=officer, when=when):
            written["committee"] += set_links(field, "committees", wanted[code])
    for half_year, deadline in musterstadt.PERIODS:
        parsed = HalfYear.parse(half_year)
        existed = ReportingPeriod.objects.filter(
            municipality=municipality, half_year=parsed
        ).exists()
        period_open(
            municipality=municipality,
            half_year=parsed,
            deadline=date.fromisoformat(deadline),
            user=officer,
            when=_at(parsed.start) if when else None,
        )
        written["reporting_period"] += not existed
    return municipality


class _Loader:
    """Applies demo events through the services, the only writers."""

    def __init__(
        self,
        municipality: Municipality,
        officer: AbstractBaseUser,
        written: Counter[str],
        *,
        replay: bool,
    ) -> None:
        self.municipality = municipality
        self.officer = officer
        self.written = written
        self.replay = replay
        self.fields = {f.code: f for f in FieldOfAction.objects.filter(municipality=municipality)}
        self.units = {u.code: u for u in OrgUnit.objects.filter(municipality=municipality)}
        self.periods = {
            str(p.half_year): p for p in ReportingPeriod.objects.filter(municipality=municipality)
        }
        self.users = {u.username: u for u in get_user_model().objects.all()}

    def apply(self, event: Event) -> None:
        when = event.when if self.replay else None
        changed = getattr(self, f"_{event.kind}")(event, when)
        self.written[event.kind] += bool(changed)

    def _measure_obj(self, code: str) -> Measure:
        return Measure.objects.select_related("municipality").get(
            municipality=self.municipality, code=code
        )

    def _measure(self, event: Event, when: datetime | None) -> bool:
        values: dict[str, Any] = dict(event.values)
        if "field" in values:
            values["field_of_action"] = self.fields[values.pop("field")]
        if "org_unit" in values:
            values["org_unit"] = self.units[values.pop("org_unit")]
        _, changed = measure_save(
            municipality=self.municipality,
            code=event.key[0],
            values=values,
            user=self.officer,
            when=when,
        )
        return changed

    def _links(self, event: Event, when: datetime | None) -> bool:
        code, kind = event.key
        codes = event.values["codes"]
        return measure_set_links(
            measure=self._measure_obj(code),
            goal_codes=codes if kind == "goals" else None,
            dependency_codes=codes if kind == "dependencies" else None,
            user=self.officer,
            when=when,
        )

    def _milestone(self, event: Event, when: datetime | None) -> bool:
        code, title = event.key
        _, changed = milestone_save(
            measure=self._measure_obj(code),
            title=title,
            values=event.values,
            user=self._editor_of(code),
            when=when,
        )
        return changed

    def _cost(self, event: Event, when: datetime | None) -> bool:
        code, year, kind, funding_source = event.key
        _, changed = cost_item_save(
            measure=self._measure_obj(code),
            year=year,
            kind=kind,
            funding_source=funding_source,
            values=event.values,
            user=self.officer,
            when=when,
        )
        return changed

    def _staff(self, event: Event, when: datetime | None) -> bool:
        code, year = event.key
        _, changed = staff_need_save(
            measure=self._measure_obj(code),
            year=year,
            full_time_equivalents=event.values["fte"],
            user=self.officer,
            when=when,
        )
        return changed

    def _update(self, event: Event, when: datetime | None) -> bool:
        code, half_year = event.key
        measure = self._measure_obj(code)
        values = dict(event.values)
        author = self.users.get(values.pop("author")) or self._editor_of(code)
        period = self.periods[half_year]
        existing = StatusUpdate.objects.filter(measure=measure, period=period).first()
        if existing is None:
            status_update_create(
                measure=measure,
                period=period,
                values=values,
                author=author,
                reported_at=event.when,
                user=author,
            )
            return True
        before = existing.history.count()
        status_update_change(update=existing, values=values, user=author, when=when)
        return existing.history.count() != before

    def _release(self, event: Event, when: datetime | None) -> bool:
        period = self.periods[event.key[0]]
        if period.released_reports.filter(committee__isnull=True).exists():
            return False
        report_release(
            municipality=self.municipality,
            period=period,
            render_all=render_all,
            user=self.users[musterstadt.OTHER_ROLES[Role.REVIEWER][0]],
            when=event.when,
        )
        return True

    def _service_obj(self, key: str) -> OnlineService:
        catalogue = Q(leika_service__leika_key=key) if key.isdigit() else Q(name=key)
        return OnlineService.objects.select_related("scale").get(
            catalogue, municipality=self.municipality
        )

    def _service(self, event: Event, when: datetime | None) -> bool:
        values = dict(event.values)
        codes = values.pop("measures", None)
        existing = None
        if "name" in values:
            leika, ozg = values.pop("leika"), values.pop("ozg")
            values["leika_service"] = LeikaService.objects.get(leika_key=leika) if leika else None
            values["ozg_service"] = OzgService.objects.get(ozg_id=ozg) if ozg else None
            values["org_unit"] = self.units[values.pop("unit")]
            existing = OnlineService.objects.filter(
                municipality=self.municipality,
                **(
                    {"leika_service": values["leika_service"]}
                    if leika
                    else {"name": values["name"], "leika_service": None}
                ),
            ).first()
        else:
            existing = self._service_obj(event.key[0])
        changed = False
        if values:
            service, changed = service_save(
                municipality=self.municipality,
                service=existing,
                values=values,
                user=self.officer,
                when=when,
            )
        else:
            service = existing
        if codes is not None:
            changed |= service_set_measures(
                service=service, measure_codes=codes, user=self.officer, when=when
            )
        return changed

    def _criteria(self, event: Event, when: datetime | None) -> bool:
        service = self._service_obj(event.key[0])
        wanted = {int(n): level for n, level in event.values["levels"].items()}
        before = {
            a.criterion.number: a.level for a in service.assessments.select_related("criterion")
        }
        if before == wanted:
            return False
        assessments_set(service=service, levels=wanted, user=self.officer, when=when)
        return True

    def _usage(self, event: Event, when: datetime | None) -> bool:
        key, half_year = event.key
        values = dict(event.values)
        median = values.pop("median_days", None)
        values["processing_days_median"] = Decimal(median) if median is not None else None
        _, changed = usage_save(
            service=self._service_obj(key),
            half_year=HalfYear.parse(half_year),
            values=values,
            user=self.officer,
            when=when,
        )
        return changed

    def _register(self, event: Event, when: datetime | None) -> bool:
        # Always at the event's moment: the running half-year's figures are those of the
        # demo's last day, however often the demo is loaded.
        fed = register_indicators_update(
            municipality=self.municipality,
            half_year=HalfYear.parse(event.key[0]),
            user=self.officer,
            when=event.when,
        )
        return fed.changed

    def _indicator(self, event: Event, when: datetime | None) -> bool:
        values = dict(event.values)
        unit_code, goal_codes = values.pop("org_unit"), values.pop("goals")
        values["org_unit"] = self.units.get(unit_code) if unit_code else None
        indicator, changed = indicator_save(
            municipality=self.municipality,
            code=event.key[0],
            values=values,
            user=self.officer,
            when=when,
        )
        linked = indicator_set_goals(
            indicator=indicator, goal_codes=goal_codes, user=self.officer, when=when
        )
        return changed or linked

    def _target(self, event: Event, when: datetime | None) -> bool:
        code, due = event.key
        _, changed = target_save(
            indicator=self._indicator_obj(code),
            due_date=due,
            value=event.values["value"],
            user=self.officer,
            when=when,
        )
        return changed

    def _measurement(self, event: Event, when: datetime | None) -> bool:
        code, day = event.key
        indicator = self._indicator_obj(code)
        _, changed = measurement_save(
            indicator=indicator,
            day=day,
            value=event.values["value"],
            source=event.values.get("note", ""),  # the demo notes where a value comes from
            user=self._unit_editor(indicator),
            when=when,
        )
        return changed

    def _indicator_obj(self, code: str) -> Indicator:
        return Indicator.objects.get(municipality=self.municipality, code=code)

    def _unit_editor(self, indicator: Indicator) -> AbstractBaseUser:
        if indicator.org_unit_id is None:
            return self.officer
        username = musterstadt.ORG_UNIT_EDITORS.get(indicator.org_unit.code, (None,))[0]
        return self.users.get(username) or self.officer

    def _editor_of(self, code: str) -> AbstractBaseUser:
        unit = Measure.objects.filter(municipality=self.municipality, code=code).values_list(
            "org_unit__code", flat=True
        )[0]
        return self.users[musterstadt.ORG_UNIT_EDITORS[unit][0]]
