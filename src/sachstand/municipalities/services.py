"""Memberships: who holds which role in a municipality."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from sachstand.core.history import set_links
from sachstand.core.services import history_context, upsert
from sachstand.municipalities.models import Membership, Municipality, OrgUnit, Role
from sachstand.municipalities.roles import Act, grants_forget, require


@transaction.atomic
def membership_grant(
    *,
    municipality: Municipality,
    member: AbstractBaseUser,
    role: Role | str,
    org_units: Iterable[OrgUnit] = (),
    user: AbstractBaseUser | None,
    when: datetime | None = None,
) -> Membership:
    """Give ``member`` the ``role`` in ``municipality`` (an editor: for ``org_units``)."""
    require(user, Act.MANAGE_MEMBERS, municipality)
    units = list(org_units)
    foreign = [u for u in units if u.municipality_id != municipality.pk]
    if foreign:
        raise ValidationError(
            {
                "org_units": _("“%(value)s” belongs to another municipality.")
                % {"value": ", ".join(str(u) for u in foreign)}
            }
        )
    if role == Role.EDITOR and not units:
        raise ValidationError({"org_units": _("An editor needs at least one organisational unit.")})
    membership, _written = upsert(
        Membership,
        lookup={"municipality": municipality, "user": member, "role": role},
        values={},
        user=user,
        when=when,
    )
    with history_context(membership, user=user, when=when):
        set_links(membership, "org_units", units)
    if not member.is_staff:
        # The back office admits staff; a role in a municipality makes a person staff.
        member.is_staff = True
        member.save(update_fields=["is_staff"])
    grants_forget(member)
    return membership


@transaction.atomic
def membership_revoke(
    *,
    municipality: Municipality,
    member: AbstractBaseUser,
    role: Role | str,
    user: AbstractBaseUser | None,
) -> bool:
    require(user, Act.MANAGE_MEMBERS, municipality)
    membership = Membership.objects.filter(
        municipality=municipality, user=member, role=role
    ).first()
    if membership is None:
        return False
    membership._history_user = user
    membership.delete()
    grants_forget(member)
    return True
