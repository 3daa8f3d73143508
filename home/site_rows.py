"""The request's Wagtail site, found with one fixed SQL statement where Wagtail builds a queryset.

A Wagtail page finds its site in Wagtail's serve view. A view of our own
(site search, the dashboard, account pages) finds it first in the shell,
through `Site.find_for_request`, whose queryset (an annotated CASE, an OR
filter, a join to the root page) cost a cold request about a third of a
bare Wagtail page in Python. `find_site` reads the same candidate rows,
with the root page as `select_related` would, in one statement, ranks
them as `wagtail.models.sites.get_site_for_hostname` does, and leaves the
answer where Wagtail looks for it (`request._wagtail_site`), so Wagtail
and the shell agree on the site for the rest of the request.
"""

from functools import cache

from django.db import connection
from django.http.request import split_domain_port
from wagtail.models import Page, Site

from .sql_rows import converter, fetch_rows

# get_site_for_hostname's ranks, best first.
HOSTNAME_AND_PORT, HOSTNAME_AND_DEFAULT, DEFAULT, HOSTNAME = range(4)


@cache
def site_statement():
    """The candidate sites and their root pages, every column of both: built once from the models' metadata."""
    site_columns = ", ".join(f"s.{field.column}" for field in Site._meta.concrete_fields)
    page_columns = ", ".join(f"p.{field.column}" for field in Page._meta.concrete_fields)
    return f"""
SELECT {site_columns}, {page_columns}
FROM wagtailcore_site s
INNER JOIN wagtailcore_page p ON p.id = s.root_page_id
WHERE s.hostname = %s OR s.is_default_site = %s
"""  # noqa: S608 - column names come from the models' metadata, values are parameters  # nosec B608


def find_site(request):
    """`Site.find_for_request(request)`, in one fixed query when Wagtail has not found it for this request yet."""
    if request is None:
        return None
    if not hasattr(request, "_wagtail_site"):
        # Wagtail's own reading of the host and port (no ALLOWED_HOSTS check: the request got here).
        hostname = split_domain_port(request._get_raw_host())[0]
        request._wagtail_site = site_for_hostname(hostname, request.get_port())
    return request._wagtail_site


def site_for_hostname(hostname, port):
    """The site `get_site_for_hostname(hostname, port)` returns, with its root page; None where it raises."""
    sites = sorted(read_candidate_sites(hostname), key=lambda site: rank(site, hostname, port))
    if not sites:
        return None
    best = rank(sites[0], hostname, port)
    if len(sites) == 1 or best in (HOSTNAME_AND_PORT, HOSTNAME_AND_DEFAULT):
        return sites[0]
    if best == DEFAULT:
        # The default with another hostname: a single site of this hostname wins over it, several do not.
        return sites[len(sites) == 2]
    return None


def rank(site, hostname, port):
    if site.hostname == hostname and str(site.port) == str(port):
        return HOSTNAME_AND_PORT
    if site.hostname == hostname and site.is_default_site:
        return HOSTNAME_AND_DEFAULT
    if site.is_default_site:
        return DEFAULT
    return HOSTNAME


def read_candidate_sites(hostname):
    """The sites of `hostname` and the default site, each with its root page loaded, as the ORM would build them."""
    site_fields = Site._meta.concrete_fields
    page_fields = Page._meta.concrete_fields
    sites = []
    for row in fetch_rows(site_statement(), [hostname, True]):
        site = model_from_row(Site, site_fields, row[: len(site_fields)])
        site._state.fields_cache["root_page"] = model_from_row(Page, page_fields, row[len(site_fields) :])
        sites.append(site)
    return sites


def model_from_row(model, fields, values):
    """An instance of `model` from its columns' raw values, converted as the ORM converts them."""
    converted = [converter(field)(value) for field, value in zip(fields, values, strict=True)]
    return model.from_db(connection.alias, [field.attname for field in fields], converted)
