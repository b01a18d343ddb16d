-- title: One measure per region and period
-- description: Reported outcomes of one measure (a code of the measures table, such as
--   mutual_aid_payout for 互助金/补助金 paid out), one row per region, reporting period and
--   unit, read from fact_table: each fact counts once (a headline repeating its article, two
--   papers reporting the same figure are one fact). Running totals (累计,
--   cumulative) and amounts for a period are never added together: they are separate rows.
--   Amounts for a period (flows) are summed; running totals and levels (stocks) are not
--   additive, so the largest is shown; rates are never added (the largest is shown).
--   Figures without dates are grouped by their period as written (今年, 上半年), running
--   totals without dates in one row per region.
--   Programme parameters (每人每年100元, 最高15万元) are left out.
-- param: measure  a measure code, e.g. mutual_aid_payout, members_enrolled, contributions_collected
WITH facts AS (
    SELECT region, region_code, period_start, period_end,
           CASE WHEN period_start IS NULL AND NOT cumulative THEN period_label END
               AS period_label,
           cumulative, unit, value, measure_kind AS kind, mentions AS reports
    FROM fact_table
    WHERE measure = :measure AND role = 'outcome'
)
SELECT
    COALESCE(region, '(no region)') AS region, region_code, period_start, period_end,
    period_label,
    CASE WHEN cumulative THEN 'running total' ELSE 'in period' END AS totals,
    CASE WHEN kind = 'flow' AND NOT cumulative THEN SUM(value) ELSE MAX(value) END AS value,
    unit,
    CASE WHEN kind = 'flow' AND NOT cumulative THEN 'sum' ELSE 'largest' END AS how,
    COUNT(*) AS facts,
    SUM(reports) AS figures
FROM facts
GROUP BY region, region_code, period_start, period_end, period_label, cumulative, unit, kind
-- NULLs last on both backends (SQLite sorts them first, PostgreSQL last)
ORDER BY region_code IS NULL, region_code, region IS NULL, region, cumulative,
    period_start IS NULL, period_start, period_end IS NULL, period_end,
    period_label IS NULL, period_label, unit
