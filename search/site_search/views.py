"""The site search page: /<language>/search/?q=&type=&page=."""

import logging

import elastic_transport
from django import forms
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from home.text_cleaning import CleanTextField

from .content_types import SEARCHABLE_TYPES
from .hits_html import hit_items_html
from .query_log import record_search
from .result_cache import search_site_for

MAX_QUERY_LENGTH = 200
# What the Elasticsearch client raises when the cluster is down, slow or refuses the query.
SEARCH_BACKEND_ERRORS = (elastic_transport.TransportError, elastic_transport.ApiError)

logger = logging.getLogger(__name__)


class SiteSearchForm(forms.Form):
    q = CleanTextField(label=_("Search the site"), max_length=MAX_QUERY_LENGTH, required=False)
    type = forms.ChoiceField(label=_("Type"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["type"].choices = [("", _("All results"))] + [
            (searchable.key, searchable.label) for searchable in SEARCHABLE_TYPES
        ]


@require_GET
def site_search(request):
    """Search live pages in the reader's language; a bad parameter gets the form back with a 400."""
    form = SiteSearchForm(request.GET)
    context = {"form": form, "results": None}
    if not form.is_valid():
        return TemplateResponse(request, "search/site_search.html", context, status=400)
    text = " ".join(form.cleaned_data["q"].split())
    if not text:
        return TemplateResponse(request, "search/site_search.html", context)

    type_key = form.cleaned_data["type"] or None
    page_number = request.GET.get("page", "1")
    try:
        results = search_site_for(request, text, type_key, page_number)
    except SEARCH_BACKEND_ERRORS:
        # The database backend keeps no index while Elasticsearch is the configured one, so there is
        # nothing to fall back on: say so plainly rather than fail with a server error.
        logger.exception("Site search could not reach its search backend")
        context["unavailable"] = True
        return TemplateResponse(request, "search/site_search.html", context, status=503)
    # The first page of an unfiltered search is the search itself; paging and filtering are not new queries.
    if type_key is None and page_number == "1":
        record_search(text, get_language(), results.result_count)
    context.update(
        results=results,
        hit_items=hit_items_html(results.hits),
        promotion_items=hit_items_html(results.promotions, promoted=True),
        query_without_page=search_query_string(text, type_key),
        facet_links=[(facet, search_query_string(text, facet.key)) for facet in results.facets],
    )
    return TemplateResponse(request, "search/site_search.html", context)


def search_query_string(text, type_key):
    """The query string of a search, without the page number."""
    return urlencode({"q": text, "type": type_key} if type_key else {"q": text})
