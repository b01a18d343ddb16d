-- title: What changed in the last import
-- description: The documents the most recent finished `minsheng load` run stored (new or
--   changed files), could not load, or found missing, with their figure counts. Unchanged
--   documents are not listed: an empty result means the run changed nothing.
WITH last_run AS (
    SELECT MAX(id) AS id FROM import_runs WHERE status <> 'running'
)
SELECT
    r.id AS run_id, r.status AS run_status, r.started_at, r.finished_at,
    CASE
        WHEN d.loaded_run_id = r.id AND d.status = 'loaded' THEN 'loaded'
        WHEN d.status = 'missing' THEN 'missing'
        ELSE 'failed'
    END AS change,
    d.name AS document,
    (SELECT COUNT(*) FROM articles a WHERE a.document_id = d.id) AS articles,
    (SELECT COUNT(*) FROM figures f JOIN articles a ON a.id = f.article_id
        WHERE a.document_id = d.id) AS figures,
    d.error AS reason,
    d.path
FROM last_run
JOIN import_runs r ON r.id = last_run.id
JOIN documents d ON d.loaded_run_id = r.id
    OR (d.seen_run_id = r.id AND (d.status <> 'loaded' OR d.error IS NOT NULL))
ORDER BY change, d.name
