import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

# The first two digits of an AGS name the federal state.
FEDERAL_STATE_CODES = {
    "01": "SH", "02": "HH", "03": "NI", "04": "HB", "05": "NW", "06": "HE", "07": "RP",
    "08": "BW", "09": "BY", "10": "SL", "11": "BE", "12": "BB", "13": "MV", "14": "SN",
    "15": "ST", "16": "TH",
}  # fmt: skip

_AGS = re.compile(r"^\d{8}$")


def validate_ags(value: str) -> None:
    """An Amtlicher Gemeindeschlüssel: 8 digits, the first two a federal state's code."""
    if not _AGS.match(value or ""):
        raise ValidationError(
            _("AGS “%(value)s” is invalid: it must consist of exactly 8 digits."),
            code="ags_format",
            params={"value": value},
        )
    if value[:2] not in FEDERAL_STATE_CODES:
        raise ValidationError(
            _("AGS “%(value)s” is invalid: %(state)s is not the code of a federal state (01–16)."),
            code="ags_state",
            params={"value": value, "state": value[:2]},
        )
