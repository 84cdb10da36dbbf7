"""The demo data as a timeline of dated events.

Loading replays the events in order, each written with its own date, so the history reads as if
the administration had worked with sachstand since 2024. Loading again folds the same events into
their final state and writes only what differs, which on an unchanged demo is nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sachstand.core.halfyear import HalfYear
from sachstand.demo.data import musterstadt
from sachstand.demo.data.schema import MeasureData

BERLIN = ZoneInfo("Europe/Berlin")

# Order of events on the same day: what others refer to comes first.
KINDS = (
    "measure",
    "links",
    "milestone",
    "cost",
    "staff",
    "service",
    "criteria",
    "usage",
    "indicator",
    "target",
    "measurement",
    "register",
    "update",
    "release",
)


@dataclass
class Event:
    day: date
    kind: str
    key: tuple[Any, ...]
    values: dict[str, Any] = field(default_factory=dict)

    @property
    def when(self) -> datetime:
        minutes = KINDS.index(self.kind) * 5
        return datetime.combine(self.day, time(9, 0), tzinfo=BERLIN) + timedelta(minutes=minutes)

    def sort_key(self) -> tuple[date, int]:
        return self.day, KINDS.index(self.kind)


def all_measures() -> list[MeasureData]:
    from sachstand.demo.data.measures_a import MEASURES as A
    from sachstand.demo.data.measures_b import MEASURES as B

    return [*A, *B]


def _day(text: str) -> date:
    return date.fromisoformat(text)


def measure_events(data: MeasureData, created_by_code: dict[str, date]) -> list[Event]:
    code = data["code"]
    created = _day(data["created"])
    events = [
        Event(
            created,
            "measure",
            (code,),
            {
                "title": data["title"],
                "description": data["description"],
                "field": data["field"],
                "org_unit": data["org_unit"],
                "contact": data["contact"],
                "benefit": data["benefit"],
                "urgency": data["urgency"],
                "effort": data["effort"],
                "status": data.get("status", "planned"),
                "planned_start": _day(data["planned_start"]),
                "planned_end": _day(data["planned_end"]),
                "council_reference": data.get("council_reference", ""),
                "council_reference_date": _optional_day(data.get("council_reference_date")),
                "is_public": data.get("is_public", True),
            },
        )
    ]
    dependencies = data.get("dependencies", [])
    links_day = max([created, *(created_by_code[d] for d in dependencies)])
    events.append(Event(created, "links", (code, "goals"), {"codes": data["goals"]}))
    events.append(Event(links_day, "links", (code, "dependencies"), {"codes": dependencies}))
    for change in data.get("changes", []):
        values = {k: _coerce(k, v) for k, v in change["set"].items()}
        events.append(Event(_day(change["date"]), "measure", (code,), values))
    events += _milestone_events(code, created, data)
    events += _cost_events(code, created, data)
    for staff in data["staff"]:
        events.append(Event(created, "staff", (code, staff["year"]), {"fte": staff["fte"]}))
    for half_year, update in data["updates"].items():
        values = {
            "traffic_light": update["traffic_light"],
            "percent_complete": update["percent"],
            "summary": update["summary"],
            "next_steps": update["next_steps"],
            "risks": update.get("risks", ""),
            "deviation_reason": update.get("deviation_reason", ""),
            "author": update.get("author", ""),
        }
        events.append(Event(_day(update["reported"]), "update", (code, half_year), values))
    return events


def _milestone_events(code: str, created: date, data: MeasureData) -> list[Event]:
    events = []
    for milestone in data["milestones"]:
        key = (code, milestone["title"])
        events.append(Event(created, "milestone", key, {"due_date": _day(milestone["due"])}))
        for move in milestone.get("moved", []):
            events.append(
                Event(_day(move["date"]), "milestone", key, {"due_date": _day(move["due"])})
            )
        if milestone.get("completed"):
            done = _day(milestone["completed"])
            events.append(Event(done, "milestone", key, {"completed_date": done}))
    return events


def _cost_events(code: str, created: date, data: MeasureData) -> list[Event]:
    events = []
    for cost in data["costs"]:
        key = (code, cost["year"], cost["kind"], cost.get("funding_source", ""))
        events.append(
            Event(
                created,
                "cost",
                key,
                {"estimated_amount": cost["estimated"], "funded_amount": cost.get("funded", "0")},
            )
        )
        for change in cost.get("re_estimated", []):
            events.append(
                Event(_day(change["date"]), "cost", key, {"estimated_amount": change["estimated"]})
            )
        if cost.get("actual") is not None:
            recorded = _optional_day(cost.get("actual_recorded")) or date(cost["year"] + 1, 1, 31)
            events.append(Event(recorded, "cost", key, {"actual_amount": cost["actual"]}))
    return events


def _optional_day(text: str | None) -> date | None:
    return _day(text) if text else None


def _coerce(name: str, value: Any) -> Any:
    if name in ("planned_start", "planned_end", "actual_end", "council_reference_date"):
        return _optional_day(value)
    return value


def timeline() -> list[Event]:
    """Every event of the demo, in the order it happened."""
    measures = all_measures()
    created_by_code = {m["code"]: _day(m["created"]) for m in measures}
    events = [e for m in measures for e in measure_events(m, created_by_code)]
    events += [
        Event(_day(released), "release", (half_year,))
        for half_year, released in musterstadt.RELEASES
    ]
    events += indicator_events()
    events += register_events(created_by_code)
    return sorted(events, key=Event.sort_key)


def folded(events: list[Event]) -> list[Event]:
    """One event per object with its final values, in the order objects first appeared."""
    final: dict[tuple[str, tuple[Any, ...]], Event] = {}
    for event in events:
        slot = final.setdefault(
            (event.kind, event.key), Event(event.day, event.kind, event.key, {})
        )
        slot.values.update(event.values)
        slot.day = event.day
    return sorted(final.values(), key=lambda e: KINDS.index(e.kind))


def indicator_events() -> list[Event]:
    """Indicators enter with the strategy (or shortly before their first measurement); a value
    is entered ten days after the day it describes."""
    from sachstand.demo.data.indicators import INDICATORS
    from sachstand.indicators.library import LIBRARY

    library = {entry["code"]: entry for entry in LIBRARY}
    adopted = _day(musterstadt.STRATEGY["adopted_on"])
    last = date(2026, 10, 31)
    events = []
    for data in INDICATORS:
        entry = library[data["code"]]
        first = _day(data["measurements"][0][0]) if data["measurements"] else adopted
        created = adopted if first < date(2025, 1, 1) else first - timedelta(days=30)
        baseline = data.get("baseline")
        values = {k: entry[k] for k in ("name", "unit", "direction", "definition", "source")}
        values |= {
            "org_unit": data.get("org_unit"),
            "goals": data.get("goals", []),
            "baseline_date": _day(baseline[0]) if baseline else None,
            "baseline_value": baseline[1] if baseline else None,
        }
        events.append(Event(created, "indicator", (data["code"],), values))
        for due, value in data.get("targets", []):
            events.append(Event(created, "target", (data["code"], _day(due)), {"value": value}))
        for measured in data["measurements"]:
            day, value = _day(measured[0]), measured[1]
            note = measured[2] if len(measured) > 2 else ""
            entered = min(day + timedelta(days=10), last)
            events.append(
                Event(entered, "measurement", (data["code"], day), {"value": value, "note": note})
            )
    return events


# The last day the demo describes; the running half-year's figures are from then.
LAST_DAY = date(2026, 11, 20)


def service_key(data: dict[str, Any]) -> str:
    return data["leika"] or data["name"]


def register_events(created_by_code: dict[str, date]) -> list[Event]:
    """The register of online services: each service enters with its first level and rises at
    the dates its data gives; it is linked to its measures once they exist; usage figures are
    entered two weeks after their half-year; the indicators are fed ten days after each
    half-year and on the demo's last day."""
    from sachstand.demo.data.online_services import SERVICES

    events = []
    for data in SERVICES:
        key = (service_key(data),)
        steps = [(_day(day), level) for day, level in data["levels"]]
        since = _optional_day(data["online_since"])
        for n, (day, level) in enumerate(steps):
            values: dict[str, Any] = {"level": level}
            if n == 0:
                values |= {k: data[k] for k in ("leika", "ozg", "name", "themenfeld")}
                values |= {"lebenslage": data["lebenslage"], "unit": data["unit"]}
            if level >= 2:
                values["url"] = data["url"]
            if (since and day == since) or (n == len(steps) - 1 and not since):
                values |= {
                    "online_since": since,
                    "e_payment": data["e_payment"],
                    "citizen_account": data["citizen_account"],
                }
            events.append(Event(day, "service", key, values))
        if data["measures"]:
            linked = max(steps[0][0], *(created_by_code[c] for c in data["measures"]))
            events.append(Event(linked, "service", key, {"measures": data["measures"]}))
        if data.get("criteria"):
            events.append(Event(steps[-1][0], "criteria", key, {"levels": data["criteria"]}))
        for half_year, usage in data["usage"].items():
            entered = min(HalfYear.parse(half_year).end + timedelta(days=15), LAST_DAY)
            events.append(Event(entered, "usage", (*key, half_year), dict(usage)))
    # The indicators exist from the strategy's adoption on.
    half_year = HalfYear.containing(_day(musterstadt.STRATEGY["adopted_on"]))
    while half_year.end < LAST_DAY:
        events.append(Event(half_year.end + timedelta(days=10), "register", (str(half_year),)))
        half_year = half_year.next()
    events.append(Event(LAST_DAY, "register", (str(half_year),)))
    return events
