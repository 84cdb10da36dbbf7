"""The OZG maturity models as data: seeding them, and the lowest-criterion rule.

The scales, their levels and criteria live in the database (an administrator keeps them); the
published models seed them once from ``data/maturity_scales.json``. A service's level is derived
from its criteria the way the OZG maturity model prescribes: the overall level is the lowest level
reached over the criteria that apply to it. It is derived only when every criterion is assessed
(optional criteria may be marked "not required"), as the published check says: a result is valid
only when all necessary questions are answered.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

SEED = Path(__file__).parent / "data" / "maturity_scales.json"


def scales_seed(scale_model: Any, level_model: Any, criterion_model: Any) -> int:
    """Create the published scales that are not there yet; returns how many were created.

    Takes the model classes so that a migration can pass its historical models.
    """
    created = 0
    for spec in json.loads(SEED.read_text(encoding="utf-8"))["scales"]:
        if scale_model.objects.filter(code=spec["code"]).exists():
            continue
        scale = scale_model.objects.create(
            code=spec["code"],
            name=spec["name"],
            valid_from=date.fromisoformat(spec["valid_from"]),
            compliant_level=spec["compliant_level"],
            source=spec["source"],
        )
        level_model.objects.bulk_create(
            level_model(
                scale=scale, **{k: item[k] for k in ("level", "name", "stage", "description")}
            )
            for item in spec["levels"]
        )
        criterion_model.objects.bulk_create(
            criterion_model(
                scale=scale, **{k: item[k] for k in ("number", "name", "optional", "description")}
            )
            for item in spec["criteria"]
        )
        created += 1
    return created


@dataclass(frozen=True)
class Derivation:
    """The outcome of the lowest-criterion rule for one service."""

    level: int | None  # None: not every criterion is assessed
    limiting: tuple[str, ...]  # the criteria at the lowest level, if it is below the top
    missing: tuple[str, ...]  # criteria not assessed yet


def derive_level(
    criteria: Iterable[Any], assessed: Mapping[int, int | None], top: int
) -> Derivation:
    """Apply the lowest-criterion rule.

    ``criteria`` are the scale's criteria, ``assessed`` maps a criterion's id to the level the
    service reaches in it, or to None where the (optional) criterion is not required. A service
    for which no criterion applies reaches the top level ``top``.
    """
    criteria = list(criteria)
    missing = tuple(
        str(c)
        for c in criteria
        if c.pk not in assessed or (assessed[c.pk] is None and not c.optional)
    )
    if missing:
        return Derivation(None, (), missing)
    reached = {c.pk: assessed[c.pk] for c in criteria if assessed[c.pk] is not None}
    if not reached:
        return Derivation(top, (), ())
    lowest = min(reached.values())
    if lowest >= top:
        return Derivation(top, (), ())
    limiting = tuple(str(c) for c in criteria if reached.get(c.pk) == lowest)
    return Derivation(lowest, limiting, ())
