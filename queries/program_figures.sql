-- title: Figures for a programme
-- description: Every figure attributed to a programme, found by its name or any of its
--   aliases (exactly, or as part of the name: 医疗互助 finds 职工医疗互助).
-- param: program  the programme's name or alias, or a part of its name, e.g. 职工医疗互助
SELECT
    pr.name AS program, ff.metric, ff.value, ff.value_max, ff.unit, ff.qualifier, ff.surface,
    ff.period_label, ff.period_start, ff.period_end, ff.cumulative, ff.region,
    ff.organization, ff.document, ff.article_title, ff.evidence
FROM programs pr
JOIN figures f ON f.program_id = pr.id
JOIN figure_facts ff ON ff.figure_id = f.id
WHERE pr.name = :program
   OR pr.name LIKE '%' || CAST(:program AS TEXT) || '%'
   OR pr.id IN (SELECT program_id FROM program_aliases WHERE alias = :program)
ORDER BY pr.name, ff.document, ff.article_seq, ff.char_start
