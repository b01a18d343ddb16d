"""SQLAlchemy models of the knowledge base (see schema.py) and the database helpers."""
from .schema import (  # noqa: F401
    Article, Base, Document, Figure, ImportFailure, ImportRun, Organization, OrganizationAlias,
    OrganizationMention, Program, ProgramAlias, ProgramMention, Region, RegionMention,
    ReportingPeriod, SavedQuery, Setting, Unit,
)
