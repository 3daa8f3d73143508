"""The course catalogue: every course once, in the visitor's language when it exists.

A course is listed once however many languages it has, shown in the active
language if translated, otherwise in the site's default language with its
language marked, so a visitor on the Spanish site still finds the French and
English courses. Filters: key factor (by number, the same in every language)
and the language a course is available in.
"""

from typing import NamedTuple

from django.conf import settings
from django.db.models.functions import Length, Substr
from django.utils import translation
from wagtail.models import Page

from home.page_values import shared_page_value
from home.query_values import whole_number
from home.shell import active_locale
from knowledgebase.models import KeyFactor

from .models import CoursePage, Enrolment
from .outline_rows import PageUrls, key_factor_numbers_by_course
from .outlines import preferred_translations

LANGUAGE_NAMES = dict(settings.LANGUAGES)


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
    """Every course of the catalogue as plain data, and the key factor names: the same for every reader.

    Three queries (the courses under the catalogue's language versions as
    rows, their key factors, the key factor names) kept across requests
    under the content generation (home.page_values), which publishing a
    course, moving it or editing a key factor retires at once. Plain data
    (keys, titles, URLs, numbers), no pages.
    """

    def compute():
        language = translation.get_language()
        courses = catalogue_rows(index_page)
        languages_by_key = {}
        for course in courses:
            languages_by_key.setdefault(course.translation_key, set()).add(course.language_code)
        shown = sorted(preferred_translations(courses, language).values(), key=lambda course: course.path)
        numbers = key_factor_numbers_by_course([course.pk for course in shown])
        urls = PageUrls(request)
        entries = [
            {
                "translation_key": course.translation_key,
                "title": course.title,
                "url": urls.of(course),
                "introduction": course.introduction,
                "estimated_duration_minutes": course.estimated_duration_minutes,
                "key_factor_numbers": sorted(numbers.get(course.pk, ())),
                "language_codes": sorted(languages_by_key[course.translation_key]),
                "language_code": course.language_code,
            }
            for course in shown
        ]
        return {"entries": entries, "key_factor_names": key_factor_names()}

    return shared_page_value("course-catalogue", request, index_page, compute)


def catalogue_context(index_page, request):
    language = translation.get_language()
    listing = catalogue_listing(index_page, request)
    wanted_key_factor = selected_number(request.GET.get("key_factor"))
    wanted_language = request.GET.get("language") if request.GET.get("language") in LANGUAGE_NAMES else None
    names = listing["key_factor_names"]
    entries = []
    for course in listing["entries"]:
        numbers = course["key_factor_numbers"]
        languages = course["language_codes"]
        if wanted_key_factor and wanted_key_factor not in numbers:
            continue
        if wanted_language and wanted_language not in languages:
            continue
        entries.append(
            {
                **course,
                "key_factors": [names[number] for number in numbers if number in names],
                "covers_every_key_factor": bool(names) and set(numbers) >= set(names),
                "languages": [LANGUAGE_NAMES[code] for code in languages],
                "in_other_language": course["language_code"] != language,
            }
        )

    enrolled = set()
    if request.user.is_authenticated and entries:
        enrolled = set(
            Enrolment.objects.filter(
                user=request.user, course_key__in=[entry["translation_key"] for entry in entries]
            ).values_list("course_key", flat=True)
        )
    for entry in entries:
        entry["enrolled"] = entry["translation_key"] in enrolled

    return {
        "courses": entries,
        "key_factor_options": sorted(names.items()),
        "language_options": list(LANGUAGE_NAMES.items()),
        "selected_key_factor": wanted_key_factor,
        "selected_language": wanted_language,
        "is_filtered": bool(wanted_key_factor or wanted_language),
    }
