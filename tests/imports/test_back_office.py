"""The import in the back office: upload, preview, confirm; template and export to download."""

import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sachstand.imports.models import ImportRun
from sachstand.strategy.models import Measure
from tests.imports.test_plan_import import GOOD_AND_BAD, HEADERS, xlsx


def test_upload_shows_the_preview_and_confirming_applies(admin_client, plan):
    good = xlsx({"Maßnahmen": [HEADERS, ["M 1.1", "Ämterlotse", "HF 1", "FB 32", "geplant",
                                         "01.01.2026", "31.12.2026", "10 %"]]})  # fmt: skip
    response = admin_client.post(
        reverse("admin:imports_importrun_upload"),
        {"municipality": plan.municipality.pk, "file": SimpleUploadedFile("plan.xlsx", good)},
    )
    run = ImportRun.objects.get()
    assert response.status_code == 302 and run.status == ImportRun.Status.PREVIEW
    page = admin_client.get(response.url).content.decode()
    assert "Dies ist eine Vorschau" in page and "Import übernehmen" in page
    assert not Measure.objects.exists()
    applied = admin_client.post(reverse("admin:imports_importrun_apply", args=[run.pk]))
    assert applied.status_code == 302
    assert Measure.objects.get().title == "Ämterlotse"
    assert ImportRun.objects.filter(status=ImportRun.Status.APPLIED).count() == 1


def test_problems_are_listed_with_sheet_row_and_column(admin_client, plan):
    admin_client.post(
        reverse("admin:imports_importrun_upload"),
        {"municipality": plan.municipality.pk, "file": SimpleUploadedFile("p.xlsx", GOOD_AND_BAD)},
    )
    run = ImportRun.objects.get()
    page = admin_client.get(reverse("admin:imports_importrun_change", args=[run.pk])).content
    text = page.decode()
    assert "Unbekannte Organisationseinheit" in text and "D (Organisationseinheit)" in text
    refused = admin_client.post(reverse("admin:imports_importrun_apply", args=[run.pk]))
    assert refused.status_code == 302 and not Measure.objects.exists()
    admin_client.post(reverse("admin:imports_importrun_apply", args=[run.pk]),
                      {"skip_invalid": "1"})  # fmt: skip
    assert Measure.objects.count() == 3


def test_template_has_the_units_as_choices(admin_client, plan):
    response = admin_client.get(
        reverse("admin:imports_importrun_template") + f"?kommune={plan.municipality.pk}"
    )
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert {"Anleitung", "Maßnahmen", "Meilensteine", "Kosten", "Personal",
            "Sachstandsmeldungen"} <= set(book.sheetnames)  # fmt: skip
    lists = book["Listen"]
    values = {cell.value for row in lists.iter_rows() for cell in row if cell.value}
    assert {"FB 10", "FB 32", "in Umsetzung", "grün", "investiv"} <= values
    assert book["Maßnahmen"].data_validations.dataValidation


def test_export_downloads(admin_client, plan):
    plan.measure("M 1.1")
    for fmt, magic in (("xlsx", b"PK"), ("ods", b"PK"), ("csv", b"PK")):
        url = reverse("admin:imports_importrun_export", args=[plan.municipality.pk, fmt])
        response = admin_client.get(url)
        assert response.status_code == 200 and response.content.startswith(magic)
