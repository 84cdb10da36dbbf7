"""Releasing a status report: its content and files are frozen and served as stored."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from sachstand.municipalities.models import Committee, Municipality
from sachstand.reporting.models import ReleasedReport, ReportingPeriod
from sachstand.reporting.report_model import Report, report_to_dict
from sachstand.reporting.report_model.builder import report_as_of, report_build

# Renders a report into every stored format: {"pdf": ..., "docx": ..., "html": ...}. Passed in by
# the caller, because the domain does not import the renderers (see the house plan).
RenderAll = Callable[[Report], dict[str, bytes]]


@transaction.atomic
def report_release(
    *,
    municipality: Municipality,
    period: ReportingPeriod,
    render_all: RenderAll,
    user: AbstractBaseUser | None,
    committee: Committee | None = None,
    when: datetime | None = None,
) -> ReleasedReport:
    """Build the report of ``period`` as released version n+1 and store content and files."""
    when = when or timezone.now()
    previous = ReleasedReport.objects.filter(period=period, committee=committee).aggregate(
        Max("version")
    )["version__max"]
    version = (previous or 0) + 1
    as_of = report_as_of(period, when)
    report = report_build(
        municipality=municipality,
        period=period,
        as_of=as_of,
        committee=committee,
        version=version,
        released=True,
    )
    files = render_all(report)
    return ReleasedReport.objects.create(
        municipality=municipality,
        period=period,
        committee=committee,
        version=version,
        as_of=as_of,
        released_at=when,
        released_by=user,
        content=report_to_dict(report),
        pdf=files["pdf"],
        docx=files["docx"],
        html=files["html"].decode("utf-8"),
        pdf_sha256=hashlib.sha256(files["pdf"]).hexdigest(),
        docx_sha256=hashlib.sha256(files["docx"]).hexdigest(),
        html_sha256=hashlib.sha256(files["html"]).hexdigest(),
    )


def released_file(report: ReleasedReport, fmt: str) -> bytes:
    """The stored bytes of one format, exactly as released."""
    if fmt == "html":
        return report.html.encode("utf-8")
    return bytes(getattr(report, fmt))
