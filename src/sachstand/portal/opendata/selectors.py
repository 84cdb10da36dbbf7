"""Reads open data needs beyond ``reporting.selectors.public``, built on it.

Candidates to move into ``public.py``: they decide nothing new about what is public, but they
are what every public view of progress needs (see docs/opendata.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.db.models import Max, Min, Model

from sachstand.indicators.models import Indicator, Measurement, Target
from sachstand.municipalities.models import Municipality
from sachstand.onlineservices.models import OnlineService
from sachstand.reporting.models import StatusUpdate
from sachstand.reporting.selectors.public import (
    public_reports,
    public_updates,
    released_periods,
)
from sachstand.strategy.models import Measure, Milestone


def latest_released_updates(municipality: Municipality) -> dict[int, StatusUpdate]:
    """Measure id -> its latest status update of a released period (public measures only)."""
    latest: dict[int, StatusUpdate] = {}
    for update in public_updates(municipality):
        latest[update.measure_id] = update  # ordered by half-year: the last one wins
    return latest


@dataclass(frozen=True)
class Dates:
    """When a dataset first had data and when it last changed (None: it never had any)."""

    issued: datetime | None = None
    modified: datetime | None = None

    def merge(self, other: Dates) -> Dates:
        issued = [d for d in (self.issued, other.issued) if d is not None]
        modified = [d for d in (self.modified, other.modified) if d is not None]
        return Dates(min(issued, default=None), max(modified, default=None))


# Columns of every history row that say who changed what when, not what the row holds.
_HISTORY_META = frozenset(
    {"history_id", "history_date", "history_change_reason", "history_type", "history_user_id"}
)


def _span(model: type[Model], *, hidden: tuple[str, ...] = (), **lookups: Any) -> Dates:
    """First and last date in the history of ``model``'s rows selected by ``lookups``.

    A change of nothing but ``hidden`` fields (columns the public never sees, e.g. the risks of a
    status update, or a measure's percent complete that a draft writes) does not count: the
    dates would tell when something internal changed. A change of links or a deletion counts.
    """
    history = model.history.filter(**lookups)  # type: ignore[attr-defined]
    if not hidden:
        span = history.aggregate(issued=Min("history_date"), modified=Max("history_date"))
        return Dates(span["issued"], span["modified"])
    dates, last = [], {}
    for row in history.order_by("history_id").values():
        fields = {name: value for name, value in row.items() if name not in _HISTORY_META}
        before = last.get(row["id"])
        last[row["id"]] = fields
        changed = {name for name, value in fields.items() if before and before[name] != value}
        if before is None or not changed or changed - set(hidden):
            dates.append(row["history_date"])
    return Dates(min(dates, default=None), max(dates, default=None))


def dataset_dates(municipality: Municipality) -> dict[str, Dates]:
    """Dataset name -> its dates, from the history of the rows that were public when written
    (and, for the measures, the release of a report, which publishes its status updates).

    One query per kind of row, whatever the number of rows (where fields are hidden, the query
    returns the history rows and Python compares them).
    """
    m = municipality
    released = public_reports(m).filter(committee__isnull=True).aggregate(last=Max("released_at"))
    updates = _span(
        StatusUpdate,
        hidden=("risks", "author_id"),
        municipality=m,
        measure__is_public=True,
        period__in=released_periods(m),
    )
    measures = _span(
        Measure, hidden=("contact", "percent_complete"), municipality=m, is_public=True
    )
    indicators = _span(Indicator, municipality=m, is_public=True)
    return {
        "massnahmen": measures.merge(updates).merge(Dates(None, released["last"])),
        "meilensteine": _span(Milestone, municipality=m, measure__is_public=True),
        "kennzahlen": indicators.merge(_span(Target, municipality=m, indicator__is_public=True)),
        "messwerte": _span(
            Measurement,
            hidden=("note", "entered_by_id"),
            municipality=m,
            indicator__is_public=True,
        ),
        "onlinedienste": _span(OnlineService, municipality=m, is_public=True),
    }
