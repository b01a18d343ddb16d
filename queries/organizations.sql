-- title: Organizations by kind and region
-- description: Organizations of a kind (union, government, insurer, hospital, school,
--   company, bank, media, other) in a region and the regions under it, with how many
--   figures and articles name them. Leave a parameter empty to list every kind or region.
-- param: kind  (optional) the kind, e.g. union; empty for every kind
-- param: region  (optional) a region's name, short name or code, e.g. 滨州市; empty for all
WITH RECURSIVE area(id) AS (
    SELECT id FROM regions
    WHERE :region <> '' AND (name = :region OR short_name = :region OR code = :region)
    UNION
    SELECT r.id FROM regions r JOIN area ON r.parent_id = area.id
)
SELECT
    oo.kind, oo.organization, oo.region, oo.region_code, oo.figures, oo.articles,
    (SELECT COUNT(*) FROM organization_aliases oa
        WHERE oa.organization_id = oo.organization_id) AS aliases
FROM organization_overview oo
JOIN organizations o ON o.id = oo.organization_id
WHERE (:kind = '' OR oo.kind = :kind)
  AND (:region = '' OR o.region_id IN (SELECT id FROM area))
ORDER BY oo.kind, oo.region_code, oo.figures DESC, oo.organization
