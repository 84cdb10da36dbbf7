"""What the columns and attributes of an event log mean: the mapping given on the command line.

XES names its attributes by convention (``concept:name``, ``time:timestamp``, ``org:resource``);
a CSV or Parquet export uses whatever its system calls them, so the columns can be named. The
defaults are the XES names, which is also how pm4py and most process-mining tools export CSV.
Service and channel are matched with or without XES's ``case:`` prefix: ``case:channel``,
``channel`` as a trace attribute and ``channel`` as an event attribute or column all find it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

# The channels of the register's usage figures (onlineservices.models.Channel).
CHANNELS = ("online", "paper", "in_person", "email")
UNKNOWN_CHANNEL = "unknown"

CASE_PREFIX = "case:"


class MappingError(ValueError):
    """A mapping given on the command line that cannot be used; the message is German."""


@dataclass(frozen=True)
class LogMapping:
    case: str = "case:concept:name"
    activity: str = "concept:name"
    timestamp: str = "time:timestamp"
    time: str | None = None  # a column with the time of day, when the timestamp is a date
    resource: str | None = None  # None: "org:resource" where the log has it
    service: str | None = None
    channel: str | None = None
    channel_map: dict[str, str] = field(default_factory=dict)
    end_activities: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        """The mapping as plain data, for the output and the provenance of stored values."""
        return {
            "case": self.case,
            "activity": self.activity,
            "timestamp": self.timestamp,
            "time": self.time,
            "resource": self.resource,
            "service": self.service,
            "channel": self.channel,
            "channel_map": dict(sorted(self.channel_map.items())),
            "end_activities": list(self.end_activities),
        }


def with_and_without_prefix(name: str) -> tuple[str, str]:
    """The name as given, then its other spelling: ``case:x`` ↔ ``x``."""
    if name.startswith(CASE_PREFIX):
        return name, name[len(CASE_PREFIX) :]
    return name, CASE_PREFIX + name


def parse_channel_map(values: list[str] | None) -> dict[str, str]:
    """``VALUE=CHANNEL`` pairs; CHANNEL is one of online, paper, in_person, email."""
    mapping: dict[str, str] = {}
    for item in values or []:
        value, sep, channel = item.rpartition("=")
        value, channel = value.strip(), channel.strip()
        if not sep or not value:
            raise MappingError(
                _("“%(item)s” is not a channel mapping. Expected VALUE=CHANNEL, e.g. Post=paper.")
                % {"item": item}
            )
        if channel not in CHANNELS:
            raise MappingError(
                _("“%(channel)s” is not a channel. Channels: %(channels)s.")
                % {"channel": channel, "channels": ", ".join(CHANNELS)}
            )
        mapping[value] = channel
    return mapping
