-- The raw SQL of the incoming box's first page (50 rows) for the region, as the baseline: the
-- cases routed to it and those it is informed of, each read in index order, merged.
SELECT * FROM (
    (SELECT * FROM cases WHERE routed_to_principal_id = 'region-jamtland-harjedalen'
      ORDER BY submitted_at DESC, id DESC LIMIT 51)
    UNION ALL
    (SELECT * FROM cases WHERE informed_principal_id = 'region-jamtland-harjedalen'
      ORDER BY submitted_at DESC, id DESC LIMIT 51)) page
ORDER BY submitted_at DESC, id DESC
LIMIT 51;
