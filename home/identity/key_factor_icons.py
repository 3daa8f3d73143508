"""One line icon per key factor of the Revised Arusha Declaration, drawn for a 24 × 24 grid.

Inline SVG, stroked in `currentColor`, so an icon takes the colour of the
text next to it (and so its contrast) and costs no request. Icons are
decorative: the key factor's name is always written beside them, so they
are hidden from assistive technology.
"""

from django.utils.html import format_html
from django.utils.safestring import SafeString

# Path data by key-factor number; each draws a plain metaphor of the factor.
KEY_FACTOR_ICON_PATHS = {
    # Leadership and commitment: a flag raised
    1: "M5 21V3m0 1h11l-2 4 2 4H5",
    # Regulatory framework: scales
    2: "M12 3v18M7 21h10M4 7h16M4 7l-2.5 6a2.5 2.5 0 0 0 5 0zm16 0-2.5 6a2.5 2.5 0 0 0 5 0z",
    # Transparency: an eye
    3: "M2 12s3.6-7 10-7 10 7 10 7-3.6 7-10 7S2 12 2 12zm10 3a3 3 0 1 0 0-6 3 3 0 0 0 0 6z",
    # Automation: a screen with a prompt
    4: "M4 5h16v11H4zM9 20h6m-3-4v4M8 9l2 2-2 2m4 0h4",
    # Reform: arrows turning
    5: "M20 11a8 8 0 0 0-14.3-4.9L4 8m0-5v5h5M4 13a8 8 0 0 0 14.3 4.9L20 16m0 5v-5h-5",
    # Audit and investigation: a lens
    6: "M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13zM15.2 15.2 21 21",
    # Code of conduct: a signed page
    7: "M6 2h9l4 4v16H6zM14 2v5h5M9 14l2 2 4-4",
    # People
    8: "M9 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7zM2 21a7 7 0 0 1 14 0M16 4a3.5 3.5 0 0 1 0 7m2.5 3a7 7 0 0 1 3.5 7",
    # Morale and culture: a heart
    9: "M12 20s-8-4.8-8-10.5A4.5 4.5 0 0 1 12 7a4.5 4.5 0 0 1 8 2.5C20 15.2 12 20 12 20z",
    # Private sector: linked
    10: "M9.5 14.5a4 4 0 0 1 0-5.7l3-3a4 4 0 0 1 5.7 5.7l-1.5 1.5"
    "m-2.2-3.5a4 4 0 0 1 0 5.7l-3 3a4 4 0 0 1-5.7-5.7l1.5-1.5",
}

ICON_TEMPLATE = (
    '<svg class="key-factor-icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" '
    'fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">'
    '<path d="{}"/></svg>'
)


def key_factor_number(factor):
    """The number of `factor`: a KeyFactor (or anything with `.number`), a number, or its text."""
    number = getattr(factor, "number", factor)
    try:
        return int(number)
    except (TypeError, ValueError):
        return None


def key_factor_icon_svg(factor):
    """The inline SVG for `factor`, or an empty string for anything that is not a key factor 1–10."""
    path = KEY_FACTOR_ICON_PATHS.get(key_factor_number(factor))
    if path is None:
        return SafeString("")
    return format_html(ICON_TEMPLATE, path)
