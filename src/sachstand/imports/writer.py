"""Writes parsed plan rows through the domain's validation, in batches, with history.

Every row is validated by the models' own rules (the same the back office applies); a row with a
problem is not written, and neither is anything that refers to it. Objects are created and
updated in bulk (``bulk_create_with_history``/``bulk_update_with_history``), only where a value
really changes, so re-importing the same file writes nothing.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from sachstand.core.collation import german_sort_key
from sachstand.core.history import record_m2m_snapshots, set_links
from sachstand.core.services import assign, history_context
from sachstand.imports.reading import ParsedRow, ParsedWorkbook, Problem
from sachstand.indicators.models import Indicator, Measurement
from sachstand.municipalities.models import Municipality, OrgUnit
from sachstand.reporting.models import ReportingPeriod, StatusUpdate
from sachstand.reporting.services.status_updates import (
    measures_percent_sync,
    status_update_change,
    status_update_create,
)
from sachstand.strategy.models import (
    CostItem,
    FieldOfAction,
    Goal,
    Measure,
    Milestone,
    StaffNeed,
    Strategy,
)
from sachstand.strategy.services.measures import measure_check_no_cycle
from sachstand.strategy.services.priority import priorities_recompute

# Model field -> column key, where they differ (for naming the column of a validation problem).
FIELD_TO_COLUMN = {"field_of_action": "field", "full_time_equivalents": "fte", "name": "name"}
BATCH = 500


class PlanWriter:
    def __init__(
        self,
        *,
        municipality: Municipality,
        user: AbstractBaseUser | None,
        create_missing: bool,
        when: datetime | None = None,
    ) -> None:
        self.municipality = municipality
        self.user = user
        self.create_missing = create_missing
        self.when = when or timezone.now()
        self.counts: dict[str, Counter[str]] = defaultdict(Counter)
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self.units = {u.code: u for u in OrgUnit.objects.filter(municipality=municipality)}
        self.fields = {f.code: f for f in FieldOfAction.objects.filter(municipality=municipality)}
        self.goals = {g.code: g for g in Goal.objects.filter(municipality=municipality)}
        self.measures = {m.code: m for m in Measure.objects.filter(municipality=municipality)}
        self.failed_measures: set[str] = set()

    # --- the run ---------------------------------------------------------------------------

    def write(self, workbook: ParsedWorkbook) -> None:
        rows = workbook.rows
        self._strategy(rows["strategy"])
        self._org_units(rows["org_units"])
        self._fields(rows["fields"])
        self._goals(rows["goals"])
        self._measures(rows["measures"])
        self._children(rows["milestones"], "milestones", Milestone, ("title",), self._milestone)
        self._children(
            rows["costs"], "costs", CostItem, ("year", "kind", "funding_source"), self._cost
        )
        self._children(rows["staff"], "staff", StaffNeed, ("year",), self._staff)
        self._updates(rows["updates"])
        self._measurements(rows["measurements"])
        for kind_rows in rows.values():
            for row in kind_rows:
                self.problems.extend(row.problems)

    # --- helpers -------------------------------------------------------------------------------

    def _valid(self, rows: Iterable[ParsedRow]) -> list[ParsedRow]:
        return [row for row in rows if not row.problems]

    def _validate(self, row: ParsedRow, instance: models.Model) -> bool:
        """The model's own rules. References were resolved by the writer itself, so the foreign
        keys are not looked up again (a query per row), and uniqueness is checked per file."""
        foreign_keys = [f.name for f in instance._meta.fields if f.is_relation]
        try:
            instance.full_clean(
                exclude=foreign_keys, validate_unique=False, validate_constraints=False
            )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                key = FIELD_TO_COLUMN.get(name, name)
                for message in messages:
                    row.problem(key if key in row.cells else "", message)
            return False
        return True

    def _duplicate(self, row: ParsedRow, seen: set[tuple], key: tuple, what: str) -> bool:
        if key in seen:
            row.problem(what, _("This row repeats an earlier row of the same sheet."))
            return True
        seen.add(key)
        return False

    def _save(self, kind: str, model: type[models.Model], creates: list, updates: dict) -> None:
        """Bulk-write new objects and the changed fields of existing ones, with history."""
        if creates:
            bulk_create_with_history(
                creates, model, batch_size=BATCH, default_user=self.user, default_date=self.when
            )
        changed_fields = sorted({name for names in updates.values() for name in names})
        if updates:
            bulk_update_with_history(
                list(updates),
                model,
                changed_fields,
                batch_size=BATCH,
                default_user=self.user,
                default_date=self.when,
            )
            record_m2m_snapshots(model, [obj.pk for obj in updates], self.when)
        if creates:
            self.counts[kind]["created"] += len(creates)
        if updates:
            self.counts[kind]["updated"] += len(updates)

    @staticmethod
    def _changed(instance: models.Model, values: dict[str, Any]) -> list[str]:
        """Set ``values``; the attribute names that really changed."""
        return [
            instance._meta.get_field(name).attname
            for name, value in values.items()
            if assign(instance, {name: value})
        ]

    def _given(
        self,
        row: ParsedRow,
        *keys: str,
        nullable: Iterable[str] = (),
        text: Iterable[str] = (),
    ) -> dict[str, Any]:
        """The row's values for ``keys``. A column that is not in the file leaves its field
        alone; a blank cell clears a ``nullable`` field (None) or a ``text`` field ("")."""
        out: dict[str, Any] = {}
        for key in keys:
            if key not in row.values:
                continue
            value = row.values[key]
            if value is None and key in text:
                out[key] = ""
            elif value is not None or key in nullable:
                out[key] = value
        return out

    # --- reference data ------------------------------------------------------------------------

    def _strategy(self, rows: list[ParsedRow]) -> None:
        creates, updates = [], {}
        for row in self._valid(rows):
            title = row.values["title"]
            strategy = Strategy.objects.filter(municipality=self.municipality, title=title).first()
            values = self._given(
                row,
                "period_start",
                "period_end",
                "adopted_on",
                "council_resolution",
                "vision",
                nullable=("adopted_on",),
                text=("council_resolution", "vision"),
            )
            if strategy is None:
                strategy = Strategy(municipality=self.municipality, title=title)
                assign(strategy, values)
                if self._validate(row, strategy):
                    creates.append(strategy)
                continue
            changed = self._changed(strategy, values)
            if changed and self._validate(row, strategy):
                updates[strategy] = changed
            elif not changed:
                self.counts["strategy"]["unchanged"] += 1
        self._save("strategy", Strategy, creates, updates)

    def _current_strategy(self) -> Strategy | None:
        return (
            Strategy.objects.filter(municipality=self.municipality)
            .order_by("-period_start")
            .first()
        )

    def _org_units(self, rows: list[ParsedRow]) -> None:
        creates, updates, seen = [], {}, set()
        for row in self._valid(rows):
            code = row.values["code"]
            if self._duplicate(row, seen, (code,), "code"):
                continue
            unit = self.units.get(code)
            if unit is None:
                unit = OrgUnit(municipality=self.municipality, code=code, name=row.values["name"])
                if self._validate(row, unit):
                    creates.append(unit)
                    self.units[code] = unit
            elif changed := self._changed(unit, {"name": row.values["name"]}):
                if self._validate(row, unit):
                    updates[unit] = changed
            else:
                self.counts["org_units"]["unchanged"] += 1
        self._save("org_units", OrgUnit, creates, updates)

    def _fields(self, rows: list[ParsedRow]) -> None:
        creates, updates, seen = [], {}, set()
        strategy = self._current_strategy()
        for position, row in enumerate(self._valid(rows), start=1):
            code = row.values["code"]
            if self._duplicate(row, seen, (code,), "code"):
                continue
            values = {
                "title": row.values["title"],
                "description": row.values.get("description") or "",
            }
            field = self.fields.get(code)
            if field is None:
                if strategy is None:
                    row.problem(
                        "code",
                        _(
                            "There is no strategy to put this field of action in; "
                            "add the sheet “Strategie” or create one first."
                        ),
                    )
                    continue
                field = FieldOfAction(
                    municipality=self.municipality,
                    strategy=strategy,
                    code=code,
                    position=position,
                    **values,
                )
                if self._validate(row, field):
                    creates.append(field)
                    self.fields[code] = field
            elif changed := self._changed(field, values):
                if self._validate(row, field):
                    updates[field] = changed
            else:
                self.counts["fields"]["unchanged"] += 1
        self._save("fields", FieldOfAction, creates, updates)

    def _goals(self, rows: list[ParsedRow]) -> None:
        creates, updates, seen = [], {}, set()
        for row in self._valid(rows):
            code = row.values["code"]
            if self._duplicate(row, seen, (code,), "code"):
                continue
            field = self._field(row)
            if field is None:
                continue
            values = {"title": row.values["title"], "field_of_action": field}
            goal = self.goals.get(code)
            if goal is None:
                goal = Goal(municipality=self.municipality, code=code, **values)
                if self._validate(row, goal):
                    creates.append(goal)
                    self.goals[code] = goal
            elif changed := self._changed(goal, values):
                if self._validate(row, goal):
                    updates[goal] = changed
            else:
                self.counts["goals"]["unchanged"] += 1
        self._save("goals", Goal, creates, updates)

    def _field(self, row: ParsedRow) -> FieldOfAction | None:
        text = row.values["field"]
        field = self.fields.get(text) or next(
            (
                f
                for f in self.fields.values()
                if german_sort_key(f.title) == german_sort_key(text)
                or german_sort_key(f"{f.code} {f.title}") == german_sort_key(text)
            ),
            None,
        )
        if field is None:
            known = ", ".join(sorted(self.fields, key=german_sort_key)) or "–"
            row.problem("field", _("Unknown field of action. Known: %(known)s.") % {"known": known})
        return field

    def _unit(self, row: ParsedRow) -> OrgUnit | None:
        text = row.values["org_unit"]
        unit = self.units.get(text) or next(
            (
                u
                for u in self.units.values()
                if german_sort_key(u.name) == german_sort_key(text)
                or german_sort_key(f"{u.code} {u.name}") == german_sort_key(text)
            ),
            None,
        )
        if unit is None and self.create_missing:
            unit = OrgUnit(municipality=self.municipality, code=text[:30], name=text)
            unit.save()
            self.units[unit.code] = unit
            self.counts["org_units"]["created"] += 1
            self.notes.append(_("Organisational unit “%(unit)s” was created.") % {"unit": text})
        if unit is None:
            known = ", ".join(sorted(self.units, key=german_sort_key)) or "–"
            row.problem(
                "org_unit",
                _(
                    "Unknown organisational unit. Known: %(known)s. (Import with “create missing” "
                    "to create it.)"
                )
                % {"known": known},
            )
        return unit

    # --- measures ------------------------------------------------------------------------------

    MEASURE_FIELDS = (
        "title",
        "description",
        "contact",
        "status",
        "planned_start",
        "planned_end",
        "actual_end",
        "percent_complete",
        "benefit",
        "urgency",
        "effort",
        "council_reference",
        "council_reference_date",
        "is_public",
    )
    NULLABLE = ("planned_start", "planned_end", "actual_end", "council_reference_date")
    BLANK_TEXT = ("description", "contact", "council_reference")

    def _measures(self, rows: list[ParsedRow]) -> None:
        creates, updates, seen, written = [], {}, set(), []
        for row in rows:
            code = row.values.get("code")
            # References are checked even on a row with other problems: the preview names all.
            field = self._field(row) if row.values.get("field") else None
            unit = self._unit(row) if row.values.get("org_unit") else None
            if row.problems or not code or self._duplicate(row, seen, (code,), "code"):
                self.failed_measures.add(code or "")
                continue
            if field is None or unit is None:
                self.failed_measures.add(code)
                continue
            values = self._given(
                row, *self.MEASURE_FIELDS, nullable=self.NULLABLE, text=self.BLANK_TEXT
            )
            values |= {"field_of_action": field, "org_unit": unit}
            measure = self.measures.get(code)
            if measure is None:
                measure = Measure(municipality=self.municipality, code=code)
                assign(measure, values)
                if self._validate(row, measure):
                    creates.append(measure)
                    self.measures[code] = measure
                    written.append(row)
                else:
                    self.failed_measures.add(code)
                continue
            changed = self._changed(measure, values)
            if not self._validate(row, measure):
                self.failed_measures.add(code)
                continue
            written.append(row)
            if changed:
                updates[measure] = changed
            else:
                self.counts["measures"]["unchanged"] += 1
        self._save("measures", Measure, creates, updates)
        if creates or updates:
            priorities_recompute(municipality=self.municipality)
        self._measure_links(written)

    def _measure_links(self, rows: list[ParsedRow]) -> None:
        for row in rows:
            measure = self.measures[row.values["code"]]
            with history_context(measure, user=self.user, when=self.when):
                if row.values.get("goals") is not None or "goals" in row.values:
                    goals = self._by_codes(row, "goals", self.goals)
                    if goals is not None and set_links(measure, "goals", goals):
                        self.counts["links"]["updated"] += 1
                if "dependencies" in row.values:
                    others = self._by_codes(row, "dependencies", self.measures)
                    if others is None:
                        continue
                    try:
                        measure_check_no_cycle(measure, others)
                    except ValidationError as error:
                        row.problem("dependencies", error.messages[0])
                        continue
                    if set_links(measure, "dependencies", others):
                        self.counts["links"]["updated"] += 1

    def _by_codes(self, row: ParsedRow, key: str, known: dict[str, Any]) -> list[Any] | None:
        codes = row.values.get(key) or []
        missing = [code for code in codes if code not in known]
        if missing:
            row.problem(key, _("Unknown code(s): %(codes)s") % {"codes": ", ".join(missing)})
            return None
        return [known[code] for code in codes]

    # --- milestones, costs, staff ------------------------------------------------------------

    def _measure_of(self, row: ParsedRow) -> Measure | None:
        code = row.values["measure"]
        if code in self.failed_measures:
            row.problem(
                "measure", _("Skipped: the row of measure %(code)s has problems.") % {"code": code}
            )
            return None
        measure = self.measures.get(code)
        if measure is None or measure.pk is None:
            row.problem("measure", _("Unknown measure %(code)s.") % {"code": code})
        return measure

    def _children(self, rows, kind, model, key_fields, build) -> None:
        existing = {}
        for obj in model.objects.filter(municipality=self.municipality):
            existing[(obj.measure_id, *(getattr(obj, f) for f in key_fields))] = obj
        creates, updates, seen = [], {}, set()
        for row in self._valid(rows):
            measure = self._measure_of(row)
            if measure is None:
                continue
            identity, values = build(row)
            key = (measure.pk, *identity)
            if self._duplicate(row, seen, key, "measure"):
                continue
            obj = existing.get(key)
            if obj is None:
                obj = model(
                    municipality=self.municipality,
                    measure=measure,
                    **dict(zip(key_fields, identity, strict=True)),
                )
                assign(obj, values)
                if self._validate(row, obj):
                    creates.append(obj)
                continue
            changed = self._changed(obj, values)
            if not self._validate(row, obj):
                continue
            if changed:
                updates[obj] = changed
            else:
                self.counts[kind]["unchanged"] += 1
        self._save(kind, model, creates, updates)

    def _milestone(self, row: ParsedRow) -> tuple[tuple, dict[str, Any]]:
        values = self._given(row, "due_date", "completed_date", nullable=("completed_date",))
        return (row.values["title"],), values

    def _cost(self, row: ParsedRow) -> tuple[tuple, dict[str, Any]]:
        values = self._given(
            row, "estimated_amount", "actual_amount", "funded_amount", nullable=("actual_amount",)
        )
        identity = (row.values["year"], row.values["kind"], row.values.get("funding_source") or "")
        return identity, values

    def _staff(self, row: ParsedRow) -> tuple[tuple, dict[str, Any]]:
        return (row.values["year"],), {"full_time_equivalents": row.values["fte"]}

    # --- status updates (one by one: each is judged against the plan as it stood) -------------

    UPDATE_FIELDS = (
        "traffic_light",
        "percent_complete",
        "summary",
        "next_steps",
        "risks",
        "deviation_reason",
    )

    def _updates(self, rows: list[ParsedRow]) -> None:
        periods = {
            str(p.half_year): p
            for p in ReportingPeriod.objects.filter(municipality=self.municipality)
        }
        existing = {
            (u.measure_id, u.period_id): u
            for u in StatusUpdate.objects.filter(municipality=self.municipality)
        }
        seen: set[tuple] = set()
        touched: set[int] = set()
        for row in self._valid(rows):
            measure = self._measure_of(row)
            if measure is None:
                continue
            half_year = row.values["half_year"]
            if self._duplicate(row, seen, (measure.pk, str(half_year)), "half_year"):
                continue
            period = periods.get(str(half_year))
            if period is None:
                period = ReportingPeriod.objects.create(
                    municipality=self.municipality, half_year=half_year
                )
                periods[str(half_year)] = period
                self.notes.append(
                    _("Reporting period %(period)s was opened.") % {"period": half_year}
                )
            values = self._given(
                row, *self.UPDATE_FIELDS, text=("next_steps", "risks", "deviation_reason")
            )
            self._update(row, measure, period, existing.get((measure.pk, period.pk)), values)
            touched.add(measure.pk)
        if touched:
            measures_percent_sync(measure_ids=touched, user=self.user, when=self.when)

    def _update(self, row, measure, period, update, values) -> None:
        try:
            if update is None:
                status_update_create(
                    sync_percent=False,
                    measure=measure,
                    period=period,
                    values=values,
                    author=self.user,
                    reported_at=self.when,
                    user=self.user,
                )
                self.counts["updates"]["created"] += 1
                return
            rows_before = update.history.count()
            status_update_change(
                update=update, values=values, user=self.user, when=self.when, sync_percent=False
            )
            changed = update.history.count() != rows_before
            self.counts["updates"]["updated" if changed else "unchanged"] += 1
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                for message in messages:
                    row.problem(name if name in row.cells else "", message)

    # --- measurements of indicators ------------------------------------------------------------

    def _measurements(self, rows: list[ParsedRow]) -> None:
        indicators = {i.code: i for i in Indicator.objects.filter(municipality=self.municipality)}
        existing = {
            (m.indicator_id, m.date): m
            for m in Measurement.objects.filter(municipality=self.municipality)
        }
        creates, updates, seen = [], {}, set()
        for row in self._valid(rows):
            indicator = indicators.get(row.values["indicator"])
            if indicator is None:
                known = ", ".join(sorted(indicators, key=german_sort_key)) or "–"
                row.problem(
                    "indicator", _("Unknown indicator. Known: %(known)s.") % {"known": known}
                )
                continue
            key = (indicator.pk, row.values["date"])
            if self._duplicate(row, seen, key, "date"):
                continue
            values = self._given(row, "value", "note", "source", text=("note", "source"))
            measurement = existing.get(key)
            if measurement is None:
                measurement = Measurement(
                    municipality=self.municipality,
                    indicator=indicator,
                    date=row.values["date"],
                    entered_by=self.user,
                )
                assign(measurement, values)
                if self._validate(row, measurement):
                    creates.append(measurement)
                continue
            changed = self._changed(measurement, values)
            if not self._validate(row, measurement):
                continue
            if changed:
                updates[measurement] = changed
            else:
                self.counts["measurements"]["unchanged"] += 1
        self._save("measurements", Measurement, creates, updates)
