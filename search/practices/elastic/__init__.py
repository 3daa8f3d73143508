"""The Elasticsearch engine for practice search (see docs/search.md, "Elasticsearch engine")."""

from .indexing import rebuild, refresh_practice
from .querying import complete, search

__all__ = ["search", "complete", "refresh_practice", "rebuild"]
