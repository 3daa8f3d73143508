"""Whole numbers from query strings and posted forms, read without ever raising.

`str.isdigit()` is true for superscripts and other digits that `int()`
refuses, `int()` refuses more than 4,300 digits, and databases refuse
integers beyond 64 bits; each of those turned a typed URL into a 500.
`whole_number(raw)` is the one check: the number when `raw` is 1 to 18
ASCII digits, else None, which callers treat as "not given" or answer 404.
"""

MAX_DIGITS = 18  # below 2**63, the largest integer a database column holds


def whole_number(raw):
    """`raw` as a non-negative int when it is 1 to `MAX_DIGITS` ASCII digits, else None."""
    if isinstance(raw, str) and raw.isascii() and raw.isdigit() and len(raw) <= MAX_DIGITS:
        return int(raw)
    return None
