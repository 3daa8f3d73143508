"""What every property asserts: no server error, nothing half-written, every output parses."""

import csv
import io
import json
import xml.etree.ElementTree as ElementTree

import html5lib
from django.apps import apps

from .strategies import INJECTED_TAG

TOLERATED_HTML_ERRORS = {"invalid-codepoint"}


def row_counts(*model_labels):
    """{label: number of rows}, to compare before and after a request that must write all or nothing."""
    return {label: apps.get_model(label).objects.count() for label in model_labels}


def assert_not_a_server_error(response):
    # The test client re-raises a view's exception, so most server errors fail
    # before this line; this catches the ones a view answers with itself.
    assert response.status_code < 500, f"{response.status_code} for {response.request.get('PATH_INFO')}"


def assert_html_parses(html):
    """Parse with the HTML standard's algorithm; no parse error, and no tag smuggled in by the input.

    The one error tolerated is a control character in the text: the standard
    calls it a parse error, yet every browser shows the page the same, and
    people do paste such characters into forms that echo them back.
    """
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    document = parser.parse(html)
    errors = [(position, code) for position, code, _details in parser.errors if code not in TOLERATED_HTML_ERRORS]
    assert not errors, f"HTML parse errors (line, column): {errors[:5]}"
    injected = [element for element in document.iter() if "data-ih-injected" in element.attrib]
    assert not injected, f"markup from the input was rendered as a tag: {INJECTED_TAG}"
    return document


def assert_atom_parses(content):
    """The Atom feed is well-formed XML (control characters would make it unreadable to every feed reader)."""
    root = ElementTree.fromstring(content)  # noqa: S314 - the site's own feed, not untrusted input
    assert root.tag == "{http://www.w3.org/2005/Atom}feed"
    return root


def assert_csv_parses(content, encoding="utf-8-sig"):
    """Every row of the CSV export has as many cells as the header."""
    rows = list(csv.reader(io.StringIO(content.decode(encoding), newline="")))
    assert rows, "the export has no header"
    widths = {len(row) for row in rows}
    assert widths == {len(rows[0])}, f"rows of {sorted(widths)} cells under a header of {len(rows[0])}"
    return rows


def assert_json_parses(content):
    return json.loads(content)
