"""Plain records passed between pipeline stages.

Every stage between reading bytes and writing rows is a pure function over these records, so
each stage can be tested on a string and the database layer never has to know how text was
parsed. Offsets (``char_start``/``char_end``) always index into ``Article.text``: the normalized
article text that is stored in ``articles.text``, so a row can always be traced back to the
characters it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

QUALIFIERS = ("exact", "approx", "more_than", "less_than", "at_most", "at_least")
ROLES = ("outcome", "parameter")
DIMENSIONS = (
    "currency", "count", "person", "person_time", "ratio", "multiple", "duration", "age",
    "area", "length", "weight", "other",
)
UNIT_BASES = ("written", "noun")
PERIOD_BASES = ("clause", "sentence", "paragraph", "heading", "dated_context", "comparison",
                "publication_date", "inferred")
GRANULARITIES = ("year", "half_year", "quarter", "month", "day", "range", "open", "unknown")
# township/village: places below a county the text names (…乡, …镇, …村, …街道); group: a named
# grouping of regions (京津冀, 长三角), its members in region_members; city and state: a city and a
# first-level division abroad (纽约, 佛罗里达州)
REGION_LEVELS = ("country", "province", "prefecture", "county", "area", "township", "village", "group",
                 "city", "state")
# how a figure's region or organization was chosen: the scope the governing mention was found in
LINK_BASES = ("clause", "sentence", "organization", "paragraph", "heading", "article_lead",
              "dateline", "inferred", "home_region")
ORG_KINDS = ("union", "government", "insurer", "hospital", "school", "company", "bank", "media",
             "other")


@dataclass(frozen=True)
class Article:
    """One article cut from a page.

    ``text`` is the whole normalized article (headline lines, byline, body) because headlines
    carry figures too; ``body_start`` says where the body begins inside it.
    """

    seq: int
    text: str
    title: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    body_start: int = 0
    jumps: tuple[str, ...] = ()


@dataclass(frozen=True)
class Period:
    """A reporting period as written, and the dates it fixes when they can be known."""

    label: str | None
    start: date | None = None
    end: date | None = None
    granularity: str = "unknown"
    cumulative: bool = False


@dataclass
class Figure:
    """One reported quantity found in an article."""

    char_start: int
    char_end: int
    surface: str
    value: float
    unit: str
    qualifier: str = "exact"
    value_max: float | None = None
    metric: str | None = None
    role: str = "outcome"
    evidence: str = ""
    evidence_start: int = 0
    period: Period | None = None
    region: str | None = None        # region code (6 digits) or a name when no code is known
    organization: str | None = None  # canonical organization name
    program: str | None = None       # canonical program name
    # how the region and organization were chosen (LINK_BASES), and every region the figure
    # is about when it names several (region first)
    region_basis: str | None = None
    organization_basis: str | None = None
    regions: tuple[str, ...] = ()
    # -- what and when: how the unit and the period were read (see figures.py, periods.py)
    unit_basis: str = "written"      # written | noun (no measure word: the counted noun's unit)
    period_basis: str | None = None  # where the period came from; None when there is none
    compared_to: Period | None = None  # the base of a comparison (比上年增长8%: last year)
    # -- what was measured
    measure: str | None = None        # a code of data/measures.tsv (etl/measures.py)
    measure_basis: str | None = None  # the signal words that decided it, joined by '+'


@dataclass(frozen=True)
class Mention:
    """A span of article text that names a region, organization or program."""

    kind: str  # "region" | "organization" | "program"
    char_start: int
    char_end: int
    surface: str
    key: str  # region code, or canonical organization / program name


@dataclass
class Organization:
    name: str
    kind: str = "other"
    region: str | None = None  # region code
    aliases: tuple[str, ...] = ()


@dataclass
class Program:
    name: str
    operator: str | None = None  # canonical organization name
    region: str | None = None    # region code
    start_year: int | None = None
    aliases: tuple[str, ...] = ()


@dataclass
class ArticleResult:
    article: Article
    figures: list[Figure] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class DocumentResult:
    """Everything one document yields; the loader writes it in one transaction."""

    text: str                      # the whole normalized page
    encoding: str
    articles: list[ArticleResult] = field(default_factory=list)
    title: str | None = None
    newspaper: str | None = None
    published_on: date | None = None
    published_source: str | None = None  # how the date was inferred: manifest, dateline, ...
    home_region: str | None = None       # region code of the paper's home region
    organizations: list[Organization] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
