"""The practice listing's repeated markup (facet options, hit cards), written in Python.

The listing's shared fragment shows some 80 facet options and 20 cards.
Written by the template language, each of their few hundred variables cost
a dozen calls (lookup, localisation, escaping, a simple tag's argument
binding): about 50 000 calls whenever the fragment is not in the cache,
half of the cold page. Here each value costs one `escape`. The markup is
what the template wrote; the template keeps everything around it (headings,
counts, the empty and paging states).

Numbers (counts, years, ids) are written as plain ints, as the fragment's
`{% localize off %}` wrote them. Text is escaped by the standard library's
`html.escape`, which is what Django's `escape` calls, without its lazy-text
wrapper (several calls a value); what is the same for many cards (a
language's label, a key factor's icon) is worked out once a listing.
"""

from functools import cache
from html import escape

from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from home.identity.key_factor_icons import key_factor_icon_svg
from home.templatetags.language_labels import language_label, link_language

from .practices.contract import KEY_FACTOR


def facet_options_html(facet):
    """The `<li>` of every value of `facet` (a `practice_search_page.Facet`): a checkbox and its label."""
    name = escape(facet.name)  # a facet's name is a constant of the contract
    numbered = facet.name == KEY_FACTOR
    items = []
    for counter, option in enumerate(facet.values, start=1):
        value = escape(str(option.value))
        field_id = f"facet-{name}-{counter}"
        checked = " checked" if option.selected else ""
        number = f"{value}. " if numbered else ""
        items.append(
            f'<li><input type="checkbox" name="{name}" value="{value}" id="{field_id}"{checked}>'
            f'<label for="{field_id}">{number}{escape(str(option.label))} '
            f'<span class="facet__count">({option.count})</span></label></li>'
        )
    return mark_safe("\n".join(items))  # noqa: S308 - every value above is escaped  # nosec B308 B703


def hit_cards_html(cards):
    """One `<article class="practice-card">` per `practice_search_page.HitCard`."""
    words = CardWords()
    return mark_safe(  # noqa: S308 - every value is escaped in hit_card_html  # nosec B308 B703
        "\n".join(hit_card_html(card, words) for card in cards)
    )


class CardWords:
    """What the cards of one listing write alike, worked out once: translated words, each language's link and label."""

    def __init__(self):
        self.not_public = escape(gettext("Not public"))
        self.key_factors_label = escape(gettext("Key factors:"))
        self.languages = {}

    def link_and_label(self, language):
        """(` lang=… hreflang=…` for the link, the chip naming the language when it is not the reader's)."""
        if language not in self.languages:
            self.languages[language] = (plain(link_language(language)), plain(language_label(language)))
        return self.languages[language]


@cache
def key_factor_icon(number):
    """A key factor's SVG icon, as plain str: a constant of its number."""
    return plain(key_factor_icon_svg(number))


def plain(html):
    """`html` (a SafeString, escaped already) as a plain str: an f-string writing a SafeString calls its `__str__`."""
    return str.__str__(html)


def hit_card_html(card, words):
    hit = card.hit
    page_id = hit.page_id
    meta = escape(hit.administration) if hit.administration else ""
    if card.region_name:
        meta += f" · {escape(card.region_name)}"
    if hit.year:
        meta += f" · {hit.year}"
    link_attributes, label = words.link_and_label(hit.language)
    if not label:  # a card in another language names it once, in the chip after its title
        meta += f'\n · <span class="practice-card__language">{escape(card.language_name)}</span>'
    if hit.restricted:
        meta += f' · <strong class="badge">{words.not_public}</strong>'
    parts = [
        f'<article class="practice-card" aria-labelledby="practice-{page_id}-title">',
        f'<h3 id="practice-{page_id}-title">'
        f'<a href="{escape(hit.url)}"{link_attributes}>{escape(hit.title)}</a>{label}</h3>',
        f'<p class="practice-card__meta">{meta}</p>',
    ]
    if hit.snippet:
        # The snippet is escaped HTML already, with only the matched words marked (text.snippets).
        parts.append(f'<p class="practice-card__snippet" lang="{escape(hit.language)}">{hit.snippet}</p>')
    if card.key_factor_labels:
        chips = "".join(
            f'<span class="chip">{key_factor_icon(number)}{number}. {escape(str(name))}</span>'
            for number, name in card.key_factor_labels
        )
        parts.append(f'<p class="tag-line"><span class="tag-line__label">{words.key_factors_label}</span>\n{chips}</p>')
    parts.append("</article>")
    return "\n".join(parts)
