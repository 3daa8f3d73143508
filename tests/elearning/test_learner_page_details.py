"""Learner pages on a phone: no link that bounces, a direct way to a new certificate, no repeated words.

Each of these was found by using the site as a learner (issue 14).
"""

import re

import pytest
from django.urls import reverse

from elearning.factories import CertificateFactory, build_course
from elearning.learner_progress import enrol

from .conftest import complete_lessons
from .test_certificates import pass_course

pytestmark = pytest.mark.django_db


def pager(html):
    return re.search(r'<nav class="pager".*?</nav>', html, re.S).group(0)


def test_the_next_lesson_is_a_link_only_once_the_learner_can_open_it(client, learner):
    tree = build_course(lesson_count=3, sequential=True)
    enrol(learner, tree.course)
    client.force_login(learner)
    first, second, _third = tree.lessons

    locked = pager(client.get(first.url).content.decode())
    assert second.url not in locked
    assert f"Next: {second.title}, which opens once you complete this lesson." in locked

    complete_lessons(client, [first])
    assert f'<a rel="next" href="{second.url}">' in pager(client.get(first.url).content.decode())


def test_in_free_mode_the_next_lesson_is_always_a_link(learner_client, course_tree):
    first, second = course_tree.lessons
    assert f'<a rel="next" href="{second.url}">' in pager(learner_client.get(first.url).content.decode())


def test_passing_links_straight_to_the_new_certificate_and_to_the_dashboard(client, learner, course_tree):
    certificate = pass_course(client, learner, course_tree)

    result = client.get(reverse("elearning:attempt_result", args=[certificate.attempt_id])).content.decode()

    pdf_url = reverse("elearning:certificate_pdf", args=[certificate.code])
    assert f'<a href="{pdf_url}">Download your certificate (PDF)</a>' in result
    assert f'<a href="{reverse("elearning:dashboard")}#certificates">My learning</a>' in result


def test_the_dashboard_names_its_certificates_once_and_labels_each_cell(client, learner):
    CertificateFactory(user=learner, course_title="Integrity basics")
    client.force_login(learner)

    html = client.get(reverse("elearning:dashboard")).content.decode()

    assert html.count(">Certificates<") == 1
    assert '<table class="data-table data-table--stacked" aria-labelledby="certificates-heading">' in html
    assert '<th scope="row" data-label="Course">Integrity basics</th>' in html
    assert 'data-label="Verification code"' in html


def test_an_assessment_called_final_assessment_is_not_labelled_so_twice(client, learner):
    tree = build_course()  # the factory's assessment is called "Final assessment"
    listing = re.search(r'<ol class="lesson-list">.*?</ol>', client.get(tree.course.url).content.decode(), re.S)
    assert listing.group(0).lower().count("final assessment") == 1

    other = build_course(home=tree.home, assessment_fields={"title": "Check your knowledge"})
    listing = re.search(r'<ol class="lesson-list">.*?</ol>', client.get(other.course.url).content.decode(), re.S)
    assert "final assessment" in listing.group(0)
