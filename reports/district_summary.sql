-- title: District summary
-- description: One row per district as known on the as-of date: projects, how many have a
--   reported total, the sum of their totals (each project's largest reported total), open and
--   resolved issues, and articles.
WITH known AS (
    SELECT id, district_id, published_on FROM articles
    WHERE published_on IS NULL OR published_on <= :as_of
),
sightings AS (
    SELECT project_id, article_id FROM project_mentions
    UNION SELECT project_id, article_id FROM project_statuses
    UNION SELECT project_id, article_id FROM investments
    UNION SELECT project_id, article_id FROM issues WHERE project_id IS NOT NULL
),
seen AS (
    SELECT DISTINCT s.project_id
    FROM sightings s
    JOIN known k ON k.id = s.article_id
),
totals AS (
    SELECT v.project_id, MAX(v.amount_yuan) AS total_investment_yuan
    FROM investments v
    JOIN known k ON k.id = v.article_id
    WHERE v.kind = 'total'
    GROUP BY v.project_id
),
project_counts AS (
    SELECT
        p.district_id,
        COUNT(*) AS project_count,
        COUNT(t.total_investment_yuan) AS projects_with_total,
        ROUND(SUM(t.total_investment_yuan), 2) AS total_investment_yuan
    FROM projects p
    JOIN seen ON seen.project_id = p.id
    LEFT JOIN totals t ON t.project_id = p.id
    WHERE p.district_id IS NOT NULL
    GROUP BY p.district_id
),
issue_counts AS (
    SELECT
        i.district_id,
        SUM(CASE WHEN i.status <> 'resolved' THEN 1 ELSE 0 END) AS open_issue_count,
        SUM(CASE WHEN i.status = 'resolved' THEN 1 ELSE 0 END) AS resolved_issue_count
    FROM issues i
    JOIN known k ON k.id = i.article_id
    WHERE i.district_id IS NOT NULL
    GROUP BY i.district_id
),
article_counts AS (
    SELECT
        x.district_id,
        COUNT(DISTINCT x.article_id) AS article_count,
        MAX(k.published_on) AS last_reported_on
    FROM (
        SELECT district_id, id AS article_id FROM known WHERE district_id IS NOT NULL
        UNION
        SELECT p.district_id, s.article_id
        FROM sightings s
        JOIN projects p ON p.id = s.project_id
        WHERE p.district_id IS NOT NULL
    ) x
    JOIN known k ON k.id = x.article_id
    GROUP BY x.district_id
)
SELECT
    d.adcode,
    d.name AS district,
    d.city,
    d.province,
    d.level,
    COALESCE(pc.project_count, 0) AS project_count,
    COALESCE(pc.projects_with_total, 0) AS projects_with_total,
    COALESCE(pc.total_investment_yuan, 0) AS total_investment_yuan,
    COALESCE(ROUND(pc.total_investment_yuan / 100000000.0, 4), 0) AS total_investment_yi,
    COALESCE(ic.open_issue_count, 0) AS open_issue_count,
    COALESCE(ic.resolved_issue_count, 0) AS resolved_issue_count,
    COALESCE(ac.article_count, 0) AS article_count,
    ac.last_reported_on
FROM districts d
LEFT JOIN project_counts pc ON pc.district_id = d.id
LEFT JOIN issue_counts ic ON ic.district_id = d.id
LEFT JOIN article_counts ac ON ac.district_id = d.id
ORDER BY d.adcode, d.id
