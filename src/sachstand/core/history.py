"""History of every change: who, when, old and new values (django-simple-history, tightened).

Two things the library does not do on its own and sachstand needs:

* Only real changes are recorded. A save that changes nothing (loading the demo twice, a form
  submitted unchanged) writes no history row.
* "The data as it stood at date X" includes many-to-many links. The library's ``as_of`` returns
  instances whose many-to-many managers show today's links; :func:`records_as_of` reads the links
  from the snapshot that every historical row carries instead.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import models
from simple_history.models import HistoricalRecords


class ChangeOnlyHistoricalRecords(HistoricalRecords):
    """HistoricalRecords that skips an update whose values equal the last recorded ones."""

    def create_historical_record(self, instance, history_type, using=None):
        if history_type == "~" and not self._differs_from_last_record(instance):
            return
        super().create_historical_record(instance, history_type, using=using)

    def finalize(self, sender, **kwargs):
        super().finalize(sender, **kwargs)
        if getattr(sender._meta, "simple_history_manager_attribute", None):
            sender._change_history = self

    def m2m_changed(self, instance, action, attr, pk_set, reverse, **kwargs):
        if hasattr(instance, "skip_history_when_saving"):
            return
        # The in-memory instance may be stale; the row written must show the stored fields.
        if action in ("post_add", "post_remove", "post_clear") and not reverse:
            fresh = type(instance)._default_manager.get(pk=instance.pk)
            for name in ("_history_user", "_history_date", "_change_reason"):
                if name in instance.__dict__:
                    setattr(fresh, name, instance.__dict__[name])
            instance = fresh
        super().m2m_changed(instance, action, attr, pk_set, reverse, **kwargs)

    def _differs_from_last_record(self, instance: models.Model) -> bool:
        manager = getattr(instance, self.manager_name)
        last = manager.order_by("-history_id").first()
        if last is None:
            return True
        for field in self.fields_included(instance):
            new = field.to_python(getattr(instance, field.attname))
            old = field.to_python(getattr(last, field.attname))
            if new != old:
                return True
        for field in self.get_m2m_fields_from_model(instance.__class__):
            current = set(getattr(instance, field.name).values_list("pk", flat=True))
            recorded = set(
                _m2m_history_model(field)
                .objects.filter(history=last)
                .values_list(f"{field.m2m_reverse_field_name()}_id", flat=True)
            )
            if current != recorded:
                return True
        return False


def set_links(instance: models.Model, name: str, targets: list[models.Model]) -> bool:
    """Replace the many-to-many links ``name`` and record the result as one history row.

    ``manager.set()`` removes, then adds, and each step would write a row of its own, the first
    showing a state that never was meant. Who, when and why are taken from the instance
    (see ``sachstand.core.services.history_context``).
    """
    manager = getattr(instance, name)
    if set(manager.values_list("pk", flat=True)) == {t.pk for t in targets}:
        return False
    instance.skip_history_when_saving = True  # type: ignore[attr-defined]
    try:
        manager.set(targets)
    finally:
        del instance.skip_history_when_saving  # type: ignore[attr-defined]
    records: ChangeOnlyHistoricalRecords = type(instance)._change_history  # type: ignore[attr-defined]
    fresh = type(instance)._default_manager.get(pk=instance.pk)
    for attr in ("_history_user", "_history_date", "_change_reason"):
        if attr in instance.__dict__:
            setattr(fresh, attr, instance.__dict__[attr])
    records.create_historical_record(fresh, "~")
    return True


def record_m2m_snapshots(model: type[models.Model], ids: Iterable[int], when: datetime) -> None:
    """Give the history rows that a bulk write made at ``when`` their many-to-many links.

    ``bulk_update_with_history`` writes one history row per object but not the links those rows
    must carry (see ``records_as_of``); without them the plan "as it stood" would lose its links.
    """
    fields = model.history.model._history_m2m_fields  # type: ignore[attr-defined]
    ids = list(ids)
    if not fields or not ids:
        return
    latest = dict(
        model.history.filter(id__in=ids, history_date=when)  # type: ignore[attr-defined]
        .order_by("id", "history_id")
        .values_list("id", "history_id")
    )
    for field in fields:
        through = getattr(model, field.name).through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        snapshot = _m2m_history_model(field)
        rows = through.objects.filter(**{f"{source}_id__in": list(latest)}).values_list(
            "id", f"{source}_id", f"{target}_id"
        )
        snapshot.objects.bulk_create(
            [
                snapshot(
                    history_id=latest[owner],
                    id=pk,
                    **{f"{source}_id": owner, f"{target}_id": other},
                )
                for pk, owner, other in rows
            ],
            batch_size=1000,
        )


def change_history(
    *, m2m_fields: Iterable[str] = (), excluded_fields: Iterable[str] = ()
) -> ChangeOnlyHistoricalRecords:
    """The history field every domain model carries.

    ``excluded_fields`` are derived values (recomputed from tracked fields), kept out of the
    history so that recomputing them is not mistaken for a change.
    """
    return ChangeOnlyHistoricalRecords(
        m2m_fields=list(m2m_fields),
        excluded_fields=list(excluded_fields),
        cascade_delete_history=False,
        history_change_reason_field=models.TextField(null=True, blank=True),
    )


def records_as_of(
    model: type[models.Model], when: datetime, *, with_links: bool = True, **filters: Any
) -> list[models.Model]:
    """The historical rows of ``model`` that were current at ``when`` (deleted objects left out).

    ``filters`` narrow the historical table, e.g. ``municipality_id=…``. The rows are the
    library's historical instances: plain fields as they stood, and for every tracked
    many-to-many field an attribute ``<field>_ids_as_of`` with the linked ids as they stood.
    """
    history_model = model.history.model  # type: ignore[attr-defined]
    rows = history_model.objects.filter(history_date__lte=when, **filters).order_by(
        "id", "history_date", "history_id"
    )
    latest: dict[int, models.Model] = {}
    for row in rows.iterator(chunk_size=2000):
        latest[row.id] = row
    current = [row for row in latest.values() if row.history_type != "-"]
    if with_links:
        _attach_m2m_as_of(model, current)
    return current


def _m2m_history_model(field: models.ManyToManyField) -> type[models.Model]:
    return HistoricalRecords.m2m_models[field]


def _attach_m2m_as_of(model: type[models.Model], rows: list[models.Model]) -> None:
    by_history_id = {row.history_id: row for row in rows}
    for field in model.history.model._history_m2m_fields:  # type: ignore[attr-defined]
        links: dict[int, list[int]] = {history_id: [] for history_id in by_history_id}
        if by_history_id:
            pairs = (
                _m2m_history_model(field)
                .objects.filter(history_id__in=list(by_history_id))
                .values_list("history_id", f"{field.m2m_reverse_field_name()}_id")
            )
            for history_id, target_id in pairs:
                links[history_id].append(target_id)
        for history_id, row in by_history_id.items():
            setattr(row, f"{field.name}_ids_as_of", sorted(links[history_id]))
