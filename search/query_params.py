"""Turn the GET parameters of the practice search page and API into a `PracticeQuery`.

The page and the API read the same parameters, so they share this parser.
Every value is checked here, before an engine sees it: a bad value becomes a
`ParameterProblem` (a parameter name and a message a reader understands),
never an exception. The page drops the bad values, says why, and searches
with the rest; the API refuses the request with 422 and the same messages.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from knowledgebase.models.practices import FIRST_PRACTICE_YEAR

from .practices.contract import (
    ADMINISTRATION,
    KEY_FACTOR,
    LANGUAGE,
    REGION,
    SORT_RELEVANCE,
    SORTS,
    TAG,
    YEAR,
    PracticeQuery,
)

TEXT = "q"
SORT = "sort"
PAGE = "page"
PARAMETERS = (TEXT, *(KEY_FACTOR, REGION, ADMINISTRATION, TAG, YEAR, LANGUAGE), SORT, PAGE)

MAX_TEXT_LENGTH = 200
MAX_VALUE_LENGTH = 100
MAX_VALUES_PER_FILTER = 20
# Beyond this, deep paging costs the engines more than anyone reads.
MAX_PAGE = 500
KEY_FACTOR_NUMBERS = range(1, 11)
REGION_CODE = re.compile(r"^[A-Z]{1,8}$")
ADMINISTRATION_SLUG = re.compile(r"^[-a-z0-9_]+$")


@dataclass(frozen=True)
class ParameterProblem:
    parameter: str
    value: str
    message: str


@dataclass(frozen=True)
class ParsedSearch:
    query: PracticeQuery
    problems: tuple[ParameterProblem, ...]


def parse_practice_query(values):
    """A `PracticeQuery` from `values` ({parameter: [raw strings]}, or a QueryDict), and its problems.

    Several values of one filter mean "any of these" (OR); values that
    repeat are kept once. Unknown parameters are ignored, as links from
    elsewhere often carry tracking parameters.
    """
    reader = _Reader(values)
    query = PracticeQuery(
        text=reader.text(),
        key_factors=reader.many(KEY_FACTOR, _key_factor),
        regions=reader.many(REGION, _region),
        administrations=reader.many(ADMINISTRATION, _administration),
        tags=reader.many(TAG, _tag),
        years=reader.many(YEAR, _year),
        languages=reader.many(LANGUAGE, _language),
        sort=reader.one(SORT, _sort, SORT_RELEVANCE),
        page=reader.one(PAGE, _page, 1),
    )
    return ParsedSearch(query=query, problems=tuple(reader.problems))


class _Reader:
    """Reads parameters one by one, collecting problems instead of raising them."""

    def __init__(self, values):
        self.values = values
        self.problems = []

    def raw(self, name):
        found = self.values.getlist(name) if hasattr(self.values, "getlist") else self.values.get(name) or []
        if isinstance(found, str):
            found = [found]
        return [value.strip() for value in found if value is not None and value.strip()]

    def text(self):
        words = " ".join(" ".join(self.raw(TEXT)).split())
        if len(words) > MAX_TEXT_LENGTH:
            self.problem(
                TEXT,
                words[:40] + "…",
                _("The search text is too long: use at most %(count)s characters.") % {"count": MAX_TEXT_LENGTH},
            )
            return words[:MAX_TEXT_LENGTH].rsplit(" ", 1)[0]
        return words

    def many(self, name, convert):
        accepted = []
        for raw in self.raw(name):
            value = self.convert(name, raw, convert)
            if value is not None and value not in accepted:
                accepted.append(value)
        if len(accepted) > MAX_VALUES_PER_FILTER:
            self.problem(
                name,
                "",
                _("Choose at most %(count)s values for one filter.") % {"count": MAX_VALUES_PER_FILTER},
            )
            accepted = accepted[:MAX_VALUES_PER_FILTER]
        return tuple(accepted)

    def one(self, name, convert, default):
        found = self.raw(name)
        if len(found) > 1:
            self.problem(name, ", ".join(found), _("Give this parameter once."))
            return default
        if not found:
            return default
        value = self.convert(name, found[0], convert)
        return default if value is None else value

    def convert(self, name, raw, convert):
        if len(raw) > MAX_VALUE_LENGTH:
            self.problem(name, raw[:40] + "…", _("This value is too long."))
            return None
        try:
            return convert(raw)
        except ValueError as error:
            self.problem(name, raw, str(error))
            return None

    def problem(self, name, value, message):
        self.problems.append(ParameterProblem(parameter=name, value=value, message=message))


def _whole_number(raw):
    if not raw.isascii() or not raw.isdigit():
        raise ValueError(_("“%(value)s” is not a whole number.") % {"value": raw})
    return int(raw)


def _key_factor(raw):
    number = _whole_number(raw)
    if number not in KEY_FACTOR_NUMBERS:
        raise ValueError(_("Key factors are numbered from 1 to 10."))
    return number


def _region(raw):
    code = raw.upper()
    if not REGION_CODE.match(code):
        raise ValueError(_("“%(value)s” is not a region code, such as EUR or WCA.") % {"value": raw})
    return code


def _administration(raw):
    slug = raw.lower()
    if not ADMINISTRATION_SLUG.match(slug):
        raise ValueError(_("“%(value)s” is not an administration’s short name.") % {"value": raw})
    return slug


def _tag(raw):
    """Tags arrive as slugs from the facet links, or as names typed by hand; both become the slug."""
    slug = slugify(raw, allow_unicode=True)
    if not slug:
        raise ValueError(_("“%(value)s” is not a tag.") % {"value": raw})
    return slug


def _year(raw):
    year = _whole_number(raw)
    last_year = timezone.now().year + 1
    if not FIRST_PRACTICE_YEAR <= year <= last_year:
        raise ValueError(
            _("Choose a year between %(first)s and %(last)s.") % {"first": FIRST_PRACTICE_YEAR, "last": last_year}
        )
    return year


def _language(raw):
    code = raw.lower()
    if code not in dict(settings.LANGUAGES):
        codes = ", ".join(code for code, _name in settings.LANGUAGES)
        raise ValueError(_("“%(value)s” is not one of the languages %(codes)s.") % {"value": raw, "codes": codes})
    return code


def _sort(raw):
    if raw not in SORTS:
        raise ValueError(_("Sort by “relevance” or “date”."))
    return raw


def _page(raw):
    number = _whole_number(raw)
    if not 1 <= number <= MAX_PAGE:
        raise ValueError(_("Pages are numbered from 1 to %(last)s.") % {"last": MAX_PAGE})
    return number
