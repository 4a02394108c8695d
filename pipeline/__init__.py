"""Raw news scrapes -> a clean, validated PLOVER political event dataset (Parquet + DuckDB)."""
