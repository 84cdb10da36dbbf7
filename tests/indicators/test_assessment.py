"""Assessing an indicator against its target from the trend of its last measurements.

Most series are measured on days 0, 100, 200 and 300 (5.4.2025 to 30.1.2026), assessed on
31.3.2026, against a target due on day 1000 (31.12.2027). Where the points lie on a straight line
the least-squares line is that line, so forecast = first value + 1000 * slope per day.
"""

import ast
import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from django.utils.translation import override
from hypothesis import given
from hypothesis import strategies as st

from sachstand.indicators import assessment
from sachstand.indicators.assessment import GERMAN, Assessment, Point, Status, indicator_assess

TARGET_DATE = date(2027, 12, 31)  # day 1000
ON = date(2026, 3, 31)
DAYS = (date(2025, 4, 5), date(2025, 7, 14), date(2025, 10, 22), date(2026, 1, 30))
DAY_500 = date(2026, 8, 18)


def series(*values: str, days: tuple[date, ...] | None = None) -> list[Point]:
    """Points on the given days, by default on the last of DAYS (up to day 300)."""
    days = DAYS[-len(values) :] if days is None else days
    return [Point(day, Decimal(value)) for day, value in zip(days, values, strict=True)]


def assess(points: list[Point], **overrides) -> Assessment:
    """Assess in English against 40 % by 31.12.2027, higher is better, unless overridden."""
    arguments = {
        "points": points,
        "target_value": Decimal("40"),
        "target_date": TARGET_DATE,
        "direction": "higher",
        "unit": "%",
        "on": ON,
        **overrides,
    }
    with override("en"):
        return indicator_assess(**arguments)


def plain(sentence: str) -> str:
    """The sentence with the no-break spaces between number and unit shown as spaces."""
    return sentence.replace("\u00a0", " ")


def test_rising_series_that_reaches_the_target_is_on_track():
    result = assess(series("20", "23", "26", "29"))
    # A straight line: slope 3 / 100 days = 0.03 per day; forecast = 20 + 0.03 * 1000 = 50.
    assert result.status == Status.ON_TRACK
    assert result.forecast == Decimal("50")
    assert result.gap == Decimal("10")  # 50 - 40
    assert result.slope_per_year == Decimal("10.9575")  # 0.03 * 365.25
    assert result.points_used == 4
    assert result.fit == (Point(DAYS[0], Decimal("20")), Point(TARGET_DATE, Decimal("50")))
    assert plain(result.sentence) == (
        "If the trend continues, the target of 40 % will be reached by 31.12.2027 (forecast 50 %)."
    )


def test_series_rising_too_slowly_is_off_track_by_the_exact_gap():
    result = assess(series("20", "21.4", "22.8", "24.2"))
    # slope 0.014 per day; forecast = 20 + 14 = 34, short by 6.
    # Tolerance = max(10 % of (40 - 24.2) = 1.58, 1 % of 40 = 0.4) = 1.58 < 6.
    assert result.status == Status.OFF_TRACK
    assert result.forecast == Decimal("34")
    assert result.gap == Decimal("-6")
    assert plain(result.sentence) == (
        "If the trend continues, the target of 40 % by 31.12.2027 will be missed by "
        "6 Prozentpunkte."
    )


def test_series_slightly_short_of_the_target_is_at_risk():
    result = assess(series("20", "21.9", "23.8", "25.7"))
    # slope 0.019 per day; forecast = 20 + 19 = 39, short by 1.
    # Tolerance = max(10 % of (40 - 25.7) = 1.43, 0.4) = 1.43 >= 1.
    assert result.status == Status.AT_RISK
    assert result.forecast == Decimal("39")
    assert result.gap == Decimal("-1")
    assert plain(result.sentence).endswith("will be missed by 1 Prozentpunkt.")


def test_falling_processing_time_meets_its_maximum():
    result = assess(
        series("30", "29", "28", "27"), target_value=Decimal("22"), direction="lower", unit="Tage"
    )
    # slope -0.01 per day; forecast = 30 - 10 = 20 days, 2 days better than at most 22.
    assert result.status == Status.ON_TRACK
    assert result.forecast == Decimal("20")
    assert result.gap == Decimal("2")  # lower is better: 22 - 20
    assert result.slope_per_year == Decimal("-3.6525")  # -0.01 * 365.25
    assert plain(result.sentence) == (
        "If the trend continues, the target of at most 22 Tagen will be kept by 31.12.2027 "
        "(forecast 20 Tage)."
    )


def test_processing_time_falling_too_slowly_exceeds_its_maximum():
    result = assess(
        series("30", "28.2", "26.4", "24.6"),
        target_value=Decimal("10"),
        direction="lower",
        unit="Tage",
    )
    # slope -0.018 per day; forecast = 30 - 18 = 12 days, 2 over at most 10.
    # Tolerance = max(10 % of (24.6 - 10) = 1.46, 1 % of 10 = 0.1) = 1.46 < 2.
    assert result.status == Status.OFF_TRACK
    assert result.forecast == Decimal("12")
    assert result.gap == Decimal("-2")
    assert plain(result.sentence) == (
        "If the trend continues, the target of at most 10 Tagen by 31.12.2027 will be "
        "exceeded by 2 Tage."
    )


def test_flat_series_forecasts_its_level():
    result = assess(series("30", "30", "30", "30"))
    assert result.status == Status.OFF_TRACK
    assert result.forecast == Decimal("30")
    assert result.gap == Decimal("-10")
    assert result.slope_per_year == Decimal("0")


@pytest.mark.parametrize(
    ("level", "status"),
    [
        # Close to the target the floor of the tolerance, 1 % of 40 = 0.4, applies
        # (10 % of the distance would be 0.04 or 0.05).
        ("39.6", Status.AT_RISK),  # flat, short by 0.4 <= 0.4
        ("39.5", Status.OFF_TRACK),  # flat, short by 0.5 > 0.4
    ],
)
def test_close_to_the_target_the_tolerance_is_one_percent_of_it(level, status):
    result = assess(series(level, level, level, level))
    assert result.status == status


def test_a_miss_smaller_than_the_rounding_still_shows_its_size():
    result = assess(series("39.6", "39.6", "39.6", "39.6"))
    assert plain(result.sentence).endswith("will be missed by 0,4 Prozentpunkte.")
    result = assess(series("39.96", "39.96", "39.96", "39.96"))
    assert plain(result.sentence).endswith("will be missed by 0,04 Prozentpunkte.")


def test_target_of_zero_is_judged_against_the_distance_still_to_go():
    result = assess(
        series("9.7", "8.8", "7.9", "7"), target_value=Decimal("0"), direction="lower", unit=""
    )
    # slope -0.009 per day; forecast = 9.7 - 9 = 0.7, over at most 0 by 0.7.
    # Tolerance = max(10 % of (7 - 0) = 0.7, 1 % of 0 = 0) = 0.7: just at risk.
    assert result.status == Status.AT_RISK
    assert result.forecast == Decimal("0.7")
    assert plain(result.sentence) == (
        "If the trend continues, the target of at most 0 by 31.12.2027 will be exceeded by 0,7."
    )


def test_noisy_series_is_fitted_by_least_squares_on_the_last_four_points():
    old_outliers = [
        Point(date(2024, 9, 17), Decimal("5")),
        Point(date(2024, 12, 26), Decimal("90")),
    ]
    result = assess([*old_outliers, *series("20", "24", "22", "26")])
    # Days 0, 100, 200, 300: mean day 150, mean value 23.
    # Sxy = (-150)(-3) + (-50)(1) + (50)(-1) + (150)(3) = 800; Sxx = 2 * 150² + 2 * 50² = 50000.
    # slope = 800 / 50000 = 0.016 per day; forecast = 23 + 0.016 * (1000 - 150) = 36.6.
    # The two older points (days -200 and -100) lie outside the window and change nothing.
    assert result.points_used == 4
    assert result.forecast == Decimal("36.6")
    assert result.slope_per_year == Decimal("5.844")  # 0.016 * 365.25
    assert result.fit == (Point(DAYS[0], Decimal("20.6")), Point(TARGET_DATE, Decimal("36.6")))
    assert result.status == Status.OFF_TRACK  # short by 3.4 > max(1.4, 0.4)


def test_an_outlier_inside_the_window_tilts_the_trend():
    result = assess(series("20", "24", "22", "30"))
    # Mean value 24; Sxy = 600 + 0 - 100 + 900 = 1400; slope 0.028;
    # forecast = 24 + 0.028 * 850 = 47.8: one high value turns the status, as documented.
    assert result.forecast == Decimal("47.8")
    assert result.status == Status.ON_TRACK


def test_no_measurement_is_unknown():
    result = assess([])
    assert result == Assessment(
        Status.UNKNOWN, "No measurements are available for a forecast.", None, None, None, 0, None
    )


def test_a_single_measurement_is_unknown():
    result = assess(series("25"))
    assert result.status == Status.UNKNOWN
    assert result.sentence == "Too few measurements for a forecast (1 measurement)."
    assert (result.forecast, result.gap, result.slope_per_year, result.fit) == (None,) * 4
    assert result.points_used == 1


def test_a_single_measurement_that_meets_the_target_has_reached_it():
    result = assess(series("42"))
    assert result.status == Status.REACHED
    assert result.forecast is None


def test_two_measurements_give_a_forecast_that_says_so():
    result = assess(series("20", "30", days=(DAYS[0], DAY_500)), on=date(2026, 9, 30))
    # The line through both: slope 10 / 500 = 0.02 per day; forecast = 20 + 20 = 40, just met.
    assert result.status == Status.ON_TRACK
    assert result.forecast == Decimal("40")
    assert result.points_used == 2
    assert plain(result.sentence) == (
        "If the trend continues, the target of 40 % will be reached by 31.12.2027 "
        "(forecast 40 %, from two measurements only)."
    )


def test_the_baseline_counts_as_the_earliest_point():
    baseline = Point(DAYS[0], Decimal("20"))
    result = assess(series("26", days=(DAY_500,)), baseline=baseline, on=date(2026, 9, 30))
    # slope 6 / 500 = 0.012 per day; forecast = 20 + 12 = 32, short by 8 > max(1.4, 0.4).
    assert result.status == Status.OFF_TRACK
    assert result.forecast == Decimal("32")
    assert plain(result.sentence) == (
        "If the trend continues, the target of 40 % by 31.12.2027 will be missed by "
        "8 Prozentpunkte (forecast from two measurements only)."
    )


def test_a_baseline_not_older_than_every_measurement_is_left_out():
    baseline = Point(DAYS[1], Decimal("0"))
    result = assess(series("20", "23", "26", "29"), baseline=baseline)
    assert result.forecast == Decimal("50")  # as without the baseline


def test_latest_value_meeting_the_target_has_reached_it():
    result = assess(series("30", "38", "41", "42"))
    assert result.status == Status.REACHED
    assert plain(result.sentence) == "The target of 40 % has already been reached at 42 %."


def test_processing_time_at_its_maximum_has_reached_it():
    result = assess(
        series("12", "10"),
        target_value=Decimal("10"),
        direction="lower",
        unit="Tage",
    )
    assert result.status == Status.REACHED
    assert plain(result.sentence) == (
        "The target of at most 10 Tagen has already been reached at 10 Tagen."
    )


def test_target_date_passed_without_reaching_it_is_off_track():
    result = assess(series("20", "23", "26", "29"), target_date=date(2025, 12, 31))
    # The target date is day 270: forecast = 20 + 0.03 * 270 = 28.1, 11.9 short.
    assert result.status == Status.OFF_TRACK
    assert result.forecast == Decimal("28.1")
    assert result.gap == Decimal("-11.9")
    assert plain(result.sentence) == (
        "The target of 40 % by 31.12.2025 was missed; the latest value was 29 % on 30.01.2026."
    )


def test_measurements_after_the_reference_date_are_ignored():
    later = Point(date(2026, 6, 30), Decimal("45"))
    result = assess([*series("20", "23", "26", "29"), later])
    assert result == assess(series("20", "23", "26", "29"))
    assert assess([*series("20", "23", "26", "29"), later], on=later.day).status == Status.REACHED


def test_decimals_in_decimals_out():
    result = assess(series("20", "23", "26", "29"))
    numbers = [result.forecast, result.gap, result.slope_per_year, *(p.value for p in result.fit)]
    assert all(isinstance(number, Decimal) for number in numbers)
    assert [str(number) for number in numbers] == [
        "50.0000",
        "10.0000",
        "10.9575",
        "20.0000",
        "50.0000",
    ]


def test_numbers_are_german_and_sensibly_rounded():
    result = assess(series("90", "95", "97.26", "97.26"), target_value=Decimal("99.5"))
    assert "the target of 99,5 %" in plain(result.sentence)  # a target keeps its decimal
    result = assess(series("5", "6", "7", "9.16"), target_value=Decimal("7.5"))
    assert plain(result.sentence) == "The target of 7,5 % has already been reached at 9,2 %."
    result = assess(series("500", "1234.5"), target_value=Decimal("1000"), unit="EUR")
    assert plain(result.sentence) == (
        "The target of 1.000 EUR has already been reached at 1.235 EUR."
    )
    assert "1.000\u00a0EUR" in result.sentence  # the unit never wraps onto the next line


@pytest.mark.parametrize("unit", ["Anzahl", ""])
def test_counts_show_the_bare_number(unit):
    result = assess(series("300", "360"), target_value=Decimal("350"), unit=unit)
    assert result.sentence == "The target of 350 has already been reached at 360."


def test_one_day_is_singular():
    result = assess(series("3", "1"), target_value=Decimal("1"), direction="lower", unit="Tage")
    assert (
        plain(result.sentence) == "The target of at most 1 Tag has already been reached at 1 Tag."
    )


def test_unknown_direction_is_refused():
    with pytest.raises(ValueError, match="direction"):
        assess(series("20", "23"), direction="up")


def test_sentences_in_german(monkeypatch):
    monkeypatch.setattr(assessment, "_", GERMAN.__getitem__)
    days = {"target_value": Decimal("10"), "direction": "lower", "unit": "Tage"}
    cases = [
        (series("20", "21.4", "22.8", "24.2"), {}),
        # slope 0.023 per day; forecast = 20 + 23 = 43.
        (series("20", "22.3", "24.6", "26.9"), {}),
        (series("30", "28.2", "26.4", "24.6"), days),
        (series("12", "9"), days),
        (series("30", "38", "41", "42"), {}),
        (series("25"), {}),
        (series("20", "26", days=(DAYS[0], DAY_500)), {"on": date(2026, 9, 30)}),
        (series("20", "23", "26", "29"), {"target_date": date(2025, 12, 31)}),
    ]
    sentences = [plain(assess(points, **overrides).sentence) for points, overrides in cases]
    assert sentences == [
        "Bei gleichbleibendem Trend wird der Zielwert 40 % zum 31.12.2027 um 6 Prozentpunkte "
        "verfehlt.",
        "Bei gleichbleibendem Trend wird der Zielwert 40 % zum 31.12.2027 erreicht "
        "(Prognose 43 %).",
        "Bei gleichbleibendem Trend wird der Zielwert von höchstens 10 Tagen zum 31.12.2027 "
        "um 2 Tage überschritten.",
        "Der Zielwert von höchstens 10 Tagen ist mit 9 Tagen bereits erreicht.",
        "Der Zielwert 40 % ist mit 42 % bereits erreicht.",
        "Für eine Prognose liegen zu wenige Messwerte vor (1 Messwert).",
        "Bei gleichbleibendem Trend wird der Zielwert 40 % zum 31.12.2027 um 8 Prozentpunkte "
        "verfehlt (Prognose aus nur zwei Messwerten).",
        "Der Zielwert 40 % zum 31.12.2025 wurde verfehlt; zuletzt 29 % am 30.01.2026.",
    ]


def test_german_translations_cover_exactly_the_source_strings():
    tree = ast.parse(Path(assessment.__file__).read_text(encoding="utf-8"))
    msgids = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "_"
    }
    assert msgids == set(GERMAN)
    for msgid, german in GERMAN.items():
        assert sorted(re.findall(r"%\(\w+\)s", msgid)) == sorted(re.findall(r"%\(\w+\)s", german))
        assert '"' not in german


points_strategy = st.builds(
    Point,
    st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    st.decimals(min_value=-(10**10), max_value=10**10, places=4),
)


@given(
    points=st.lists(points_strategy, max_size=8),
    baseline=st.none() | points_strategy,
    target_value=st.decimals(min_value=-(10**10), max_value=10**10, places=4),
    target_date=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    on=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    direction=st.sampled_from(["higher", "lower"]),
    unit=st.sampled_from(["%", "Tage", "Anzahl", "", "EUR"]),
)
def test_any_series_gets_an_assessment(points, baseline, **arguments):
    result = assess(points, baseline=baseline, **arguments)
    assert isinstance(result.status, Status)
    assert isinstance(result.sentence, str) and result.sentence.endswith(".")
    assert 0 <= result.points_used <= 4
    has_trend = result.points_used >= 2
    assert (result.forecast is not None) == (result.fit is not None) == has_trend
    if result.status == Status.ON_TRACK:
        assert result.gap >= 0
    if result.status == Status.AT_RISK:
        assert result.gap < 0
    if result.status == Status.UNKNOWN:
        assert result.forecast is None


@given(points=st.lists(points_strategy, max_size=8, unique_by=lambda point: point.day))
def test_the_order_of_the_measurements_does_not_matter(points):
    assert assess(points) == assess(points[::-1])
