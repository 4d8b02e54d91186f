-- title: Projects
-- description: One row per project reported on or before the as-of date: where it is, its
--   latest status then, its largest reported total investment, its issues and when it was
--   reported. Only articles published on or before :as_of count (undated articles always count).
WITH known AS (
    SELECT id, published_on FROM articles
    WHERE published_on IS NULL OR published_on <= :as_of
),
sightings AS (
    SELECT project_id, article_id FROM project_mentions
    UNION SELECT project_id, article_id FROM project_statuses
    UNION SELECT project_id, article_id FROM investments
    UNION SELECT project_id, article_id FROM issues WHERE project_id IS NOT NULL
),
seen AS (
    SELECT
        s.project_id,
        MIN(k.published_on) AS first_reported_on,
        MAX(k.published_on) AS last_reported_on,
        COUNT(DISTINCT k.id) AS article_count
    FROM sightings s
    JOIN known k ON k.id = s.article_id
    GROUP BY s.project_id
),
totals AS (
    SELECT v.project_id, MAX(v.amount_yuan) AS total_investment_yuan
    FROM investments v
    JOIN known k ON k.id = v.article_id
    WHERE v.kind = 'total'
    GROUP BY v.project_id
),
issue_counts AS (
    SELECT
        i.project_id,
        SUM(CASE WHEN i.status <> 'resolved' THEN 1 ELSE 0 END) AS open_issue_count,
        SUM(CASE WHEN i.status = 'resolved' THEN 1 ELSE 0 END) AS resolved_issue_count
    FROM issues i
    JOIN known k ON k.id = i.article_id
    WHERE i.project_id IS NOT NULL
    GROUP BY i.project_id
)
SELECT
    p.id AS project_id,
    p.name AS project_name,
    d.name AS district,
    d.city,
    d.province,
    d.adcode,
    p.sector,
    p.company,
    (
        SELECT s.status
        FROM project_statuses s
        JOIN articles a ON a.id = s.article_id
        WHERE s.project_id = p.id AND (a.published_on IS NULL OR a.published_on <= :as_of)
        ORDER BY s.as_of IS NULL, s.as_of DESC, s.id DESC
        LIMIT 1
    ) AS status,
    p.phase,
    t.total_investment_yuan,
    ROUND(t.total_investment_yuan / 100000000.0, 4) AS total_investment_yi,
    COALESCE(ic.open_issue_count, 0) AS open_issue_count,
    COALESCE(ic.resolved_issue_count, 0) AS resolved_issue_count,
    seen.article_count,
    seen.first_reported_on,
    seen.last_reported_on
FROM projects p
JOIN seen ON seen.project_id = p.id
LEFT JOIN districts d ON d.id = p.district_id
LEFT JOIN totals t ON t.project_id = p.id
LEFT JOIN issue_counts ic ON ic.project_id = p.id
ORDER BY d.adcode IS NULL, d.adcode, p.id
