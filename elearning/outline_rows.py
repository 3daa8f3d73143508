"""Course outlines as plain data, read as rows: courses, their lessons and assessments in one query.

`outlines.build_outlines` reads courses' language versions, lessons and
assessments as page objects, three queries and some forty pages for a
course in four languages, then `course_cards.plain_outline` turns each into
plain data, asking Wagtail for every page's URL. When every cache is empty
(a new content generation, a restart) the course, lesson, assessment and
dashboard pages paid for that more than for the rest of their request.
What is kept across requests needs none of it: here one query reads the
courses and their live children as rows (tree columns and the few fields
an outline shows), and their URLs are worked out from the site's top rows
(`home.shell.url_under_site_homes`), a child's from its course's.

What completing a course takes is built as `build_outlines` builds it: the
union of every live language version's structure. An editor's preview (a
draft, unpublished changes) still goes through the page objects
(`views.pages.course_structure`): its content is not in the rows.
"""

from copy import copy
from dataclasses import dataclass, replace
from functools import cache
from typing import NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from wagtail.models import Page

from home.request_memo import remember_shared
from home.shell import EVERY_AUDIENCE, active_locale, url_under_site_homes
from home.sql_rows import converter

from .course_cards import CourseCard, StepLink
from .models import AssessmentPage, CourseIndexPage, CoursePage, LessonPage
from .outlines import CourseOutline, CourseRequirements, preferred_translations


class TreeRow(NamedTuple):
    pk: int
    path: str
    url_path: str
    title: str
    translation_key: object
    locale_id: int
    live: bool
    course_id: int | None
    introduction: str | None
    sequential: bool | None
    pass_mark: int | None
    lesson_id: int | None
    required: bool | None
    estimated_minutes: int | None
    assessment_id: int | None


# The model tables keep Django's default names (as elearning.progress_row's statement assumes).
# Courses chosen by `{courses}` (a condition on `v`, a course's page row), and their live lessons and assessment;
# the last parameter is the tree's step length (a child's path is its parent's and one step).
TREE_STATEMENT = """
SELECT p.id, p.path, p.url_path, p.title, p.translation_key, p.locale_id, p.live,
    c.page_ptr_id, c.introduction, c.sequential, c.pass_mark,
    l.page_ptr_id, l.required, l.estimated_minutes, a.page_ptr_id
FROM wagtailcore_page p
LEFT JOIN elearning_coursepage c ON c.page_ptr_id = p.id
LEFT JOIN elearning_lessonpage l ON l.page_ptr_id = p.id
LEFT JOIN elearning_assessmentpage a ON a.page_ptr_id = p.id
WHERE p.id IN (SELECT v.id FROM wagtailcore_page v JOIN elearning_coursepage vc ON vc.page_ptr_id = v.id
               WHERE {courses})
   OR (p.live AND substr(p.path, 1, length(p.path) - %s) IN
       (SELECT v.path FROM wagtailcore_page v JOIN elearning_coursepage vc ON vc.page_ptr_id = v.id
        WHERE {courses}))
ORDER BY p.path
"""
# A course's live language versions, and the course itself (a draft an editor previews).
VERSIONS_OF_ONE_COURSE = "(v.translation_key = %s AND v.live) OR v.id = %s"
EVERY_LIVE_COURSE = "v.live"
PREREQUISITES_STATEMENT = """
SELECT p.id, p.path, p.url_path, p.title, p.translation_key, p.locale_id, p.live,
    c.page_ptr_id, c.introduction, c.sequential, c.pass_mark, NULL, NULL, NULL, NULL
FROM wagtailcore_page p
JOIN elearning_coursepage c ON c.page_ptr_id = p.id
WHERE p.id IN (SELECT r.to_coursepage_id FROM elearning_coursepage_prerequisites r WHERE r.from_coursepage_id = %s)
ORDER BY p.path
"""


@cache
def column_converters():
    """(position, converter) of each TreeRow column whose database value the ORM would convert (bools, UUIDs)."""
    fields = [
        *(Page._meta.get_field(name) for name in ("id", "path", "url_path", "title", "translation_key", "locale")),
        Page._meta.get_field("live"),
        *(CoursePage._meta.get_field(name) for name in ("page_ptr", "introduction", "sequential", "pass_mark")),
        *(LessonPage._meta.get_field(name) for name in ("page_ptr", "required", "estimated_minutes")),
        AssessmentPage._meta.get_field("page_ptr"),
    ]
    converting = []
    for position, field in enumerate(fields):
        col = field.get_col(field.model._meta.db_table)
        if connection.ops.get_db_converters(col) + col.get_db_converters(connection):
            converting.append((position, converter(field)))
    return converting


def tree_rows(statement, params):
    """`TreeRow`s of `statement`'s rows, values converted as the ORM converts them."""
    with connection.cursor() as cursor:
        cursor.execute(statement, params)
        rows = cursor.fetchall()
    converters = column_converters()
    converted = []
    for row in rows:
        values = list(row)
        for position, convert in converters:
            values[position] = convert(values[position])
        converted.append(TreeRow(*values))
    return converted


def read_course_trees(courses_condition, params=()):
    """Rows of the courses `courses_condition` chooses and of their live lessons and assessments: one query.

    In tree order, so a course's row comes before its children's.
    """
    statement = TREE_STATEMENT.format(courses=courses_condition)
    return tree_rows(statement, [*params, Page.steplen, *params])


class PageUrls:
    """URLs of rows as `Page.get_url(request)` gives them: a course's from the site's top rows, a child's from it.

    Wagtail builds a page's URL by reversing its path under its site's
    home; a child's is its parent's followed by its slug, quoted as
    `reverse` quotes it.
    """

    def __init__(self, request):
        self.request = request
        self.append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)

    def of(self, row):
        return url_under_site_homes(self.request, row.url_path) or Page(url_path=row.url_path).get_url(self.request)

    def of_child(self, row, parent_row, parent_url):
        if not self.append_slash or not parent_url or not parent_url.endswith("/"):
            return self.of(row)
        return parent_url + quote(row.url_path[len(parent_row.url_path) :], safe=RFC3986_SUBDELIMS + "/~:@")


def course_card_of(row, url, key_factor_numbers=frozenset()):
    return CourseCard(
        pk=row.pk,
        translation_key=row.translation_key,
        locale_id=row.locale_id,
        title=row.title,
        url=url,
        introduction=row.introduction,
        path=row.path,
        sequential=row.sequential,
        pass_mark=row.pass_mark,
        key_factor_numbers=key_factor_numbers,
    )


def step_link_of(row, url):
    is_lesson = row.lesson_id is not None
    return StepLink(
        pk=row.pk,
        translation_key=row.translation_key,
        title=row.title,
        url=url,
        required=row.required if is_lesson else True,
        estimated_minutes=row.estimated_minutes if is_lesson else None,
    )


def version_outlines(rows, request):
    """{path: (course row, outline of that version alone)} for every course among `rows`."""
    urls = PageUrls(request)
    versions = {}
    for row in rows:
        if row.course_id is not None:
            versions[row.path] = (row, CourseOutline(course=course_card_of(row, urls.of(row))))
            continue
        course_row, outline = versions.get(row.path[: -Page.steplen], (None, None))
        if outline is None:
            continue
        link = step_link_of(row, urls.of_child(row, course_row, outline.course.url))
        if row.lesson_id is not None:
            outline.lessons.append(link)
        elif row.assessment_id is not None:
            outline.assessment = link
    return versions


def plain_outlines(rows, request, shown, with_language_versions=False):
    """{translation key: CourseOutline} of the `shown` course rows, from `rows` (theirs and their versions').

    A version that is not live (a draft) sets no requirement, unless it is
    the one shown, as in `outlines.build_outlines`.
    """
    versions = version_outlines(rows, request)
    requirements, live_versions = {}, {}
    for course_row, outline in versions.values():
        if not course_row.live:
            continue
        requirements.setdefault(course_row.translation_key, CourseRequirements()).add_version(
            outline.course, outline.lessons, outline.assessment
        )
        live_versions.setdefault(course_row.translation_key, []).append(outline)
    for course_row in shown:
        own = versions[course_row.path][1]
        own.requirements = requirements.get(course_row.translation_key) or CourseRequirements()
        if not course_row.live:
            own.requirements.add_version(own.course, own.lessons, own.assessment)
    outlines = {}
    for course_row in shown:
        outline = copy(versions[course_row.path][1])
        if with_language_versions:
            # Copies: the shown version is one of them, and must not hold itself.
            outline.language_versions = [copy(version) for version in live_versions.get(course_row.translation_key, [])]
        outlines[course_row.translation_key] = outline
    return outlines


def course_outline(course, request):
    """The plain outline of the live `course`, with its language versions: one query."""
    key = Page._meta.get_field("translation_key").get_db_prep_value(course.translation_key, connection)
    rows = read_course_trees(VERSIONS_OF_ONE_COURSE, [key, course.pk])
    shown = next(row for row in rows if row.pk == course.pk)
    return plain_outlines(rows, request, [shown], with_language_versions=True)[course.translation_key]


def prerequisite_cards(course_id, request):
    """`CourseCard`s of the prerequisites of the course with this id, in tree order: one query."""
    urls = PageUrls(request)
    return [course_card_of(row, urls.of(row)) for row in tree_rows(PREREQUISITES_STATEMENT, [course_id])]


@dataclass(frozen=True)
class LiveCourses:
    """{translation key: CourseOutline of plain parts} for every live course, and the catalogue's URL."""

    outlines: dict
    catalogue_url: str | None


# Filled with one placeholder per course.
KEY_FACTOR_NUMBERS_STATEMENT = """
SELECT ck.coursepage_id, k.number FROM elearning_coursepage_key_factors ck
JOIN knowledgebase_keyfactor k ON k.id = ck.keyfactor_id
WHERE ck.coursepage_id IN ({placeholders})
"""


def key_factor_numbers_by_course(course_ids):
    """{course page id: frozenset of its key factors' numbers}: one fixed statement."""
    if not course_ids:
        return {}
    statement = KEY_FACTOR_NUMBERS_STATEMENT.format(placeholders=", ".join(["%s"] * len(course_ids)))
    numbers = {}
    with connection.cursor() as cursor:
        cursor.execute(statement, list(course_ids))
        for course_id, number in cursor.fetchall():
            numbers.setdefault(course_id, set()).add(number)
    return {course_id: frozenset(found) for course_id, found in numbers.items()}


def read_live_courses(request, language):
    """Every live course, each in `language` when it has it, else the default language's, else any.

    Three queries: the courses with their lessons and assessments, their key
    factors, the catalogue in the active language.
    """
    rows = read_course_trees(EVERY_LIVE_COURSE)
    courses = [row for row in rows if row.course_id is not None]
    shown = list(preferred_translations(courses, language).values())
    outlines = plain_outlines(rows, request, shown)
    numbers = key_factor_numbers_by_course([row.pk for row in shown])
    for outline in outlines.values():
        outline.course = replace(outline.course, key_factor_numbers=numbers.get(outline.course.pk, frozenset()))
    catalogue = CourseIndexPage.objects.live().filter(locale=active_locale()).values_list("url_path").first()
    catalogue_url = None
    if catalogue:
        catalogue_url = url_under_site_homes(request, catalogue[0]) or Page(url_path=catalogue[0]).get_url(request)
    return LiveCourses(outlines=outlines, catalogue_url=catalogue_url)


def live_courses(request):
    """`LiveCourses` in the active language, for the request's site (URLs are relative to it)."""
    language = translation.get_language()
    return remember_shared(
        "live-courses",
        lambda: read_live_courses(request, language),
        language=language,
        audience=EVERY_AUDIENCE,
        extra=(request.get_host(),),
    )
