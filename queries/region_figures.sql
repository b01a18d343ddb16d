-- title: Figures for a region and its sub-regions
-- description: Every figure reported for the region or any region under it (a province
--   brings its prefectures and counties, a prefecture its counties and named areas), with
--   metric, period, organisation, programme and the sentence it came from. A region
--   corrected by hand (minsheng correct --region) counts.
-- param: region  the region's name, short name or 6-digit code, e.g. 滨州市, 滨州 or 371600
WITH RECURSIVE area(id) AS (
    SELECT id FROM regions
    WHERE name = :region OR short_name = :region OR code = :region
    UNION
    SELECT r.id FROM regions r JOIN area ON r.parent_id = area.id
)
SELECT
    ff.region, ff.region_code, ff.metric, ff.value, ff.value_max, ff.unit, ff.qualifier,
    ff.surface, ff.period_label, ff.period_start, ff.period_end, ff.cumulative,
    ff.organization, ff.program, ff.document, ff.article_title, ff.evidence
FROM figure_facts ff
JOIN figures f ON f.id = ff.figure_id
LEFT JOIN corrections c ON c.figure_id = f.id
WHERE COALESCE(c.region_id, f.region_id) IN (SELECT id FROM area)
ORDER BY ff.region_code, ff.region, ff.document, ff.article_seq, ff.char_start
