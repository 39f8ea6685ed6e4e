"""Package metadata kept in one place."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1"  # also the Literal in records.ArticleRecord
