"""The site search's result lines, written in Python, say what the template wrote, escaped the same way."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from search.site_search.engine import SiteSearchHit
from search.site_search.hits_html import hit_items_html

# The markup the template wrote for each hit before it moved to Python: the reference.
TEMPLATE_HIT = """{% load i18n language_labels %}{% for hit in hits %}
<li class="search-hit{% if promoted %} search-hit--promoted{% endif %}">
<p class="search-hit__type">{% if promoted %}<strong class="badge">{% translate "Recommended" %}</strong> {% endif %}{{ hit.type_label }}</p>
<h3 class="search-hit__title"><a href="{{ hit.url }}"{% link_language hit.language %}>{{ hit.title }}</a>{% language_label hit.language %}</h3>
{% if hit.excerpt %}<p class="search-hit__excerpt"{% if hit.language and not promoted %} lang="{{ hit.language }}"{% endif %}>{{ hit.excerpt|truncatewords:40 }}</p>{% endif %}
</li>{% endfor %}"""  # noqa: E501

HITS = [
    SiteSearchHit(
        title='Gifts & "hospitality" <rules>',
        url="/en/guide/gifts/?a=1&b=2",
        type_label="Guide section",
        excerpt=" ".join(f"word{number}" for number in range(60)) + " <b>bold</b>",
        page_id=1,
    ),
    SiteSearchHit(
        title="Rotation des agents",
        url="/en/practices/rotation/",
        type_label="Practice",
        excerpt="Un résumé <court> & clair.",
        language="fr",
        page_id=2,
    ),
    SiteSearchHit(title="Staff rotation", url="/en/practices/staff/", type_label="Practice", excerpt="", language="en"),
    SiteSearchHit(title="WCO", url="https://www.wcoomd.org/", type_label="External link", excerpt="See 'this'."),
]


def without_layout(html):
    return re.sub(r">\s+<", "><", str(html)).strip()


@pytest.mark.parametrize("promoted", [False, True])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_hit_lines_are_the_templates_markup(promoted, language):
    with translation.override(language):
        expected = Template(TEMPLATE_HIT).render(Context({"hits": HITS, "promoted": promoted}))
        written = hit_items_html(HITS, promoted=promoted)
    assert without_layout(written) == without_layout(expected)


def test_hit_text_is_escaped_and_the_excerpt_cut_after_forty_words():
    html = str(hit_items_html(HITS[:1]))
    assert "Gifts &amp; &quot;hospitality&quot; &lt;rules&gt;" in html
    assert 'href="/en/guide/gifts/?a=1&amp;b=2"' in html
    assert "word39 …</p>" in html
    assert "word40" not in html
    assert "<b>" not in html
