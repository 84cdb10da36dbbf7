"""Survey results as CSV: the same numbers as the result page, suppression included.

Like the open data (docs/opendata.md): comma, CRLF, UTF-8 with byte order mark, decimal point.
Cells that a spreadsheet would run as a formula (starting with = + - @ or a tab) get a leading
apostrophe: the texts come from the public.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from django.utils.translation import gettext as _

from sachstand.participation.models import QuestionKind
from sachstand.participation.selectors.results import MIN_ANSWERS, SurveyResults

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.quantize(Decimal("0.1")), "f")
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def results_csv(results: SurveyResults) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(
        [_("survey"), _("part"), _("question"), _("answer"), _("people"), _("share (%)"),
         _("note")]
    )  # fmt: skip
    title = results.survey.title
    suppressed = _("fewer than %(min)d answers, not broken down") % {"min": MIN_ANSWERS}
    writer.writerow([cell(title), _("responses"), "", "", results.responses, "", ""])
    for r in results.questions:
        q = r.question
        part = str(QuestionKind(q.kind).label)
        if r.suppressed:
            writer.writerow([cell(title), part, cell(q.text), "", "", "", suppressed])
            continue
        for share in r.shares:
            writer.writerow(
                [cell(title), part, cell(q.text), cell(share.label), share.count,
                 cell(share.percent), ""]
            )  # fmt: skip
        if r.mean is not None:
            writer.writerow(
                [cell(title), part, cell(q.text), _("average"), "", "",
                 format(r.mean.quantize(Decimal("0.01")), "f")]
            )  # fmt: skip
        if r.need is not None:
            writer.writerow(
                [cell(title), part, cell(q.text), _("signalled a need"), r.need.count,
                 cell(r.need.percent), ""]
            )  # fmt: skip
        if q.kind == QuestionKind.TEXT:
            writer.writerow(
                [cell(title), part, cell(q.text), _("free texts"), r.respondents, "", ""]
            )
            for text in r.texts:
                writer.writerow(
                    [cell(title), _("published free text"), cell(q.text), cell(text.text),
                     "", "", ""]
                )  # fmt: skip
    for need in results.needs:
        writer.writerow(
            [cell(title), _("need per field of action or service"), "", cell(need.label),
             need.need, cell(need.percent), _("of %(asked)d asked") % {"asked": need.asked}]
        )  # fmt: skip
    if results.hidden_needs:
        writer.writerow(
            [cell(title), _("need per field of action or service"), "", "", "", "",
             _("%(count)d left out: %(reason)s") % {"count": results.hidden_needs,
                                                     "reason": suppressed}]
        )  # fmt: skip
    return out.getvalue().encode("utf-8-sig")
