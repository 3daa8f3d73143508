"""Suite-wide fixtures and the rules for tests that need a real service.

Tests marked `postgres`, `elasticsearch` or `browser` skip, with a reason
naming the missing service, only when that service is absent. CI's second
pass sets REQUIRE_ALL_SERVICES=1, which turns any skip into a failure.
"""

import os
import shutil
import tempfile
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SQLITE_ENGINE = "django.db.backends.sqlite3"
# A RAM-backed folder where there is one: the test database lives there, as fast as one in memory.
SHARED_MEMORY = Path("/dev/shm")  # noqa: S108 - only mkdtemp's private folders go in it


def postgres_available():
    return settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def elasticsearch_available():
    url = settings.ELASTICSEARCH_URL
    if not url:
        return False
    try:
        # A refused connection fails at once; the timeout only bounds a hung node, so a busy one still counts.
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - URL comes from our own settings
            return response.status == 200
    except OSError:
        return False


def chromium_available():
    return shutil.which(CHROMIUM_PATH) is not None


SERVICE_CHECKS = {
    "postgres": (postgres_available, "PostgreSQL is not configured: set DATABASE_URL=postgres://..."),
    "elasticsearch": (elasticsearch_available, "Elasticsearch is not reachable: set ELASTICSEARCH_URL"),
    "browser": (chromium_available, f"Chromium is not installed at {CHROMIUM_PATH}"),
}


def pytest_collection_modifyitems(config, items):
    results = {}
    for item in items:
        for marker, (check, reason) in SERVICE_CHECKS.items():
            if marker in item.keywords:
                if marker not in results:
                    results[marker] = check()
                if not results[marker]:
                    item.add_marker(pytest.mark.skip(reason=reason))


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("REQUIRE_ALL_SERVICES") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = len(reporter.stats.get("skipped", [])) if reporter else 0
    if skipped:
        reporter.write_line(f"REQUIRE_ALL_SERVICES=1 but {skipped} test(s) skipped: failing the run.", red=True)
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """On SQLite, the test database is a file in a folder of its own (one per process), not one in memory.

    Django's default test database on SQLite is in memory, with a shared
    cache; the live server of the browser tests then works on another
    connection to it than the test's, and a shared cache locks whole tables:
    a test reading while the server writes failed at once with "database
    table is locked", on a busy machine. A file is locked as the site's
    database is, in WAL mode with a busy timeout and IMMEDIATE transactions
    (`integrityhub.settings.database`): readers never wait, a writer waits
    for the other. See tests/e2e/conftest.py.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    if database["ENGINE"] != SQLITE_ENGINE:
        yield
        return
    folder = tempfile.mkdtemp(prefix="integrityhub-test-db-", dir=SHARED_MEMORY if SHARED_MEMORY.is_dir() else None)
    database.setdefault("TEST", {})["NAME"] = str(Path(folder) / "test.sqlite3")
    yield
    shutil.rmtree(folder, ignore_errors=True)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """Put the migrated data back right after a transactional test's flush.

    With `serialized_rollback`, Django reloads the snapshot of migrated rows
    (locales, groups, key factors, Wagtail's root page) when the *next*
    transactional test starts, and relies on transactional tests running
    last. pytest-xdist hands a worker test files in any order, so an ordinary
    test could follow one and find those rows flushed away.
    """
    yield
    if nextitem is None:  # the session is over and the test database gone
        return
    marker = item.get_closest_marker("django_db")
    if not (marker and marker.kwargs.get("transaction") and marker.kwargs.get("serialized_rollback")):
        return
    from django.db import connections
    from pytest_django.plugin import blocking_manager_key

    connection = connections["default"]
    snapshot = getattr(connection, "_test_serialized_contents", None)
    if snapshot:
        with item.config.stash[blocking_manager_key].unblock():
            connection.creation.deserialize_db_from_string(snapshot)


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English, whatever the previous one activated."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="module")
def built_demo_site(django_db_setup, django_db_blocker):
    """The demo site, built once for a test module; returns load_demo_content's output.

    Building it takes seconds, and many tests only read it. It is built in a
    transaction that stays open for the module and is rolled back after it;
    each test's own `db` transaction nests inside as a savepoint, so tests
    still cannot see each other's changes. Only for modules whose tests all
    use the demo site and none uses `transactional_db`.
    """
    from io import StringIO

    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import transaction

    output = StringIO()
    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        cache.clear()
        call_command("load_demo_content", stdout=output)
    yield output.getvalue()
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)
        cache.clear()
