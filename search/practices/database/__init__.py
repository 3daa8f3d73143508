"""The database search engine for practices (SQLite and PostgreSQL): see `engine` for how it searches.

Exposes the four functions every engine module has, so `search.practices.service`
can swap it with `search.practices.elastic`.
"""

from .completion import complete
from .engine import search
from .indexing import rebuild, refresh_practice, refresh_practices

__all__ = ["complete", "rebuild", "refresh_practice", "refresh_practices", "search"]
