"""The shell finds the request's site in one fixed query, and finds the site Wagtail would.

`home.site_rows.find_site` ranks the candidate sites as Wagtail's
`get_site_for_hostname` does; these tests compare the two on hostnames and
ports that exercise every rank, and check that the site comes with its
root page and leaves it where Wagtail looks for it.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site
from wagtail_factories import SiteFactory

from home.site_rows import find_site

pytestmark = pytest.mark.django_db

HOSTS = [
    "localhost",
    "localhost:8000",
    "intranet.example",
    "intranet.example:8080",
    "twin.example",
    "twin.example:8443",
    "unknown.example",
    "unknown.example:81",
]


def wagtail_site(rf, host):
    return Site._find_for_request(rf.get("/", HTTP_HOST=host))


def our_site(rf, host):
    return find_site(rf.get("/", HTTP_HOST=host))


@pytest.fixture
def sites(home, settings):
    """The default site, a site of its own hostname, and one hostname served on two ports."""
    settings.ALLOWED_HOSTS = ["*"]
    root = home
    SiteFactory(hostname="intranet.example", port=8080, root_page=root, is_default_site=False, site_name="Intranet")
    SiteFactory(hostname="twin.example", port=80, root_page=root, is_default_site=False, site_name="Twin 80")
    SiteFactory(hostname="twin.example", port=8443, root_page=root, is_default_site=False, site_name="Twin 8443")


@pytest.mark.parametrize("host", HOSTS)
def test_the_site_found_is_wagtails_for_every_rank(rf, sites, host):
    assert our_site(rf, host) == wagtail_site(rf, host)


def test_a_single_site_of_another_hostname_wins_over_the_default_as_in_wagtail(rf, sites):
    assert our_site(rf, "intranet.example:9999") == wagtail_site(rf, "intranet.example:9999")
    assert our_site(rf, "intranet.example:9999").hostname == "intranet.example"


def test_no_site_at_all_is_none_as_in_wagtail(rf, home, settings):
    settings.ALLOWED_HOSTS = ["*"]
    Site.objects.all().delete()
    assert our_site(rf, "localhost") is None
    assert wagtail_site(rf, "localhost") is None


def test_the_site_comes_with_its_root_page_in_one_query_and_is_kept_for_wagtail(rf, sites):
    request = rf.get("/", HTTP_HOST="intranet.example:8080")
    with CaptureQueriesContext(connection) as captured:
        site = find_site(request)
        root = site.root_page
        assert find_site(request) is site
        assert Site.find_for_request(request) is site
    assert len(captured.captured_queries) == 1
    stored = Page.objects.get(pk=site.root_page_id)
    fields = ("pk", "path", "depth", "url_path", "live", "translation_key", "locale_id", "first_published_at")
    assert [getattr(root, name) for name in fields] == [getattr(stored, name) for name in fields]
