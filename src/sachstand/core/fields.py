from django.db import models
from django.utils.translation import gettext_lazy as _

from sachstand.core.halfyear import HalfYear


class HalfYearField(models.CharField):
    """Stores a HalfYear as its text "2026-H1", which also sorts chronologically."""

    description = _("half-year")

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("max_length", 7)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 7:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return None if value is None else HalfYear.parse(value)

    def to_python(self, value):
        if value is None or isinstance(value, HalfYear):
            return value
        return HalfYear.parse(value)

    def get_prep_value(self, value):
        if value is None:
            return None
        return str(self.to_python(value))

    def value_to_string(self, obj) -> str:
        return str(self.value_from_object(obj))

    def formfield(self, **kwargs):
        return super().formfield(**{"max_length": 7, **kwargs})

    def run_validators(self, value) -> None:
        super().run_validators(None if value is None else str(value))
