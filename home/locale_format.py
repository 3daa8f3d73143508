"""Numbers and percentages written the way the reader's language writes them.

Django localises dates and plain numbers (integrityhub/formats/); a percentage also
needs the sign placed by one rule per language, the same in every template and chart:
English "70%", French "70 %" with a narrow no-break space (U+202F) as French typography
asks, Spanish "70 %" with a no-break space, so the sign never wraps onto its own line.
"""

from decimal import ROUND_DOWN, Decimal

from django.utils import formats
from django.utils.translation import get_language

PERCENT_PATTERNS = {"fr": "{number}\u202f%", "es": "{number}\u00a0%"}
DEFAULT_PERCENT_PATTERN = "{number}%"


def shown_number(value, decimals=1):
    """`value` cut (not rounded) to at most `decimals` places, whole numbers without a fraction.

    Cut rather than rounded, so a score of 79.96 with a pass mark of 80 reads
    79.9 and never "80" next to "Not passed"; 12.12 reads 12.1.
    """
    step = Decimal(1).scaleb(-decimals)
    cut = Decimal(str(value)).quantize(step, rounding=ROUND_DOWN)
    return int(cut) if cut == cut.to_integral_value() else cut


def format_number(value, decimals=1):
    """`value` in the active language: "1,234.5", "1 234,5", "1.234,5"."""
    return formats.number_format(shown_number(value, decimals), use_l10n=True, force_grouping=True)


def format_percent(value, decimals=1):
    """`value` (0–100) as a percentage in the active language; "" for None."""
    if value is None or value == "":
        return ""
    language = (get_language() or "").split("-")[0]
    pattern = PERCENT_PATTERNS.get(language, DEFAULT_PERCENT_PATTERN)
    return pattern.format(number=format_number(value, decimals))
