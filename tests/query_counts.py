"""Count the SQL queries a page costs, so tests can pin that it stays flat."""

from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext


@override_settings(ANONYMOUS_PAGE_CACHE=False)
def queries_for(client, url):
    """Fetch `url` twice (the first warms per-process caches) and count the second.

    Without the anonymous page cache, which would answer the second fetch
    whole: this counts what rendering the page costs.
    """
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)
