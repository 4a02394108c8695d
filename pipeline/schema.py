"""The published contract (shared/docs/DATASET.md) as pyarrow schemas, plus the closed sets.

Every table the pipeline publishes is declared here once; column lists, DuckDB DDL and the
Great Expectations suites derive from (or are tested against) these declarations.
"""

from __future__ import annotations

from typing import Final, Literal, get_args

import pyarrow as pa

RemovalReason = Literal[
    "blank_duplicate",
    "navigation",
    "cookie_banner",
    "share_widget",
    "related_posts",
    "relative_time",
    "spam",
    "byline",
    "author_bio",
    "repeated_title",
    "caption",
    "copyright",
    "comment_form",
    "newsletter",
    "site_boilerplate",
    "duplicate_line",
    "short_fragment",
    "syndication_note",
    "other_language",
    "read_more",
    "advertisement",
]
REMOVAL_REASONS: Final[tuple[str, ...]] = get_args(RemovalReason)

DocStatus = Literal["kept", "duplicate", "rejected"]
DOC_STATUSES: Final[tuple[str, ...]] = get_args(DocStatus)

DateSource = Literal["metadata", "text", "copyright_year", "inferred", "unknown"]
DATE_SOURCES: Final[tuple[str, ...]] = get_args(DateSource)

DatePrecision = Literal["day", "week", "month", "year", "unknown"]
DATE_PRECISIONS: Final[tuple[str, ...]] = get_args(DatePrecision)

EventStatus = Literal["actual", "threatened", "planned", "hypothetical", "denied", "historical"]
EVENT_STATUSES: Final[tuple[str, ...]] = get_args(EventStatus)

ActorKind = Literal["country", "igo", "group", "person"]
ACTOR_KINDS: Final[tuple[str, ...]] = get_args(ActorKind)

RejectReason = Literal[
    "empty",
    "binary",
    "undecodable",
    "unsupported_format",
    "malformed_record",
    "too_large",
    "read_error",
    "not_target_language",
    "too_short",
]
REJECT_REASONS: Final[tuple[str, ...]] = get_args(RejectReason)

_STR_LIST = pa.list_(pa.string())

DOCUMENTS: Final = pa.schema(
    [
        ("doc_id", pa.string()),
        ("source_path", pa.string()),
        ("url", pa.string()),
        ("site", pa.string()),
        ("title", pa.string()),
        ("published_date", pa.date32()),
        ("published_date_source", pa.string()),
        ("language", pa.string()),
        ("text", pa.string()),
        ("n_chars_raw", pa.int32()),
        ("n_chars_clean", pa.int32()),
        ("status", pa.string()),
        ("duplicate_of", pa.string()),
        ("dup_similarity", pa.float64()),
        ("reject_reason", pa.string()),
    ]
)

REMOVED_LINES: Final = pa.schema(
    [
        ("doc_id", pa.string()),
        ("line_no", pa.int32()),
        ("text", pa.string()),
        ("reason", pa.string()),
    ]
)

EVENTS: Final = pa.schema(
    [
        ("event_id", pa.string()),
        ("event_date", pa.date32()),
        ("date_precision", pa.string()),
        ("event_type", pa.string()),
        ("mode", pa.string()),
        ("actor_codes", _STR_LIST),
        ("recipient_codes", _STR_LIST),
        ("actor_text", pa.string()),
        ("recipient_text", pa.string()),
        ("cameo_code", pa.string()),
        ("quad_class", pa.int32()),
        ("intensity", pa.float64()),
        ("location", pa.string()),
        ("location_country", pa.string()),
        ("quantity", pa.float64()),
        ("quantity_unit", pa.string()),
        ("killed", pa.int32()),
        ("injured", pa.int32()),
        ("status", pa.string()),
        ("confidence", pa.float64()),
        ("num_mentions", pa.int32()),
        ("num_documents", pa.int32()),
        ("num_sources", pa.int32()),
    ]
)

EVENT_MENTIONS: Final = pa.schema(
    [
        ("event_id", pa.string()),
        ("doc_id", pa.string()),
        ("sentence_index", pa.int32()),
        ("char_start", pa.int32()),
        ("char_end", pa.int32()),
        ("sentence", pa.string()),
    ]
)

ACTORS: Final = pa.schema(
    [
        ("code", pa.string()),
        ("name", pa.string()),
        ("kind", pa.string()),
        ("country_code", pa.string()),
        ("aliases", _STR_LIST),
    ]
)

REJECTED_INPUTS: Final = pa.schema(
    [
        ("source_path", pa.string()),
        ("reason", pa.string()),
        ("detail", pa.string()),
    ]
)

BUILD_INFO: Final = pa.schema(
    [
        ("build_id", pa.string()),
        ("built_at", pa.timestamp("us", tz="UTC")),
        ("pipeline_version", pa.string()),
        ("n_inputs", pa.int32()),
        ("n_documents", pa.int32()),
        ("n_kept", pa.int32()),
        ("n_events", pa.int32()),
        ("validation_passed", pa.bool_()),
    ]
)

TABLES: Final[dict[str, pa.Schema]] = {
    "documents": DOCUMENTS,
    "removed_lines": REMOVED_LINES,
    "events": EVENTS,
    "event_mentions": EVENT_MENTIONS,
    "actors": ACTORS,
    "rejected_inputs": REJECTED_INPUTS,
    "build_info": BUILD_INFO,
}
