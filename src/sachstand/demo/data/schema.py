"""The shape of the demo data: plain dicts, dates as ISO strings, money as strings (Decimal).

The demo is a timeline. A measure enters the plan on ``created`` with its planned values; its
``changes`` are applied on their dates; milestones are completed on their ``completed`` date; status
updates are written on their ``reported`` date for their half-year. Every change is recorded in the
history at the date it would have happened, so "what changed since the last report" has content.
"""

from typing import Literal, NotRequired, TypedDict

Light = Literal["green", "yellow", "red"]
Status = Literal["planned", "in_progress", "completed", "deferred", "cancelled"]


class MilestoneData(TypedDict):
    title: str
    due: str  # ISO date, the due date when the milestone was planned
    completed: NotRequired[str | None]  # ISO date it was reached; None/missing = open
    # Later moves of the due date: [{"date": "2025-09-15", "due": "2025-12-31"}]
    moved: NotRequired[list[dict[str, str]]]


class CostData(TypedDict):
    year: int
    kind: Literal["investiv", "konsumtiv"]
    estimated: str  # "120000.00"
    actual: NotRequired[str | None]  # booked amount, entered on ``actual_recorded``
    actual_recorded: NotRequired[str]  # ISO date the actual amount was entered
    funding_source: NotRequired[str]  # e.g. "DigitalPakt Schule", "Gigabitförderung des Bundes"
    funded: NotRequired[str]  # funded amount, <= max(estimated, actual)
    # Later changes of the estimate: [{"date": "2025-10-01", "estimated": "150000.00"}]
    re_estimated: NotRequired[list[dict[str, str]]]


class StaffData(TypedDict):
    year: int
    fte: str  # full-time equivalents, "0.5"


class UpdateData(TypedDict):
    reported: str  # ISO date the update was written (inside or just after the half-year)
    traffic_light: Light  # as reported by the department
    percent: int  # 0..100
    summary: str  # the Sachstand, 2–5 sentences of real administrative German
    next_steps: str
    risks: NotRequired[str]
    # Required when the reported light differs from the derived one (the loader says when).
    deviation_reason: NotRequired[str]
    author: NotRequired[str]  # username of an editor, see ORG_UNIT_EDITORS


class ChangeData(TypedDict):
    date: str  # ISO date
    # Fields of the measure to set: status, planned_start, planned_end, actual_end, title,
    # description, benefit, urgency, effort, is_public, contact
    set: dict[str, object]


class MeasureData(TypedDict):
    code: str  # "M 1.1": field number, running number
    title: str
    description: str
    field: str  # "HF 1"
    goals: list[str]  # ["Z 1.1"]
    org_unit: str  # "FB 32"
    contact: str
    benefit: int  # 1..5
    urgency: int  # 1..5
    effort: int  # 1..5
    created: str  # ISO date the measure entered the plan
    planned_start: str
    planned_end: str
    status: NotRequired[Status]  # status at creation, default "planned"
    council_reference: NotRequired[str]
    council_reference_date: NotRequired[str]
    is_public: NotRequired[bool]  # default True
    dependencies: NotRequired[list[str]]  # codes of measures this one depends on
    milestones: list[MilestoneData]
    costs: list[CostData]
    staff: list[StaffData]
    updates: dict[str, UpdateData]  # "2025-H1", "2025-H2", "2026-H1"
    changes: NotRequired[list[ChangeData]]
