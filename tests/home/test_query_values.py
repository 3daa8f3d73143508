"""Whole numbers from query strings: the number, or None, never an exception."""

import pytest

from home.query_values import whole_number


def test_ascii_digits_are_the_number():
    assert whole_number("0") == 0
    assert whole_number("42") == 42
    assert whole_number("9" * 18) == 10**18 - 1


@pytest.mark.parametrize(
    "raw", [None, "", " 4", "-4", "4.0", "²", "١", "4\x00", "9" * 19, "9" * 5000], ids=lambda raw: repr(raw)[:12]
)
def test_anything_else_is_none(raw):
    assert whole_number(raw) is None
