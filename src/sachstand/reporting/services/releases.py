"""Releasing a status report: its content and files are frozen and served as stored."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date, datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import ngettext

from sachstand.core.formatting import format_date
from sachstand.municipalities.models import Committee, Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.reporting.models import ReleasedReport, ReportingPeriod
from sachstand.reporting.report_model import Report, report_to_dict
from sachstand.reporting.report_model.builder import report_as_of, report_build
from sachstand.reporting.selectors.rounds import measures_missing

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
    require(user, Act.RELEASE_REPORT, municipality)
    when = when or timezone.now()
    release_check_round(period, on=timezone.localdate(when))
    previous = ReleasedReport.objects.filter(period=period, committee=committee).aggregate(
        Max("version")
    )["version__max"]
    version = (previous or 0) + 1
    as_of = report_as_of(period, when)
    editions = {
        public: report_build(
            municipality=municipality,
            period=period,
            as_of=as_of,
            committee=committee,
            version=version,
            released=True,
            public=public,
        )
        for public in (False, True)
    }
    report, files = editions[False], render_all(editions[False])
    public_files = render_all(editions[True])
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
        public_content=report_to_dict(editions[True]),
        public_pdf=public_files["pdf"],
        public_docx=public_files["docx"],
        public_html=public_files["html"].decode("utf-8"),
        public_pdf_sha256=hashlib.sha256(public_files["pdf"]).hexdigest(),
        public_docx_sha256=hashlib.sha256(public_files["docx"]).hexdigest(),
        public_html_sha256=hashlib.sha256(public_files["html"]).hexdigest(),
    )


def release_check_round(period: ReportingPeriod, *, on: date) -> None:
    """The report of a round is released after its deadline, or earlier once every measure due
    has reported; otherwise the editors still have time and their updates would be missing."""
    if period.deadline is None or on > period.deadline:
        return
    missing = measures_missing(period).count()
    if missing:
        raise ValidationError(
            ngettext(
                "The deadline for %(half_year)s is %(deadline)s and %(count)d measure has not "
                "reported yet; release the report after the deadline.",
                "The deadline for %(half_year)s is %(deadline)s and %(count)d measures have not "
                "reported yet; release the report after the deadline.",
                missing,
            )
            % {
                "half_year": period.half_year.label,
                "deadline": format_date(period.deadline),
                "count": missing,
            },
            code="before_deadline",
        )


def released_file(report: ReleasedReport, fmt: str, *, public: bool = False) -> bytes:
    """The stored bytes of one format of the council's (or the public) edition, as released."""
    name = f"public_{fmt}" if public else fmt
    if fmt == "html":
        return getattr(report, name).encode("utf-8")
    return bytes(getattr(report, name))
