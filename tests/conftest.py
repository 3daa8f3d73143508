"""Suite-wide fixtures and the rules for tests that need a real service.

Tests marked `postgres`, `elasticsearch`, `redis` or `browser` skip, with a reason
naming the missing service, only when that service is absent. CI's second
pass sets REQUIRE_ALL_SERVICES=1, which turns any skip into a failure.
"""

import os
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
REDIS_SERVER_PATH = os.environ.get("REDIS_SERVER_PATH", "/usr/bin/redis-server")
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


def redis_server_available():
    return shutil.which(REDIS_SERVER_PATH) is not None


SERVICE_CHECKS = {
    "postgres": (postgres_available, "PostgreSQL is not configured: set DATABASE_URL=postgres://..."),
    "elasticsearch": (elasticsearch_available, "Elasticsearch is not reachable: set ELASTICSEARCH_URL"),
    "browser": (chromium_available, f"Chromium is not installed at {CHROMIUM_PATH}"),
    "redis": (redis_server_available, f"Redis is not installed: no redis-server at {REDIS_SERVER_PATH}"),
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


def restores_rows_when_done(item):
    """Whether `item` is transactional with serialized_rollback: reloaded from the snapshot before, flushed after."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction") and marker.kwargs.get("serialized_rollback"))


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
    if not restores_rows_when_done(item) or restores_rows_when_done(nextitem):
        return  # nothing was flushed, or the next test reloads the snapshot as it starts
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
    """The demo site for a test module; returns load_demo_content's output.

    Built once per test process and restored here from its snapshot
    (tests/demo_snapshot.py), in a transaction that stays open for the
    module and is rolled back after it; each test's own `db` transaction
    nests inside as a savepoint, so tests still cannot see each other's
    changes. Only for modules whose tests all use the demo site and none
    uses `transactional_db`.
    """
    from django.core.cache import cache
    from django.db import transaction

    from tests.demo_snapshot import demo_snapshot, restore_demo

    with django_db_blocker.unblock():
        snapshot = demo_snapshot()
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        restore_demo(snapshot)
    yield snapshot.output
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        module_transaction.__exit__(None, None, None)
        cache.clear()


@pytest.fixture(autouse=True)
def _fresh_content_generation():
    """Each test starts with a new content generation (home.content_cache).

    A test's database changes are rolled back, its cache entries are not:
    a new generation makes every page and fragment a previous test cached
    unreachable.
    """
    from django.core.cache import cache

    from home.content_cache import GENERATION_KEY

    cache.delete(GENERATION_KEY)


class RedisServer:
    """A real redis-server of the test's own, on a free port, with its data in a temporary folder."""

    def __init__(self, directory):
        self.directory = directory
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        command = [REDIS_SERVER_PATH, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)]
        command += ["--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning"]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # noqa: S603
        deadline = time.monotonic() + 10
        while not self.answers():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"redis-server did not start on port {self.port}")
            time.sleep(0.05)

    def answers(self):
        import redis

        try:
            return redis.Redis.from_url(self.url, socket_timeout=0.5).ping()
        except redis.exceptions.ConnectionError:
            return False

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@pytest.fixture
def redis_server(tmp_path):
    """A started RedisServer (stop it to test an outage); stopped after the test."""
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()
