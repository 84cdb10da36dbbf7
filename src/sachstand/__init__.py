"""sachstand: digitalisation strategy, action plan and half-year status reports."""

__version__ = "0.1.0"
