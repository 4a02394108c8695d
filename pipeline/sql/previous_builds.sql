-- build_info rows of the dataset being replaced, so the history of builds carries over.
SELECT build_id, built_at, pipeline_version, n_inputs, n_documents, n_kept, n_events, validation_passed
FROM build_info
ORDER BY built_at;
