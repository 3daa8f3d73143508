"""The Elasticsearch modules are loaded when the process starts, never by concurrent first searches.

Two gunicorn threads importing `search.practices.elastic` at once made
elasticsearch_dsl's own import fail (it walks `sys.modules` while the other
thread adds to it): a 500 on the first searches of a worker under load.
"""

import pytest

from tests.platform.test_settings import PRODUCTION_ENVIRONMENT, run_manage

LOADED = "import sys; print('search.practices.elastic' in sys.modules, 'elasticsearch_dsl' in sys.modules)"


@pytest.mark.parametrize(
    ("elasticsearch_url", "loaded"), [("http://search.internal:9200", "True True"), ("", "False False")]
)
def test_the_elasticsearch_modules_are_loaded_at_startup_only_when_configured(elasticsearch_url, loaded):
    result = run_manage(
        "shell", "-c", LOADED, environment=dict(PRODUCTION_ENVIRONMENT, ELASTICSEARCH_URL=elasticsearch_url)
    )
    assert result.returncode == 0, result.stderr
    assert " ".join(result.stdout.split()[-2:]) == loaded
