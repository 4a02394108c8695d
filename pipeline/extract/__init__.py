"""The event coder: rule-based PLOVER coding of cleaned news text, with evidence sentences."""

from pipeline.extract.coder import code_document
from pipeline.extract.merge import actors_table, merge_stories
from pipeline.extract.model import CodedEvent, Mention
from pipeline.extract.resources import CoderResources, load_resources

__all__ = ["CodedEvent", "CoderResources", "Mention", "actors_table", "code_document", "load_resources", "merge_stories"]
