"""The practice listing's repeated markup (facet options, hit cards), written in Python.

The listing's shared fragment shows some 80 facet options and 20 cards.
Written by the template language, each of their few hundred variables cost
a dozen calls (lookup, localisation, escaping, a simple tag's argument
binding): about 50 000 calls whenever the fragment is not in the cache,
half of the cold page. Here each value costs one `escape`. The markup is
what the template wrote; the template keeps everything around it (headings,
counts, the empty and paging states).

Numbers (counts, years, ids) are written as plain ints, as the fragment's
`{% localize off %}` wrote them.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from home.identity.key_factor_icons import key_factor_icon_svg
from home.templatetags.language_labels import language_label, link_language

from .practices.contract import KEY_FACTOR


def facet_options_html(facet):
    """The `<li>` of every value of `facet` (a `practice_search_page.Facet`): a checkbox and its label."""
    name = escape(facet.name)
    numbered = facet.name == KEY_FACTOR
    items = []
    for counter, option in enumerate(facet.values, start=1):
        value = escape(option.value)
        field_id = f"facet-{name}-{counter}"
        checked = " checked" if option.selected else ""
        number = f"{value}. " if numbered else ""
        items.append(
            f'<li><input type="checkbox" name="{name}" value="{value}" id="{field_id}"{checked}>'
            f'<label for="{field_id}">{number}{escape(option.label)} '
            f'<span class="facet__count">({option.count})</span></label></li>'
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every value above is escaped


def hit_cards_html(cards):
    """One `<article class="practice-card">` per `practice_search_page.HitCard`."""
    not_public = escape(gettext("Not public"))
    key_factors_label = escape(gettext("Key factors:"))
    return mark_safe(  # noqa: S308 - every value is escaped in hit_card_html
        "\n".join(hit_card_html(card, not_public, key_factors_label) for card in cards)
    )


def hit_card_html(card, not_public, key_factors_label):
    hit = card.hit
    page_id = hit.page_id
    meta = escape(hit.administration) if hit.administration else ""
    if card.region_name:
        meta += f" · {escape(card.region_name)}"
    if hit.year:
        meta += f" · {hit.year}"
    meta += f'\n · <span class="practice-card__language">{escape(card.language_name)}</span>'
    if hit.restricted:
        meta += f' · <strong class="badge">{not_public}</strong>'
    parts = [
        f'<article class="practice-card" aria-labelledby="practice-{page_id}-title">',
        f'<h3 id="practice-{page_id}-title"><a href="{escape(hit.url)}"{link_language(hit.language)}>'
        f"{escape(hit.title)}</a>{language_label(hit.language)}</h3>",
        f'<p class="practice-card__meta">{meta}</p>',
    ]
    if hit.snippet:
        # The snippet is escaped HTML already, with only the matched words marked (text.snippets).
        parts.append(f'<p class="practice-card__snippet" lang="{escape(hit.language)}">{hit.snippet}</p>')
    if card.key_factor_labels:
        chips = "".join(
            f'<span class="chip">{key_factor_icon_svg(number)}{number}. {escape(name)}</span>'
            for number, name in card.key_factor_labels
        )
        parts.append(f'<p class="tag-line"><span class="tag-line__label">{key_factors_label}</span>\n{chips}</p>')
    parts.append("</article>")
    return "\n".join(parts)
