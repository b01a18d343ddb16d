-- title: Facts that disagree
-- description: Two facts with the same metric, unit, region and period but different values:
--   a revision, a misprint, or two bodies counting differently. Each pair once, with both
--   values, the organisations, the first document and publication date of each and the
--   sentence each was first stated in. Pairs from different documents come first: inside
--   one page two values of one metric are more often a total and its parts.
-- param: metric  (optional) a LIKE pattern for the metric, e.g. %互助金%; all metrics when left out
SELECT
    fc.metric, fc.region, fc.period_label, fc.period_start, fc.period_end, fc.unit,
    fc.value, fc.value_max, fc.qualifier, fc.organization, fc.document, fc.published_on,
    fc.other_value, fc.other_value_max, fc.other_qualifier, fc.other_organization,
    fc.other_document, fc.other_published_on, fc.same_document, fc.evidence, fc.other_evidence,
    fc.fact_id, fc.other_fact_id
FROM fact_conflicts fc
WHERE :metric = '' OR fc.metric LIKE :metric
ORDER BY fc.same_document, fc.metric, fc.region_code, fc.region, fc.period_end, fc.fact_id,
    fc.other_fact_id
