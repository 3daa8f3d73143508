"""Marking an attempt: pure functions of the snapshot and the learner's answers.

Nothing here touches the database or the request, so every rule is unit
tested on its own and the server can only ever mark what was actually shown.

A question's *credit* is a fraction between 0 and 1; its weight is its
points. The attempt's score is the weighted share of credit, as a
percentage rounded half up to two decimals, and it passes when it reaches
the pass mark.

Snapshot questions (see `elearning.quiz`) look like::

    {"id": …, "type": "single_choice" | "multiple_choice" | "true_false",
     "points": 1, "scoring": "all_or_nothing" | "partial",
     "options": [{"id": …, "correct": bool, …}, …]}
    {"id": …, "type": "matching", "points": 2, "scoring": …,
     "items": [{"id": …, "answer": <choice id>, …}, …], "choices": [{"id": …}, …]}

    {"id": …, "type": "ordering", "points": 1, "scoring": …,
     "steps": [{"id": …, "text": …}, …] (as shown), "order": [step ids, right order]}
    {"id": …, "type": "short_text", "points": 1, "accepted": [answers as written]}

and answers are `{question id: [option ids]}`; for matching
`{question id: {item id: choice id}}`; for ordering `{question id: {step id: position}}`
(positions from 1); for short text `{question id: "the typed text"}`.
"""

import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

ALL_OR_NOTHING = "all_or_nothing"
PARTIAL = "partial"
MATCHING = "matching"
ORDERING = "ordering"
SHORT_TEXT = "short_text"
# Longer answers are stored cut to one character more than this and earn nothing.
SHORT_TEXT_MAX_LENGTH = 200
NO_CREDIT = Fraction(0)
FULL_CREDIT = Fraction(1)


@dataclass(frozen=True)
class AttemptScore:
    credits: list
    percentage: Decimal
    passed: bool


def choice_credit(question, selected_ids):
    """Single choice and true/false: full credit for exactly the correct option.

    Multiple choice, all or nothing: full credit only for exactly the correct
    set. With partial credit: each correct option picked earns its share and
    each wrong one picked takes a share away, never below zero, so ticking
    every box earns nothing.
    """
    correct = {option["id"] for option in question["options"] if option["correct"]}
    offered = {option["id"] for option in question["options"]}
    selected = set(selected_ids) & offered
    if question.get("scoring") != PARTIAL:
        return FULL_CREDIT if selected == correct else NO_CREDIT
    hits = len(selected & correct)
    wrong_picks = len(selected - correct)
    return max(NO_CREDIT, Fraction(hits - wrong_picks, len(correct)))


def matching_credit(question, chosen):
    """All or nothing: every item matched right. Partial: the share of items matched right."""
    items = question["items"]
    right = sum(1 for item in items if chosen.get(item["id"]) == item["answer"])
    if question.get("scoring") == PARTIAL:
        return Fraction(right, len(items))
    return FULL_CREDIT if right == len(items) else NO_CREDIT


def learner_order(steps, positions):
    """The step ids in the order the learner gave, or None unless positions 1…n are each used once."""
    by_position = {positions.get(step["id"]): step["id"] for step in steps}
    expected = range(1, len(steps) + 1)
    if len(by_position) != len(steps) or set(by_position) != set(expected):
        return None
    return [by_position[position] for position in expected]


def ordering_credit(question, positions):
    """All or nothing: the whole order right. Partial: the share of neighbouring pairs in order.

    A pair counts when step B, which follows step A in the right order, comes
    straight after A in the learner's order: for A B C D, the answer B C D A
    keeps B-C and C-D, so 2 of 3 pairs. Unless every step has its own
    position from 1 to n (a duplicate, a gap or a step left out), the answer
    earns nothing.
    """
    given = learner_order(question["steps"], positions)
    right = question["order"]
    if given is None:
        return NO_CREDIT
    if question.get("scoring") != PARTIAL:
        return FULL_CREDIT if given == right else NO_CREDIT
    followers = dict(zip(given, given[1:], strict=False))
    kept = sum(1 for first, second in zip(right, right[1:], strict=False) if followers.get(first) == second)
    return Fraction(kept, len(right) - 1)


def fold_text(text):
    """Text as compared: accents dropped, case folded, spaces collapsed ("  Déclaration " → "declaration")."""
    decomposed = unicodedata.normalize("NFKD", text)
    unaccented = "".join(character for character in decomposed if not unicodedata.combining(character))
    return " ".join(unaccented.casefold().split())


def short_text_credit(question, text):
    """Full credit when the folded answer equals a folded accepted answer; an overlong one earns nothing."""
    if len(text) > SHORT_TEXT_MAX_LENGTH or not fold_text(text):
        return NO_CREDIT
    accepted = {fold_text(answer) for answer in question["accepted"]}
    return FULL_CREDIT if fold_text(text) in accepted else NO_CREDIT


def question_credit(question, response):
    """Credit for one question; a missing or malformed answer earns nothing."""
    if question["type"] == MATCHING:
        return matching_credit(question, response if isinstance(response, dict) else {})
    if question["type"] == ORDERING:
        return ordering_credit(question, response if isinstance(response, dict) else {})
    if question["type"] == SHORT_TEXT:
        return short_text_credit(question, response if isinstance(response, str) else "")
    return choice_credit(question, response if isinstance(response, list) else [])


def percentage(credits, weights):
    total = sum(weights)
    if not total:
        return Decimal("0.00")
    share = sum(credit * weight for credit, weight in zip(credits, weights, strict=True)) / total
    return (Decimal(share.numerator) * 100 / Decimal(share.denominator)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )


def score_attempt(questions, responses, pass_mark):
    """Mark every question of an attempt and decide whether it passes."""
    credits = [question_credit(question, responses.get(question["id"])) for question in questions]
    score = percentage(credits, [question["points"] for question in questions])
    return AttemptScore(credits=credits, percentage=score, passed=score >= Decimal(pass_mark))
