"""The privacy contacts shown on the privacy notice (Art. 13 DSGVO)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser

from sachstand.core.services import upsert
from sachstand.municipalities.models import Municipality
from sachstand.municipalities.roles import Act, require
from sachstand.participation.models import PrivacyContact


def privacy_contact_save(
    *,
    municipality: Municipality,
    values: Mapping[str, str],
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> tuple[PrivacyContact, bool]:
    """Set who is responsible and how to reach the data protection officer."""
    require(user, Act.EDIT_PLAN, municipality)
    return upsert(
        PrivacyContact, lookup={"municipality": municipality}, values=values, user=user, when=when
    )
