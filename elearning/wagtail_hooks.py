"""How e-learning plugs into the rest of the site: admin screens, home page, data export, demo content."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from accounts.personal_data import PERSONAL_DATA_HOOK
from home.demo import DEMO_CONTENT_HOOK
from home.models import HOME_SECTIONS_HOOK
from home.shell import active_locale, row_url
from home.sql_rows import fetch_rows

from .demo.steps import DEMO_STEPS
from .models import AssessmentPage, Certificate
from .personal_data import learning_records
from .views.admin import (
    REVOKE_URL_NAME,
    CertificateIndexView,
    CertificatePermissionPolicy,
    CoursesOutOfStepView,
    RevokeCertificateView,
    may_edit_pages,
)
from .views.question_insight import (
    INSIGHT_CSV_URL_NAME,
    INSIGHT_URL_NAME,
    QuestionInsightView,
    question_insight_csv,
)

OUT_OF_STEP_URL_NAME = "elearning_courses_out_of_step"

FEATURED_COURSE_COUNT = 3

# Before anything asks for the policy, or Wagtail would create its default one.
register_permission_policy(Certificate, CertificatePermissionPolicy(Certificate))


class CertificateViewSet(ModelViewSet):
    model = Certificate
    icon = "success"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 320
    index_view_class = CertificateIndexView
    copy_view_enabled = False
    add_to_reference_index = False  # certificates are not content other pages link to
    inspect_view_enabled = True
    search_fields = ["code", "holder_name", "course_title", "administration_name"]
    search_backend_name = None
    list_filter = ["language"]
    # Wagtail requires a form definition; the permission policy refuses adding and editing to everyone.
    form_fields = ["revocation_reason"]
    list_display = [
        "display_code",  # the first column carries the row's buttons, Revoke among them
        Column("holder_name", label=_("Holder")),
        Column("course_title", label=_("Course")),
        Column("administration_name", label=_("Administration")),
        DateColumn("issued_at", label=_("Issued")),
        Column("get_status_display", label=_("Status")),
    ]
    inspect_view_fields = [
        "code",
        "holder_name",
        "administration_name",
        "course_title",
        "language",
        "issued_at",
        "expires_at",
        "revoked_at",
        "revoked_by",
        "revocation_reason",
    ]


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet("elearning_certificate")


@hooks.register("register_admin_urls")
def register_revoke_url():
    return [
        path("certificates/<int:pk>/revoke/", RevokeCertificateView.as_view(), name=REVOKE_URL_NAME),
        path("reports/course-translations/", CoursesOutOfStepView.as_view(), name=OUT_OF_STEP_URL_NAME),
    ]


class PageEditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def register_courses_out_of_step_menu_item():
    return PageEditorsMenuItem(
        _("Course translations out of step"),
        reverse(OUT_OF_STEP_URL_NAME),
        name="course-translations",
        icon_name="doc-full",
        order=900,
    )


@hooks.register("register_admin_urls")
def register_question_insight_urls():
    return [
        path("assessments/<int:page_id>/questions/", QuestionInsightView.as_view(), name=INSIGHT_URL_NAME),
        path("assessments/<int:page_id>/questions.csv", question_insight_csv, name=INSIGHT_CSV_URL_NAME),
    ]


class QuestionInsightButton(PageMenuItem):
    label = _("Question insight")
    icon_name = "table"
    url_name = INSIGHT_URL_NAME
    priority = 66

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_edit()


@hooks.register("register_page_header_buttons")
def question_insight_button(page, user, view_name, next_url=None):
    """In the assessment's header menu, beside History."""
    if page.specific_class is AssessmentPage:
        yield QuestionInsightButton(page=page)


# With the catalogue of the locale (its first by id, as `.first()` picks it) for the "All courses" link.
FEATURED_COURSES_STATEMENT = """
SELECT p.id, p.url_path, p.title, course.introduction, course.estimated_duration_minutes, l.language_code,
    (SELECT c.id FROM elearning_courseindexpage ci INNER JOIN wagtailcore_page c ON c.id = ci.page_ptr_id
     WHERE c.live AND c.locale_id = p.locale_id ORDER BY c.id LIMIT 1),
    (SELECT c.url_path FROM elearning_courseindexpage ci INNER JOIN wagtailcore_page c ON c.id = ci.page_ptr_id
     WHERE c.live AND c.locale_id = p.locale_id ORDER BY c.id LIMIT 1)
FROM elearning_coursepage course
INNER JOIN wagtailcore_page p ON p.id = course.page_ptr_id
INNER JOIN wagtailcore_locale l ON l.id = p.locale_id
WHERE p.live AND p.locale_id = %s
ORDER BY course.featured DESC, p.first_published_at DESC
LIMIT %s
"""


@hooks.register(HOME_SECTIONS_HOOK)
def featured_courses(request, page):
    """Featured courses first, then the newest, in the page's language only: one query, as plain rows."""
    rows = fetch_rows(FEATURED_COURSES_STATEMENT, [active_locale().pk, FEATURED_COURSE_COUNT])
    if not rows:
        return None
    courses = [
        {
            "url": row_url(request, pk, url_path),
            "title": title,
            "introduction": introduction,
            "estimated_duration_minutes": minutes,
            "language": language,
        }
        for pk, url_path, title, introduction, minutes, language, _catalogue_pk, _catalogue_path in rows
    ]
    *_course, catalogue_pk, catalogue_url_path = rows[0]
    catalogue_url = row_url(request, catalogue_pk, catalogue_url_path) if catalogue_pk is not None else None
    return {"template": "elearning/home_featured_courses.html", "courses": courses, "catalogue_url": catalogue_url}


featured_courses.order = 20

hooks.register(PERSONAL_DATA_HOOK, learning_records)

for step in DEMO_STEPS:
    hooks.register(DEMO_CONTENT_HOOK, step)
