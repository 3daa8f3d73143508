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
from django.db.models.functions import Length, Substr
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.models import Page

from home.page_values import shared_page_value
from home.query_values import whole_number
from home.shell import active_locale
from knowledgebase.models import KeyFactor

from .models import CoursePage, Enrolment
from .outline_rows import PageUrls, key_factor_numbers_by_course
from .outlines import preferred_translations
from .progress_row import converter

LANGUAGE_NAMES = dict(settings.LANGUAGES)
COURSE_CARD_TEMPLATE = "elearning/includes/catalogue_card.html"
FILTERS_TEMPLATE = "elearning/includes/catalogue_filters.html"
ENROLLED_KEYS_STATEMENT = "SELECT course_key FROM elearning_enrolment WHERE user_id = %s"


def selected_number(value):
    return whole_number(value)


def key_factor_names(numbers=None):
    """{number: name} of the key factors in the active language."""
    key_factors = KeyFactor.objects.filter(locale=active_locale())
    if numbers is not None:
        key_factors = key_factors.filter(number__in=numbers)
    return dict(key_factors.values_list("number", "name"))


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


CATALOGUE_ROW_FIELDS = (
    "pk",
    "path",
    "url_path",
    "title",
    "translation_key",
    "locale_id",
    "locale__language_code",
    "introduction",
    "estimated_duration_minutes",
)


def catalogue_rows(index_page):
    """The live courses under any live language version of `index_page`, as rows, in tree order: one query."""
    catalogues = Page.objects.filter(translation_key=index_page.translation_key, live=True)
    parent_path = Substr("path", 1, Length("path") - Page.steplen)
    courses = CoursePage.objects.live().alias(parent_path=parent_path).filter(parent_path__in=catalogues.values("path"))
    return [CatalogueRow(*values) for values in courses.order_by("path").values_list(*CATALOGUE_ROW_FIELDS)]


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
