-- Figures for the generated dataset card (outputs/README.md).
SELECT
    (SELECT count(*) FROM documents) AS n_documents,
    (SELECT count(*) FROM documents WHERE status = 'kept') AS n_kept,
    (SELECT count(*) FROM documents WHERE status = 'duplicate') AS n_duplicate,
    (SELECT count(*) FROM documents WHERE status = 'rejected') AS n_rejected,
    (SELECT count(*) FROM rejected_inputs) AS n_rejected_inputs,
    (SELECT count(*) FROM removed_lines) AS n_removed_lines,
    (SELECT count(*) FROM events) AS n_events,
    (SELECT count(*) FROM event_mentions) AS n_mentions,
    (SELECT min(event_date) FROM events) AS first_event,
    (SELECT max(event_date) FROM events) AS last_event,
    (SELECT count(*) FROM events WHERE event_date IS NULL) AS n_undated;
