"""Fixed SQL statements run straight through the connection, for what every cold page reads.

A queryset is cheap for the database and dear for Python: building it,
resolving its filters and compiling it cost a cold page about as much as
the rest of a bare Wagtail page (issue 12, docs/caching.md). The shell, the
home sections and the guide run the same few statements on every cold
request, so they are written once, in SQL that SQLite and PostgreSQL both
accept, and their values converted here as the ORM would convert them.

Queries sent this way are counted like any other (`CaptureQueriesContext`,
the query-count tests). Model tables keep Django's default names.
"""

import datetime
import uuid
from functools import cache

from django.conf import settings
from django.db import connection
from django.utils.dateparse import parse_datetime


def fetch_rows(statement, params=()):
    """Every row `statement` returns, as tuples."""
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        return cursor.fetchall()


def placeholders(count):
    """`%s, %s, …`: `count` parameters for an `IN (…)`."""
    return ", ".join(["%s"] * count)


def as_uuid(value):
    """A UUID column's value as `uuid.UUID` (SQLite returns its 32 hex digits)."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    return uuid.UUID(value)


def uuid_param(value):
    """A UUID as a query parameter: itself where the database has a UUID type, else its hex digits."""
    return value if connection.features.has_native_uuid_field else uuid.UUID(str(value)).hex


def as_datetime(value):
    """A datetime column's value as the ORM gives it: aware (in UTC) when the site uses time zones."""
    if isinstance(value, str):
        value = parse_datetime(value)
    if value is not None and settings.USE_TZ and value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)
    return value


def prefix_pattern(path):
    """The `LIKE` pattern of the tree paths starting with `path` (treebeard paths hold only 0-9 and A-Z)."""
    return path + "%"


@cache
def converter(field):
    """A function turning what the database returns for `field`'s column into its Python value, as the ORM does."""
    col = field.get_col(field.model._meta.db_table)
    steps = connection.ops.get_db_converters(col) + col.get_db_converters(connection)

    def convert(value):
        for step in steps:
            value = step(value, col, connection)
        return value

    return convert
