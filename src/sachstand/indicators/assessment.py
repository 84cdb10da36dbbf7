"""Assessment of an indicator (Kennzahl) against its target, from the trend of its measurements.

Method
------
1. **Points.** The measurements dated on or before the reference date ``on`` are used; later ones
   are ignored, so an assessment can be repeated for any past date. Two measurements on the same
   day count once (the later one in the input wins). The baseline is added as an extra, earliest
   point if it is dated on or before ``on`` and older than every measurement.
2. **Window.** Of these, the last four points (the most recent) are used. Older points do not
   count, so the assessment follows the current pace rather than the whole history.
3. **Trend.** A straight line is fitted through the window by ordinary least squares of the value
   over time in days. With exactly two points this is the line through both, and the sentence
   says that the forecast rests on two measurements only.
4. **Forecast.** The forecast is the value of that line at the target date. The gap is the
   forecast minus the target, signed so that a positive gap is better than the target: for
   "higher is better" ``forecast - target``, for "lower is better" ``target - forecast``.
5. **Status**, in this order:

   - *reached*: the latest value already meets the target (``>=`` the target when higher is
     better, ``<=`` when lower is better). This needs no trend, so a single value can reach it.
   - *off track*: the target date lies before ``on`` and the target was not reached.
   - *unknown*: fewer than two points, no trend can be fitted.
   - *on track*: the forecast meets the target.
   - *at risk*: the forecast misses the target by at most the tolerance.
   - *off track*: the forecast misses the target by more than the tolerance.

Tolerance
---------
The tolerance is 10 % of the distance still to go (between the latest value and the target),
but at least 1 % of the target's magnitude. Measuring it against the distance still to go makes it
fair to indicators of any unit and scale: missing a target by 2 days is a small miss when 40 days
are still to be cut, and a large one when 3 are. The floor keeps a visible "at risk" band when the
latest value is already close to the target; without it, a tenth of a tiny distance would let the
status jump straight between "on track" and "off track" on the smallest movement. The tolerance
is positive whenever the target is not yet reached, even for a target of 0.

Limits
------
Four points react to the latest measurements, and that is intended. It also means that a single
outlier among the last four tilts the line and can change the status until it has moved out of
the window again (after four further measurements); an outlier older than that has no effect at
all. A straight line is a plain assumption: growth that levels off (e.g. towards 100 %) is
overestimated, so the status says what happens "if the trend continues", nothing more.

Numbers
-------
The fit is computed with exact fractions; ``forecast``, ``gap``, ``slope_per_year`` (per average
year of 365.25 days) and the points of ``fit`` are Decimals rounded half up to 4 decimal places,
as measurements are stored. The status is judged on these rounded numbers, so it agrees with them.

The sentence shows numbers the German way (``1.234,5``) whatever the active language, like
``sachstand.core.formatting``: one decimal below 10, whole numbers from 10 (a trailing ",0" is
dropped), a target with the decimals it was set with (up to 2), a difference with as many decimals
(up to 4) as it takes not to read 0. The unit follows the number after a no-break space; "%"
becomes "Prozentpunkte" for differences; "Anzahl" and an empty unit show the bare number; units
for time spans (Tage, Wochen, Monate, ...) are inflected, other units are shown as entered.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, localcontext
from enum import StrEnum
from fractions import Fraction

from django.utils.translation import gettext as _

from sachstand.core.formatting import format_date, format_number

WINDOW = 4  # the most recent points the trend is fitted on
TOLERANCE_OF_DISTANCE = Fraction(1, 10)  # of the distance between latest value and target
TOLERANCE_OF_TARGET = Fraction(1, 100)  # of |target|, the tolerance's floor
DAYS_PER_YEAR = Fraction(36525, 100)
PLACES = 4  # decimal places of the numbers returned, as Measurement.value stores them

HIGHER = "higher"
LOWER = "lower"

NO_BREAK = "\u00a0"
# Units that need no word after the number.
_BARE_UNITS = {"", "Anzahl"}
# Nouns used as units, reachable from any of their forms: (singular, plural, dative plural).
_NOUN_UNITS = {
    form: forms
    for forms in [
        ("Tag", "Tage", "Tagen"),
        ("Werktag", "Werktage", "Werktagen"),
        ("Arbeitstag", "Arbeitstage", "Arbeitstagen"),
        ("Woche", "Wochen", "Wochen"),
        ("Monat", "Monate", "Monaten"),
        ("Jahr", "Jahre", "Jahren"),
        ("Stunde", "Stunden", "Stunden"),
        ("Minute", "Minuten", "Minuten"),
        ("Prozentpunkt", "Prozentpunkte", "Prozentpunkten"),
    ]
    for form in forms
}


@dataclass(frozen=True)
class Point:
    day: date
    value: Decimal


class Status(StrEnum):
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    REACHED = "reached"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Assessment:
    status: Status
    sentence: str  # one sentence for the reader, in the active language
    forecast: Decimal | None  # the trend's value at the target date
    gap: Decimal | None  # forecast minus target in the good direction: positive = better
    slope_per_year: Decimal | None
    points_used: int
    fit: tuple[Point, Point] | None  # the fitted line at the first point used and the target date


@dataclass(frozen=True)
class _Line:
    origin: date
    intercept: Fraction  # the value at ``origin``
    slope: Fraction  # per day

    def at(self, day: date) -> Decimal:
        return _rounded(self.intercept + self.slope * (day - self.origin).days)


def indicator_assess(
    *,
    points: Sequence[Point],
    target_value: Decimal,
    target_date: date,
    direction: str,
    unit: str,
    on: date,
    baseline: Point | None = None,
) -> Assessment:
    """Assess the indicator's measurements ``points`` against one target, as of ``on``.

    ``direction`` is "higher" or "lower" (``Direction``); the method is the module's docstring.
    Raises ValueError for another direction or a value that is not a finite number.
    """
    if direction not in (HIGHER, LOWER):
        raise ValueError(f"direction must be {HIGHER!r} or {LOWER!r}, not {direction!r}")
    extra = () if baseline is None else (baseline.value,)
    for value in (target_value, *(point.value for point in points), *extra):
        if not Decimal(value).is_finite():
            raise ValueError(f"not a finite number: {value!r}")

    used = points_select(points=points, baseline=baseline, on=on)
    line = _fit(used) if len(used) >= 2 else None
    forecast = None if line is None else line.at(target_date)
    gap = None if forecast is None else _rounded(_better_by(forecast, target_value, direction))
    status, sentence = _judge(
        used=used,
        forecast=forecast,
        target_value=target_value,
        target_date=target_date,
        direction=direction,
        unit=unit.strip(),
        on=on,
    )
    if line is None:
        return Assessment(status, sentence, None, None, None, len(used), None)
    return Assessment(
        status=status,
        sentence=sentence,
        forecast=forecast,
        gap=gap,
        slope_per_year=_rounded(line.slope * DAYS_PER_YEAR),
        points_used=len(used),
        fit=(Point(line.origin, line.at(line.origin)), Point(target_date, line.at(target_date))),
    )


def points_select(*, points: Sequence[Point], baseline: Point | None, on: date) -> list[Point]:
    """The points the trend is fitted on, oldest first: steps 1 and 2 of the method."""
    by_day = {point.day: point for point in points if point.day <= on}
    if baseline is not None and baseline.day <= on and all(baseline.day < d for d in by_day):
        by_day[baseline.day] = baseline
    return [by_day[day] for day in sorted(by_day)][-WINDOW:]


def _fit(points: Sequence[Point]) -> _Line:
    """Ordinary least squares of value over days; the days are distinct, so it is defined."""
    origin = points[0].day
    xs = [Fraction((point.day - origin).days) for point in points]
    ys = [Fraction(point.value) for point in points]
    x_mean, y_mean = sum(xs) / len(xs), sum(ys) / len(ys)
    sxx = sum((x - x_mean) ** 2 for x in xs)
    sxy = sum((x - x_mean) * (y - y_mean) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    return _Line(origin=origin, intercept=y_mean - slope * x_mean, slope=slope)


def _judge(
    *,
    used: Sequence[Point],
    forecast: Decimal | None,
    target_value: Decimal,
    target_date: date,
    direction: str,
    unit: str,
    on: date,
) -> tuple[Status, str]:
    higher = direction == HIGHER
    target = _quantity(target_value, unit, dative=not higher, places=_target_places(target_value))
    params = {"target": target, "date": format_date(target_date)}
    if not used:
        return Status.UNKNOWN, _("No measurements are available for a forecast.")
    latest = used[-1]
    if _better_by(latest.value, target_value, direction) >= 0:
        params["latest"] = _quantity(latest.value, unit, dative=True)
        return Status.REACHED, _reached_sentence(higher) % params
    if target_date < on:
        params["latest"] = _quantity(latest.value, unit)
        params["latest_date"] = format_date(latest.day)
        return Status.OFF_TRACK, _missed_sentence(higher) % params
    if forecast is None:
        return Status.UNKNOWN, _("Too few measurements for a forecast (1 measurement).")

    two_only = len(used) == 2
    shortfall = -_better_by(forecast, target_value, direction)
    if shortfall <= 0:
        params["forecast"] = _quantity(forecast, unit)
        return Status.ON_TRACK, _on_track_sentence(higher, two_only) % params
    tolerance = max(
        TOLERANCE_OF_DISTANCE * abs(Fraction(target_value) - Fraction(latest.value)),
        TOLERANCE_OF_TARGET * abs(Fraction(target_value)),
    )
    difference = _rounded(shortfall)
    params["difference"] = _quantity(
        difference, "Prozentpunkte" if unit == "%" else unit, places=_difference_places(difference)
    )
    status = Status.AT_RISK if shortfall <= tolerance else Status.OFF_TRACK
    return status, _short_sentence(higher, two_only) % params


def _reached_sentence(higher: bool) -> str:
    if higher:
        # Translators: target and latest are quantities such as "40 %" or "10 Tagen" (dative).
        return _("The target of %(target)s has already been reached at %(latest)s.")
    return _("The target of at most %(target)s has already been reached at %(latest)s.")


def _missed_sentence(higher: bool) -> str:
    if higher:
        return _(
            "The target of %(target)s by %(date)s was missed; "
            "the latest value was %(latest)s on %(latest_date)s."
        )
    return _(
        "The target of at most %(target)s by %(date)s was missed; "
        "the latest value was %(latest)s on %(latest_date)s."
    )


def _on_track_sentence(higher: bool, two_only: bool) -> str:
    if higher and two_only:
        return _(
            "If the trend continues, the target of %(target)s will be reached by %(date)s "
            "(forecast %(forecast)s, from two measurements only)."
        )
    if higher:
        return _(
            "If the trend continues, the target of %(target)s will be reached by %(date)s "
            "(forecast %(forecast)s)."
        )
    if two_only:
        return _(
            "If the trend continues, the target of at most %(target)s will be kept by %(date)s "
            "(forecast %(forecast)s, from two measurements only)."
        )
    return _(
        "If the trend continues, the target of at most %(target)s will be kept by %(date)s "
        "(forecast %(forecast)s)."
    )


def _short_sentence(higher: bool, two_only: bool) -> str:
    if higher and two_only:
        return _(
            # Translators: difference is how far the forecast misses, e.g. "6 Prozentpunkte".
            "If the trend continues, the target of %(target)s by %(date)s will be missed by "
            "%(difference)s (forecast from two measurements only)."
        )
    if higher:
        return _(
            "If the trend continues, the target of %(target)s by %(date)s will be missed by "
            "%(difference)s."
        )
    if two_only:
        return _(
            "If the trend continues, the target of at most %(target)s by %(date)s will be "
            "exceeded by %(difference)s (forecast from two measurements only)."
        )
    return _(
        "If the trend continues, the target of at most %(target)s by %(date)s will be "
        "exceeded by %(difference)s."
    )


def _better_by(value: Decimal, target: Decimal, direction: str) -> Fraction:
    """How far ``value`` is better than ``target``: >= 0 meets it."""
    difference = Fraction(value) - Fraction(target)
    return difference if direction == HIGHER else -difference


def _rounded(value: Fraction) -> Decimal:
    """``value`` rounded half up (away from zero) to PLACES decimals, exactly at any size."""
    whole = math.floor(abs(value) * 10**PLACES + Fraction(1, 2))
    sign = "-" if value < 0 and whole else ""
    return Decimal(f"{sign}{whole}E-{PLACES}")


def _places(value: Decimal) -> int:
    return 1 if abs(value) < 10 else 0


def _target_places(value: Decimal) -> int:
    """A target shows the decimals it was set with, up to 2: 99,5 % must not read 100 %."""
    exponent = value.normalize().as_tuple().exponent
    own = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return max(_places(value), min(2, own))


def _difference_places(value: Decimal) -> int:
    """A difference gets decimals until it does not read 0 (a miss is never "um 0 Tage")."""
    places = _places(value)
    while places < PLACES and value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) == 0:
        places += 1
    return places


def _number(value: Decimal, places: int) -> str:
    with localcontext() as context:
        # Enough digits that rounding to ``places`` never fails, however large the value.
        context.prec = max(context.prec, value.adjusted() + places + 2)
        rounded = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
        text = format_number(abs(rounded) if rounded == 0 else rounded, places)
    return text.removesuffix(",0") if places == 1 else text


def _quantity(value: Decimal, unit: str, *, dative: bool = False, places: int | None = None) -> str:
    """The number with its unit in German, e.g. "40 %", "1 Tag", "von 10 Tagen" (dative)."""
    number = _number(value, _places(value) if places is None else places)
    if unit in _BARE_UNITS:
        return number
    forms = _NOUN_UNITS.get(unit)
    if forms is not None:
        singular, plural, dative_plural = forms
        unit = singular if number in ("1", "-1") else dative_plural if dative else plural
    return f"{number}{NO_BREAK}{unit}"


# For the German catalogue (locale/de/LC_MESSAGES/django.po): every msgid above, translated.
GERMAN = {
    "No measurements are available for a forecast.": (
        "Für eine Prognose liegen keine Messwerte vor."
    ),
    "Too few measurements for a forecast (1 measurement).": (
        "Für eine Prognose liegen zu wenige Messwerte vor (1 Messwert)."
    ),
    "The target of %(target)s has already been reached at %(latest)s.": (
        "Der Zielwert %(target)s ist mit %(latest)s bereits erreicht."
    ),
    "The target of at most %(target)s has already been reached at %(latest)s.": (
        "Der Zielwert von höchstens %(target)s ist mit %(latest)s bereits erreicht."
    ),
    "The target of %(target)s by %(date)s was missed; "
    "the latest value was %(latest)s on %(latest_date)s.": (
        "Der Zielwert %(target)s zum %(date)s wurde verfehlt; "
        "zuletzt %(latest)s am %(latest_date)s."
    ),
    "The target of at most %(target)s by %(date)s was missed; "
    "the latest value was %(latest)s on %(latest_date)s.": (
        "Der Zielwert von höchstens %(target)s zum %(date)s wurde verfehlt; "
        "zuletzt %(latest)s am %(latest_date)s."
    ),
    "If the trend continues, the target of %(target)s will be reached by %(date)s "
    "(forecast %(forecast)s, from two measurements only).": (
        "Bei gleichbleibendem Trend wird der Zielwert %(target)s zum %(date)s erreicht "
        "(Prognose %(forecast)s, aus nur zwei Messwerten)."
    ),
    "If the trend continues, the target of %(target)s will be reached by %(date)s "
    "(forecast %(forecast)s).": (
        "Bei gleichbleibendem Trend wird der Zielwert %(target)s zum %(date)s erreicht "
        "(Prognose %(forecast)s)."
    ),
    "If the trend continues, the target of at most %(target)s will be kept by %(date)s "
    "(forecast %(forecast)s, from two measurements only).": (
        "Bei gleichbleibendem Trend wird der Zielwert von höchstens %(target)s zum %(date)s "
        "eingehalten (Prognose %(forecast)s, aus nur zwei Messwerten)."
    ),
    "If the trend continues, the target of at most %(target)s will be kept by %(date)s "
    "(forecast %(forecast)s).": (
        "Bei gleichbleibendem Trend wird der Zielwert von höchstens %(target)s zum %(date)s "
        "eingehalten (Prognose %(forecast)s)."
    ),
    "If the trend continues, the target of %(target)s by %(date)s will be missed by "
    "%(difference)s (forecast from two measurements only).": (
        "Bei gleichbleibendem Trend wird der Zielwert %(target)s zum %(date)s um "
        "%(difference)s verfehlt (Prognose aus nur zwei Messwerten)."
    ),
    "If the trend continues, the target of %(target)s by %(date)s will be missed by "
    "%(difference)s.": (
        "Bei gleichbleibendem Trend wird der Zielwert %(target)s zum %(date)s um "
        "%(difference)s verfehlt."
    ),
    "If the trend continues, the target of at most %(target)s by %(date)s will be "
    "exceeded by %(difference)s (forecast from two measurements only).": (
        "Bei gleichbleibendem Trend wird der Zielwert von höchstens %(target)s zum %(date)s "
        "um %(difference)s überschritten (Prognose aus nur zwei Messwerten)."
    ),
    "If the trend continues, the target of at most %(target)s by %(date)s will be "
    "exceeded by %(difference)s.": (
        "Bei gleichbleibendem Trend wird der Zielwert von höchstens %(target)s zum %(date)s "
        "um %(difference)s überschritten."
    ),
}
