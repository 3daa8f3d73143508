"""Text that has broken web applications before, for the properties to throw at every input.

Hypothesis' own `text()` covers the whole of Unicode (except lone
surrogates, which no HTTP client can send as UTF-8); the samples below make
sure the classics turn up in every run, not only by luck: markup, control
characters, bidirectional overrides, CSV formula prefixes, XML end markers.
"""

import unicodedata

from hypothesis import strategies as st

INJECTED_TAG = '<script data-ih-injected="1">'
NASTY_PIECES = (
    INJECTED_TAG,
    "</textarea>",
    '"><img src=x onerror=alert(1)>',
    "&amp;",
    "&#0;",
    "]]>",
    "\x00",
    "\x01\x07\x08\x0b\x0c\x1b\x1f\x7f",
    "\x85\u2028\u2029",
    "\r\n",
    "\u202e",  # right-to-left override
    "\u2066\u2069",  # isolates
    "\ufeff",
    "\ufffe\uffff",
    "=cmd|' /C calc'!A0",
    "+1",
    "-",
    "@SUM(1)",
    "\t",
    '"',
    ",",
    ";",
    "%s%n",
    "{{ 7*7 }}",
    "{% debug %}",
    "😀",
    "\U0001f3f3\ufe0f\u200d\U0001f308",
    "Ṩ̴̡̈́ă̵̞",
    "ﬃ",
    "²",  # str.isdigit() says yes, int() says no
    "٣",  # an Arabic-Indic digit: both say yes
    "0" * 30,
    "İ",
    " ",
)

nasty_piece = st.sampled_from(NASTY_PIECES)

hostile_text = st.lists(st.one_of(st.text(max_size=20), nasty_piece), max_size=6).map("".join)
"""Any text, biased towards the pieces that break things."""

long_hostile_text = st.one_of(hostile_text, hostile_text.map(lambda text: (text or "x") * 300))
"""Also text beyond every length limit."""

number_like = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["", "0", "1", "2", "10", "500", "501", "1e3", "0x1", "1.5", " 1", "²", "٣", "1²", "NaN", "-0"]),
)
"""Values for parameters that should be numbers."""

parameter_value = st.one_of(number_like, hostile_text, st.sampled_from(["EUR", "en", "fr", "date", "relevance", "x"]))
"""Any value a query-string parameter may arrive with."""


def _publishable(text):
    """`text` without what the forms and the importer refuse outright (control characters, noncharacters)."""
    kept = "".join(
        character
        for character in text
        if character in "\t\n" or (unicodedata.category(character) != "Cc" and not _is_noncharacter(character))
    )
    return kept if kept.strip() else "x" + kept


def _is_noncharacter(character):
    codepoint = ord(character)
    return 0xFDD0 <= codepoint <= 0xFDEF or codepoint & 0xFFFE == 0xFFFE


publishable_text = hostile_text.map(_publishable)
"""Hostile text that a form or the importer accepts, so that it gets as far as being published."""
