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
the host (URLs), by `home.page_values.shared_page_value`: a preview, a
draft or a page with unpublished changes is rendered afresh, never stored.
"""

from django.template.loader import render_to_string

from home.page_values import shared_page_value

FACTS_TEMPLATE = "knowledgebase/includes/practice_facts.html"
BODY_TEMPLATE = "knowledgebase/includes/practice_body.html"


def shared_fragment(template, request, page, compute_context):
    """`template` rendered with `compute_context()`, from the shared cache when `page` is the live page."""

    def render():
        return render_to_string(template, {"page": page, **compute_context()}, request=request)

    return shared_page_value(template, request, page, render)
