"""Coordinator reports: own administration only; the secretariat sees all, with a filter."""

import csv
import io
import re
import uuid
from datetime import timedelta
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, EDITORS, LEARNERS
from elearning.learner_progress import enrol
from elearning.models import LessonProgress, QuizAttempt
from elearning.quiz import draw_snapshot
from elearning.reporting import cumulative_completions, month_starts

pytestmark = pytest.mark.django_db


def officer(administration, name, course, status="not_started", score=None, completed_days_ago=None):
    """A learner of `administration` enrolled in `course.course`, in the given state."""
    first, last = name.split()
    user = add_to_role(
        UserFactory(
            first_name=first,
            last_name=last,
            email=f"{first.lower()}@{administration.pk}.example",
            administration=administration,
        ),
        LEARNERS,
    )
    enrolment, _ = enrol(user, course.course)
    if status != "not_started":
        enrolment.last_activity_at = timezone.now()
        LessonProgress.objects.create(
            user=user, course_key=course.course.translation_key, lesson_key=course.lessons[0].translation_key
        )
    if completed_days_ago is not None:
        enrolment.completed_at = timezone.now() - timedelta(days=completed_days_ago)
    enrolment.save()
    if score is not None:
        QuizAttempt.objects.create(
            user=user,
            course_key=course.course.translation_key,
            assessment=course.assessment,
            number=1,
            idempotency_key=uuid.uuid4(),
            language="en",
            status=QuizAttempt.Status.SUBMITTED,
            started_at=timezone.now(),
            submitted_at=timezone.now(),
            snapshot=draw_snapshot(course.assessment, course.course),
            score=Decimal(score),
            passed=score >= 70,
        )
    return user


@pytest.fixture
def two_administrations(course_tree, administration):
    other = PartnerAdministrationFactory(name="Kasoria Customs")
    ours = [
        officer(administration, "Ana Silva", course_tree),
        officer(administration, "Ben Okoro", course_tree, "in_progress", score=50),
        officer(administration, "Cleo Park", course_tree, "completed", score=90, completed_days_ago=40),
        officer(administration, "Dan Moreau", course_tree, "completed", score=100, completed_days_ago=2),
    ]
    theirs = [officer(other, "Zed Outsider", course_tree, "completed", score=80, completed_days_ago=1)]
    return ours, theirs, other


@pytest.fixture
def coordinator_client(client, administration):
    client.force_login(
        add_to_role(UserFactory(email="coord@norvania.example", administration=administration), COORDINATORS)
    )
    return client


def report_urls(course_tree, learner):
    key = course_tree.course.translation_key
    return [
        reverse("elearning:reports"),
        reverse("elearning:reports_export"),
        reverse("elearning:course_report", args=[key]),
        reverse("elearning:course_report_export", args=[key]),
        reverse("elearning:learner_report", args=[learner.pk]),
    ]


def test_a_coordinator_sees_their_own_administration_only(coordinator_client, course_tree, two_administrations):
    ours, theirs, _other = two_administrations
    key = course_tree.course.translation_key

    overview = coordinator_client.get(reverse("elearning:reports")).content.decode()
    course = coordinator_client.get(reverse("elearning:course_report", args=[key])).content.decode()
    export = coordinator_client.get(reverse("elearning:reports_export")).content.decode("utf-8-sig")

    for html in (overview, course, export):
        assert "Zed" not in html and "Outsider" not in html
    for person in ours:
        assert person.email in course and person.email in export
    assert "Norvania Customs" in overview
    assert "<td>4</td>" in overview  # enrolled
    assert "50%" in overview  # completion rate: 2 of 4
    assert "<td>80%</td>" in overview  # average best score of 50, 90, 100, no needless ".0"


def test_a_coordinator_gets_403_or_404_on_every_url_of_another_administration(
    coordinator_client, course_tree, two_administrations
):
    _ours, theirs, other = two_administrations
    outsider = theirs[0]

    for url in report_urls(course_tree, outsider):
        response = coordinator_client.get(url, {"administration": other.pk})
        assert response.status_code == 403, url
    assert coordinator_client.get(reverse("elearning:learner_report", args=[outsider.pk])).status_code == 404


def test_the_coordinators_own_learner_report(coordinator_client, course_tree, two_administrations):
    ours, _theirs, _other = two_administrations
    html = coordinator_client.get(reverse("elearning:learner_report", args=[ours[2].pk])).content.decode()

    assert "Cleo Park" in html
    assert course_tree.course.title in html
    assert "100% complete" in html
    assert "90%" in html


def test_learners_and_coordinators_without_an_administration_get_403(client, course_tree, learner):
    for user in (learner, add_to_role(UserFactory(administration=None), COORDINATORS)):
        client.force_login(user)
        for url in report_urls(course_tree, learner):
            assert client.get(url).status_code == 403, url


def test_the_secretariat_sees_every_administration_and_can_filter(client, course_tree, two_administrations):
    ours, theirs, other = two_administrations
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))
    key = course_tree.course.translation_key

    everyone = client.get(reverse("elearning:course_report", args=[key])).content.decode()
    filtered = client.get(reverse("elearning:course_report", args=[key]), {"administration": other.pk}).content.decode()

    assert all(person.email in everyone for person in ours + theirs)
    assert theirs[0].email in filtered and not any(person.email in filtered for person in ours)
    assert 'name="administration"' in everyone
    assert client.get(reverse("elearning:reports"), {"administration": 999999}).status_code == 404


@pytest.mark.parametrize("requested", ["²", "9" * 5000], ids=["superscript", "5000 digits"])
def test_an_administration_that_is_no_whole_number_is_ignored_rather_than_an_error(
    client, course_tree, two_administrations, requested
):
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))

    response = client.get(reverse("elearning:reports"), {"administration": requested})

    assert response.status_code == 200
    assert 'name="administration"' in response.content.decode()


def test_the_course_report_filters_learners_by_status(coordinator_client, course_tree, two_administrations):
    key = course_tree.course.translation_key
    url = reverse("elearning:course_report", args=[key])

    completed = coordinator_client.get(url, {"status": "completed"}).content.decode()
    not_started = coordinator_client.get(url, {"status": "not_started"}).content.decode()

    assert "Cleo Park" in completed and "Dan Moreau" in completed and "Ana Silva" not in completed
    assert "Ana Silva" in not_started and "Cleo Park" not in not_started


def test_charts_are_inline_svg_with_text_alternatives(coordinator_client, course_tree, two_administrations):
    html = coordinator_client.get(
        reverse("elearning:course_report", args=[course_tree.course.translation_key])
    ).content.decode()

    assert html.count('<svg class="chart"') == 2
    assert 'role="img"' in html and "<title id=" in html and "<desc id=" in html
    assert "<polyline" in html and "<rect" in html
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)  # no inline script; the site menu's own file is fine
    assert "Show the numbers" in html


def test_the_csv_export_has_one_row_per_enrolment(coordinator_client, course_tree, two_administrations):
    response = coordinator_client.get(
        reverse("elearning:course_report_export", args=[course_tree.course.translation_key])
    )

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith(f'attachment; filename="{course_tree.course.slug}-learners-')
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row["Last name"] for row in rows] == ["Moreau", "Okoro", "Park", "Silva"]
    by_name = {row["First name"]: row for row in rows}
    assert set(by_name) == {"Ana", "Ben", "Cleo", "Dan"}
    assert by_name["Ana"]["Status"] == "Not started" and by_name["Ana"]["Progress (%)"] == "0"
    assert by_name["Ben"]["Status"] == "In progress" and by_name["Ben"]["Best score (%)"] == "50.0"
    assert by_name["Cleo"]["Status"] == "Completed" and by_name["Cleo"]["Progress (%)"] == "100"


def test_the_csv_export_defuses_spreadsheet_formulas(coordinator_client, course_tree, administration):
    officer(administration, "=HYPERLINK(1) Evil", course_tree)

    text = coordinator_client.get(reverse("elearning:reports_export")).content.decode("utf-8-sig")

    assert "'=HYPERLINK(1)" in text
    assert ",=HYPERLINK" not in text


def test_completions_accumulate_month_by_month():
    today = timezone.localdate().replace(year=2026, month=3, day=15)
    months = month_starts(today)
    assert len(months) == 12 and months[0].isoformat() == "2025-04-01" and months[-1].isoformat() == "2026-03-01"

    series = cumulative_completions({months[0].replace(year=2024): 3, months[5]: 2, months[11]: 1}, today)

    assert [total for _month, total in series] == [3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 6]


def test_an_unknown_course_report_is_not_found(coordinator_client):
    assert (
        coordinator_client.get(
            reverse("elearning:course_report", args=["00000000-0000-0000-0000-000000000000"])
        ).status_code
        == 404
    )


def test_the_dashboard_links_coordinators_and_only_them_to_reports(client, coordinator_client, learner):
    assert reverse("elearning:reports") in coordinator_client.get(reverse("elearning:dashboard")).content.decode()
    client.force_login(learner)
    assert reverse("elearning:reports") not in client.get(reverse("elearning:dashboard")).content.decode()
