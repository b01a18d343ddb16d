-- title: One metric across regions and periods
-- description: Figures whose metric is or contains the words given, side by side by region
--   and reporting period, so the same measure can be compared between places and over time.
--   Matched as programmes are: exactly or as part of the metric (入会单位 finds
--   职工医疗互助保障入会单位数), and % works as a wildcard (入会%职工).
-- param: metric  the metric or a part of it, e.g. 入会职工 or 互助金
SELECT
    COALESCE(ff.region, '(no region)') AS region, ff.region_code,
    ff.period_start, ff.period_end, ff.period_label, ff.cumulative,
    ff.metric, ff.value, ff.value_max, ff.unit, ff.qualifier, ff.organization,
    ff.published_on, ff.document
FROM figure_facts ff
WHERE ff.metric = :metric OR ff.metric LIKE '%' || CAST(:metric AS TEXT) || '%'
ORDER BY ff.metric, ff.unit, ff.region_code, ff.region, ff.period_end, ff.period_start,
    ff.document, ff.char_start
