"""Field validators whose German messages name the offending value."""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

PERCENT = [
    MinValueValidator(0, message=_("%(show_value)s %% is not a percentage between 0 and 100.")),
    MaxValueValidator(100, message=_("%(show_value)s %% is not a percentage between 0 and 100.")),
]
RATING = [
    MinValueValidator(1, message=_("%(show_value)s is not a rating from 1 to 5.")),
    MaxValueValidator(5, message=_("%(show_value)s is not a rating from 1 to 5.")),
]
NOT_NEGATIVE = [
    MinValueValidator(
        Decimal("0"), message=_("%(show_value)s is negative; amounts must not be negative.")
    )
]
YEAR = [
    MinValueValidator(2000, message=_("%(show_value)s is not a plausible year (2000–2100).")),
    MaxValueValidator(2100, message=_("%(show_value)s is not a plausible year (2000–2100).")),
]
