"""extract: organizations, counts and initiative types from English news, by rules."""

from .about import SCHEMA_VERSION, __version__
from .patterns import PatternError
from .pipeline import ExtractionError, Extractor, build_pipeline
from .records import ArticleRecord, Count, ErrorRecord, Initiative, Mention, Organization
from .taxonomy import CountKind, InitiativeType, OrganizationKind

__all__ = [
    "SCHEMA_VERSION",
    "ArticleRecord",
    "Count",
    "CountKind",
    "ErrorRecord",
    "ExtractionError",
    "Extractor",
    "Initiative",
    "InitiativeType",
    "Mention",
    "Organization",
    "OrganizationKind",
    "PatternError",
    "__version__",
    "build_pipeline",
]
