-- Events per PLOVER type, for the dataset card.
SELECT event_type, count(*) AS n FROM events GROUP BY event_type ORDER BY n DESC, event_type;
