"""The demo site built once per test process and restored from Django's serialized form wherever a test reads it.

Building the demo through Wagtail and wagtail-localize takes tens of
seconds; several test modules only read it. The first one to ask builds it
inside a transaction that is rolled back, keeping what the load wrote as
the JSON Django's test runner itself uses for `serialized_rollback`, and
the load's printed output. Restoring that JSON takes a few seconds.

What a restore does not bring back is the Elasticsearch index: the build
indexed the demo there under the same primary keys, and those documents
stay until a test clears the index, as they did when every module built its
own copy.
"""

import os
from dataclasses import dataclass
from io import StringIO

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, transaction
from wagtail.models import Site


@dataclass(frozen=True)
class DemoSnapshot:
    output: str  # what load_demo_content printed
    contents: str  # every migrated app's rows after the load, serialized
    content_types: tuple  # the ContentType rows among them, for Django's memo (restore_demo)


_snapshot = None


def demo_snapshot():
    """The demo site's snapshot for this process; built on first use (the database must be unblocked)."""
    global _snapshot
    if _snapshot is None:
        _snapshot = _build()
    return _snapshot


def _build():
    output = StringIO()
    password = os.environ.pop("DEMO_PASSWORD", None)  # the documented default, as the tests log in with it
    try:
        with transaction.atomic():
            cache.clear()
            call_command("load_demo_content", stdout=output)
            contents = connection.creation.serialize_db_to_string()
            content_types = tuple(ContentType.objects.all())
            transaction.set_rollback(True)
    finally:
        if password is not None:
            os.environ["DEMO_PASSWORD"] = password
        Site.clear_site_root_paths_cache()
        cache.clear()
    return DemoSnapshot(output=output.getvalue(), contents=contents, content_types=content_types)


def empty_database():
    """Delete every row, as a transactional test's teardown does, without re-running post-migrate handlers.

    Restoring the demo on top of migrated rows would keep rows the demo
    deleted (Wagtail's welcome page): the tree would then disagree with itself.
    """
    # Sequences keep counting: the restored rows keep their ids, new rows must not take them.
    call_command("flush", verbosity=0, interactive=False, inhibit_post_migrate=True, reset_sequences=False)


def restore_demo(snapshot):
    """Replace the database's rows with the demo's, and forget what the caches knew of the old ones."""
    empty_database()
    remember_content_types(snapshot.content_types)
    connection.creation.deserialize_db_from_string(snapshot.contents)
    Site.clear_site_root_paths_cache()
    cache.clear()


def remember_content_types(content_types):
    """Make Django's content-type memo hold exactly the snapshot's rows before they are restored.

    While the rows are deserialized, signal handlers ask for content types.
    With an empty or stale memo (a cold query count empties it; a rolled-back
    test may leave ids that no longer exist) the manager would create the
    row itself, which the snapshot then inserts again (duplicate key), or
    hand out an id that is not in the table (foreign key violation).
    """
    manager = ContentType.objects
    manager.clear_cache()
    for content_type in content_types:
        manager._add_to_cache(connection.alias, content_type)
