"""Importing a municipality's register of online services from a spreadsheet or CSV.

Two kinds of sheet: "Onlinedienste" (one row per service: catalogue keys, name, unit, level,
...) and "Nutzung" (applications per service and half-year). Catalogue entries are matched by
LeiKa key or OZG id and never guessed: a key that is not in the catalogue, an OZG id that does
not fit the LeiKa key, a service named twice, an unknown unit or measure are problems that name
sheet, row and column. Like the plan import, a preview rolls back everything it did, and
applying writes all or nothing.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from sachstand.core.halfyear import HalfYear
from sachstand.imports import values as v
from sachstand.imports.columns import Column, SheetSpec, codes
from sachstand.imports.formats import FileProblem, read_workbook
from sachstand.imports.reading import ParsedRow, ParsedWorkbook, Problem, parse_workbook
from sachstand.imports.services import ImportResult, import_recorded
from sachstand.municipalities.models import Municipality, OrgUnit
from sachstand.onlineservices.models import (
    LeikaService,
    MaturityScale,
    OnlineService,
    OzgService,
    ServiceUsage,
)
from sachstand.onlineservices.selectors import register_scale
from sachstand.onlineservices.services import (
    level_derivation,
    register_indicators_update,
    service_save,
    service_set_measures,
    usage_save,
)
from sachstand.strategy.models import Measure

NOT_IN_LEIKA = {"nichtimleika", "null", "none", "keiner", "keine", "ohne", "lokal"}


def leika_key(value: object) -> str | None:
    """A 14-digit LeiKa key (also from a number cell), or None for "nicht im LeiKa"."""
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        text = str(int(value)) if value == int(value) else str(value)
    else:
        text = v.parse_text(value).replace(" ", "")
    if v.header_key(text) in NOT_IN_LEIKA or text in {"-", "–"}:
        return None
    if not (text.isdigit() and len(text) == 14):
        raise v.ValueProblem(
            _("“%(value)s” is not a LeiKa key (14 digits, or “nicht im LeiKa”).") % {"value": text},
            value=value,
        )
    return text


def _maybe_int(value: object) -> int | None:
    text = v.parse_text(value) if isinstance(value, str) else None
    if text is not None and v.header_key(text) in NOT_IN_LEIKA:
        return None
    return v.parse_int(value)


def _count(value: object) -> int:
    number = v.parse_int(value)
    if number < 0:
        raise v.ValueProblem(
            _("“%(value)s” is negative; a number of applications cannot be.") % {"value": number},
            value=value,
        )
    return number


def _days(value: object) -> Decimal:
    number = v.parse_decimal(value)
    if number < 0:
        raise v.ValueProblem(
            _("“%(value)s” is negative; a processing time cannot be.") % {"value": number},
            value=value,
        )
    return number


LEIKA = Column(
    "leika",
    "LeiKa-Schlüssel",
    leika_key,
    False,
    ("LeiKa", "LeiKa-Key", "leika_key", "Leistungsschlüssel", "LeiKa-Nr"),
    "14 Ziffern oder „nicht im LeiKa“",
)
OZG = Column(
    "ozg",
    "OZG-ID",
    _maybe_int,
    False,
    ("OZG", "OZG-Nr", "ozg_id", "OZG-Leistung (ID)", "OZG-Kennung"),
    "Nummer der OZG-Leistung",
)
NAME = Column(
    "name",
    "Leistung",
    v.parse_text,
    False,
    ("Name", "Bezeichnung", "Verwaltungsleistung", "Leistungsname", "Dienst"),
    "leer: der Name aus dem Katalog",
)

SERVICES = SheetSpec(
    "services",
    "Onlinedienste",
    (
        LEIKA,
        OZG,
        NAME,
        Column("themenfeld", "Themenfeld", v.parse_text, False, ("Thema",)),
        Column("lebenslage", "Lebenslage", v.parse_text, False, ("Lebenslagen",)),
        Column(
            "unit",
            "Organisationseinheit",
            v.parse_text,
            False,
            ("OE", "Zuständig", "Zuständigkeit", "Fachbereich", "Amt"),
            "Kürzel, z. B. FB 32",
        ),
        Column("url", "URL", v.parse_text, False, ("Link", "Adresse", "URL des Onlinedienstes")),
        Column(
            "level",
            "Reifegrad",
            v.parse_int,
            False,
            ("Reifegradstufe", "Stufe", "OZG-Reifegrad"),
            "Stufe des Reifegradmodells",
        ),
        Column(
            "scale",
            "Reifegradmodell",
            v.parse_text,
            False,
            ("Modell", "Skala", "Version"),
            "1.1 oder 2.0; leer: das Modell der Kommune",
        ),
        Column("e_payment", "E-Payment", v.parse_bool, False, ("ePayment", "Bezahlung online")),
        Column(
            "citizen_account",
            "BundID",
            v.parse_bool,
            False,
            ("Nutzerkonto", "Servicekonto", "DeutschlandID", "Login mit BundID"),
        ),
        Column("online_since", "Online seit", v.parse_date, False, ("Online ab", "Go-live")),
        Column("measures", "Maßnahmen", codes, False, ("Massnahmen", "Maßnahme")),
    ),
    ("Register", "Dienste", "Leistungen", "Services"),
)

USAGE = SheetSpec(
    "usage",
    "Nutzung",
    (
        LEIKA,
        OZG,
        NAME,
        Column("half_year", "Halbjahr", v.parse_half_year, True, ("Zeitraum", "Berichtszeitraum")),
        Column("online", "Anträge online", _count, False, ("Online",)),
        Column("paper", "Anträge Papier", _count, False, ("Papier", "schriftlich")),
        Column("in_person", "Anträge persönlich", _count, False, ("Persönlich", "vor Ort")),
        Column("email", "Anträge E-Mail", _count, False, ("E-Mail", "per E-Mail")),
        Column(
            "median_days",
            "Bearbeitungszeit Median (Tage)",
            _days,
            False,
            ("Bearbeitungszeit", "Median (Tage)", "Bearbeitungsdauer Median"),
        ),
    ),
    ("Fallzahlen", "Anträge", "Usage"),
)

REGISTER_SHEETS = (SERVICES, USAGE)

USAGE_FIELDS = {"online": "online", "paper": "paper", "in_person": "in_person", "email": "email"}


@dataclass
class _Identity:
    leika: LeikaService | None
    ozg: OzgService | None
    name: str

    @property
    def key(self) -> tuple[str, str]:
        if self.leika is not None and self.leika.leika_key:
            return ("leika", self.leika.leika_key)
        if self.leika is not None:
            return ("leika-id", str(self.leika.pk))
        return ("name", v.header_key(self.name))


@dataclass
class RegisterWriter:
    municipality: Municipality
    user: AbstractBaseUser | None
    when: datetime | None = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, Counter[str]] = field(
        default_factory=lambda: {"services": Counter(), "usage": Counter()}
    )

    def __post_init__(self) -> None:
        self.scale = register_scale(self.municipality)
        self.units = {u.code: u for u in OrgUnit.objects.filter(municipality=self.municipality)}
        self.measures = set(
            Measure.objects.filter(municipality=self.municipality).values_list("code", flat=True)
        )
        self.scales = {s.code: s for s in MaturityScale.objects.prefetch_related("levels")}
        self.seen: dict[tuple[str, str], int] = {}
        self.services: dict[tuple[str, str], OnlineService] = {}

    def write(self, workbook: ParsedWorkbook) -> None:
        for row in workbook.rows.get("services", []):
            self._service(row)
        for row in workbook.rows.get("usage", []):
            self._usage(row)
        for row in [*workbook.rows.get("services", []), *workbook.rows.get("usage", [])]:
            self.problems.extend(row.problems)

    # --- matching -------------------------------------------------------------------------

    def _identity(self, row: ParsedRow) -> _Identity | None:
        key, ozg_id = row.values.get("leika"), row.values.get("ozg")
        name = row.values.get("name") or ""
        leika = ozg = None
        if key:
            leika = LeikaService.objects.select_related("ozg_service").filter(leika_key=key).first()
            if leika is None:
                row.problem("leika", _("This LeiKa key is not in the catalogue."))
                return None
        if ozg_id is not None:
            ozg = OzgService.objects.filter(ozg_id=ozg_id).first()
            if ozg is None:
                row.problem("ozg", _("This OZG id is not in the catalogue."))
                return None
        if leika is not None and ozg is not None and leika.ozg_service_id not in (None, ozg.pk):
            row.problem(
                "ozg",
                _("The LeiKa key %(key)s belongs to OZG service %(ozg)s, not to %(given)s.")
                % {"key": key, "ozg": leika.ozg_service, "given": ozg},
            )
            return None
        if leika is not None and ozg is None:
            ozg = leika.ozg_service
        if leika is None and ozg is not None and name:
            # An OZG service bundles several LeiKa services: take the one named so, if unique.
            named = list(
                LeikaService.objects.filter(ozg_service=ozg, name=name, leika_key__isnull=True)
            )
            leika = named[0] if len(named) == 1 else None
        if not name:
            name = leika.name if leika is not None else (ozg.name if ozg is not None else "")
        if not name:
            row.problem("name", _("A service without LeiKa key or OZG id needs a name."))
            return None
        return _Identity(leika, ozg, name)

    def _existing(self, identity: _Identity) -> OnlineService | None:
        entries = OnlineService.objects.filter(municipality=self.municipality)
        if identity.leika is not None:
            return entries.filter(leika_service=identity.leika).first()
        found = list(entries.filter(leika_service__isnull=True, name=identity.name))
        if identity.ozg is not None:
            found = [s for s in found if s.ozg_service_id in (None, identity.ozg.pk)]
        return found[0] if len(found) == 1 else None

    # --- services -------------------------------------------------------------------------

    def _service(self, row: ParsedRow) -> None:
        if row.problems:
            return
        identity = self._identity(row)
        if identity is None:
            return
        if identity.key in self.seen:
            row.problem(
                "leika" if identity.key[0] == "leika" else "name",
                _("This service already appears in row %(row)d.")
                % {"row": self.seen[identity.key]},
            )
            return
        self.seen[identity.key] = row.number
        values: dict[str, Any] = {
            "leika_service": identity.leika,
            "ozg_service": identity.ozg,
            "name": identity.name,
        }
        if identity.leika is None and identity.ozg is None:
            self.notes.append(
                _(
                    "Sheet “%(sheet)s”, row %(row)d: “%(name)s” has no LeiKa key and no OZG id; "
                    "it is kept as a local service."
                )
                % {"sheet": row.sheet, "row": row.number, "name": identity.name}
            )
        elif (
            row.values.get("name") and identity.leika and row.values["name"] != identity.leika.name
        ):
            self.notes.append(
                _(
                    "Sheet “%(sheet)s”, row %(row)d: the name “%(name)s” differs from the "
                    "catalogue's “%(catalogue)s”; the register keeps the name given."
                )
                % {
                    "sheet": row.sheet,
                    "row": row.number,
                    "name": row.values["name"],
                    "catalogue": identity.leika.name,
                }
            )
        for key in ("themenfeld", "lebenslage"):
            given = row.values.get(key)
            if given:
                values[key] = given
            elif identity.ozg is not None:
                values[key] = getattr(identity.ozg, key)
        if row.values.get("unit"):
            unit = self.units.get(row.values["unit"])
            if unit is None:
                row.problem("unit", _("There is no organisational unit with this code."))
                return
            values["unit"] = unit
        for key, blank in (
            ("url", ""),
            ("e_payment", False),
            ("citizen_account", False),
            ("online_since", None),
        ):
            if key in row.cells:
                given = row.values.get(key)
                values[key] = blank if given is None else given
        existing = self._existing(identity)
        scale = self._scale(row, existing)
        if scale is None:
            return
        values["scale"] = scale
        if row.values.get("level") is not None:
            level = row.values["level"]
            top = max(lv.level for lv in scale.levels.all())
            if not 0 <= level <= top:
                row.problem(
                    "level",
                    _("%(scale)s has the levels 0 to %(top)d.") % {"scale": scale, "top": top},
                )
                return
            values["level"] = level
        if existing is not None and "level" in values and existing.scale_id == scale.pk:
            derived = level_derivation(existing).level
            if derived is not None and derived != values["level"]:
                row.problem(
                    "level",
                    _(
                        "The level follows from the service's criteria (%(derived)d); the file "
                        "says %(given)d. Change the criteria in the back office instead."
                    )
                    % {"derived": derived, "given": values["level"]},
                )
                return
        unknown = [c for c in row.values.get("measures") or [] if c not in self.measures]
        if unknown:
            row.problem(
                "measures",
                _("There is no measure %(codes)s in the plan.") % {"codes": ", ".join(unknown)},
            )
            return
        values["org_unit"] = values.pop("unit", existing.org_unit if existing else None)
        try:
            service, written = service_save(
                municipality=self.municipality,
                service=existing,
                values=values,
                user=self.user,
                when=self.when,
            )
            if row.values.get("measures") is not None:
                written |= service_set_measures(
                    service=service,
                    measure_codes=row.values["measures"],
                    user=self.user,
                    when=self.when,
                )
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                column = {"leika_service": "leika", "ozg_service": "ozg", "org_unit": "unit"}
                row.problem(column.get(name, name), " ".join(messages))
            return
        self.services[identity.key] = service
        kind = "created" if existing is None else ("updated" if written else "unchanged")
        self.counts["services"][kind] += 1

    def _scale(self, row: ParsedRow, existing: OnlineService | None) -> MaturityScale | None:
        text = row.values.get("scale")
        if not text:
            return existing.scale if existing is not None else self.scale
        code = text.replace("Reifegradmodell", "").replace("OZG-", "").strip()
        scale = self.scales.get(code)
        if scale is None:
            row.problem(
                "scale",
                _("There is no maturity scale “%(value)s”; known: %(known)s.")
                % {"value": text, "known": ", ".join(sorted(self.scales))},
            )
        return scale

    # --- usage ----------------------------------------------------------------------------

    def _usage(self, row: ParsedRow) -> None:
        if row.problems:
            return
        identity = self._identity(row)
        if identity is None:
            return
        service = self.services.get(identity.key) or self._existing(identity)
        if service is None:
            row.problem(
                "leika" if identity.leika is not None else "name",
                _("This service is not in the register (neither in the file nor before)."),
            )
            return
        values: dict[str, Any] = {
            model_field: row.values.get(key)
            for key, model_field in USAGE_FIELDS.items()
            if key in row.cells
        }
        if "median_days" in row.cells:
            values["processing_days_median"] = row.values.get("median_days")
        values["source"] = _("import")
        known = ServiceUsage.objects.filter(
            service=service, half_year=row.values["half_year"]
        ).exists()
        _usage, written = usage_save(
            service=service,
            half_year=row.values["half_year"],
            values=values,
            user=self.user,
            when=self.when,
        )
        self.counts["usage"][
            "unchanged" if not written else ("updated" if known else "created")
        ] += 1


class _Rollback(Exception):
    pass


def register_import(
    *,
    municipality: Municipality,
    data: bytes,
    filename: str,
    user: AbstractBaseUser | None,
    apply: bool = False,
    when: datetime | None = None,
) -> ImportResult:
    """Read a register file and run it through the register's rules: a preview reports exactly
    what applying would do and writes nothing; applying writes all or nothing, then updates
    the indicators the register feeds for the current half-year."""
    try:
        workbook = parse_workbook(
            read_workbook(data, filename), REGISTER_SHEETS, what=_("a register of services")
        )
    except FileProblem as problem:
        workbook = ParsedWorkbook({}, [Problem(filename, None, "", "", problem.message)], [])
    if not any(workbook.rows.values()) and not workbook.problems:
        workbook.problems.append(
            Problem(filename, None, "", "", _("The file contains no services and no usage."))
        )
    writer = RegisterWriter(municipality=municipality, user=user, when=when)
    applied = False
    try:
        with transaction.atomic():
            writer.write(workbook)
            problems = [*workbook.problems, *writer.problems]
            applied = apply and not problems
            if not applied:
                raise _Rollback
            register_indicators_update(
                municipality=municipality,
                half_year=HalfYear.containing(timezone.localdate(when)),
                user=user,
                when=when,
            )
    except _Rollback:
        pass
    return import_recorded(
        municipality=municipality,
        user=user,
        filename=filename,
        data=data,
        applied=applied,
        apply=apply,
        problems=[*workbook.problems, *writer.problems],
        notes=[*workbook.notes, *writer.notes],
        counts=writer.counts,
    )
