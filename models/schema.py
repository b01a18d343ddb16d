"""The knowledge base's tables.

Names are chosen for people who open the database with the ``sqlite3`` shell or Datasette and
never read this code: plural table names, ``<table>_id`` foreign keys, vocabularies spelled out
in CHECK constraints. Unique keys are what make a reload idempotent; indexes serve the saved
queries. Schema changes go through Alembic revisions in ``migrations/``; a test fails when
these models and the migrations drift apart.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean, CheckConstraint, Date, DateTime, Float, ForeignKey, Index, Integer, MetaData, String,
    Text, UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from ..etl.measures import DIMENSIONS as MEASURE_DIMENSIONS
from ..etl.measures import KINDS as MEASURE_KINDS
from ..etl.records import (
    DIMENSIONS, GRANULARITIES, LINK_BASES, ORG_KINDS, PERIOD_BASES, QUALIFIERS, REGION_LEVELS,
    ROLES, UNIT_BASES,
)

FACT_KINDS = ("reported", "derived")
FACT_SOURCE_ROLES = ("base", "rate")

# Deterministic constraint names, so Alembic batch mode on SQLite and PostgreSQL agree on them.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

DOCUMENT_STATUSES = ("loaded", "failed", "missing")
RUN_STATUSES = ("running", "ok", "partial", "failed")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ImportRun(Base):
    """One execution of ``minsheng load``: what it was asked, what it did, how it ended."""

    __tablename__ = "import_runs"
    __table_args__ = (CheckConstraint(_in("status", RUN_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")
    extractor_version: Mapped[str] = mapped_column(String(32))
    sources: Mapped[str] = mapped_column(Text, default="")
    documents_added: Mapped[int] = mapped_column(Integer, default=0)
    documents_changed: Mapped[int] = mapped_column(Integer, default=0)
    documents_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    documents_removed: Mapped[int] = mapped_column(Integer, default=0)
    documents_missing: Mapped[int] = mapped_column(Integer, default=0)
    documents_failed: Mapped[int] = mapped_column(Integer, default=0)
    message: Mapped[str | None] = mapped_column(Text)

    failures: Mapped[list[ImportFailure]] = relationship(back_populates="run",
                                                         cascade="all, delete-orphan")


class ImportFailure(Base):
    """A document a run could not load, with the reason users need to fix it."""

    __tablename__ = "import_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("import_runs.id", ondelete="CASCADE"),
                                        index=True)
    path: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)

    run: Mapped[ImportRun] = relationship(back_populates="failures")


class Document(Base):
    """A source file. ``path`` is its identity; ``sha256`` (the page's bytes) and
    ``sidecar_sha256`` (its ``.meta.json`` sidecar, NULL when it has none) tell whether it
    changed. One document per content: other paths holding the same bytes are its
    ``document_copies``."""

    __tablename__ = "documents"
    __table_args__ = (CheckConstraint(_in("status", DOCUMENT_STATUSES), name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    size_bytes: Mapped[int | None] = mapped_column(Integer)
    encoding: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    newspaper: Mapped[str | None] = mapped_column(Text)
    published_on: Mapped[date | None] = mapped_column(Date)
    published_on_source: Mapped[str | None] = mapped_column(String(32))
    home_region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    status: Mapped[str] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    loaded_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id"))
    seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id"))
    sidecar_sha256: Mapped[str | None] = mapped_column(String(64))

    articles: Mapped[list[Article]] = relationship(back_populates="document",
                                                   cascade="all, delete-orphan",
                                                   passive_deletes=True)


class DocumentCopy(Base):
    """Another path holding the very bytes of a stored document, found by a load: recorded
    here, not extracted nor stored again (every figure would count twice). When the
    document's own file disappears, a copy that is still there takes its place."""

    __tablename__ = "document_copies"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    name: Mapped[str] = mapped_column(Text)
    seen_run_id: Mapped[int | None] = mapped_column(ForeignKey("import_runs.id"))


class Article(Base):
    """One article cut from a page; ``text`` is what figure and mention offsets point into."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    title: Mapped[str | None] = mapped_column(Text)
    subtitle: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(Text)
    jumps: Mapped[str | None] = mapped_column(Text)
    body_start: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="articles")


class Region(Base):
    """An administrative division (official 6-digit code), a named area, township or village
    inside one, a foreign country (ISO 3166 code in iso_code), or a grouping of regions
    (京津冀, 长三角: level group, its members in region_members)."""

    __tablename__ = "regions"
    __table_args__ = (
        CheckConstraint(_in("level", REGION_LEVELS), name="level"),
        UniqueConstraint("key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # the code, or parent code + name for areas
    code: Mapped[str | None] = mapped_column(String(6), index=True)
    name: Mapped[str] = mapped_column(Text, index=True)
    short_name: Mapped[str | None] = mapped_column(Text, index=True)
    level: Mapped[str] = mapped_column(String(16))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    iso_code: Mapped[str | None] = mapped_column(String(2), index=True)  # ISO 3166-1 alpha-2
    # a division abolished since (宣武区, 塘沽区): the last year the code list names it
    listed_until: Mapped[int | None] = mapped_column(Integer)


class RegionMember(Base):
    """A region that belongs to a grouping (京津冀: 北京市, 天津市, 河北省)."""

    __tablename__ = "region_members"

    group_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"),
                                          primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("regions.id", ondelete="CASCADE"),
                                           primary_key=True, index=True)


class Organization(Base):
    __tablename__ = "organizations"
    __table_args__ = (CheckConstraint(_in("kind", ORG_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="other")
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)


class OrganizationAlias(Base):
    __tablename__ = "organization_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(Text, unique=True)
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organizations.id", ondelete="CASCADE"), index=True)


class Program(Base):
    __tablename__ = "programs"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"), index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    start_year: Mapped[int | None] = mapped_column(Integer)


class ProgramAlias(Base):
    __tablename__ = "program_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    alias: Mapped[str] = mapped_column(Text, unique=True)
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id", ondelete="CASCADE"),
                                            index=True)


class Unit(Base):
    """A base unit or measure word after normalisation (名 and 位 are stored as 人); a physical
    unit written as a symbol or a synonym (kg, 摄氏度) is kept as written, with the unit it
    equals in ``same_as``, so that sums can put them together."""

    __tablename__ = "units"
    __table_args__ = (CheckConstraint(_in("dimension", DIMENSIONS), name="dimension"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(16), unique=True)
    dimension: Mapped[str] = mapped_column(String(16))
    same_as: Mapped[str | None] = mapped_column(String(16))


class ReportingPeriod(Base):
    """A period as written plus the dates it fixes; ``key`` makes rows shareable and unique
    (NULL dates would defeat a plain multi-column unique constraint)."""

    __tablename__ = "reporting_periods"
    __table_args__ = (CheckConstraint(_in("granularity", GRANULARITIES), name="granularity"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)
    label: Mapped[str | None] = mapped_column(Text)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    granularity: Mapped[str] = mapped_column(String(16))
    cumulative: Mapped[bool] = mapped_column(Boolean, default=False)


class Measure(Base):
    """What a figure measures, in a fixed vocabulary to group by (``etl/data/measures.tsv``,
    copied here at every load): dimension, kind (stock, flow, rate, programme parameter) and
    the signal words that assign it. See docs/measures.md."""

    __tablename__ = "measures"
    __table_args__ = (
        CheckConstraint(_in("dimension", MEASURE_DIMENSIONS), name="dimension"),
        CheckConstraint(_in("kind", MEASURE_KINDS), name="kind"),
    )

    code: Mapped[str] = mapped_column(String(48), primary_key=True)
    label: Mapped[str] = mapped_column(Text)
    dimension: Mapped[str] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))
    signals: Mapped[str] = mapped_column(Text)
    description: Mapped[str] = mapped_column(Text)


class Figure(Base):
    """One reported quantity, with where it came from down to the character."""

    __tablename__ = "figures"
    __table_args__ = (
        CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier"),
        CheckConstraint(_in("region_basis", LINK_BASES), name="region_basis"),
        CheckConstraint(_in("organization_basis", LINK_BASES), name="organization_basis"),
        CheckConstraint(_in("role", ROLES), name="role"),
        CheckConstraint(_in("unit_basis", UNIT_BASES), name="unit_basis"),
        CheckConstraint(_in("period_basis", PERIOD_BASES), name="period_basis"),
        CheckConstraint("char_end > char_start", name="span"),
        UniqueConstraint("article_id", "char_start"),
        Index("ix_figures_unit_metric", "unit_id", "metric"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    role: Mapped[str] = mapped_column(String(16), default="outcome")
    metric: Mapped[str | None] = mapped_column(Text)
    period_id: Mapped[int | None] = mapped_column(ForeignKey("reporting_periods.id"),
                                                  index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"),
                                                        index=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"), index=True)
    evidence: Mapped[str] = mapped_column(Text)
    # how region_id and organization_id were chosen (see LINK_BASES and docs/schema.md)
    region_basis: Mapped[str | None] = mapped_column(String(16))
    organization_basis: Mapped[str | None] = mapped_column(String(16))

    # -- what and when: how the unit and the period were read
    # written: the measure word as written; noun: no measure word, the counted noun's unit
    # (人口560万 -> 人, GDP是1522亿 -> 元)
    unit_basis: Mapped[str] = mapped_column(String(8), default="written",
                                            server_default="written")
    # where the period came from: the figure's clause, sentence or paragraph, a heading, the
    # dated phrase that introduces a list (dated_context), a comparison (比上年增长 -> the year
    # after the base), the publication date (N年来 counted back), or inferred; NULL: no period
    period_basis: Mapped[str | None] = mapped_column(String(16))
    # the base of a comparison (较2023年同期增长8.5%: 2023), for values derived later
    compared_to_period_id: Mapped[int | None] = mapped_column(
        ForeignKey("reporting_periods.id"), index=True)

    # -- what was measured (etl/measures.py)
    measure: Mapped[str | None] = mapped_column(ForeignKey("measures.code"), index=True)
    measure_basis: Mapped[str | None] = mapped_column(Text)

    # -- the fact it reports (etl/consolidate.py)
    fact_id: Mapped[int | None] = mapped_column(ForeignKey("facts.id"), index=True)

class FigureRegion(Base):
    """Every region a figure is about, when it names several (长宁区、浦东新区、青浦县): seq 0 is
    figures.region_id, the others follow in the text's order."""

    __tablename__ = "figure_regions"

    figure_id: Mapped[int] = mapped_column(ForeignKey("figures.id", ondelete="CASCADE"),
                                           primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), primary_key=True,
                                           index=True)
    seq: Mapped[int] = mapped_column(Integer)


class Correction(Base):
    """A correction made by hand to one figure, kept apart from the extraction (the figure's
    row keeps what the extractor said, for audit; ``figure_facts`` shows the corrected values
    with ``corrected`` = true). It is anchored to the figure's text, not to its row id: the
    document's path (and its content hash when corrected), the article's sequence number, the
    figure's character span, surface and a few characters either side. After every load of
    that document it is applied again to the figure found at its anchor (``figure_id``); when
    none is found (the figure's text changed, or the document is gone) ``figure_id`` is NULL
    and the correction is orphaned: kept, reported, applied to nothing."""

    __tablename__ = "corrections"
    __table_args__ = (UniqueConstraint("document_path", "article_seq", "char_start", "surface"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_path: Mapped[str] = mapped_column(Text)
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    article_seq: Mapped[int] = mapped_column(Integer)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)
    context_before: Mapped[str] = mapped_column(Text, default="")
    context_after: Mapped[str] = mapped_column(Text, default="")
    figure_id: Mapped[int | None] = mapped_column(ForeignKey("figures.id", ondelete="SET NULL"),
                                                  index=True, unique=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"))
    organization: Mapped[str | None] = mapped_column(Text)
    period_label: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[date | None] = mapped_column(Date)
    period_end: Mapped[date | None] = mapped_column(Date)
    cumulative: Mapped[bool | None] = mapped_column(Boolean)
    measure: Mapped[str | None] = mapped_column(ForeignKey("measures.code"))
    not_a_figure: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    applied_at: Mapped[datetime | None] = mapped_column(DateTime)


class Fact(Base):
    """One distinct fact: the figures that report the same quantity of the same thing (their
    ``fact_id``) merged into one row, or a value a comparison implies (``kind`` 'derived',
    with its ``formula`` and its sources in ``fact_sources``). See docs/facts.md."""

    __tablename__ = "facts"
    __table_args__ = (
        CheckConstraint(_in("kind", FACT_KINDS), name="kind"),
        CheckConstraint(_in("qualifier", QUALIFIERS), name="qualifier"),
        CheckConstraint(_in("role", ROLES), name="role"),
        Index("ix_facts_value", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), default="reported")
    value: Mapped[float] = mapped_column(Float)
    value_max: Mapped[float | None] = mapped_column(Float)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    qualifier: Mapped[str] = mapped_column(String(16), default="exact")
    role: Mapped[str] = mapped_column(String(16), default="outcome")
    metric: Mapped[str | None] = mapped_column(Text)
    period_id: Mapped[int | None] = mapped_column(ForeignKey("reporting_periods.id"),
                                                  index=True)
    region_id: Mapped[int | None] = mapped_column(ForeignKey("regions.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id"),
                                                        index=True)
    program_id: Mapped[int | None] = mapped_column(ForeignKey("programs.id"), index=True)
    formula: Mapped[str | None] = mapped_column(Text)


class FactSource(Base):
    """What a derived fact was computed from: its base fact (the figure stated with the
    comparison) and, when the rate is a figure of its own, the rate's fact."""

    __tablename__ = "fact_sources"
    __table_args__ = (
        CheckConstraint(_in("role", FACT_SOURCE_ROLES), name="role"),
        UniqueConstraint("fact_id", "source_fact_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"))
    source_fact_id: Mapped[int] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"),
                                                index=True)
    role: Mapped[str] = mapped_column(String(8))


class _MentionColumns:
    id: Mapped[int] = mapped_column(primary_key=True)
    char_start: Mapped[int] = mapped_column(Integer)
    char_end: Mapped[int] = mapped_column(Integer)
    surface: Mapped[str] = mapped_column(Text)


class RegionMention(_MentionColumns, Base):
    __tablename__ = "region_mentions"
    __table_args__ = (UniqueConstraint("article_id", "char_start", "region_id"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    region_id: Mapped[int] = mapped_column(ForeignKey("regions.id"), index=True)


class OrganizationMention(_MentionColumns, Base):
    __tablename__ = "organization_mentions"
    __table_args__ = (UniqueConstraint("article_id", "char_start", "organization_id"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)


class ProgramMention(_MentionColumns, Base):
    __tablename__ = "program_mentions"
    __table_args__ = (UniqueConstraint("article_id", "char_start", "program_id"),)

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    program_id: Mapped[int] = mapped_column(ForeignKey("programs.id"), index=True)


class SavedQuery(Base):
    """A user-saved query: named SQL with ``:named`` parameters, as Datasette's canned queries."""

    __tablename__ = "saved_queries"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    sql: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)


class Setting(Base):
    """Facts about the database itself, such as the gazetteer's vintage. The key
    `search_index_deferred` lives only inside a load's own transactions: while it is there the
    full-text insert trigger stands aside, and the load indexes the articles itself."""

    __tablename__ = "kb_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
