"""A learner takes the assessment with the keyboard alone, and always sees where the focus is.

No mouse: Tab and Shift+Tab move between controls, Space ticks a checkbox or
a radio button, the arrow keys move within a radio group and pick an option
of a closed list, Enter starts the attempt and submits the answers. At every
stop the focused control must show a visible focus indicator (an outline or
a box shadow), read from the browser's computed style.
"""

import re
import uuid

import pytest

from accounts.factories import KNOWN_PASSWORD, UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import build_course
from elearning.learner_progress import complete_lesson, enrol
from elearning.models import QuizAttempt

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

MAX_TABS = 60
FOCUS_STYLE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    return {
        tag: element.tagName.toLowerCase(),
        type: element.type || "",
        name: element.name || "",
        value: element.value || "",
        checked: Boolean(element.checked),
        text: (element.innerText || "").trim(),
        outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== "none",
    };
}"""


@pytest.fixture
def learner_ready_for_the_assessment(transactional_db):
    tree = build_course(lesson_count=1, assessment_fields={"shuffle_questions": False})
    learner = add_to_role(UserFactory(email="keyboard.learner@customs.example"), LEARNERS)
    enrolment, _created = enrol(learner, tree.course)
    complete_lesson(learner, enrolment, tree.lessons[0])
    return learner, tree.assessment


def focused(page):
    """What has the focus; fails unless it shows a visible focus indicator."""
    state = page.evaluate(FOCUS_STYLE)
    assert state["outline"] or state["shadow"], f"no visible focus on {state}"
    return state


def tab_until(page, matches, key="Tab"):
    """Press Tab (or Shift+Tab) until the focused element satisfies `matches`; returns its state."""
    for _ in range(MAX_TABS):
        page.keyboard.press(key)
        state = page.evaluate(FOCUS_STYLE)
        if matches(state):
            return focused(page)
    raise AssertionError(f"{key} never reached the wanted control")


def log_in_with_the_keyboard(page, base_url, email):
    page.goto(f"{base_url}/en/accounts/login/")
    tab_until(page, lambda state: state["name"] == "login")
    page.keyboard.type(email)
    tab_until(page, lambda state: state["name"] == "password")
    page.keyboard.type(KNOWN_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(f"{base_url}/en/learn/")  # a learner lands on their learning


def answer_radio_group(page, question, wanted):
    """Tab into the group (focus lands on its first radio), then arrow down to the wanted one."""
    field = f"q-{question['id']}"
    state = tab_until(page, lambda state: state["name"] == field)
    page.keyboard.press("Space")
    for _ in question["options"]:
        if state["value"] == wanted:
            return
        page.keyboard.press("ArrowDown")
        state = focused(page)
    raise AssertionError(f"the arrow keys never reached option {wanted}")


def answer_checkboxes(page, question, wanted):
    field = f"q-{question['id']}"
    for index, _option in enumerate(question["options"]):
        state = tab_until(page, lambda state: state["name"] == field) if index == 0 else focused_after_tab(page)
        if state["value"] in wanted:
            page.keyboard.press("Space")


def focused_after_tab(page):
    page.keyboard.press("Tab")
    return focused(page)


def answer_matching(page, question):
    for item in question["items"]:
        field = f"q-{question['id']}-{item['id']}"
        state = tab_until(page, lambda state, field=field: state["name"] == field)
        for _ in question["choices"]:
            if state["value"] == item["answer"]:
                break
            page.keyboard.press("ArrowDown")
            state = focused(page)
        assert state["value"] == item["answer"], f"could not pick the answer for {field}"


def test_a_learner_passes_the_assessment_with_the_keyboard_only(page, live_server, learner_ready_for_the_assessment):
    learner, assessment = learner_ready_for_the_assessment
    log_in_with_the_keyboard(page, live_server.url, learner.email)

    page.goto(live_server.url + assessment.url)
    tab_until(page, lambda state: state["tag"] == "button" and state["text"].startswith("Start"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/learn/attempts/[0-9a-f-]+/$"))
    attempt = QuizAttempt.objects.get(pk=uuid.UUID(page.url.rstrip("/").rsplit("/", 1)[1]))

    for question in attempt.snapshot["questions"]:
        if question["type"] == "matching":
            answer_matching(page, question)
            continue
        correct = [option["id"] for option in question["options"] if option["correct"]]
        if question["type"] == "multiple_choice":
            answer_checkboxes(page, question, correct)
        else:
            answer_radio_group(page, question, correct[0])

    submit = tab_until(page, lambda state: state["tag"] == "button" and state["text"] == "Submit my answers")
    assert submit["type"] == "submit"
    last_control = tab_until(page, lambda state: state["tag"] == "select", key="Shift+Tab")
    assert last_control["value"], "Shift+Tab went back to the last answer, still chosen"
    tab_until(page, lambda state: state["tag"] == "button" and state["text"] == "Submit my answers")
    page.keyboard.press("Enter")

    page.wait_for_url(re.compile(r"/result/$"))
    verdict = page.locator(".result__verdict").inner_text()
    assert "✓ Passed" in verdict and "Your score: 100%" in verdict
    attempt.refresh_from_db()
    assert attempt.status == QuizAttempt.Status.SUBMITTED
