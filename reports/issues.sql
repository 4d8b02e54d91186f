-- title: Issues
-- description: Every issue reported on or before the as-of date, with its project, district
--   and the article that reported it; unresolved ones first (open, in_progress, resolved).
SELECT
    i.id AS issue_id,
    a.published_on AS reported_on,
    d.name AS district,
    d.city,
    d.province,
    d.adcode,
    i.project_id,
    p.name AS project_name,
    i.company,
    i.category,
    i.status,
    i.description,
    i.article_id,
    a.title AS article_title,
    a.source AS article_source,
    i.sentence
FROM issues i
JOIN articles a ON a.id = i.article_id
LEFT JOIN projects p ON p.id = i.project_id
LEFT JOIN districts d ON d.id = i.district_id
WHERE a.published_on IS NULL OR a.published_on <= :as_of
ORDER BY
    CASE i.status WHEN 'open' THEN 0 WHEN 'in_progress' THEN 1 ELSE 2 END,
    d.adcode IS NULL, d.adcode, i.id
