-- The inbox queries without and with the two partial indexes of migration reports.0002
-- (docs/performance.md).
--
--   psql -h 127.0.0.1 -U postgres -d lapor_bench -v path='/pemprov-32/%' -f bench/inbox_indexes.sql
--
-- Everything runs in one transaction that is rolled back: the database is left as it was, whether
-- or not the indexes already exist there. The queries are the ones Django sends for
-- selectors.inbox(...)[:25] (first page, deadline order), the national admin's inbox, and the
-- open-status counts of the inbox chips.

\if :{?path}
\else
\set path '/pemprov-32/%'
\endif
\set open '(''submitted'', ''on_hold'', ''disposed'', ''followed_up'', ''reporter_replied'')'

BEGIN;
DROP INDEX IF EXISTS report_inbox_open_idx;
DROP INDEX IF EXISTS report_open_due_idx;

\echo '==== BEFORE: subtree inbox, first page'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.*, a.*, c.* FROM reports_report r
LEFT JOIN agencies_agency a ON a.id = r.agency_id
LEFT JOIN reports_category c ON c.id = r.category_id
WHERE r.agency_path::text LIKE :'path' AND r.status IN :open
ORDER BY r.due_at ASC, r.id ASC LIMIT 25;

\echo '==== BEFORE: national inbox, first page'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.* FROM reports_report r WHERE r.status IN :open ORDER BY r.due_at ASC, r.id ASC LIMIT 25;

-- What the migration would create (Django: models.Index with opclasses and condition, see the doc).
CREATE INDEX report_inbox_open_idx ON reports_report (agency_path varchar_pattern_ops, due_at, id, status)
    WHERE status IN :open;
CREATE INDEX report_open_due_idx ON reports_report (due_at, id, status) WHERE status IN :open;
ANALYZE reports_report;

\echo '==== AFTER: subtree inbox, first page'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.*, a.*, c.* FROM reports_report r
LEFT JOIN agencies_agency a ON a.id = r.agency_id
LEFT JOIN reports_category c ON c.id = r.category_id
WHERE r.agency_path::text LIKE :'path' AND r.status IN :open
ORDER BY r.due_at ASC, r.id ASC LIMIT 25;

\echo '==== AFTER: national inbox, first page'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.* FROM reports_report r WHERE r.status IN :open ORDER BY r.due_at ASC, r.id ASC LIMIT 25;

\echo '==== AFTER: status chips counting open reports only (index-only scan)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.status, COUNT(r.id) FROM reports_report r
WHERE r.agency_path::text LIKE :'path' AND r.status IN :open GROUP BY r.status;

\echo '==== for comparison: status chips over the whole history of the subtree (today''s inbox_counts)'
EXPLAIN (ANALYZE, BUFFERS)
SELECT r.status, COUNT(r.id) FROM reports_report r WHERE r.agency_path::text LIKE :'path' GROUP BY r.status;

ROLLBACK;
