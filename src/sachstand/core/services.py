"""Shared write helpers for services: validation with German messages, and dated history."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

M = TypeVar("M", bound=models.Model)


def system_user() -> AbstractBaseUser:
    """The user that writes without a person behind them (command line, demo, imports)."""
    user, _created = get_user_model().objects.get_or_create(
        username=settings.SACHSTAND_SYSTEM_USER,
        defaults={"is_active": False, "first_name": "sachstand", "last_name": "System"},
    )
    return user


def user_by_username(username: str | None) -> AbstractBaseUser:
    """The user named on the command line (``--user``), or the system user."""
    if not username:
        return system_user()
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise ValidationError(
            _("There is no user named “%(username)s”.") % {"username": username},
            code="unknown_user",
        ) from None


def assign(instance: M, values: Mapping[str, Any]) -> bool:
    """Set ``values`` on ``instance``; tell whether any value really changed."""
    changed = False
    for name, value in values.items():
        field = instance._meta.get_field(name)
        attname = getattr(field, "attname", name)
        new = value.pk if isinstance(value, models.Model) and attname != name else value
        if field.to_python(getattr(instance, attname)) != field.to_python(new):
            setattr(instance, attname, new)
            changed = True
    return changed


def save_validated(
    instance: M,
    *,
    user: AbstractBaseUser | None,
    when: datetime | None = None,
    reason: str | None = None,
    validate_constraints: bool = True,
) -> M:
    """Validate (German messages), then save with the history's user, date and reason.

    ``validate_constraints=False`` is for callers that check uniqueness themselves and whose
    check constraints repeat the field validators: Django checks each constraint by a query.
    """
    instance.full_clean(validate_constraints=validate_constraints)
    with history_context(instance, user=user, when=when, reason=reason):
        instance.save()
    return instance


class history_context:
    """Attach who, when and why to the history rows that ``instance`` writes inside the block.

    Many-to-many changes write history rows too, so links are set inside the same block.
    """

    _ATTRS = ("_history_user", "_history_date", "_change_reason")

    def __init__(
        self,
        instance: models.Model,
        *,
        user: AbstractBaseUser | None,
        when: datetime | None = None,
        reason: str | None = None,
    ) -> None:
        self.instance = instance
        self.values = dict(zip(self._ATTRS, (user, when, reason), strict=True))

    def __enter__(self) -> models.Model:
        for attr, value in self.values.items():
            if value is not None:
                setattr(self.instance, attr, value)
        return self.instance

    def __exit__(self, *exc: object) -> None:
        for attr in self._ATTRS:
            self.instance.__dict__.pop(attr, None)


def upsert(
    model: type[M],
    *,
    lookup: Mapping[str, Any],
    values: Mapping[str, Any],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
    reason: str | None = None,
) -> tuple[M, bool]:
    """Create the object found by ``lookup`` or update it; save only when something changed.

    Returns the object and whether anything was written.
    """
    instance = model._default_manager.filter(**lookup).first()
    if instance is None:
        instance = model(**lookup)
        assign(instance, values)
        return save_validated(instance, user=user, when=when, reason=reason), True
    if not assign(instance, values):
        return instance, False
    return save_validated(instance, user=user, when=when, reason=reason), True


def describe_validation_error(
    error: ValidationError, model: type[models.Model] | None = None
) -> str:
    """One German line per problem, naming the field, for the command line."""
    if not hasattr(error, "error_dict"):
        return "\n".join(error.messages)
    lines = []
    for name, errors in error.error_dict.items():
        label = name
        if model is not None and name != "__all__":
            try:
                label = str(model._meta.get_field(name).verbose_name)
            except Exception:
                label = name
        for message in ValidationError(errors).messages:
            lines.append(message if name == "__all__" else f"{label}: {message}")
    return "\n".join(lines)
