"""The listing's one-call escaping writes exactly what `html.escape` writes."""

import html

import pytest

from search.practices.text.escaping import HTML_ESCAPES, escape


@pytest.mark.parametrize(
    "text",
    ["", "plain", "<script>alert('x')</script>", 'a "quoted" & <b>bold</b>', "&amp; already", "é € 中 \n\t"],
)
def test_escaping_matches_the_standard_library(text):
    assert escape(text) == html.escape(text)
    assert text.translate(HTML_ESCAPES) == html.escape(text)
