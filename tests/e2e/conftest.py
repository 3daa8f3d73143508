"""Browser tests: Playwright for Python driving Debian's Chromium against live_server.

No browser is ever downloaded: Chromium is the system one (/usr/bin/chromium,
or CHROMIUM_PATH). Tests here are marked `browser`; tests/conftest.py skips
them when Chromium is missing. A failing test leaves a screenshot in
$TEST_ARTIFACTS_DIR/screenshots/ (default test-artifacts/screenshots/).

The live server and the test share a database without ever locking each
other out. Django's test database on SQLite is in memory by default, with
a shared cache, and the live server is handed the test's connection to it
when it starts, before the browser does. Playwright's sync API then keeps
an asyncio event loop running in the test's thread, and while a loop runs
Django's registry of connections (asgiref's `Local`) hands the test body
another connection object (checked: `connections["default"]` there is not
`live_server.thread.connections_override["default"]`). Two connections to
a shared-cache database lock whole tables, and such a lock is refused at
once, whatever the busy timeout: on a busy machine, the test reading a
practice while the server was still writing failed with "database table
is locked". So tests/conftest.py puts the SQLite test database in a file
(on /dev/shm where there is one, about as fast as memory), which every
thread opens with the site's own settings: WAL, so readers never wait for
the writer; a 20 s busy timeout, so a writer waits for the other; and
IMMEDIATE transactions, so none is refused an upgrade halfway through.
The live server then opens connections of its own.

Playwright's waits get BROWSER_PATIENCE_MS: long enough that a slow
machine only makes a test slower, so it only bounds a hang.
"""

import os
import re
from pathlib import Path

import pytest

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
BROWSER_PATIENCE_MS = 120_000  # every Playwright action and wait, in milliseconds

_reports = pytest.StashKey[dict]()


def screenshot_dir():
    return Path(os.environ.get("TEST_ARTIFACTS_DIR", "test-artifacts")) / "screenshots"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item, so the page fixture knows the test failed."""
    report = yield
    item.stash.setdefault(_reports, {})[report.when] = report
    return report


@pytest.fixture(scope="session", autouse=True)
def _migrated_data_in_every_context(django_db_setup):
    """Let serialized_rollback restore migrated data inside Playwright's greenlet.

    Django keeps database connections per execution context, and Playwright's
    sync API runs the test in a greenlet with a context of its own, so the
    connection there lacks the snapshot of migrated data (locales, groups, key
    factors, Wagtail's root page) that serialized_rollback restores after each
    flush. Putting the snapshot on the connection class shares it with every
    connection object.
    """
    from django.db import connections

    connection = connections["default"]
    snapshot = getattr(connection, "_test_serialized_contents", None)
    if snapshot is not None:
        type(connection)._test_serialized_contents = snapshot


@pytest.fixture(scope="module")
def browser():
    """One Chromium per test module; the Playwright event loop ends with it.

    Playwright's sync API runs an asyncio event loop in the test thread, and
    Django's ORM refuses to run while a loop is running in its thread. That
    loop only talks to the browser, so the ORM calls the tests make are safe:
    DJANGO_ALLOW_ASYNC_UNSAFE is set for as long as the browser lives, and
    removed afterwards so it never leaks into other tests or the
    subprocesses they start (`check --deploy` rejects it).
    """
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser, request):
    """A fresh browser context and page; screenshotted if the test fails.

    The page also fails the test if the browser reports a Content-Security-Policy
    violation: an inline script or a foreign resource the site tried to load.
    """
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(BROWSER_PATIENCE_MS)
    policy_violations = []
    page.on(
        "console",
        lambda message: policy_violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    yield page
    reports = request.node.stash.get(_reports, {})
    if any(report.failed for report in reports.values()):
        folder = screenshot_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid) + ".png")
        try:
            page.screenshot(path=str(path), full_page=True)
            print(f"\nscreenshot of the failing page: {path}")
        except Exception as error:  # a broken page must not hide the real failure
            print(f"\ncould not take a screenshot: {error}")
    context.close()
    assert not policy_violations, "Content-Security-Policy violations:\n" + "\n".join(policy_violations)


@pytest.fixture(scope="module")
def demo_rows(django_db_setup, django_db_blocker):
    """Every transactional test of the module starts from the demo site, restored from its snapshot.

    `serialized_rollback` reloads a snapshot of rows before each test (the
    migrated ones, normally); for the module, that snapshot is the demo's
    (tests/demo_snapshot.py), so each test gets a fresh demo in seconds
    instead of building one. The demo is restored once here too, to bring
    Elasticsearch in step with it, should another test have emptied the index.
    """
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connections

    from tests.demo_snapshot import demo_snapshot, empty_database, restore_demo

    connection = connections["default"]
    with django_db_blocker.unblock():
        snapshot = demo_snapshot()
        restore_demo(snapshot)
        if settings.ELASTICSEARCH_URL:
            call_command("update_index", verbosity=0)
            call_command("rebuild_practice_index", verbosity=0)
        empty_database()  # the first test's setup restores the demo onto an empty database
    # On the connection object for this thread and on its class for Playwright's (see _migrated_data_in_every_context).
    migrated = (
        connection.__dict__.get("_test_serialized_contents"),
        type(connection).__dict__.get("_test_serialized_contents"),
    )
    connection._test_serialized_contents = type(connection)._test_serialized_contents = snapshot.contents
    yield snapshot
    for holder, contents in zip((connection, type(connection)), migrated, strict=True):
        if contents is None:
            delattr(holder, "_test_serialized_contents")
        else:
            holder._test_serialized_contents = contents
