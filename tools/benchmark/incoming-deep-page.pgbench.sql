-- The raw SQL of a deep keyset page of the incoming box: the 50 cases after :cursor_at/:cursor_id.
SELECT * FROM (
    (SELECT * FROM cases WHERE routed_to_principal_id = 'region-jamtland-harjedalen'
       AND submitted_at <= :cursor_at AND (submitted_at < :cursor_at OR id < :cursor_id)
      ORDER BY submitted_at DESC, id DESC LIMIT 51)
    UNION ALL
    (SELECT * FROM cases WHERE informed_principal_id = 'region-jamtland-harjedalen'
       AND submitted_at <= :cursor_at AND (submitted_at < :cursor_at OR id < :cursor_id)
      ORDER BY submitted_at DESC, id DESC LIMIT 51)) page
ORDER BY submitted_at DESC, id DESC
LIMIT 51;
