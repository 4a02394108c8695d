-- Views published inside events.duckdb for analysts. Plain SQL, no parameters.

-- One row per actor x recipient pair of every event: the CAMEO-style dyad that
-- GDELT and ICEWS users expect (an event with no recipient gives recipient_code NULL).
CREATE OR REPLACE VIEW event_dyads AS
SELECT e.event_id, e.event_date, e.date_precision, e.event_type, e.mode, e.cameo_code,
       e.quad_class, e.intensity, a.actor_code, r.recipient_code, e.status,
       e.num_mentions, e.num_documents, e.num_sources
FROM events AS e
CROSS JOIN UNNEST(e.actor_codes) AS a(actor_code)
LEFT JOIN LATERAL (
    SELECT UNNEST(CASE WHEN len(e.recipient_codes) = 0 THEN [NULL::VARCHAR] ELSE e.recipient_codes END) AS recipient_code
) AS r ON TRUE;

-- Events per day and type, for events dated to the day (a year-precision event is stored
-- as 1 January and would otherwise show up as a spike on that day).
CREATE OR REPLACE VIEW daily_event_counts AS
SELECT event_date, event_type, count(*) AS n_events, sum(num_mentions) AS n_mentions
FROM events
WHERE event_date IS NOT NULL AND date_precision = 'day'
GROUP BY event_date, event_type
ORDER BY event_date, event_type;
