"""Deep links to the headings of a rendered page body.

Editors write headings in rich text; this gives each one a stable `id`
made from its words, so a link such as `…/staff-rotation/#selection-criteria`
lands on the heading, and returns the list for an "On this page" menu.
"""

import html
import re
from dataclasses import dataclass

from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import slugify

HEADING = re.compile(r"<h([234])((?:\s[^>]*)?)>(.*?)</h\1>", re.DOTALL)
EXISTING_ID = re.compile(r"\sid=")


@dataclass(frozen=True)
class Heading:
    level: int
    text: str
    anchor: str


def anchor_headings(rendered_html, prefix="", demote_by=0):
    """`(html, headings)`: the body with an id on every h2–h4, and those headings in order.

    `prefix` keeps ids unique when several bodies share one page (the
    printable guide), where `demote_by` also moves headings down a level or
    two so they sit under the chapter and section titles. Headings that
    already carry an id keep it.
    """
    headings = []
    used = set()

    def add_anchor(match):
        level, attributes, inner = match.groups()
        new_level = min(int(level) + demote_by, 6)
        if EXISTING_ID.search(attributes):
            return f"<h{new_level}{attributes}>{inner}</h{new_level}>"
        text = html.unescape(strip_tags(inner)).strip()
        base = prefix + (slugify(text) or "section")
        anchor, counter = base, 2
        while anchor in used:
            anchor, counter = f"{base}-{counter}", counter + 1
        used.add(anchor)
        headings.append(Heading(int(level), text, anchor))
        return f'<h{new_level} id="{anchor}"{attributes}>{inner}</h{new_level}>'

    # Safe: the input is block HTML Wagtail has already rendered and escaped,
    # and the only thing added to it is an id made of slug characters.
    anchored = mark_safe(HEADING.sub(add_anchor, str(rendered_html)))  # nosec B308 B703 # noqa: S308
    return anchored, headings
