"""Limited rich text from people without admin access, made safe on the server.

Coordinators write the narrative of a practice in plain text (blank lines
between paragraphs) or with a few HTML tags. Whatever arrives is cleaned by
nh3 against an allow-list: paragraphs, line breaks, bold, italic, lists and
links to http(s) or mailto addresses. Everything else goes, including
scripts and styles with their content, event-handler attributes,
`javascript:` and `data:` URLs, images, SVG and MathML. Character
references are decoded by the HTML parser, so `&#1;` or `&#x202E;` would
come out as the very characters the form field refused; they are dropped
from the result (`home.text_cleaning.printable_text`).

Imported and exported practices use plain text; the two conversions for
that live here too, so the stored HTML has one shape wherever it came from.
"""

import html
import re

import nh3

from home.text_cleaning import printable_text

ALLOWED_TAGS = {"p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "a"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
LINK_REL = "nofollow noopener noreferrer"
# Content of these is dropped, not kept as text.
DROPPED_WITH_CONTENT = {"script", "style", "svg", "math", "template", "iframe", "object", "noscript", "title"}

BLOCK_TAG = re.compile(r"<\s*(p|ul|ol|li|br)\b", re.IGNORECASE)
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


def sanitise_rich_text(value):
    """Safe, limited HTML from what a person typed (plain text or HTML)."""
    value = (value or "").replace("\r\n", "\n").strip()
    if not value:
        return ""
    if not BLOCK_TAG.search(value):
        value = paragraphs_from_text(value, escape=False)
    cleaned = printable_text(
        nh3.clean(
            value,
            tags=ALLOWED_TAGS,
            clean_content_tags=DROPPED_WITH_CONTENT,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=ALLOWED_URL_SCHEMES,
            link_rel=LINK_REL,
            strip_comments=True,
        )
    ).strip()
    # Markup with no words left (say, only an image) is no text at all.
    return cleaned if html.unescape(re.sub(r"<[^>]+>", "", cleaned)).strip() else ""


def paragraphs_from_text(text, escape=True):
    """`<p>` per blank-line-separated paragraph, `<br>` for single line breaks."""
    paragraphs = []
    for paragraph in PARAGRAPH_BREAK.split(text.strip()):
        lines = [html.escape(line.strip(), quote=False) if escape else line.strip() for line in paragraph.split("\n")]
        paragraphs.append("<p>" + "<br>".join(line for line in lines if line) + "</p>")
    return "".join(paragraphs)


def text_from_html(value):
    """Plain text for export: paragraphs apart by a blank line, list items as "- item"."""
    value = re.sub(r"<br\s*/?>", "\n", value or "", flags=re.IGNORECASE)
    value = re.sub(r"<li\b[^>]*>", "\n- ", value, flags=re.IGNORECASE)
    value = re.sub(r"</(p|ul|ol)>", "\n\n", value, flags=re.IGNORECASE)
    value = re.sub(r"<[^>]+>", "", value)
    value = html.unescape(value)
    lines = [line.strip() for line in value.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
