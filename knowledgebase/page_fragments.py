"""A page's own published content, rendered once: a practice's facts and body, a guide page's body.

A practice's facts (meta line, key factors, tags) and body (sections,
attachments, contact), a guide chapter's or section's body with its
anchored headings: the same for every reader of a language and audience,
and most of those pages' queries (administration, region, key factors and
their names, tags, documents, rich text links) and rendering time. So
they are rendered once and kept in the shared cache under
`fragment_cache_key` with the reader's language (labels, dates), audience
(see home.content_cache: nothing personal is in them, and a restricted
practice's text is only served after the page's own check), the page and
the host (URLs); the content generation in the key retires them at the next
publish. Anything that is not the live page as published (an admin
preview, a draft shown to its author, a page with unpublished changes) is
rendered afresh and never stored: a draft must not reach readers.
"""

from django.core.cache import cache
from django.template.loader import render_to_string
from django.utils import translation

from home.content_cache import audience_of, fragment_cache_key

FACTS_TEMPLATE = "knowledgebase/includes/practice_facts.html"
BODY_TEMPLATE = "knowledgebase/includes/practice_body.html"
# The entry is only read under the content generation it was made in; a day bounds its life.
FRAGMENT_SECONDS = 24 * 3600


def shared_fragment(template, request, page, compute_context):
    """`template` rendered with `compute_context()`, from the shared cache when `page` is the live page."""

    def render():
        return render_to_string(template, {"page": page, **compute_context()}, request=request)

    return shared_page_value(template, request, page, render)


def shared_page_value(name, request, page, compute):
    """`compute()` (picklable, nothing personal) for the live `page`, kept across requests; afresh for drafts."""
    if getattr(request, "is_preview", False) or not page.live or page.has_unpublished_changes:
        return compute()
    key = fragment_cache_key(
        name,
        language=translation.get_language(),
        audience=audience_of(request),
        extra=(page.pk, request.get_host()),
    )
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value
