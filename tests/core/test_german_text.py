"""German text sorts and matches as Germans expect, on SQLite and PostgreSQL alike."""

from sachstand.core.collation import german_sort_key
from sachstand.municipalities.models import OrgUnit
from sachstand.strategy.models import Measure

TITLES = [
    "Zulassung",
    "Ämterlotse",
    "Abfall",
    "Öffnungszeiten",
    "Oberfläche",
    "Straße",
    "Strasse b",
    "über",
]


def test_sort_key_follows_din_5007():
    assert sorted(TITLES, key=german_sort_key) == [
        "Abfall",
        "Ämterlotse",
        "Oberfläche",
        "Öffnungszeiten",
        "Straße",
        "Strasse b",
        "über",
        "Zulassung",
    ]


def test_database_orders_umlauts_with_their_base_letter(plan):
    for n, title in enumerate(TITLES):
        plan.measure(f"M 1.{n}", title=title)
    ordered = list(Measure.objects.order_by("title").values_list("title", flat=True))
    assert ordered.index("Ämterlotse") < ordered.index("Oberfläche") < ordered.index("Zulassung")
    assert ordered.index("Abfall") < ordered.index("Ämterlotse")
    assert ordered.index("Öffnungszeiten") < ordered.index("über") < ordered.index("Zulassung")


def test_codes_sort_by_the_value_of_their_numbers(plan):
    for code in ["M 1.10", "M 1.2", "M 10.1", "M 2.1", "M 1.1"]:
        plan.measure(code)
    assert list(Measure.objects.values_list("code", flat=True)) == [
        "M 1.1",
        "M 1.2",
        "M 1.10",
        "M 2.1",
        "M 10.1",
    ]
    assert sorted(["FB 10", "FB 9", "DIG"], key=german_sort_key) == ["DIG", "FB 9", "FB 10"]


def test_equal_is_still_exact_under_the_german_collation(plan):
    OrgUnit.objects.create(municipality=plan.municipality, code="A 1", name="Ämter")
    assert OrgUnit.objects.filter(name="ämter").count() == 0
    assert OrgUnit.objects.filter(name="Ämter").count() == 1


def test_case_insensitive_search_finds_umlauts(plan):
    OrgUnit.objects.create(municipality=plan.municipality, code="A 1", name="Ämter und Bürgerbüro")
    assert OrgUnit.objects.filter(name__icontains="ämter").count() == 1
    assert OrgUnit.objects.filter(name__icontains="BÜRGERBÜRO").count() == 1
    assert OrgUnit.objects.filter(name__icontains="aemter").count() == 0
    assert OrgUnit.objects.filter(name__istartswith="äm").count() == 1


def test_like_wildcards_stay_literal_in_search(plan):
    OrgUnit.objects.create(municipality=plan.municipality, code="A 2", name="100% digital_1")
    OrgUnit.objects.create(municipality=plan.municipality, code="A 3", name="1000 digitalX1")
    assert list(
        OrgUnit.objects.filter(name__icontains="0% digital_").values_list("code", flat=True)
    ) == ["A 2"]
