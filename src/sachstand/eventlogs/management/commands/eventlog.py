import json
import sys
from argparse import ArgumentParser
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sachstand.core.commands import SachstandCommand
from sachstand.eventlogs.analysis import Analysis, eventlog_analyse
from sachstand.eventlogs.mapping import LogMapping, MappingError, parse_channel_map
from sachstand.eventlogs.report import analysis_json, table_lines
from sachstand.eventlogs.services import StoreResult, eventlog_store
from sachstand.eventlogs.tabular import detect_format


class Command(SachstandCommand):
    help = gettext_lazy(
        "Measures processing times and channels per service and half-year from an event log "
        "(.xes, .xes.gz, .csv, .parquet, .xlsx, .ods). With --municipality it shows what would be "
        "stored, with --apply it stores it. Exit code 0: clean, 1: the file has errors, 2: usage "
        "error."
    )
    writes = True
    # Django's system checks import every URL, view and API module: a second and 40 MB that a
    # command reading a file does not need (the database is checked by SachstandCommand).
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "file", help=gettext_lazy("the event log (.xes, .xes.gz, .csv, .parquet, .xlsx, .ods)")
        )
        parser.add_argument(
            "--municipality", help=gettext_lazy("short name of the municipality, e.g. musterstadt")
        )
        parser.add_argument(
            "--apply", action="store_true", help=gettext_lazy("write (all or nothing)")
        )
        for option, default, what in (
            ("--case-column", "case:concept:name", gettext_lazy("case id")),
            ("--activity-column", "concept:name", gettext_lazy("activity")),
            ("--timestamp-column", "time:timestamp", gettext_lazy("timestamp")),
        ):
            parser.add_argument(
                option,
                default=default,
                help=gettext_lazy("column (CSV, Parquet, spreadsheet) or attribute (XES) of the "
                                  "%(what)s (default: %(default)s)")
                % {"what": what, "default": default},
            )  # fmt: skip
        parser.add_argument(
            "--time-column",
            help=gettext_lazy("column with the time of day, when the timestamp column holds only "
                              "the date (CSV, Parquet, spreadsheet)"),
        )  # fmt: skip
        parser.add_argument(
            "--resource-column",
            help=gettext_lazy("column of the resource (default: org:resource where present)"),
        )
        parser.add_argument(
            "--service-attribute",
            help=gettext_lazy("attribute or column naming the service, with or without case:"),
        )
        parser.add_argument(
            "--channel-attribute",
            help=gettext_lazy("attribute or column naming the channel, with or without case:"),
        )
        parser.add_argument(
            "--channel-map",
            action="append",
            metavar="VALUE=CHANNEL",
            help=gettext_lazy("map a channel value to online, paper, in_person or email "
                              "(repeatable)"),
        )  # fmt: skip
        parser.add_argument(
            "--end-activity",
            action="append",
            metavar="NAME",
            help=gettext_lazy("a case is completed when it reaches this activity (repeatable); "
                              "without: at its last event"),
        )  # fmt: skip
        parser.add_argument(
            "--format",
            choices=("table", "json"),
            default="table",
            help=gettext_lazy("a table (default) or one JSON object"),
        )

    def uses_database(self, options: dict[str, Any]) -> bool:
        """Only with a municipality: reading a log and showing its figures needs no database."""
        return bool(options["municipality"])

    def run(self, **options: Any) -> None:
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("There is no file %(path)s.") % {"path": path}, returncode=2)
        if options["apply"] and not options["municipality"]:
            raise CommandError(_("--apply needs --municipality."), returncode=2)
        municipality = (
            self.municipality(options["municipality"]) if options["municipality"] else None
        )
        user = self.acting_user(options) if municipality else None
        try:
            mapping = self.mapping(options)
            analysis = eventlog_analyse(
                path=path,
                fmt=detect_format(path),
                mapping=mapping,
                progress=getattr(self.stderr, "_out", None),
                fingerprint=municipality is not None,
            )
        except MappingError as error:
            raise CommandError(str(error), returncode=2) from None
        except OSError as error:
            raise CommandError(
                _("The file %(path)s cannot be read: %(reason)s")
                % {"path": path, "reason": error.strerror or error},
                returncode=2,
            ) from None
        result = None
        if municipality:
            result = eventlog_store(
                municipality=municipality, analysis=analysis, user=user, apply=options["apply"]
            )
        self.show(analysis, result, options)
        if analysis.skipped.errors or (result and result.problems):
            sys.exit(1)

    @staticmethod
    def mapping(options: dict[str, Any]) -> LogMapping:
        return LogMapping(
            case=options["case_column"],
            activity=options["activity_column"],
            timestamp=options["timestamp_column"],
            time=options["time_column"],
            resource=options["resource_column"],
            service=options["service_attribute"],
            channel=options["channel_attribute"],
            channel_map=parse_channel_map(options["channel_map"]),
            end_activities=tuple(options["end_activity"] or ()),
        )

    def show(self, analysis: Analysis, result: StoreResult | None, options: dict) -> None:
        if options["format"] == "json":
            data = analysis_json(analysis)
            if result is not None:
                data["stored"] = {
                    "run": result.run.pk,
                    "applied": result.applied,
                    **result.stored.as_dict(),
                    "problems": result.problems,
                }
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            return
        for line in table_lines(analysis):
            self.stdout.write(line)
        if result is not None:
            for line in stored_lines(result):
                self.stdout.write(line)


def stored_lines(result: StoreResult) -> list[str]:
    """What was stored (or, in a preview, would be), and what not and why."""
    stored = result.stored
    if result.applied:
        head = _("Stored (run %(run)d):") % {"run": result.run.pk}
    elif result.problems:
        head = _("Nothing stored (run %(run)d):") % {"run": result.run.pk}
    else:
        head = _("Preview, nothing stored (run %(run)d); --apply would store:") % {
            "run": result.run.pk
        }
    lines = ["", head]
    lines += [
        f"  {m['indicator']} {m['period']} ({m['date']}): {m['value']}" for m in stored.measurements
    ]
    for usage in stored.usage:
        text = _("usage figures of %(service)s in %(period)s")
        lines.append("  " + text % {"service": usage["service"], "period": usage["period"]})
    if stored.unmatched_services:
        lines.append(
            "  "
            + _("Not in the register (no usage stored): %(services)s")
            % {"services": ", ".join(stored.unmatched_services)}
        )
    lines += [f"  {note}" for note in stored.notes]
    lines += [f"  {problem}" for problem in result.problems]
    return lines
