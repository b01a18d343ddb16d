"""The schema reference of docs/schema.md, of `minsheng schema` and of Datasette's table and
column descriptions, generated from the models and from a freshly migrated database (views and
the full-text table live only in migrations), so the documentation cannot drift from the
schema: a test compares them.

Each column's meaning is written once, here (COLUMNS for tables, VIEW_COLUMNS for views and the
full-text table); a column added by a migration without a line here fails
tests/test_schema_doc.py.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import inspect

from . import schema as m

START, END = "<!-- schema:start -->", "<!-- schema:end -->"

# Tables whose model has no docstring, and the views and virtual table (no model at all).
DESCRIPTIONS = {
    "organizations": "An organisation named in the articles (union, government body, insurer, "
                     "hospital, ...), with the region it belongs to.",
    "organization_aliases": "Other names of an organisation (abbreviations such as 中互会).",
    "programs": "A programme (职工医疗互助, 补充医保, ...) with its operator, region and start "
                "year.",
    "program_aliases": "Other names of a programme.",
    "region_mentions": "Where an article names a region (character span into articles.text).",
    "organization_mentions": "Where an article names an organisation.",
    "program_mentions": "Where an article names a programme.",
    "figure_facts": "One row per figure with everything about it spelled out: document, "
                    "article, surface text, value, unit, qualifier, metric, period, region, "
                    "organisation, programme, measure (code, label, kind, and the words that "
                    "decided it), evidence. Start here. `region_basis`, `organization_basis` and "
                    "`period_basis` say how the region, the organisation and the period were "
                    "chosen, `unit_basis` how the unit was read; `regions` lists every region of "
                    "a figure about several places; `compared_to` is the base period of a "
                    "comparison. Corrections made by hand are applied: `corrected` says which "
                    "rows show corrected values, `correction_id` the correction; a figure "
                    "corrected as not a figure is left out (the `figures` row keeps what the "
                    "extractor said).",
    "fact_table": "One row per reported fact (the mentions of one quantity merged, see "
                  "docs/facts.md): value, unit, qualifier, metric, period, region, "
                  "organisation, programme, how many mentions and documents state it, the "
                  "first and last publication date, and the first mention's document, surface "
                  "and sentence. Use it to add things up; figure_facts has every mention.",
    "derived_facts": "One row per derived fact: the value a comparison stated with a figure "
                     "implies for the compared period (5.5亿元，较上年增长10% gives 5亿元 for "
                     "the year before), with its formula, its base fact and rate fact, and "
                     "the sentence of the base fact's first mention.",
    "fact_conflicts": "Pairs of reported facts with the same metric, unit, role, region and "
                      "period (same dates) but different values: both values, organisations, "
                      "first documents, publication dates and sentences; same_document is 1 "
                      "when one page states both (often a total and its parts).",
    "program_overview": "One row per programme: operator, region, start year, number of "
                        "figures and of articles mentioning it.",
    "organization_overview": "One row per organisation: kind, region, number of figures and "
                             "of articles mentioning it.",
    "article_search": "Full-text index of articles on SQLite (FTS5, trigram tokenizer): "
                      "rowid = articles.id, title and body with whitespace removed. "
                      "`WHERE article_search MATCH '医疗互助'` for 3+ characters, "
                      "`instr(body, '医保') > 0` for shorter words. PostgreSQL has no such "
                      "table: there `articles.search_text` holds the same text and the pg_trgm "
                      "index `article_search_trgm` answers `search_text ILIKE '%医疗互助%'` "
                      "(the README's PostgreSQL section).",
}
# One line of meaning for every column of every table, view and the full-text table: the single
# source of docs/schema.md, `minsheng schema` and Datasette's column descriptions. A test fails
# when a column has none (or a description names a column that does not exist).
_SPAN = "Character offset into articles.text where the {what} {edge} ({edge2})."
_MENTION = {
    "id": "Row id.",
    "article_id": "The article that names it (articles.id).",
    "char_start": "Offset into articles.text where the name starts (0-based).",
    "char_end": "Offset into articles.text just past the name: "
                "substr(text, char_start + 1, char_end - char_start) is surface.",
    "surface": "The name as written in the article (an alias or short form included).",
}
COLUMNS: dict[str, dict[str, str]] = {
    "import_runs": {
        "id": "Run number, increasing with each `minsheng load`.",
        "started_at": "When the run started (UTC).",
        "finished_at": "When it ended (UTC); NULL while running or when the process was killed.",
        "status": "running, ok (every document loaded), partial (some failed) or failed "
                  "(stopped; message says why).",
        "extractor_version": "The extractor that ran (etl/pipeline.py EXTRACTOR_VERSION).",
        "sources": "The files and folders the run was given.",
        "documents_added": "Files seen for the first time and stored.",
        "documents_changed": "Files whose content or extractor changed, extracted again.",
        "documents_unchanged": "Files skipped: same content, same extractor.",
        "documents_removed": "Documents deleted because their file disappeared (--prune).",
        "documents_missing": "Documents whose file disappeared, kept and marked missing.",
        "documents_failed": "Files that could not be read or stored (see import_failures).",
        "message": "Why a run failed or stopped (an error, 'interrupted', 'stopped by SIGTERM').",
    },
    "import_failures": {
        "id": "Row id.",
        "run_id": "The run that met the failure (import_runs.id).",
        "path": "The file, as given to the run.",
        "reason": "Why it could not be loaded, in words (empty, binary, too large, ...).",
    },
    "kb_meta": {
        "key": "The fact's name, e.g. gazetteer_vintage.",
        "value": "Its value, as text.",
    },
    "regions": {
        "id": "Row id; figures.region_id and others point here.",
        "key": "Unique key: the official code, the parent's code and the name for an area, "
               "the current unit's code and the name for a unit a text names by a name it has "
               "since changed (420600|襄樊市), the country's ISO code and the name for a city "
               "abroad (US-纽约), the ISO code and the name for a town abroad a text names "
               "with its country (US|休斯顿), the ISO 3166-2 code for a foreign country's "
               "first-level division (US-FL).",
        "code": "Official 6-digit administrative code (370000 a province, 371600 a prefecture, "
                "371602 a county); 000000 for 全国; an area may share its parent's; a unit under "
                "a name it has since changed has the current unit's (襄樊市: 420600, as 襄阳市).",
        "name": "Full official name, e.g. 滨州市; for a unit under a name it has since "
                "changed, that name as the text wrote it (襄樊市, 怀柔县).",
        "short_name": "Short form the papers use, e.g. 滨州; matched like the name.",
        "level": "country (全国, iso_code CN, or a foreign country), province, prefecture, "
                 "county, area (a development zone or named area inside a division), township "
                 "(…乡, …镇, …街道) or village (…村, …社区) under the county the text names with "
                 "them, group (a grouping such as 京津冀 or 长三角, members in "
                 "region_members), city (a city abroad, 纽约 or 伦敦, under its country; "
                 "CLDR's names through Babel; or a town abroad of GeoNames written after its "
                 "country or in a dateline, 美国休斯顿, keyed US|休斯顿), or state (a foreign country's first-level "
                 "division, 佛罗里达州, 安大略省 or 大阪府, under its country, keyed by its ISO "
                 "3166-2 code; the iso-codes translations' names through pycountry).",
        "parent_id": "The region it lies in (regions.id); NULL for 全国. Walk it with a "
                     "recursive query to include sub-regions.",
        "listed_until": "For a division abolished since 1980 (宣武区, 蒲圻市, 唐海县, which "
                        "older news names): the last year the GB/T 2260 code list names it "
                        "(the vintages at hand run from 1980 to 2019: 2019 means 2019 or "
                        "later), its code and parent as they were then (under the unit its "
                        "parent became, if that one is current); NULL for a current division and "
                        "every other region. A division only renamed or changed in status "
                        "(襄樊市, 宁乡县), named so by a text, has a row of its own under the "
                        "current unit (襄阳市, 宁乡市) with the current code, the level it had and "
                        "the last year its old name was listed: the figures of a 1998 page on "
                        "襄樊市 are 襄樊市's, and region_code finds them with 襄阳市's.",
        "iso_code": "ISO 3166-1 alpha-2 code of a country (CN for 全国, KR for 韩国; names "
                    "from CLDR through Babel); NULL below country level (a division abroad "
                    "has its ISO 3166-2 code as its key) and for groups.",
    },
    "region_members": {
        "group_id": "The grouping (regions.id of a region of level group, e.g. 京津冀).",
        "member_id": "A region that belongs to it (regions.id, e.g. 河北省).",
    },
    "reporting_periods": {
        "id": "Row id; figures.period_id points here.",
        "key": "Label, dates, granularity and cumulative flag in one string: what makes a "
               "row unique.",
        "label": "The period as the article writes it (截至今年7月底, 2024年, 近年来).",
        "start_date": "First day the period covers; NULL when the text gives no start "
                      "(截至…, 迄今) or the year cannot be known.",
        "end_date": "Last day it covers; NULL when it cannot be known (目前, 近年来).",
        "granularity": "year, half_year, quarter, month, day, range (two dates), open (no "
                       "start: 截至…, 迄今) or unknown.",
        "cumulative": "1 (true) when the figure is a running total since some start "
                      "(累计, 自…以来): a stock, not a flow for the period.",
    },
    "saved_queries": {
        "id": "Row id.",
        "name": "The name `minsheng query run NAME` takes (lowercase, digits, _ and -).",
        "title": "One-line title (Datasette's canned query title).",
        "description": "What the query answers.",
        "sql": "The SQL, with :name parameters.",
        "created_at": "When it was first saved (UTC).",
        "updated_at": "When it was last replaced (UTC).",
    },
    "units": {
        "id": "Row id; figures.unit_id points here.",
        "name": "The unit after normalisation: 元, 人, 人次, %, 个, 个月 ... (名 and 位 become 人; "
                "千米 and km become 公里). A physical unit written as a symbol or a synonym of another "
                "stays as written (kg, cm, 摄氏度, V).",
        "dimension": "What it measures: currency, count, person, person_time, ratio, "
                     "multiple, duration, age, area, length, weight or other.",
        "same_as": "For a unit kept as written, the unit it equals (kg: 公斤, 摄氏度: ℃); NULL for "
                   "the others. Group by COALESCE(same_as, name) to add kg and 公斤 together.",
    },
    "documents": {
        "id": "Row id.",
        "path": "The file's path when loaded: the document's identity across loads.",
        "name": "The file name without folders (what figure_facts.document shows).",
        "sha256": "Hash of the file's bytes: an unchanged hash is not extracted again.",
        "size_bytes": "File size in bytes.",
        "encoding": "How the bytes were decoded (utf-8, utf-16, gb18030).",
        "title": "The page's title, when it has one.",
        "newspaper": "The newspaper, from the sidecar NAME.meta.json.",
        "published_on": "Publication date, the anchor of relative periods (今年, 去年); NULL "
                        "when unknown.",
        "published_on_source": "Where published_on came from: manifest (the sidecar), "
                               "explicit, lead_date (a full date opening the page's head), "
                               "dateline, latest_date, year_only (1 January of a known year), "
                               "...",
        "home_region_id": "The paper's home region (regions.id): what 我市/全市 mean.",
        "status": "loaded, failed (could not be read or stored; error says why) or missing "
                  "(the file disappeared from a loaded folder).",
        "error": "Why the document failed; NULL when loaded.",
        "extractor_version": "The extractor that produced its rows.",
        "loaded_run_id": "The run that stored its current rows (import_runs.id).",
        "seen_run_id": "The last run that looked at the file (import_runs.id).",
        "sidecar_sha256": "Hash of the page's NAME.meta.json sidecar as loaded (NULL: none); "
                          "a sidecar added or edited makes the page count as changed.",
    },
    "document_copies": {
        "id": "Row id.",
        "document_id": "The stored document whose very bytes this path holds (documents.id).",
        "path": "Another path holding the same bytes: recorded, not extracted again.",
        "name": "The copy's file name without folders.",
        "seen_run_id": "The last run that saw the copy (import_runs.id).",
    },
    "organizations": {
        "id": "Row id; figures.organization_id points here.",
        "name": "Canonical name (aliases resolve to it: 烟台市总 → 烟台市总工会).",
        "kind": "union, government, insurer, hospital, school, company, bank, media or other.",
        "region_id": "The region it belongs to (regions.id), when known.",
    },
    "organization_aliases": {
        "id": "Row id.",
        "alias": "Another name of the organisation (中互会, 国家医保局).",
        "organization_id": "The organisation it names (organizations.id).",
    },
    "programs": {
        "id": "Row id; figures.program_id points here.",
        "name": "Canonical name of the programme (职工医疗互助).",
        "operator_id": "The organisation that runs it (organizations.id), when named.",
        "region_id": "The region it covers (regions.id), when known.",
        "start_year": "Year it started, when an article says (自2017年启动以来).",
    },
    "program_aliases": {
        "id": "Row id.",
        "alias": "Another name of the programme.",
        "program_id": "The programme it names (programs.id).",
    },
    "articles": {
        "id": "Row id; article_search.rowid and figures.article_id point here.",
        "document_id": "The page it was cut from (documents.id).",
        "seq": "Its position on the page, 1 for the first article.",
        "title": "Headline, when the article has one.",
        "subtitle": "Sub-headline.",
        "byline": "Reporters' line (记者…).",
        "dateline": "The dateline (新华社北京1月19日电, 本报讯).",
        "jumps": "Jump lines (转第X版), '; '-separated.",
        "body_start": "Offset into text where the body begins (after headline lines and byline).",
        "text": "The whole article as normalised (headline lines, byline, body): every "
                "char_start/char_end of figures and mentions points into it.",
    },
    "figures": {
        "id": "Row id (figure_facts.figure_id).",
        "article_id": "The article it stands in (articles.id).",
        "char_start": "Offset into articles.text where the figure starts (0-based).",
        "char_end": "Offset just past its end: substr(text, char_start + 1, char_end - "
                    "char_start) is surface.",
        "surface": "The figure as written, numeral and unit (3.71亿人次, 近90%).",
        "value": "The number in base units, multipliers applied (3.71亿人次 → 371000000; "
                 "90% → 90); the lower bound of a range. Negative when a minus or 负 is "
                 "written before it (净利润-3.65亿元 → -365000000, 增长-2.5% → -2.5; 亏损3.65亿元 "
                 "stays 365000000, the word carries the sign); the qualifier then speaks of "
                 "its size (-3亿多元: more than 3亿 below zero).",
        "value_max": "Upper bound of a range (6000—8000元 → 8000); NULL for a single number.",
        "unit_id": "Its unit (units.id).",
        "qualifier": "How exact the text says it is: exact, approx (约/近/左右), more_than "
                     "(余/多/超/以上), less_than (不足/不到), at_most (最高/上限), at_least "
                     "(至少/不低于).",
        "role": "outcome (a reported result: people covered, money paid) or parameter (a rule "
                "of a programme: 每人每年100元, 上限5万元). Add up outcomes only.",
        "metric": "What is counted, a short label from the words governing the number "
                  "(入会职工, 共济金额); NULL when none is found.",
        "period_id": "Its reporting period (reporting_periods.id); NULL when the text names none.",
        "region_id": "The region it is reported for (regions.id); NULL when unresolved.",
        "organization_id": "The reporting or governing organisation (organizations.id).",
        "program_id": "The programme it belongs to (programs.id).",
        "evidence": "The sentence it stands in (its own clause, 150 characters either side, "
                    "in a run-on sentence over 400 characters).",
        "region_basis": "How region_id was chosen, nearest scope first: clause (a place in "
                        "the figure's clause), sentence (the first place of its sentence, or "
                        "全国 named in it), organization (the region of the body the sentence "
                        "names), paragraph (the place its paragraph opens with or names "
                        "first), heading (a sub-heading's place), article_lead (the first "
                        "place of the article's or item's headline and first paragraph, or 全国 "
                        "for a national body there), dateline (where the reporter filed: "
                        "本报合肥电), inferred (the place its section names most), home_region "
                        "(the paper's home). Keep clause and sentence for links made inside "
                        "the figure's own sentence.",
        "organization_basis": "How organization_id was chosen: sentence, article_lead (the "
                              "first reporting body of the article's or item's lead) or "
                              "inferred (the body its section names most).",
        "unit_basis": "written (the measure word as written) or noun (no measure word: the "
                      "counted noun's unit, 人口560万 → 人, GDP是1522亿 → 元).",
        "period_basis": "Where the period came from: clause, sentence, paragraph, heading, "
                        "dated_context (the dated phrase introducing a list, or the day "
                        "that opens a story it reports), comparison "
                        "(比上年增长 → the year after the base), publication_date (N年来 counted "
                        "back), inferred; NULL without a period.",
        "measure": "What it measures, a code of the measures table (mutual_aid_payout, "
                   "members_enrolled, ...); NULL when no measure fits.",
        "measure_basis": "The signal words of its own clause that decided the measure, joined "
                         "by + (发放+互助金).",
        "fact_id": "The fact this mention reports (facts.id): mentions of one quantity share "
                   "it; count facts, not figures, to add things up.",
        "compared_to_period_id": "The base period of a comparison (较2023年同期增长8.5% → "
                                 "2023; reporting_periods.id); NULL when none is stated.",
    },
    "measures": {
        "code": "The measure's code (figures.measure points here), e.g. mutual_aid_payout.",
        "label": "Its Chinese label, e.g. 互助金发放额.",
        "dimension": "What it is counted in: money, people, person_times, count, ratio, "
                     "duration or area.",
        "kind": "stock (a level at a moment: members enrolled), flow (an amount over a period: "
                "money paid out), rate (a share or growth) or parameter (a rule of a "
                "programme: a contribution per person). Never add stocks to flows.",
        "signals": "The words that assign it, as etl/data/measures.tsv lists them.",
        "description": "What it covers and what it does not, in words.",
    },
    "corrections": {
        "id": "Row id (figure_facts.correction_id).",
        "document_path": "The corrected figure's document, by path when corrected.",
        "document_sha256": "That document's content hash: finds the page again when it moved.",
        "article_seq": "The article's number in the document (articles.seq).",
        "char_start": "Where the figure started in the article's text when corrected.",
        "char_end": "Where it ended.",
        "surface": "The figure as written (3.71亿人次): the anchor must still read so.",
        "context_before": "A few characters before the figure, to find it again when text "
                          "before it changed.",
        "context_after": "A few characters after it.",
        "figure_id": "The figure it applies to now (figures.id); NULL when orphaned (its "
                     "anchor was not found at the last load: kept, reported, applied to "
                     "nothing).",
        "region_id": "The corrected region (regions.id); NULL leaves the extracted one.",
        "organization": "The corrected organisation's name; NULL leaves the extracted one.",
        "period_label": "The corrected period as a label (2024年); NULL leaves the extracted "
                        "period.",
        "period_start": "First day of the corrected period.",
        "period_end": "Last day of the corrected period.",
        "cumulative": "The corrected period's cumulative flag.",
        "measure": "The corrected measure (measures.code); NULL leaves the extracted one.",
        "not_a_figure": "1 (true): the extraction was wrong, the figure is left out of "
                        "figure_facts.",
        "note": "Why, in the corrector's words.",
        "created_by": "Who corrected ($USER or --by).",
        "created_at": "When the correction was made.",
        "updated_at": "When it was last changed.",
        "applied_at": "When a load last applied it to a figure.",
    },
    "facts": {
        "id": "Row id (figures.fact_id and fact_table.fact_id point here).",
        "kind": "reported (stated by one or more figures) or derived (implied by a comparison "
                "stated with a figure: 5.5亿元，较上年增长10% gives the year before 5亿元).",
        "value": "The value in base units, as its figures state it, sign included (the "
                 "lower bound of a range).",
        "value_max": "Upper bound of a range; NULL for a single number.",
        "unit_id": "Its unit (units.id).",
        "qualifier": "How exact its figures say it is (exact, approx, more_than, ...).",
        "role": "outcome or parameter, as its figures.",
        "metric": "The longest metric its mentions give (互助金 and 发放互助金 → 发放互助金).",
        "period_id": "Its reporting period (reporting_periods.id), the known one of its "
                     "mentions.",
        "region_id": "Its region (regions.id), the known one of its mentions.",
        "organization_id": "Its organisation (organizations.id), the known one of its "
                           "mentions.",
        "program_id": "Its programme (programs.id), the known one of its mentions.",
        "formula": "How a derived fact was computed (5.5亿元 ÷ (1 + 10%)); NULL when reported.",
    },
    "fact_sources": {
        "id": "Row id.",
        "fact_id": "A derived fact (facts.id).",
        "source_fact_id": "A fact it was computed from (facts.id).",
        "role": "base (the stated value) or rate (the stated growth, share or multiple).",
    },
    "figure_regions": {
        "figure_id": "The figure (figures.id).",
        "region_id": "A region it is about (regions.id).",
        "seq": "0 for figures.region_id, the others in the text's order.",
    },
    "region_mentions": {**_MENTION, "region_id": "The region named (regions.id)."},
    "organization_mentions": {**_MENTION,
                              "organization_id": "The organisation named (organizations.id)."},
    "program_mentions": {**_MENTION, "program_id": "The programme named (programs.id)."},
}

_FIGURE = COLUMNS["figures"]
# what fact_conflicts shows of each of its two facts (fact_id, other_fact_id, ...)
_CONFLICT_SIDE = (("fact_id", "id (facts.id)"), ("value", "value"), ("value_max", "upper bound"),
                  ("qualifier", "qualifier"), ("organization", "organisation"),
                  ("period_label", "period as written"), ("document", "first document"),
                  ("published_on", "first publication date"), ("evidence", "first sentence"))
VIEW_COLUMNS: dict[str, dict[str, str]] = {
    "figure_facts": {
        "figure_id": "The figure (figures.id).",
        "document": "The file name of the page (documents.name).",
        "article_title": "Headline of the article (articles.title).",
        "surface": _FIGURE["surface"],
        "value": _FIGURE["value"],
        "value_max": _FIGURE["value_max"],
        "unit": COLUMNS["units"]["name"],
        "dimension": COLUMNS["units"]["dimension"],
        "qualifier": _FIGURE["qualifier"],
        "role": _FIGURE["role"],
        "metric": _FIGURE["metric"],
        "period_start": COLUMNS["reporting_periods"]["start_date"],
        "period_end": COLUMNS["reporting_periods"]["end_date"],
        "period_label": COLUMNS["reporting_periods"]["label"] + " NULL when the text names "
                        "no period.",
        "cumulative": COLUMNS["reporting_periods"]["cumulative"] + " 0 when there is no "
                      "period.",
        "region": "Name of the region it is reported for (regions.name).",
        "region_code": COLUMNS["regions"]["code"],
        "organization": "Name of the reporting or governing organisation.",
        "program": "Name of the programme it belongs to.",
        "evidence": _FIGURE["evidence"],
        "char_start": _FIGURE["char_start"],
        "char_end": _FIGURE["char_end"],
        "published_on": COLUMNS["documents"]["published_on"],
        "document_id": "The page (documents.id).",
        "article_id": _FIGURE["article_id"],
        "article_seq": COLUMNS["articles"]["seq"],
        "region_basis": _FIGURE["region_basis"] + " corrected when a correction set the region.",
        "organization_basis": _FIGURE["organization_basis"] + " corrected when a correction set the organisation.",
        "unit_basis": _FIGURE["unit_basis"],
        "period_basis": _FIGURE["period_basis"] + " corrected when a correction set the period.",
        "compared_to": "Label of the base period of a comparison (上年, 2023年同期); NULL "
                       "when none is stated.",
        "compared_to_start": "First day of that base period.",
        "compared_to_end": "Last day of that base period.",
        "measure": _FIGURE["measure"] + " A correction's measure when corrected.",
        "measure_label": COLUMNS["measures"]["label"],
        "measure_kind": COLUMNS["measures"]["kind"],
        "measure_basis": _FIGURE["measure_basis"] + " corrected when a correction set it.",
        "corrected": "1 (true) when a correction made by hand changed this row's region, "
                     "organisation, period or measure; the figures row keeps the extraction.",
        "correction_id": "The correction applied (corrections.id); NULL when none.",
        "fact_id": "The fact this mention reports (fact_table.fact_id): mentions of one "
                   "quantity share it.",
        "regions": "Every region the figure is about, joined with 、 (the primary region first; "
                   "the region alone when it names one).",
    },
    "fact_table": {
        "fact_id": "The fact (facts.id).",
        "kind": "reported (fact_table shows reported facts only; derived_facts the others).",
        "value": "The value in base units (the lower bound of a range).",
        "value_max": _FIGURE["value_max"],
        "unit": COLUMNS["units"]["name"],
        "dimension": COLUMNS["units"]["dimension"],
        "qualifier": _FIGURE["qualifier"],
        "role": _FIGURE["role"],
        "metric": "The longest metric its mentions give.",
        "period_start": COLUMNS["reporting_periods"]["start_date"],
        "period_end": COLUMNS["reporting_periods"]["end_date"],
        "period_label": COLUMNS["reporting_periods"]["label"],
        "cumulative": COLUMNS["reporting_periods"]["cumulative"],
        "region": "Name of its region.",
        "region_code": COLUMNS["regions"]["code"],
        "organization": "Name of its organisation.",
        "program": "Name of its programme.",
        "mentions": "How many figures state it.",
        "documents": "How many documents state it.",
        "first_published_on": "Publication date of the earliest document stating it.",
        "last_published_on": "Publication date of the latest document stating it.",
        "first_document": "The document of its first mention (earliest published).",
        "surface": "Its first mention as written.",
        "evidence": "The sentence of its first mention.",
        "measure": "What it measures (measures.code): the measure its mentions carry, a "
                   "correction's first; NULL when none has one.",
        "measure_label": COLUMNS["measures"]["label"],
        "measure_kind": COLUMNS["measures"]["kind"],
    },
    "derived_facts": {
        "fact_id": "The derived fact (facts.id).",
        "kind": "derived.",
        "value": "The value the comparison implies for the compared period, in base units.",
        "value_max": "Upper bound, when the base is a range.",
        "unit": COLUMNS["units"]["name"],
        "dimension": COLUMNS["units"]["dimension"],
        "qualifier": "Carried from the base and the rate: approx when either is approximate.",
        "metric": "The base fact's metric.",
        "period_start": "First day of the compared period.",
        "period_end": "Last day of the compared period.",
        "period_label": "The compared period (上年 of 2024 → 2023年).",
        "region": "The base fact's region.",
        "region_code": COLUMNS["regions"]["code"],
        "organization": "The base fact's organisation.",
        "program": "The base fact's programme.",
        "formula": "How it was computed: 5.5亿元 ÷ (1 + 10%).",
        "base_fact_id": "The stated fact it was computed from (facts.id).",
        "base_surface": "That fact's first mention as written.",
        "base_period_label": "That fact's period.",
        "rate_fact_id": "The stated rate's fact (facts.id), when the rate is a figure.",
        "document": "The document of the base fact's first mention.",
        "published_on": "That document's publication date.",
        "evidence": "The sentence of the base fact's first mention.",
    },
    "fact_conflicts": {
        **{c: f"The first fact's {w}." for c, w in _CONFLICT_SIDE},
        **{f"other_{c}": f"The other fact's {w}." for c, w in _CONFLICT_SIDE},
        "metric": "The metric both facts share.",
        "region": "The region both facts share.",
        "region_code": COLUMNS["regions"]["code"],
        "period_start": "First day of the period both share.",
        "period_end": "Last day of the period both share.",
        "unit": "The unit both share.",
        "same_document": "1 when one page states both (often a total and its parts), 0 when "
                         "two documents disagree (a revision, a misprint, two counts).",
    },
    "program_overview": {
        "program_id": "The programme (programs.id).",
        "program": COLUMNS["programs"]["name"],
        "start_year": COLUMNS["programs"]["start_year"],
        "operator": "Name of the organisation that runs it.",
        "operator_kind": "That organisation's kind (organizations.kind).",
        "region": "Name of the region it covers.",
        "region_code": COLUMNS["regions"]["code"],
        "figures": "How many figures are attributed to it.",
        "articles": "How many articles name it.",
    },
    "organization_overview": {
        "organization_id": "The organisation (organizations.id).",
        "organization": COLUMNS["organizations"]["name"],
        "kind": COLUMNS["organizations"]["kind"],
        "region": "Name of the region it belongs to.",
        "region_code": COLUMNS["regions"]["code"],
        "figures": "How many figures are attributed to it.",
        "articles": "How many articles name it.",
    },
    "article_search": {
        "title": "The article's title with whitespace removed (MATCH searches it).",
        "body": "The article's text with whitespace removed: MATCH for words of 3+ "
                "characters, instr(body, '医保') > 0 for shorter ones.",
    },
}


def describe_column(table: str, column: str) -> str:
    """One line of meaning for a column of a table, view or the full-text table ('' if none)."""
    return (COLUMNS.get(table) or VIEW_COLUMNS.get(table) or {}).get(column, "")


ADDING_UP = """### Adding things up correctly

`figure_facts` holds every figure every article reports, which is not a table of facts ready to
add up. Before a `SUM`:

- **Outcomes only.** `role = 'parameter'` rows are rules of a programme (每人每年100元,
  上限5万元), not amounts paid or people covered: filter `role = 'outcome'`.
- **Cumulative totals are stocks.** `cumulative` marks running totals since some start
  (累计, 自2017年启动以来); adding one to the year's flows counts the same money twice. Sum
  `NOT cumulative` figures of periods that do not overlap, or take the latest cumulative one.
- **Count each fact once.** The same figure is often reported by several articles and papers
  (the seeds carry 3.71亿人次 twice): de-duplicate on metric, value, unit, period and region
  (`SELECT DISTINCT ...`) before adding.
- **One unit at a time.** `value` is in base units (亿元 and 万元 are both 元), but 人 and
  人次, or a count and a `%`, do not add; never add percentages.
- **Bounds are bounds.** `qualifier` other than `exact` means the text gave a bound or an
  estimate (近90% is below 90); a range keeps its upper end in `value_max`.
- **Regions nest.** A province's figure already includes its prefectures': add figures of one
  level, or of a region and none of those under it.
- **No period, no time series.** `period_start` and `period_end` are NULL when the text names no
  period or its year cannot be known: leave those rows out of sums over time.

- **Parts and wholes.** A total is often followed by its parts (其中…): add one metric at a
  time, never a total and its parts.

Per metric and region, each fact once, outcomes of 2024 only:

```sql
SELECT metric, region, unit, SUM(value) AS total, COUNT(*) AS facts
FROM (SELECT DISTINCT metric, value, unit, period_start, period_end, region
      FROM figure_facts
      WHERE role = 'outcome' AND NOT cumulative AND unit = '人次'
        AND period_start >= '2024-01-01' AND period_end <= '2024-12-31') AS facts
GROUP BY metric, region, unit
ORDER BY total DESC;
```
"""


VIEWS = ("figure_facts", "fact_table", "derived_facts", "fact_conflicts", "program_overview",
         "organization_overview")
VIRTUAL = ("article_search",)


def _first_paragraph(doc: str | None) -> str:
    if not doc:
        return ""
    return " ".join(doc.strip().split("\n\n")[0].split())


def describe(name: str) -> str:
    """One-paragraph description of a table or view."""
    if name in DESCRIPTIONS:
        return DESCRIPTIONS[name]
    for mapper in m.Base.registry.mappers:
        if mapper.local_table is not None and mapper.local_table.name == name:
            return _first_paragraph(mapper.class_.__doc__)
    return ""


def _migrated_inspector(path: Path):
    from .. import migrations
    from .database import open_engine

    engine = open_engine(str(path))
    migrations.upgrade(engine)
    return engine


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _table_section(table) -> list[str]:
    lines = [f"#### {table.name}", "", describe(table.name), "",
             "| column | type | null | key | meaning |", "| --- | --- | --- | --- | --- |"]
    for col in table.columns:
        keys = []
        if col.primary_key:
            keys.append("primary key")
        for fk in col.foreign_keys:
            target = fk.target_fullname
            on_delete = f" (on delete {fk.ondelete.lower()})" if fk.ondelete else ""
            keys.append(f"→ {target}{on_delete}")
        if col.unique or any(len(c.columns) == 1 and col.name in c.columns
                             for c in table.constraints if type(c).__name__ == "UniqueConstraint"):
            keys.append("unique")
        null = "yes" if col.nullable and not col.primary_key else "no"
        lines.append(f"| {col.name} | {col.type} | {null} | {', '.join(keys)} | "
                     f"{_cell(describe_column(table.name, col.name))} |")
    checks = sorted((c for c in table.constraints if type(c).__name__ == "CheckConstraint"),
                    key=lambda c: str(c.sqltext))  # table.constraints is a set
    for c in checks:
        lines.append("")
        lines.append(f"Check: `{c.sqltext}`")
    return lines + [""]


def _columns_section(name: str, columns: list[str]) -> list[str]:
    lines = [f"#### {name}", "", describe(name), "", "| column | meaning |", "| --- | --- |"]
    lines += [f"| {c} | {_cell(describe_column(name, c))} |" for c in columns]
    return lines + [""]


def live_columns() -> dict[str, list[str]]:
    """Every table, view and full-text table of a freshly migrated SQLite database, with its
    columns in order: what the documentation must cover."""
    out: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        engine = _migrated_inspector(Path(tmp) / "schema.db")
        try:
            insp = inspect(engine)
            for table in m.Base.metadata.sorted_tables:
                out[table.name] = [c["name"] for c in insp.get_columns(table.name)]
            for view in VIEWS:
                out[view] = [c["name"] for c in insp.get_columns(view)]
            with engine.connect() as conn:
                for name in VIRTUAL:
                    out[name] = [r[1] for r in conn.exec_driver_sql(f"PRAGMA table_info({name})")]
        finally:
            engine.dispose()
    return out


def schema_markdown() -> str:
    """The schema reference block (between the START and END markers)."""
    live = live_columns()
    out = [START, "", "## Schema reference", "",
           "Generated by `minsheng schema` from the models, the migrations and the column "
           "meanings in models/schema_doc.py; do not edit by hand.", "", ADDING_UP,
           "### Tables", ""]
    for table in m.Base.metadata.sorted_tables:
        out += _table_section(table)
    out += ["### Views", ""]
    for view in VIEWS:
        out += _columns_section(view, live[view])
    out += ["### Full-text search", ""]
    for name in VIRTUAL:
        out += _columns_section(name, live[name])
    out.append(END)
    return "\n".join(out) + "\n"


def replace_block(document: str, block: str) -> str:
    """``document`` with its schema block replaced (appended when it has none)."""
    if START in document and END in document:
        head, _, rest = document.partition(START)
        _, _, tail = rest.partition(END)
        return head + block.rstrip("\n") + tail
    return document.rstrip("\n") + "\n\n" + block


def current_block(document: str) -> str | None:
    if START not in document or END not in document:
        return None
    _, _, rest = document.partition(START)
    inner, _, _ = rest.partition(END)
    return START + inner + END + "\n"
