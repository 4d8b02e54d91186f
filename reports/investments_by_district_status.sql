-- title: Investment by district and status
-- description: For each district and project status (as known on the as-of date): how many
--   projects, how many have a reported total, and the sum of their totals in yuan and 亿元.
--   A project with no status yet is counted under an empty status.
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
known_projects AS (
    SELECT
        p.id,
        p.district_id,
        (
            SELECT s.status
            FROM project_statuses s
            JOIN articles a ON a.id = s.article_id
            WHERE s.project_id = p.id AND (a.published_on IS NULL OR a.published_on <= :as_of)
            ORDER BY s.as_of IS NULL, s.as_of DESC, s.id DESC
            LIMIT 1
        ) AS status,
        t.total_investment_yuan
    FROM projects p
    JOIN seen ON seen.project_id = p.id
    LEFT JOIN totals t ON t.project_id = p.id
)
SELECT
    d.adcode,
    d.name AS district,
    d.city,
    d.province,
    kp.status,
    COUNT(*) AS project_count,
    COUNT(kp.total_investment_yuan) AS projects_with_total,
    COALESCE(ROUND(SUM(kp.total_investment_yuan), 2), 0) AS total_investment_yuan,
    COALESCE(ROUND(SUM(kp.total_investment_yuan) / 100000000.0, 4), 0) AS total_investment_yi
FROM known_projects kp
LEFT JOIN districts d ON d.id = kp.district_id
GROUP BY d.adcode, d.name, d.city, d.province, kp.status
ORDER BY
    d.adcode IS NULL, d.adcode,
    CASE kp.status
        WHEN 'tracking' THEN 0 WHEN 'planned' THEN 1 WHEN 'signed' THEN 2
        WHEN 'under_construction' THEN 3 WHEN 'completed' THEN 4 WHEN 'operating' THEN 5
        ELSE 6
    END
