"""A learner's whole journey in a real browser, and an editor revoking the certificate it earned.

Sign up → verify the email → enrol → complete the lessons → fail the
assessment → pass it → download the PDF → open the verification page (valid)
→ an editor revokes the certificate → the same page says revoked. Each
e-learning page on the way also passes axe's accessibility checks.
"""

import json
import re

import pytest
from django.core import mail
from django.core.cache import cache

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS
from elearning.factories import build_course
from elearning.models import Certificate, QuizAttempt
from tests.e2e.axe import record_result, serious_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

EMAIL = "officer.journey@customs.example"
PASSWORD = "a-long-and-unusual-passphrase"
EDITOR_PASSWORD = "editor-passphrase-for-revoking"


@pytest.fixture
def course(live_server):
    cache.clear()  # site root paths cached by an earlier test would point at pages that are gone
    tree = build_course(lesson_count=2, title="Integrity at the Border")
    yield tree
    cache.clear()


def assert_accessible(page, name):
    violations = serious_violations(page)
    record_result(f"e-learning: {name}", violations)
    assert not violations, f"{name}:\n{json.dumps(violations, indent=2)}"


def confirmation_path():
    body = mail.outbox[-1].body
    return re.search(r"https?://[^/\s]+(/\S*/accounts/confirm-email/\S+)", body).group(1)


def sign_up_and_log_in(page, base_url):
    page.goto(f"{base_url}/en/accounts/signup/")
    page.fill("#id_email", EMAIL)
    for field, value in (("#id_first_name", "Amina"), ("#id_last_name", "Diallo")):
        if page.locator(field).count():
            page.fill(field, value)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(re.compile(r"/accounts/confirm-email/"))

    page.goto(base_url + confirmation_path())
    page.locator("main button[type=submit]").click()
    # Going on at once would cancel the confirmation on a busy machine: wait for the page it leads to.
    page.wait_for_url(lambda url: "/accounts/confirm-email/" not in url)
    page.goto(f"{base_url}/en/accounts/login/")
    page.fill("input[name=login]", EMAIL)
    page.fill("input[name=password]", PASSWORD)
    page.locator("main button[type=submit]").click()
    page.wait_for_url(f"{base_url}/en/learn/")  # a learner lands on their learning


def answer(page, attempt, correct):
    """Fill the attempt form from the server's snapshot: every answer right, or every answer wrong."""
    for question in attempt.snapshot["questions"]:
        if question["type"] == "matching":
            for item in question["items"]:
                wrong = next(choice["id"] for choice in question["choices"] if choice["id"] != item["answer"])
                page.select_option(
                    f"select[name='q-{question['id']}-{item['id']}']", item["answer"] if correct else wrong
                )
            continue
        for option in question["options"]:
            if option["correct"] == correct:
                page.check(f"input[name='q-{question['id']}'][value='{option['id']}']")
                if question["type"] != "multiple_choice":
                    break


def take_assessment(page, correct, check_accessibility=False):
    page.get_by_role("button", name=re.compile(r"^Start (the assessment|a new attempt)$")).click()
    page.wait_for_url(re.compile(r"/learn/attempts/[0-9a-f-]+/$"))
    if check_accessibility:
        assert_accessible(page, "attempt page")
    attempt = QuizAttempt.objects.get(pk=page.url.rstrip("/").rsplit("/", 1)[1])
    answer(page, attempt, correct)
    page.get_by_role("button", name="Submit my answers").click()
    page.wait_for_url(re.compile(r"/result/$"))
    return attempt


def test_sign_up_enrol_learn_fail_pass_download_verify_and_revoke(browser, page, live_server, course):
    base_url = live_server.url
    sign_up_and_log_in(page, base_url)

    page.goto(f"{base_url}{course.index.url}")
    page.get_by_role("link", name="Integrity at the Border").click()
    page.get_by_role("button", name="Enrol in this course").wait_for()  # the course page, not the index, is checked
    assert_accessible(page, "course page")
    page.get_by_role("button", name="Enrol in this course").click()

    for lesson in course.lessons:
        page.wait_for_url(f"**{lesson.url}")
        assert page.locator("h1").inner_text() == lesson.title
        assert_accessible(page, "lesson page")
        page.get_by_role("button", name="Mark as complete and continue").click()

    page.wait_for_url(f"**{course.assessment.url}")
    assert_accessible(page, "assessment page")
    take_assessment(page, correct=False, check_accessibility=True)
    assert "✗ Not passed" in page.locator(".result__verdict").inner_text()
    assert_accessible(page, "result page")

    page.get_by_role("link", name="Back to the assessment to try again").click()
    take_assessment(page, correct=True)
    verdict = page.locator(".result__verdict").inner_text()
    assert "✓ Passed" in verdict and "Your score: 100%" in verdict
    assert "your certificate is ready" in page.locator(".messages").inner_text()
    assert QuizAttempt.objects.filter(user__email=EMAIL).count() == 2

    page.get_by_role("link", name="My learning").first.click()
    page.get_by_role("link", name=re.compile(r"^PDF")).wait_for()  # the dashboard, not the result page, is checked
    assert_accessible(page, "dashboard")
    certificate = Certificate.objects.get(user__email=EMAIL)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile(r"^PDF")).click()
    pdf_path = download_info.value.path()
    with open(pdf_path, "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    assert download_info.value.suggested_filename.startswith(f"certificate-{certificate.display_code}")

    verification_url = f"{base_url}/en/certificates/{certificate.code}/"
    visitor = browser.new_context().new_page()  # no login: anyone can verify
    visitor.goto(verification_url)
    assert visitor.locator("#verdict-heading").inner_text() == "✓ This certificate is valid."
    assert "Amina Diallo" in visitor.locator("main").inner_text() or EMAIL in visitor.locator("main").inner_text()
    assert_accessible(visitor, "certificate verification page")

    editor = add_to_role(UserFactory(email="editor.journey@integrityhub.example", staff=True), EDITORS)
    editor.set_password(EDITOR_PASSWORD)
    editor.save()
    admin = browser.new_context().new_page()
    admin.goto(f"{base_url}/admin/login/")
    admin.fill("input[name=username]", editor.email)
    admin.fill("input[name=password]", EDITOR_PASSWORD)
    admin.locator("button[type=submit]").click()
    admin.wait_for_url(lambda url: "/admin/login/" not in url)  # logged in before going on
    admin.goto(f"{base_url}/admin/elearning_certificate/")
    admin.get_by_role("link", name=f"Revoke certificate {certificate.display_code}").click()
    admin.fill("textarea[name=reason]", "Issued on the strength of answers shared before the assessment.")
    admin.get_by_role("button", name="Revoke certificate").click()
    admin.wait_for_url(f"{base_url}/admin/elearning_certificate/")

    visitor.reload()
    assert visitor.locator("#verdict-heading").inner_text() == "✗ This certificate has been revoked."
    assert "answers shared" not in visitor.content()
    certificate.refresh_from_db()
    assert certificate.revoked_by == editor
