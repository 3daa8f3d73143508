"""Dates, numbers and percentages are written each language's way, in templates and in code."""

import datetime

import pytest
from django.template import Context, Template
from django.utils import formats, translation

from home.locale_format import format_percent

MOMENT = datetime.datetime(2026, 12, 6, 20, 11, tzinfo=datetime.UTC)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", ["70%", "12.1%", "79.9%", "1,234.5%"]),
        ("fr", ["70\u202f%", "12,1\u202f%", "79,9\u202f%", "1\u202f234,5\u202f%"]),
        ("es", ["70\u00a0%", "12,1\u00a0%", "79,9\u00a0%", "1.234,5\u00a0%"]),
    ],
)
def test_one_percentage_rule_per_language(language, expected):
    with translation.override(language):
        assert [format_percent(value) for value in (70, 12.12, 79.96, 1234.5)] == expected


def test_a_score_is_cut_never_rounded_up_past_the_pass_mark():
    assert format_percent(79.99) == "79.9%"
    assert format_percent(None) == ""


@pytest.mark.parametrize(
    ("language", "date", "short_datetime"),
    [
        ("en", "6 December 2026", "6 Dec 2026, 20:11"),
        ("fr", "6 décembre 2026", "06/12/2026 20:11"),
        ("es", "6 de diciembre de 2026", "06/12/2026 20:11"),
    ],
)
def test_dates_put_the_day_first_and_times_on_a_24_hour_clock(language, date, short_datetime):
    """English once printed "Dec. 6, 2026", "12/06/2026 8:11 p.m." and "11/28/2026"."""
    with translation.override(language):
        assert formats.date_format(MOMENT, "DATE_FORMAT") == date
        assert formats.date_format(MOMENT, "SHORT_DATETIME_FORMAT") == short_datetime


def test_the_percent_filter_and_the_progress_bar_use_the_same_rule():
    template = Template(
        '{% load locale_format %}{{ score|percent }}|{% include "elearning/includes/progress_bar.html" %}'
    )
    with translation.override("fr"):
        html = template.render(Context({"score": 36, "percent": 70}))

    assert html.startswith("36\u202f%|")
    assert 'value="70"' in html and "70\u202f% terminé" in html and "70%" not in html
