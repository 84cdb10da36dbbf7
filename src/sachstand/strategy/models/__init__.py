from sachstand.strategy.models.measures import Measure, MeasureStatus, Milestone, TrafficLight
from sachstand.strategy.models.plan import FieldOfAction, Goal, Strategy
from sachstand.strategy.models.resources import CostItem, CostKind, StaffNeed

__all__ = [
    "CostItem",
    "CostKind",
    "FieldOfAction",
    "Goal",
    "Measure",
    "MeasureStatus",
    "Milestone",
    "StaffNeed",
    "Strategy",
    "TrafficLight",
]
