"""Server-drawn charts: scaled axes, one mark per value, escaped labels."""

import re

from django.utils import translation

from elearning.svg_charts import axis_top, bar_chart, line_chart


def test_the_axis_tops_out_at_a_round_number():
    assert [axis_top(value) for value in (0, 1, 3, 7, 12, 45, 180, 999)] == [1, 1, 5, 10, 20, 50, 200, 1000]


def test_a_line_chart_has_a_point_per_value_and_accessible_text():
    svg = str(line_chart("c", "Completions", "Per month: Jan 1, Feb 3", [("Jan", 1), ("Feb", 3), ("Mar", 3)]))

    assert svg.startswith('<svg class="chart"') and 'role="img"' in svg and 'aria-labelledby="c-title c-desc"' in svg
    assert svg.count("<circle") == 3 and "<polyline" in svg
    assert '<title id="c-title">Completions</title>' in svg


def test_a_bar_chart_labels_non_empty_bars():
    svg = str(bar_chart("s", "Scores", "…", [("0–9", 0), ("90–100", 4)]))

    assert svg.count("<rect") == 2
    assert svg.count('class="chart__value"') == 1


def test_labels_and_titles_are_escaped():
    svg = str(line_chart("x", "<script>alert(1)</script>", "d & e", [("<b>", 1)]))

    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert "&lt;b&gt;" in svg and "d &amp; e" in svg


def test_an_empty_chart_is_still_a_labelled_image():
    svg = str(bar_chart("e", "Nothing yet", "No data", []))
    assert "<rect" not in svg and "Nothing yet" in svg


def tick_labels(svg):
    return re.findall(r'<text class="chart__label" x="38" y="[^"]+" text-anchor="end">([^<]*)</text>', svg)


def test_a_count_axis_has_only_whole_number_ticks():
    """A top of 5 learners once put "2.5" half-way up the axis."""
    svg = str(bar_chart("s", "Scores", "…", [("0–9", 3), ("90–100", 4)]))

    assert tick_labels(svg) == ["0", "5"]
    assert tick_labels(str(line_chart("c", "Completions", "…", [("Jan", 1)]))) == ["0", "1"]
    assert tick_labels(str(line_chart("c", "Completions", "…", [("Jan", 7)]))) == ["0", "5", "10"]


def test_tick_and_value_labels_follow_the_language():
    with translation.override("fr"):
        svg = str(bar_chart("s", "Scores", "…", [("0–9", 1500)]))

    assert tick_labels(svg) == ["0", "1\u202f000", "2\u202f000"]
    assert ">1\u202f500</text>" in svg
