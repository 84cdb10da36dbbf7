"""The back office of the needs analysis (Django admin, scoped by roles through TenantAdmin)."""

from sachstand.participation.admin import needs, questions, surveys

__all__ = ["needs", "questions", "surveys"]
