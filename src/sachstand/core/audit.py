"""The audit trail of a municipality: every recorded change in a time span, who made it and what
changed, read from the change history that every domain model keeps.

Each change is compared with the object's previous history row (also one older than the span),
so a row names the old and the new value of every field that changed, many-to-many links
included. One pass per model, a fixed number of queries per model.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from django.apps import apps
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.models import HistoricalRecords

from sachstand.municipalities.models import Municipality


@dataclass(frozen=True)
class AuditRow:
    when: datetime
    user: str
    model: str
    object_id: int
    object: str
    action: str
    changes: tuple[tuple[str, str, str], ...]  # (field, old, new)
    reason: str


def tracked_models() -> list[type[models.Model]]:
    """The models with a change history that belong to a municipality (and the municipality)."""
    found = []
    for model in apps.get_models():
        history = getattr(model, "_change_history", None)
        if history is None or model._meta.proxy:  # a proxy's rows are its concrete model's
            continue
        names = {f.name for f in model._meta.get_fields()}
        if "municipality" in names or model is Municipality:
            found.append(model)
    return sorted(found, key=lambda m: m._meta.label)


def audit_trail(municipality: Municipality, start: datetime, end: datetime) -> Iterator[AuditRow]:
    """Every change to ``municipality``'s objects with ``start <= time < end``, oldest first."""
    rows: list[AuditRow] = []
    for model in tracked_models():
        rows.extend(_model_rows(model, municipality, start, end))
    rows.sort(key=lambda r: (r.when, r.model, r.object_id))
    yield from rows


def _model_rows(model, municipality, start, end) -> Iterator[AuditRow]:
    historical = model.history.model
    pk = model._meta.pk.attname
    owner = {pk: municipality.pk} if model is Municipality else {"municipality_id": municipality.pk}
    changed_ids = (
        historical.objects.filter(**owner, history_date__gte=start, history_date__lt=end)
        .values_list(pk, flat=True)
        .distinct()
    )
    records = list(
        historical.objects.filter(**{f"{pk}__in": changed_ids}, history_date__lt=end)
        .select_related("history_user")
        .order_by(pk, "history_id")
    )
    if not records:
        return
    fields = [f for f in model._change_history.fields_included(model) if f.attname != pk]
    links = _links(model, records)
    label = str(model._meta.verbose_name)
    previous: dict[int, object] = {}
    for record in records:
        object_id = getattr(record, pk)
        before = previous.get(object_id)
        previous[object_id] = record
        if record.history_date < start:
            continue
        changes = []
        if record.history_type == "~" and before is not None:
            for field in fields:
                old, new = getattr(before, field.attname), getattr(record, field.attname)
                if field.to_python(old) != field.to_python(new):
                    changes.append((str(field.verbose_name), _value(old), _value(new)))
            for verbose, by_record in links.values():
                old_links = by_record.get(before.history_id, ())
                new_links = by_record.get(record.history_id, ())
                if set(old_links) != set(new_links):
                    changes.append(
                        (verbose, ", ".join(sorted(old_links)), ", ".join(sorted(new_links)))
                    )
        yield AuditRow(
            when=record.history_date,
            user=_person(record.history_user),
            model=label,
            object_id=object_id,
            object=str(record.instance) if record.history_type != "-" else _deleted(record),
            action=record.history_type,
            changes=tuple(changes),
            reason=record.history_change_reason or "",
        )


def _deleted(record) -> str:
    try:
        return str(record.instance)
    except Exception:
        return "–"


def _links(model, records) -> dict[str, tuple[str, dict[int, list[str]]]]:
    """Per many-to-many field: the linked objects' names per history row."""
    found = {}
    ids = [r.history_id for r in records]
    for field in model._change_history.get_m2m_fields_from_model(model):
        pairs = list(
            HistoricalRecords.m2m_models[field]
            .objects.filter(history_id__in=ids)
            .values_list("history_id", f"{field.m2m_reverse_field_name()}_id")
        )
        names = {
            o.pk: str(o)
            for o in field.related_model._default_manager.filter(pk__in={t for _h, t in pairs})
        }
        by_record: dict[int, list[str]] = {}
        for history_id, target_id in pairs:
            by_record.setdefault(history_id, []).append(names.get(target_id, str(target_id)))
        found[field.name] = (str(field.verbose_name), by_record)
    return found


def _person(user) -> str:
    if user is None:
        return _("the system")
    full = user.get_full_name()
    return f"{full} ({user.get_username()})" if full else user.get_username()


def _value(value) -> str:
    if value is None:
        return ""
    return str(value)


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Spreadsheets run cells that start like a formula; an audit export only shows them."""
    return "'" + text if text.startswith(FORMULA_START) else text


def audit_csv(rows: Iterator[AuditRow]) -> bytes:
    """The trail as CSV (UTF-8 with BOM, semicolons, as German spreadsheets expect): one line
    per changed field, a created or deleted object as one line."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(
        [
            _("time"),
            _("person"),
            _("kind of object"),
            _("object id"),
            _("object"),
            _("action"),
            _("field"),
            _("old value"),
            _("new value"),
            _("reason"),
        ]
    )
    labels = {"+": _("created"), "~": _("changed"), "-": _("deleted")}
    for row in rows:
        moment = timezone.localtime(row.when).strftime("%Y-%m-%d %H:%M:%S")
        head = [moment, row.user, row.model, str(row.object_id), row.object, labels[row.action]]
        for field, old, new in row.changes or [("", "", "")]:
            writer.writerow([_cell(v) for v in (*head, field, old, new, row.reason)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
