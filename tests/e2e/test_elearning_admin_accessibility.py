"""In a real browser: axe finds nothing serious on the editors' new e-learning screens in the admin.

Question insight (per question and option, with its chart) and the list of
course translations out of step are pages of our own inside Wagtail's admin.
"""

import pytest

from accounts.factories import UserFactory
from elearning.factories import build_course
from tests.e2e.axe import record_result, serious_violations
from tests.e2e.test_admin_preview import log_in_to_admin
from tests.elearning.test_question_insight import ATTEMPTS, add_attempts
from tests.elearning.test_translation_rules import out_of_step_french

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_question_insight_and_the_out_of_step_list_pass_axe(page, live_server):
    tree = build_course(lesson_count=2)
    add_attempts(tree.course.translation_key, UserFactory(), ATTEMPTS)
    out_of_step_french(tree, pass_mark=60)
    editor = UserFactory(email="editor@secretariat.example", is_staff=True, is_superuser=True)
    log_in_to_admin(page, live_server, editor.email)

    for name, path, expected_text in [
        ("admin: question insight", f"/admin/assessments/{tree.assessment.pk}/questions/", "Which declaration?"),
        ("admin: course translations out of step", "/admin/reports/course-translations/", "Cours d'intégrité"),
    ]:
        page.goto(f"{live_server.url}{path}")
        assert page.get_by_text(expected_text).first.is_visible(), path
        violations = serious_violations(page)
        record_result(name, violations)
        assert violations == [], (path, violations)
