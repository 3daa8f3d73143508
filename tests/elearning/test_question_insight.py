"""Question insight: the figures against a hand-worked example, the admin page, its CSV and its cost."""

import csv
import io
import uuid
from datetime import timedelta
from fractions import Fraction

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS, LEARNERS
from elearning.models import QuizAttempt
from elearning.question_stats import question_insight, version_of
from elearning.scoring import score_attempt
from tests.query_counts import queries_for

pytestmark = pytest.mark.django_db

CHOICE = {
    "id": "q1",
    "type": "single_choice",
    "prompt": "What do you do with a gift offer?",
    "explanation": "",
    "points": 1,
    "options": [
        {"id": "a", "text": "Refuse and report", "correct": True, "feedback": ""},
        {"id": "b", "text": "Accept it", "correct": False, "feedback": ""},
        {"id": "c", "text": "Share it", "correct": False, "feedback": ""},
    ],
}
EDITED_CHOICE = {**CHOICE, "prompt": "What do you do with a gift offered after clearance?"}
STEPS = {
    "id": "q2",
    "type": "ordering",
    "prompt": "Order the steps.",
    "explanation": "",
    "points": 1,
    "scoring": "partial",
    "steps": [{"id": "C", "text": "Report"}, {"id": "A", "text": "Decline"}, {"id": "B", "text": "Write down"}],
    "order": ["A", "B", "C"],
}
TEXT = {"id": "q3", "type": "short_text", "prompt": "Which declaration?", "explanation": "", "points": 1}
TEXT["accepted"] = ["Arusha"]


def order(letters):
    return {step: position for position, step in enumerate(letters, start=1)}


# (version of question 1, choice, ordering answer, typed text) for attempts 1 to 12.
ATTEMPTS = [
    (CHOICE, "a", order("ABC"), "Arusha"),
    (CHOICE, "a", order("ABC"), "arusha"),
    (CHOICE, "a", order("BCA"), "Arusha"),
    (CHOICE, "b", order("ABC"), "Arusha"),
    (CHOICE, "a", order("ACB"), "Árusha "),
    (CHOICE, "a", order("CAB"), "Dar"),
    (CHOICE, "c", order("ABC"), ""),
    (CHOICE, "a", {"A": 1, "B": 1, "C": 3}, "Dar"),
    (CHOICE, "b", order("BCA"), "arusha"),
    (CHOICE, "b", order("CBA"), "Dar"),
    (EDITED_CHOICE, "a", order("ABC"), "Dar"),
    (EDITED_CHOICE, "c", order("CBA"), ""),
]


def add_attempts(course_key, user, rows, first_number=1, language="en"):
    """Marked attempts with the given answers, submitted a minute apart in list order."""
    start = timezone.now() - timedelta(days=1)
    for number, (choice_question, choice, positions, typed) in enumerate(rows, start=first_number):
        questions = [choice_question, STEPS, TEXT]
        responses = {"q1": [choice], "q2": positions, "q3": typed}
        result = score_attempt(questions, responses, 70)
        QuizAttempt.objects.create(
            user=user,
            course_key=course_key,
            number=number,
            idempotency_key=uuid.uuid4(),
            language=language,
            status=QuizAttempt.Status.SUBMITTED,
            started_at=start,
            submitted_at=start + timedelta(minutes=number),
            snapshot={"questions": questions, "settings": {"pass_mark": 70}},
            responses=responses,
            question_scores=[{"id": q["id"], "credit": str(c)} for q, c in zip(questions, result.credits, strict=True)],
            score=result.percentage,
            passed=result.passed,
        )


@pytest.fixture
def course_tree_with_attempts(course_tree):
    add_attempts(course_tree.course.translation_key, UserFactory(), ATTEMPTS)
    return course_tree


def by_version(insight):
    return {(stats.question_id, stats.version): stats for stats in insight.questions}


def test_the_figures_match_the_hand_worked_example(course_tree_with_attempts):
    """Twelve attempts at three 1-point questions, scored as the server scores them.

    Q1 single choice (a right, b and c wrong); attempts 11 and 12 saw it edited
    (a new prompt), a second version. Q2 ordering A B C with partial credit:
    a share of the pairs A-B and B-C kept. Q3 short text, accepted "Arusha".

    | # | Q1     | Q2 order     | Q2 credit | Q3 typed  | Q3 | score  |
    | 1 | a 1    | A B C        | 1         | Arusha    | 1  | 100    |
    | 2 | a 1    | A B C        | 1         | arusha    | 1  | 100    |
    | 3 | a 1    | B C A        | 1/2 (B-C) | Arusha    | 1  | 83.33  |
    | 4 | b 0    | A B C        | 1         | Arusha    | 1  | 66.67  |
    | 5 | a 1    | A C B        | 0         | "Árusha " | 1  | 66.67  |
    | 6 | a 1    | C A B        | 1/2 (A-B) | Dar       | 0  | 50     |
    | 7 | c 0    | A B C        | 1         | (blank)   | 0  | 33.33  |
    | 8 | a 1    | A1 B1 C3 dup | 0         | Dar       | 0  | 33.33  |
    | 9 | b 0    | B C A        | 1/2       | arusha    | 1  | 50     |
    |10 | b 0    | C B A        | 0         | Dar       | 0  | 0      |
    |11 | a' 1   | A B C        | 1         | Dar       | 0  | 66.67  |
    |12 | c' 0   | C B A        | 0         | (blank)   | 0  | 0      |

    Ranked by score, ties by earlier submission: 1 2 3 4 5 11 6 9 7 8 10 12.
    n = 12, so each third holds 4: top = 1 2 3 4 (4 beats 5 and 11 on the
    66.67 tie by submitting first), bottom = 7 8 10 12.

    Q1, first version (attempts 1–10): credit 6/10, facility 0.6. Top third
    who saw it: 1 2 3 4 → 3/4. Bottom: 7 8 10 (12 saw the edit) → 1/3.
    Discrimination 3/4 − 1/3 = 5/12 ≈ 0.42. Chosen: a 6, b 3, c 1.
    Q1, edited (11, 12): facility 1/2; no top-third attempt saw it, so no
    discrimination. Chosen: a 1, c 1, b 0.
    Q2 (all 12): credits sum 6.5, facility 13/24. Top 3.5/4 = 7/8, bottom
    (1+0+0+0)/4 = 1/4, discrimination 5/8. Positions: A→1 7, A→2 1, A→3 4;
    B→1 3, B→2 7, B→3 2; C→1 3, C→2 3, C→3 6.
    Q3 (all 12): facility 6/12 = 1/2, top 4/4, bottom 0/4, discrimination 1.
    Folded answers: "arusha" 6, "dar" 4; the two blanks count as no choice.
    """
    course_key = course_tree_with_attempts.course.translation_key
    scores = [str(attempt.score) for attempt in QuizAttempt.objects.order_by("number")]
    assert scores == [
        "100.00", "100.00", "83.33", "66.67", "66.67", "50.00", "33.33", "33.33", "50.00", "0.00", "66.67", "0.00"
    ]  # fmt: skip

    insight = question_insight(course_key)

    assert (insight.attempts, insight.third_size) == (12, 4)
    versions = by_version(insight)
    assert len(versions) == 4
    first = versions[("q1", version_of(CHOICE))]
    assert (first.attempts, first.facility, first.discrimination) == (10, Fraction(3, 5), Fraction(5, 12))
    assert {option.label: option.chosen for option, _share in first.option_rows()} == {
        "Refuse and report": 6,
        "Accept it": 3,
        "Share it": 1,
    }
    assert [share for _option, share in first.option_rows()] == [Fraction(6, 10), Fraction(3, 10), Fraction(1, 10)]
    edited = versions[("q1", version_of(EDITED_CHOICE))]
    assert (edited.attempts, edited.facility, edited.discrimination) == (2, Fraction(1, 2), None)
    assert {option.label: option.chosen for option, _share in edited.option_rows()} == {
        "Refuse and report": 1,
        "Accept it": 0,
        "Share it": 1,
    }
    steps = versions[("q2", version_of(STEPS))]
    assert (steps.attempts, steps.facility, steps.discrimination) == (12, Fraction(13, 24), Fraction(5, 8))
    assert {option.label: option.chosen for option, _share in steps.option_rows()} == {
        "Decline → 1": 7,
        "Decline → 2": 1,
        "Decline → 3": 4,
        "Write down → 1": 3,
        "Write down → 2": 7,
        "Write down → 3": 2,
        "Report → 1": 3,
        "Report → 2": 3,
        "Report → 3": 6,
    }
    text = versions[("q3", version_of(TEXT))]
    assert (text.attempts, text.facility, text.discrimination) == (12, Fraction(1, 2), Fraction(1))
    assert {option.label: (option.chosen, option.is_key) for option, _share in text.option_rows()} == {
        "arusha": (6, True),
        "dar": (4, False),
    }


def test_a_version_ignores_shuffles_and_feedback_but_not_the_key():
    shuffled = {**CHOICE, "options": list(reversed(CHOICE["options"]))}
    with_feedback = {**CHOICE, "explanation": "Because."}
    new_key = {**CHOICE, "options": [{**option, "correct": option["id"] == "b"} for option in CHOICE["options"]]}

    assert version_of(shuffled) == version_of(with_feedback) == version_of(CHOICE)
    assert version_of(new_key) != version_of(CHOICE)


def insight_url(assessment, suffix=""):
    return reverse("elearning_question_insight" + suffix, args=[assessment.pk])


@pytest.fixture
def editor_client(client):
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))
    return client


def test_editors_see_the_figures_and_a_chart_with_whole_number_ticks(editor_client, course_tree_with_attempts):
    html = editor_client.get(insight_url(course_tree_with_attempts.assessment)).content.decode()

    assert "12 marked attempts." in html
    assert "What do you do with a gift offered after clearance?" in html
    assert "60.0%" in html and "0.42" in html and "54.2%" in html
    assert html.count('<svg class="chart"') == 4
    assert ">0.5</text>" not in html  # the edited version's counts reach 1: no half-attempt tick


def test_the_assessment_header_menu_links_to_the_insight(editor_client, course_tree):
    html = editor_client.get(reverse("wagtailadmin_pages:edit", args=[course_tree.assessment.pk])).content.decode()
    assert insight_url(course_tree.assessment) in html


def test_people_who_cannot_edit_the_assessment_are_refused(client, course_tree_with_attempts):
    assessment = course_tree_with_attempts.assessment
    client.force_login(add_to_role(UserFactory(staff=True), LEARNERS))
    assert client.get(insight_url(assessment)).status_code in (302, 403)
    assert client.get(insight_url(assessment, "_csv")).status_code in (302, 403)
    client.logout()
    assert client.get(insight_url(assessment, "_csv")).status_code == 302


def test_the_language_filter_keeps_to_attempts_in_that_language(editor_client, course_tree_with_attempts):
    course_key = course_tree_with_attempts.course.translation_key
    add_attempts(course_key, UserFactory(), ATTEMPTS[:3], language="fr")

    french = editor_client.get(insight_url(course_tree_with_attempts.assessment) + "?attempt_language=fr")
    unknown = editor_client.get(insight_url(course_tree_with_attempts.assessment) + "?attempt_language=xx")

    assert "3 marked attempts." in french.content.decode()
    assert unknown.status_code == 400
    assert question_insight(course_key).attempts == 15


def test_the_csv_is_safe_against_spreadsheet_formulas(editor_client, course_tree):
    formula = {**CHOICE, "prompt": "=HYPERLINK(\"http://evil\")", "options": [
        {**CHOICE["options"][0], "text": "+1+1"}, *CHOICE["options"][1:]
    ]}  # fmt: skip
    add_attempts(course_tree.course.translation_key, UserFactory(), [(formula, "a", order("CBA"), "@SUM(A1)")])

    response = editor_client.get(insight_url(course_tree.assessment, "_csv"))

    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode().lstrip("\ufeff"))))
    assert rows[0][:3] == ["Question", "Version", "Type"]
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil")' in cells and "'+1+1" in cells and "'@sum(a1)" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
    choice_rows = [row for row in rows if row[2] == "single_choice"]
    assert [(row[7], row[9]) for row in choice_rows] == [("'+1+1", "1"), ("Accept it", "0"), ("Share it", "0")]


def test_the_page_costs_the_same_queries_for_12_attempts_as_for_60(editor_client, course_tree):
    course_key = course_tree.course.translation_key
    add_attempts(course_key, UserFactory(), ATTEMPTS)
    few = queries_for(editor_client, insight_url(course_tree.assessment))
    for batch in range(4):
        add_attempts(course_key, UserFactory(), ATTEMPTS, first_number=1 + 12 * (batch + 1))
    many = queries_for(editor_client, insight_url(course_tree.assessment))

    assert few == many
