"""French spacing rules, applied to French demo texts in one pass.

French puts a no-break space before `:` and inside « », and a narrow no-break
space before `;`, `?` and `!`. Writing those invisible characters by hand
makes the texts hard to edit, so the texts use ordinary spaces and this
module swaps them in.
"""

import re

NO_BREAK_SPACE = "\u00a0"
NARROW_NO_BREAK_SPACE = "\u202f"

_LAYOUT_WHITESPACE = re.compile(r"[ \t\r\n]+")
_RULES = (
    (re.compile(r" :(?=\s|<|$)"), NO_BREAK_SPACE + ":"),
    (re.compile(r" ([;?!])"), NARROW_NO_BREAK_SPACE + r"\1"),
    (re.compile(r"« "), "«" + NO_BREAK_SPACE),
    (re.compile(r" »"), NO_BREAK_SPACE + "»"),
)


def french_typography(value):
    """Return `value` (a string, or a dict/list of them) with French spacing."""
    if isinstance(value, str):
        value = _LAYOUT_WHITESPACE.sub(" ", value).strip()
        for pattern, replacement in _RULES:
            value = pattern.sub(replacement, value)
        return value
    if isinstance(value, dict):
        return {key: french_typography(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [french_typography(item) for item in value]
    return value
