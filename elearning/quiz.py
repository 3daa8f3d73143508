"""Turning a question pool into an attempt, and an attempt back into what a learner may see.

`draw_snapshot` picks and shuffles the questions of one attempt and freezes
them, answer keys included, into the attempt's snapshot (server side only).
`questions_for_display` is the only view of a snapshot that templates get
while an attempt is open: it holds ids and texts, never a correct flag, a
feedback or an explanation. Matching choices get random ids per attempt, so
not even the order or the value of an <option> hints at the answer.
"""

import secrets
from fractions import Fraction

from django.utils.translation import gettext

from .models import ReviewPolicy
from .scoring import MATCHING, ORDERING, PARTIAL, SHORT_TEXT, SHORT_TEXT_MAX_LENGTH

RANDOM = secrets.SystemRandom()


def options_of(question_value):
    return [
        {
            "id": str(option.id),
            "text": option.value["text"],
            "correct": bool(option.value["is_correct"]),
            "feedback": option.value["feedback"],
        }
        for option in question_value["options"].bound_blocks
    ]


def true_false_options(question_value):
    statement_is_true = bool(question_value["statement_is_true"])
    return [
        {
            "id": "true",
            "text": gettext("True"),
            "correct": statement_is_true,
            "feedback": question_value["feedback_if_true"],
        },
        {
            "id": "false",
            "text": gettext("False"),
            "correct": not statement_is_true,
            "feedback": question_value["feedback_if_false"],
        },
    ]


def matching_parts(question_value, shuffle, rng):
    """Items to match and the choices offered, with per-attempt random choice ids."""
    pairs = list(question_value["pairs"].bound_blocks)
    choice_ids = {}
    for pair in pairs:
        choice_ids.setdefault(pair.value["match"], secrets.token_hex(6))
    items = [
        {
            "id": str(pair.id),
            "text": pair.value["item"],
            "answer": choice_ids[pair.value["match"]],
            "feedback": pair.value["feedback"],
        }
        for pair in pairs
    ]
    if shuffle:
        rng.shuffle(items)
    # Alphabetical, so the choices' order says nothing about which item they belong to.
    choices = [
        {"id": choice_id, "text": text}
        for text, choice_id in sorted(choice_ids.items(), key=lambda pair: pair[0].casefold())
    ]
    return items, choices


def ordering_steps(question_value, rng):
    """The steps as shown, always shuffled and never in the right order, and the right order of their ids."""
    steps = [{"id": str(step.id), "text": step.value} for step in question_value["steps"].bound_blocks]
    order = [step["id"] for step in steps]
    shown = list(steps)
    rng.shuffle(shown)
    if [step["id"] for step in shown] == order:
        # Shown in the right order, the question would answer itself.
        shown = shown[1:] + shown[:1]
    return shown, order


def snapshot_question(child, shuffle_options, rng):
    """One drawn question, frozen with its answer key."""
    value = child.value
    question = {
        "id": str(child.id),
        "type": child.block_type,
        "prompt": value["prompt"],
        "explanation": value["explanation"],
        "points": value["points"] or 1,
    }
    if child.block_type == MATCHING:
        question["scoring"] = value["scoring"]
        question["items"], question["choices"] = matching_parts(value, shuffle_options, rng)
        return question
    if child.block_type == "true_false":
        question["options"] = true_false_options(value)
        return question
    if child.block_type == ORDERING:
        question["scoring"] = value["scoring"]
        question["steps"], question["order"] = ordering_steps(value, rng)
        return question
    if child.block_type == SHORT_TEXT:
        question["accepted"] = list(value["accepted_answers"])
        return question
    options = options_of(value)
    if shuffle_options:
        rng.shuffle(options)
    question["options"] = options
    if child.block_type == "multiple_choice":
        question["scoring"] = value["scoring"]
    return question


def draw_snapshot(assessment, course, rng=RANDOM, pass_mark=None):
    """Draw this attempt's questions from the pool and freeze them with the rules in force.

    `pass_mark` is the course's, over all its languages (`CourseOutline.pass_mark`), so a
    translation with a lower pass mark cannot lower the bar; the course page's own by default.
    """
    pool = list(assessment.questions)
    count = min(assessment.questions_per_attempt, len(pool))
    positions = rng.sample(range(len(pool)), count)
    if not assessment.shuffle_questions:
        positions.sort()
    return {
        "assessment_title": assessment.title,
        "course_title": course.title,
        "questions": [snapshot_question(pool[position], assessment.shuffle_options, rng) for position in positions],
        "settings": {
            "pass_mark": pass_mark or course.pass_mark,
            "attempt_limit": assessment.attempt_limit,
            "time_limit_minutes": assessment.time_limit_minutes,
            "review_policy": assessment.review_policy,
            "hold_review_until_final": assessment.hold_review_until_final,
        },
    }


def field_name(question, item=None):
    return f"q-{question['id']}" + (f"-{item['id']}" if item else "")


def questions_for_display(snapshot, responses=None):
    """What the attempt page may show: ids and texts only, never an answer key.

    `responses` are the answers saved so far (the shape `parse_responses`
    returns), shown chosen, placed or typed again when the learner resumes.
    """
    responses = responses or {}
    shown = []
    for number, question in enumerate(snapshot["questions"], start=1):
        public = {
            "number": number,
            "type": question["type"],
            "prompt": question["prompt"],
            "points": question["points"],
            "field_name": field_name(question),
            "multiple": question["type"] == "multiple_choice",
        }
        saved = responses.get(question["id"])
        if question["type"] == MATCHING:
            saved = saved if isinstance(saved, dict) else {}
            # Not "items": templates would find dict.items() on every other question.
            public["matches"] = [
                {
                    "id": item["id"],
                    "text": item["text"],
                    "field_name": field_name(question, item),
                    "chosen": saved.get(item["id"], ""),
                }
                for item in question["items"]
            ]
            public["choices"] = [{"id": choice["id"], "text": choice["text"]} for choice in question["choices"]]
        elif question["type"] == ORDERING:
            saved = saved if isinstance(saved, dict) else {}
            public["steps"] = [
                {
                    "id": step["id"],
                    "text": step["text"],
                    "field_name": field_name(question, step),
                    "position": saved.get(step["id"]),
                }
                for step in question["steps"]
            ]
            public["positions"] = list(range(1, len(question["steps"]) + 1))
        elif question["type"] == SHORT_TEXT:
            public["text"] = saved if isinstance(saved, str) else ""
            public["max_length"] = SHORT_TEXT_MAX_LENGTH
        else:
            saved = saved if isinstance(saved, list) else []
            public["options"] = [
                {"id": option["id"], "text": option["text"], "chosen": option["id"] in saved}
                for option in question["options"]
            ]
        shown.append(public)
    return shown


def chosen_positions(question, data):
    """{step id: position} for each step given a whole number within 1…n; anything else is dropped."""
    allowed = {str(position): position for position in range(1, len(question["steps"]) + 1)}
    positions = {}
    for step in question["steps"]:
        value = (data.get(field_name(question, step)) or "").strip()
        if value in allowed:
            positions[step["id"]] = allowed[value]
    return positions


def typed_text(question, data):
    """The typed answer, trimmed, and cut to one character over the limit so an overlong one stays wrong."""
    return (data.get(field_name(question)) or "").strip()[: SHORT_TEXT_MAX_LENGTH + 1]


# Longer than any option id, choice id or short answer; a longer value is not an answer.
MAX_ANSWER_LENGTH = 1000


def unknown_answer_fields(snapshot, data):
    """The answer fields in `data` (named "q-…") that belong to no question of this attempt, or are too long.

    Saving answers refuses these with a 400 rather than dropping them quietly:
    they mean a stale page or a forged request, and the learner should know
    their answers were not saved. A field belongs to a question when it is
    the question's field or one of its parts ("q-<question>-<part>").
    """
    names = [field_name(question) for question in snapshot["questions"]]
    unknown = []
    for name in data:
        if not name.startswith("q-"):
            continue
        belongs = any(name == known or name.startswith(known + "-") for known in names)
        if not belongs or any(len(value) > MAX_ANSWER_LENGTH for value in data.getlist(name)):
            unknown.append(name)
    return unknown


def parse_responses(snapshot, data):
    """The learner's answers from the submitted form, keeping only ids this attempt offered.

    The one place form fields become answers: submitting and saving on the way both go through it.
    """
    responses = {}
    for question in snapshot["questions"]:
        if question["type"] == ORDERING:
            responses[question["id"]] = chosen_positions(question, data)
            continue
        if question["type"] == SHORT_TEXT:
            responses[question["id"]] = typed_text(question, data)
            continue
        if question["type"] == MATCHING:
            offered = {choice["id"] for choice in question["choices"]}
            chosen = {item["id"]: data.get(field_name(question, item)) for item in question["items"]}
            responses[question["id"]] = {item: choice for item, choice in chosen.items() if choice in offered}
            continue
        offered = [option["id"] for option in question["options"]]
        selected = [value for value in data.getlist(field_name(question)) if value in offered]
        if question["type"] != "multiple_choice":
            selected = selected[:1]
        responses[question["id"]] = list(dict.fromkeys(selected))
    return responses


def outcome(credit):
    if credit == 1:
        return "correct"
    return "partly_correct" if credit > 0 else "incorrect"


def reviewed_order(question, response):
    """The steps in the right order, each with the position the learner gave it."""
    positions = response if isinstance(response, dict) else {}
    texts = {step["id"]: step["text"] for step in question["steps"]}
    return {
        "steps": [
            {"text": texts[step_id], "right_position": index, "given_position": positions.get(step_id)}
            for index, step_id in enumerate(question["order"], start=1)
        ]
    }


def review_questions(attempt, policy):
    """Each question as the learner may now review it, under `policy` (a ReviewPolicy value)."""
    if policy == ReviewPolicy.SCORE:
        return []
    with_feedback = policy == ReviewPolicy.FEEDBACK
    reviewed = []
    for number, (question, marked) in enumerate(
        zip(attempt.snapshot["questions"], attempt.question_scores, strict=True), 1
    ):
        response = attempt.responses.get(question["id"])
        row = {
            "number": number,
            "prompt": question["prompt"],
            "type": question["type"],
            "outcome": outcome(Fraction(marked["credit"])),
            "partial_scoring": question.get("scoring") == PARTIAL,
            "explanation": question["explanation"] if with_feedback else "",
        }
        if question["type"] == MATCHING:
            choices = {choice["id"]: choice["text"] for choice in question["choices"]}
            response = response or {}
            row["matches"] = [
                {
                    "text": item["text"],
                    "chosen": choices.get(response.get(item["id"]), ""),
                    "answer": choices[item["answer"]],
                    "correct": response.get(item["id"]) == item["answer"],
                    "feedback": item["feedback"] if with_feedback else "",
                }
                for item in question["items"]
            ]
        elif question["type"] == ORDERING:
            row.update(reviewed_order(question, response))
        elif question["type"] == SHORT_TEXT:
            row["typed"] = response if isinstance(response, str) else ""
            row["accepted"] = question["accepted"]
        else:
            chosen = set(response or [])
            row["options"] = [
                {
                    "text": option["text"],
                    "chosen": option["id"] in chosen,
                    "correct": option["correct"],
                    "feedback": option["feedback"] if with_feedback and option["id"] in chosen else "",
                }
                for option in question["options"]
            ]
        reviewed.append(row)
    return reviewed
