"""Hypothesis for the property tests: settings profiles, one rolled-back transaction per example, case counts.

Profiles. `properties-dev` (the default, what `make test` runs) keeps each
target to a modest number of examples; `properties-ci` runs more. CI picks
the larger one because CI sets `CI=true`; `HYPOTHESIS_PROFILE=ci` (or
`dev`) chooses explicitly. No profile has a deadline: a slow shared machine
must never turn into a failure. The profiles are applied to the property
tests only (`property_settings`), never loaded globally, so the API fuzzing
tests elsewhere keep their own settings.

Isolation. A pytest fixture is set up once per test, while Hypothesis runs
the body many times; each example therefore runs inside `example()`, its
own transaction, rolled back at the end, with the cache cleared on both
sides (anonymous pages are cached whole, and a rolled-back page must not
be served from the cache to the next example).

Counting. `example()` counts the examples each target ran; at the end of
the test one JSON line per target is appended to
$TEST_ARTIFACTS_DIR/hypothesis-summary.jsonl for CI's closing table. Lines
are short, written with one `write` in append mode, so parallel workers
do not interleave them.
"""

import json
import os
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

ARTIFACTS = Path(os.environ.get("TEST_ARTIFACTS_DIR", "test-artifacts"))

SHARED = {
    "deadline": None,
    # Failing examples are replayed first on the next run; kept with the other test artifacts.
    "database": DirectoryBasedExampleDatabase(ARTIFACTS / "hypothesis-examples"),
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
    "print_blob": True,
}
settings.register_profile("properties-dev", max_examples=50, **SHARED)
settings.register_profile("properties-ci", max_examples=100, **SHARED)


def profile_name():
    chosen = os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev")
    return f"properties-{chosen}" if chosen in ("dev", "ci") else chosen


property_settings = settings.get_profile(profile_name())


class ExampleCounter:
    """Runs each generated example in its own rolled-back transaction, and counts them."""

    def __init__(self):
        self.cases = 0

    @contextmanager
    def __call__(self):
        self.cases += 1
        cache.clear()
        try:
            with transaction.atomic():
                yield
                transaction.set_rollback(True)
        finally:
            cache.clear()


def summary_path():
    return ARTIFACTS / "hypothesis-summary.jsonl"


@pytest.fixture
def example(request, db):
    """`with example():` around each property body: isolated, counted, recorded for the CI summary."""
    counter = ExampleCounter()
    started = time.monotonic()
    yield counter
    line = {
        "target": request.node.nodeid,
        "cases": counter.cases,
        "seconds": round(time.monotonic() - started, 1),
        "profile": profile_name(),
        "outcome": "failed" if getattr(request.node, "property_failed", False) else "passed",
    }
    path = summary_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as summary:
        summary.write(json.dumps(line) + "\n")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Mark a failed property on its node, so its summary line says so."""
    outcome = yield
    if call.when == "call" and outcome.get_result().failed:
        item.property_failed = True
