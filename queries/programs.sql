-- title: Programmes with their operators and regions
-- description: Every programme the knowledge base knows, who runs it, where, since when,
--   how many figures are attributed to it and in how many articles it is mentioned.
SELECT
    po.program, po.operator, po.operator_kind, po.region, po.region_code, po.start_year,
    po.figures, po.articles,
    (SELECT COUNT(*) FROM program_aliases pa WHERE pa.program_id = po.program_id) AS aliases
FROM program_overview po
ORDER BY po.figures DESC, po.articles DESC, po.program
