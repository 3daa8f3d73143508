"""Text escaped for HTML in one call: `html.escape`'s five replacements as one `str.translate` table.

A page of hits and facets escapes some 400 values; `html.escape` makes six
calls for each (itself and a `replace` per character), Django's `escape` a
few more (its lazy-text wrapper). `text.translate(HTML_ESCAPES)` writes the
same characters (`&`, `<`, `>`, `"`, `'`) the same way, in one pass.
"""

HTML_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"})


def escape(text):
    """`text` (a str) escaped for HTML text and attribute values, as `html.escape(text)` escapes it."""
    return text.translate(HTML_ESCAPES)
