"""Settings for the test suite: same apps as production, fast hashing, local email."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F401,F403
from .base import ELASTICSEARCH_URL, MEDIA_URL, REDIS_URL, WAGTAILSEARCH_BACKENDS
from .cache import cache_config
from .media import upload_storages

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "integrityhub.task_backends.ImmediateAfterResponseBackend"}}
# Real files in a throw-away folder: document serving streams from disk, so an
# in-memory storage would hide how uploads are really served.
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="integrityhub-test-media-"))
PRIVATE_MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="integrityhub-test-private-media-"))
STORAGES = {
    **upload_storages(MEDIA_ROOT, MEDIA_URL, PRIVATE_MEDIA_ROOT),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Each test process writes to its own index names, so neither a developer's
# local index nor a parallel worker's (pytest-xdist) is clobbered.
ELASTICSEARCH_INDEX_PREFIX = "integrityhub_test_{}_{}_".format(
    os.environ.get("TEST_INDEX_NAMESPACE", "run"), os.environ.get("PYTEST_XDIST_WORKER", "main")
)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"] = ELASTICSEARCH_INDEX_PREFIX
# Hybrid practice search embeds every practice indexed and every query: the tests of it turn it on
# (tests/search/test_elastic_hybrid.py); the other Elasticsearch tests measure the keyword ranking alone.
PRACTICE_SEARCH_HYBRID = False
AXES_FAILURE_LIMIT = 5
ALLOWED_HOSTS = ["*"]
# Serve static files from the finders so tests need no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# ---- Cache: Redis when REDIS_URL is set (CI's second pass), else per process.
# Each test process keys its own entries, so workers with databases of their
# own never read each other's pages.
CACHES = cache_config(
    REDIS_URL,
    "integrityhub_test_{}_{}".format(
        os.environ.get("TEST_INDEX_NAMESPACE", "run"), os.environ.get("PYTEST_XDIST_WORKER", "main")
    ),
)
# ---- end cache
