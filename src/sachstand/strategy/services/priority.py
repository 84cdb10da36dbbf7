"""The priority of measures, documented in docs/priority.md.

Each measure is rated 1–5 on benefit, urgency and effort. Its score is
``(benefit + urgency) / effort`` – the idea of "weighted shortest job first": what brings much and
is pressing comes first, and of two equally valuable measures the cheaper one. Open measures
(planned, in progress, deferred) are ranked by score, highest first; ties go to the more urgent,
then to the lower code. Completed and cancelled measures have no rank.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sachstand.core.collation import german_sort_key
from sachstand.municipalities.models import Municipality
from sachstand.strategy.models import Measure, MeasureStatus

RANKED_STATUSES = (MeasureStatus.PLANNED, MeasureStatus.IN_PROGRESS, MeasureStatus.DEFERRED)


def priority_score(*, benefit: int, urgency: int, effort: int) -> Decimal:
    return (Decimal(benefit + urgency) / Decimal(effort)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def priority_ranks(measures: Iterable[Any]) -> dict[int, int]:
    """Rank by score of the open measures among ``measures`` (stored or historical rows)."""
    ranked = sorted(
        (m for m in measures if m.status in RANKED_STATUSES),
        key=lambda m: (
            -priority_score(benefit=m.benefit, urgency=m.urgency, effort=m.effort),
            -m.urgency,
            german_sort_key(m.code),
        ),
    )
    return {m.pk: position for position, m in enumerate(ranked, start=1)}


def priorities_recompute(*, municipality: Municipality) -> int:
    """Re-rank the municipality's measures; write only changed ranks and return their count.

    The rank is derived from tracked fields, so it is not part of the history.
    """
    measures = list(Measure.objects.filter(municipality=municipality))
    ranks = priority_ranks(measures)
    changed = []
    for measure in measures:
        rank = ranks.get(measure.pk)
        if measure.priority_rank != rank:
            measure.priority_rank = rank
            changed.append(measure)
    Measure.objects.bulk_update(changed, ["priority_rank"], batch_size=500)
    return len(changed)
