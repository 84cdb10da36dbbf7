"""Importing a plan from a spreadsheet: preview (writes nothing) and apply (all or nothing)."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sachstand.imports.formats import FileProblem, read_workbook
from sachstand.imports.models import ImportRun
from sachstand.imports.reading import ParsedWorkbook, Problem, parse_workbook
from sachstand.imports.writer import PlanWriter
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require

EXIT_CLEAN, EXIT_PROBLEMS = 0, 1

KIND_LABELS = {
    "strategy": gettext_lazy("strategy"),
    "org_units": gettext_lazy("organisational units"),
    "fields": gettext_lazy("fields of action"),
    "goals": gettext_lazy("goals"),
    "measures": gettext_lazy("measures"),
    "links": gettext_lazy("links (goals, dependencies)"),
    "milestones": gettext_lazy("milestones"),
    "costs": gettext_lazy("cost items"),
    "staff": gettext_lazy("staff needs"),
    "updates": gettext_lazy("status updates"),
    "measurements": gettext_lazy("measurements"),
    "services": gettext_lazy("online services"),
    "usage": gettext_lazy("usage figures"),
}


def counts_line(counts: dict[str, dict[str, int]]) -> list[str]:
    """One German line per kind of object: how many new, changed, unchanged."""
    return [
        _("%(label)s: %(created)d new, %(updated)d changed, %(unchanged)d unchanged")
        % {
            "label": label,
            "created": counts[kind].get("created", 0),
            "updated": counts[kind].get("updated", 0),
            "unchanged": counts[kind].get("unchanged", 0),
        }
        for kind, label in KIND_LABELS.items()
        if counts.get(kind)
    ]


@dataclass
class ImportResult:
    run: ImportRun
    applied: bool
    problems: list[Problem]
    notes: list[str]
    counts: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        return EXIT_PROBLEMS if self.problems else EXIT_CLEAN


class _Rollback(Exception):
    """Leaves the transaction of a preview or a refused import without writing."""


def plan_import(
    *,
    municipality: Municipality,
    data: bytes,
    filename: str,
    user: AbstractBaseUser | None,
    apply: bool = False,
    skip_invalid: bool = False,
    create_missing: bool = False,
    when: datetime | None = None,
) -> ImportResult:
    """Read ``data`` and run it through the domain's rules.

    The preview does everything an import does, then rolls it back, so what it reports is exactly
    what applying would do. Applying writes all or nothing: with problems it writes nothing,
    unless ``skip_invalid`` is set, which writes the valid rows and skips the invalid ones and
    those that depend on them.
    """
    require(user, Act.EDIT_PLAN, municipality)
    try:
        workbook = parse_workbook(read_workbook(data, filename))
    except FileProblem as problem:
        workbook = ParsedWorkbook({}, [Problem(filename, None, "", "", problem.message)], [])
    writer = PlanWriter(
        municipality=municipality, user=user, create_missing=create_missing, when=when
    )
    applied = False
    try:
        with transaction.atomic():
            if workbook.rows:
                writer.write(workbook)
            problems = [*workbook.problems, *writer.problems]
            applied = apply and (not problems or skip_invalid)
            if not applied:
                raise _Rollback
    except _Rollback:
        pass
    problems = [*workbook.problems, *writer.problems]
    return import_recorded(
        municipality=municipality,
        user=user,
        filename=filename,
        data=data,
        applied=applied,
        apply=apply,
        problems=problems,
        notes=[*workbook.notes, *writer.notes],
        counts=writer.counts,
    )


def import_recorded(
    *,
    municipality: Municipality,
    user: AbstractBaseUser | None,
    filename: str,
    data: bytes,
    applied: bool,
    apply: bool,
    problems: list[Problem],
    notes: list[str],
    counts: dict[str, Counter[str]],
) -> ImportResult:
    """Record an import run with the file, its problems and counts; the result to report."""
    kept = {kind: dict(counter) for kind, counter in counts.items() if counter}
    run = ImportRun.objects.create(
        municipality=municipality,
        user=user,
        file_name=filename[:255],
        file_sha256=hashlib.sha256(data).hexdigest(),
        data=data,
        status=import_status(applied, bool(problems), apply),
        counts=kept,
        problems=[p.as_dict() for p in problems],
        notes=notes,
    )
    return ImportResult(run, applied, problems, notes, kept)


def import_status(applied: bool, problems: bool, apply: bool) -> str:
    if not apply:
        return ImportRun.Status.PREVIEW
    if not applied:
        return ImportRun.Status.REFUSED
    return ImportRun.Status.APPLIED_PARTLY if problems else ImportRun.Status.APPLIED


def counts_total(counts: dict[str, dict[str, int]]) -> Counter[str]:
    total: Counter[str] = Counter()
    for per_kind in counts.values():
        total.update(per_kind)
    return total


def report_lines(result: ImportResult, apply: bool) -> tuple[list[str], list[str]]:
    """What a command prints about an import: lines for standard output and for errors."""
    if apply and result.applied:
        out = [_("Applied:")]
    elif apply:
        out = [_("Nothing was written, because the file has problems.")]
    else:
        out = [_("Preview (nothing was written):")]
    out += [f"  {line}" for line in counts_line(result.counts)]
    out += [_("Note: %(note)s") % {"note": note} for note in result.notes]
    err = []
    if result.problems:
        err.append(
            ngettext("%(count)d problem:", "%(count)d problems:", len(result.problems))
            % {"count": len(result.problems)}
        )
        err += [f"  {problem}" for problem in result.problems]
    return out, err
