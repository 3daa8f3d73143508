"""Wagtail's database backend for the default database: SQLite (FTS5) or PostgreSQL, stemming per language.

Each vendor's module is imported only when it is the one in use: Wagtail's
SQLite module looks up a model that exists on SQLite only.
"""

from django.core.exceptions import ImproperlyConfigured
from django.db import connection


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The backend for the default database, as `wagtail.search.backends.database` chooses it."""
    if connection.vendor == "postgresql":
        from .postgres import LanguagePostgresSearchBackend

        return LanguagePostgresSearchBackend(params)
    if connection.vendor == "sqlite":
        from .sqlite import StemmedSQLiteSearchBackend

        return StemmedSQLiteSearchBackend(params)
    raise ImproperlyConfigured(f"The site's search backend supports SQLite and PostgreSQL, not {connection.vendor}.")
