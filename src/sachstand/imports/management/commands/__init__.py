from pathlib import Path

from django.core.management.base import CommandError
from django.utils.translation import gettext as _


def _write(out: Path, data: bytes) -> None:
    """Write a command's output file; an unwritable path gets a German message."""
    try:
        out.write_bytes(data)
    except OSError as error:
        raise CommandError(
            _("The file %(path)s cannot be written: %(reason)s")
            % {"path": out, "reason": error.strerror or error}
        ) from None
