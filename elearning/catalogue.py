"""The course catalogue: every course once, in the visitor's language when it exists.

A course is listed once however many languages it has, shown in the active
language if translated, otherwise in the site's default language with its
language marked, so a visitor on the Spanish site still finds the French and
English courses. Filters: key factor (by number, the same in every language)
and the language a course is available in.
"""

from typing import NamedTuple

from django.conf import settings
from django.db import connection
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Page

from home.page_values import shared_page_value
from home.query_values import whole_number
from home.shell import active_locale
from home.sql_rows import converter

from .models import Enrolment
from .outline_rows import PageUrls, key_factor_numbers_by_course
from .outlines import preferred_translations

LANGUAGE_NAMES = dict(settings.LANGUAGES)
COURSE_CARD_TEMPLATE = "elearning/includes/catalogue_card.html"
FILTERS_TEMPLATE = "elearning/includes/catalogue_filters.html"
ENROLLED_KEYS_STATEMENT = "SELECT course_key FROM elearning_enrolment WHERE user_id = %s"


def selected_number(value):
    return whole_number(value)


def key_factor_names(numbers=None):
    """{number: name} of the key factors (all, or those `numbers`) in the active language: one fixed statement."""
    with connection.cursor() as cursor:
        cursor.execute(KEY_FACTOR_NAMES_STATEMENT, [active_locale().pk])
        rows = cursor.fetchall()
    wanted = None if numbers is None else set(numbers)
    return {number: name for number, name in rows if wanted is None or number in wanted}


class CatalogueRow(NamedTuple):
    pk: int
    path: str
    url_path: str
    title: str
    translation_key: object
    locale_id: int
    language_code: str
    introduction: str
    estimated_duration_minutes: int


# The model tables keep Django's default names (as elearning.progress_row's statement assumes).
# The live courses directly under a live language version of the catalogue (by translation key);
# the first parameter is the tree's step length (a child's path is its parent's and one step).
CATALOGUE_STATEMENT = """
SELECT p.id, p.path, p.url_path, p.title, p.translation_key, p.locale_id, loc.language_code,
    c.introduction, c.estimated_duration_minutes
FROM wagtailcore_page p
JOIN elearning_coursepage c ON c.page_ptr_id = p.id
JOIN wagtailcore_locale loc ON loc.id = p.locale_id
WHERE p.live AND substr(p.path, 1, length(p.path) - %s) IN
    (SELECT i.path FROM wagtailcore_page i WHERE i.translation_key = %s AND i.live)
ORDER BY p.path
"""
KEY_FACTOR_NAMES_STATEMENT = "SELECT number, name FROM knowledgebase_keyfactor WHERE locale_id = %s"


def catalogue_rows(index_page):
    """The live courses under any live language version of `index_page`, as rows, in tree order: one query."""
    key_field = Page._meta.get_field("translation_key")
    with connection.cursor() as cursor:
        cursor.execute(
            CATALOGUE_STATEMENT, [Page.steplen, key_field.get_db_prep_value(index_page.translation_key, connection)]
        )
        rows = cursor.fetchall()
    to_key = converter(key_field)
    return [CatalogueRow(*row[:4], to_key(row[4]), *row[5:]) for row in rows]


def catalogue_listing(index_page, request):
    """Every course of the catalogue as plain data with its card rendered: the same for every reader.

    Three queries (the courses under the catalogue's language versions as
    rows, their key factors, the key factor names) kept across requests
    under the content generation (home.page_values), which publishing a
    course, moving it or editing a key factor retires at once. Plain data
    (keys, numbers, HTML), no pages. A card shows nothing personal (whether
    the reader is enrolled is added beside it per request), so it is
    rendered here once rather than on every request.
    """

    def compute():
        language = translation.get_language()
        courses = catalogue_rows(index_page)
        languages_by_key = {}
        for course in courses:
            languages_by_key.setdefault(course.translation_key, set()).add(course.language_code)
        shown = sorted(preferred_translations(courses, language).values(), key=lambda course: course.path)
        numbers_by_course = key_factor_numbers_by_course([course.pk for course in shown])
        names = key_factor_names()
        urls = PageUrls(request)
        entries = []
        for course in shown:
            numbers = sorted(numbers_by_course.get(course.pk, ()))
            languages = sorted(languages_by_key[course.translation_key])
            card = {
                "title": course.title,
                "url": urls.of(course),
                "introduction": course.introduction,
                "estimated_duration_minutes": course.estimated_duration_minutes,
                "key_factors": [names[number] for number in numbers if number in names],
                "covers_every_key_factor": bool(names) and set(numbers) >= set(names),
                "languages": [LANGUAGE_NAMES[code] for code in languages],
                "language_code": course.language_code,
                "in_other_language": course.language_code != language,
            }
            entries.append(
                {
                    "translation_key": course.translation_key,
                    "key_factor_numbers": numbers,
                    "language_codes": languages,
                    "card_html": render_to_string(COURSE_CARD_TEMPLATE, {"entry": card}),
                }
            )
        return {"entries": entries, "key_factor_names": names}

    return shared_page_value("course-catalogue-2", request, index_page, compute)


def catalogue_filters(index_page, request, wanted_key_factor, wanted_language):
    """The filter form with this selection, rendered once per selection and kept like the listing.

    A key factor number that is none of the options selects none of them,
    so it is not part of the key: the kept forms stay as few as the options.
    """
    names = catalogue_listing(index_page, request)["key_factor_names"]
    selected_key_factor = wanted_key_factor if wanted_key_factor in names else None
    is_filtered = bool(wanted_key_factor or wanted_language)

    def compute():
        context = {
            "page": index_page,
            "request": request,  # for {% pageurl %}; no context processor: nothing personal
            "key_factor_options": sorted(names.items()),
            "language_options": list(LANGUAGE_NAMES.items()),
            "selected_key_factor": selected_key_factor,
            "selected_language": wanted_language,
            "is_filtered": is_filtered,
        }
        return render_to_string(FILTERS_TEMPLATE, context)

    selection = (selected_key_factor, wanted_language, is_filtered)
    return shared_page_value("course-catalogue-filters", request, index_page, compute, extra=selection)


def enrolled_course_keys(user):
    """The keys of the courses `user` is enrolled in: one query, fixed SQL (as elearning.progress_row)."""
    if not user.is_authenticated:
        return set()
    with connection.cursor() as cursor:
        cursor.execute(ENROLLED_KEYS_STATEMENT, [user.pk])
        rows = cursor.fetchall()
    to_key = converter(Enrolment._meta.get_field("course_key"))
    return {to_key(course_key) for (course_key,) in rows}


def catalogue_context(index_page, request):
    listing = catalogue_listing(index_page, request)
    wanted_key_factor = selected_number(request.GET.get("key_factor"))
    wanted_language = request.GET.get("language") if request.GET.get("language") in LANGUAGE_NAMES else None
    entries = [
        entry
        for entry in listing["entries"]
        if (not wanted_key_factor or wanted_key_factor in entry["key_factor_numbers"])
        and (not wanted_language or wanted_language in entry["language_codes"])
    ]
    enrolled = enrolled_course_keys(request.user) if entries else set()
    return {
        "courses": [
            {"card_html": entry["card_html"], "enrolled": entry["translation_key"] in enrolled} for entry in entries
        ],
        "catalogue_filters": catalogue_filters(index_page, request, wanted_key_factor, wanted_language),
    }
