from argparse import ArgumentParser
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.municipalities.models import Membership, OrgUnit, Role
from sachstand.municipalities.services import membership_grant, membership_revoke


class Command(SachstandCommand):
    help = gettext_lazy(
        "Gives a person a role in a municipality (creating the account if needed), or takes it "
        "away; without --role lists the members."
    )
    writes = True
    model = Membership

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        self.add_municipality_argument(parser)
        parser.add_argument("--person", help=gettext_lazy("user name of the person"))
        parser.add_argument(
            "--role",
            choices=Role.values,
            help=gettext_lazy("administrator, editor, reviewer or council_reader"),
        )
        parser.add_argument(
            "--unit",
            action="append",
            default=[],
            help=gettext_lazy("code of an org unit the editor keeps (repeatable), e.g. “FB 32”"),
        )
        parser.add_argument("--email", help=gettext_lazy("e-mail address (for reminders)"))
        parser.add_argument("--first-name", default="", help=gettext_lazy("first name"))
        parser.add_argument("--last-name", default="", help=gettext_lazy("last name"))
        parser.add_argument(
            "--revoke", action="store_true", help=gettext_lazy("take the role away")
        )

    @transaction.atomic
    def run(self, **options: Any) -> None:
        municipality = self.municipality(options["municipality"])
        if not options["role"]:
            self._list(municipality)
            return
        if not options["person"]:
            raise ValidationError({"user": _("Name the person with --person.")})
        user = self.acting_user(options)
        users = get_user_model()
        person = users.objects.filter(username=options["person"]).first()
        if options["revoke"]:
            if person is None or not membership_revoke(
                municipality=municipality, member=person, role=options["role"], user=user
            ):
                raise ValidationError(
                    _("%(person)s has no role “%(role)s” in %(municipality)s.")
                    % {
                        "person": options["person"],
                        "role": Role(options["role"]).label,
                        "municipality": municipality.name,
                    }
                )
            self.stdout.write(
                _("%(person)s no longer has the role “%(role)s” in %(municipality)s.")
                % {
                    "person": person.get_username(),
                    "role": Role(options["role"]).label,
                    "municipality": municipality.name,
                }
            )
            return
        units = self._units(municipality, options["unit"])
        if person is None:
            person = users(
                username=options["person"],
                email=options["email"] or "",
                first_name=options["first_name"],
                last_name=options["last_name"],
            )
            person.set_unusable_password()
            person.full_clean()
            person.save()
            self.stdout.write(
                _(
                    "Account %(person)s created without a password; set one with "
                    "“sachstand changepassword %(person)s”."
                )
                % {"person": person.get_username()}
            )
        elif options["email"]:
            person.email = options["email"]
            person.save(update_fields=["email"])
        membership_grant(
            municipality=municipality,
            member=person,
            role=options["role"],
            org_units=units,
            user=user,
        )
        self.stdout.write(
            _("%(person)s has the role “%(role)s” in %(municipality)s%(units)s.")
            % {
                "person": person.get_username(),
                "role": Role(options["role"]).label,
                "municipality": municipality.name,
                "units": f" ({', '.join(u.code for u in units)})" if units else "",
            }
        )

    @staticmethod
    def _units(municipality, codes: list[str]) -> list[OrgUnit]:
        units = {u.code: u for u in OrgUnit.objects.filter(municipality=municipality)}
        unknown = [code for code in codes if code not in units]
        if unknown:
            raise ValidationError(
                {
                    "org_units": _(
                        "Unknown org unit(s) in %(municipality)s: %(codes)s. Known: %(known)s."
                    )
                    % {
                        "municipality": municipality.name,
                        "codes": ", ".join(unknown),
                        "known": ", ".join(units) or "–",
                    }
                }
            )
        return [units[code] for code in codes]

    def _list(self, municipality) -> None:
        for membership in (
            Membership.objects.filter(municipality=municipality)
            .select_related("user")
            .prefetch_related("org_units")
            .order_by("user__username", "role")
        ):
            units = ", ".join(u.code for u in membership.org_units.all())
            self.stdout.write(
                f"{membership.user.get_username()}\t{membership.get_role_display()}"
                + (f"\t{units}" if units else "")
            )
