"""Reading the register: the figures a report and the indicators take from it.

Everything is read as it stood at a moment (``as_of``) from the history, so a released report
and its indicators show the register as it was, and "what changed in the half-year" compares the
register at the start of the half-year with the register at the report's moment.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from sachstand.core.collation import german_sort_key
from sachstand.core.halfyear import HalfYear
from sachstand.core.history import records_as_of
from sachstand.municipalities.models import Municipality
from sachstand.onlineservices.models import (
    MaturityScale,
    OnlineService,
    RegisterSettings,
    ServiceUsage,
)


@dataclass(frozen=True)
class ScaleInfo:
    id: int
    code: str
    name: str
    compliant_level: int
    levels: dict[int, str]  # level -> name

    @property
    def max_level(self) -> int:
        return max(self.levels, default=0)


@dataclass(frozen=True)
class Usage:
    half_year: HalfYear
    online: int | None
    paper: int | None
    in_person: int | None
    email: int | None
    processing_days_median: Decimal | None

    @property
    def total(self) -> int | None:
        given = [n for n in (self.online, self.paper, self.in_person, self.email) if n is not None]
        return sum(given) if given else None


@dataclass(frozen=True)
class ServiceRow:
    id: int
    name: str
    themenfeld: str
    org_unit_id: int | None
    scale_id: int
    level: int
    compliant: bool
    online_since: date | None
    url: str
    is_public: bool
    measure_ids: tuple[int, ...]
    before: tuple[int, int] | None  # (scale id, level) at the start of the half-year
    usage: Usage | None  # of the half-year, else the latest before it

    @property
    def applications(self) -> int:
        return (self.usage.total or 0) if self.usage else 0


@dataclass
class RegisterFigures:
    half_year: HalfYear
    on: date
    scale: ScaleInfo  # the municipality's scale
    scales: dict[int, ScaleInfo]
    services: list[ServiceRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.services)

    @property
    def compliant(self) -> int:
        return sum(1 for s in self.services if s.compliant)

    @property
    def compliant_share(self) -> Decimal | None:
        if not self.services:
            return None
        return Decimal(100) * self.compliant / self.total

    def went_online(self) -> list[ServiceRow]:
        """Services whose online date falls into the half-year (up to the reference day)."""
        return [
            s
            for s in self.services
            if s.online_since and self.half_year.start <= s.online_since <= self.on
        ]

    def rose(self) -> list[ServiceRow]:
        """Services on the same scale whose level is higher than at the half-year's start."""
        return [
            s
            for s in self.services
            if s.before and s.before[0] == s.scale_id and s.level > s.before[1]
        ]

    def by_level(self) -> dict[str, Counter[int]]:
        """Services on the municipality's scale per topic and level."""
        counts: dict[str, Counter[int]] = defaultdict(Counter)
        for s in self.services:
            if s.scale_id == self.scale.id:
                counts[s.themenfeld][s.level] += 1
        return dict(counts)

    def other_scale(self) -> list[ServiceRow]:
        return [s for s in self.services if s.scale_id != self.scale.id]

    def usage_in_half_year(self) -> list[Usage]:
        return [s.usage for s in self.services if s.usage and s.usage.half_year == self.half_year]

    def online_share(self) -> tuple[int, int] | None:
        """Applications online and all applications in the half-year, over the services whose
        usage gives the online figure; None when no service has one."""
        rows = [u for u in self.usage_in_half_year() if u.online is not None and u.total]
        if not rows:
            return None
        return sum(u.online or 0 for u in rows), sum(u.total or 0 for u in rows)

    def priorities(self, limit: int = 10) -> list[ServiceRow]:
        """Below the compliant level, most applications first: where going online helps most."""
        below = [s for s in self.services if not s.compliant and s.applications > 0]
        return sorted(below, key=lambda s: (-s.applications, german_sort_key(s.name)))[:limit]


def scale_infos() -> dict[int, ScaleInfo]:
    scales = MaturityScale.objects.prefetch_related("levels")
    return {
        s.pk: ScaleInfo(
            s.pk, s.code, s.name, s.compliant_level, {lv.level: lv.name for lv in s.levels.all()}
        )
        for s in scales
    }


def start_of(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time.min))


def register_figures(
    *,
    municipality: Municipality,
    half_year: HalfYear,
    as_of: datetime,
    scale: MaturityScale,
    public: bool = False,
) -> RegisterFigures:
    """The register of ``municipality`` as it stood at ``as_of``, with the half-year's usage and
    each service's level at the half-year's start; ``public``: only the entries marked public."""
    scales = scale_infos()
    on = min(half_year.end, timezone.localdate(as_of))
    now = records_as_of(OnlineService, as_of, municipality_id=municipality.pk)
    if public:
        now = [row for row in now if row.is_public]
    before = {
        row.id: (row.scale_id, row.level)
        for row in records_as_of(
            OnlineService,
            start_of(half_year.start),
            with_links=False,
            municipality_id=municipality.pk,
        )
    }
    usage: dict[int, Usage] = {}
    for row in sorted(
        records_as_of(ServiceUsage, as_of, municipality_id=municipality.pk),
        key=lambda r: str(r.half_year),
    ):
        if str(row.half_year) <= str(half_year):
            usage[row.service_id] = Usage(
                HalfYear.parse(str(row.half_year)),
                row.online,
                row.paper,
                row.in_person,
                row.email,
                row.processing_days_median,
            )
    figures = RegisterFigures(half_year, on, scales[scale.pk], scales)
    for row in sorted(now, key=lambda r: (german_sort_key(r.name), r.id)):
        info = scales[row.scale_id]
        figures.services.append(
            ServiceRow(
                id=row.id,
                name=row.name,
                themenfeld=row.themenfeld,
                org_unit_id=row.org_unit_id,
                scale_id=row.scale_id,
                level=row.level,
                compliant=row.level >= info.compliant_level,
                online_since=row.online_since,
                url=row.url,
                is_public=row.is_public,
                measure_ids=tuple(row.measures_ids_as_of),
                before=before.get(row.id),
                usage=usage.get(row.id),
            )
        )
    return figures


def register_services(municipality: Municipality) -> Any:
    """The municipality's register entries, with what lists show of them."""
    return OnlineService.objects.filter(municipality=municipality).select_related(
        "scale", "org_unit", "leika_service", "ozg_service"
    )


def register_scale(municipality: Municipality) -> MaturityScale:
    """The scale the municipality assesses on: its choice, else the newest published one."""
    chosen = (
        RegisterSettings.objects.filter(municipality=municipality).select_related("scale").first()
    )
    if chosen is not None:
        return chosen.scale
    scale = MaturityScale.objects.order_by("-valid_from", "-code").first()
    if scale is None:
        raise MaturityScale.DoesNotExist(_("No maturity scale is set up."))
    return scale
