-- title: Documents that failed, and why
-- description: Files that could not be loaded (never stored, or whose newest version could
--   not be read while an older good version is kept), with the reason of the latest attempt,
--   when it happened and how many runs have failed on the file so far.
SELECT
    d.name AS document,
    CASE WHEN d.status = 'failed' THEN 'not loaded' ELSE 'older version kept' END AS state,
    d.error AS reason,
    r.id AS run_id,
    r.started_at AS run_started_at,
    (SELECT COUNT(*) FROM import_failures x WHERE x.path = d.path) AS failed_runs,
    d.path
FROM documents d
LEFT JOIN import_runs r ON r.id = d.seen_run_id
WHERE d.status = 'failed' OR d.error IS NOT NULL
ORDER BY r.id DESC, d.name
