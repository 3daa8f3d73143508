"""How each question performs, computed from the attempt snapshots.

Every marked attempt froze the questions it showed (`elearning.quiz`) and
its marks per question, so statistics read only attempts, never the current
question pool: a question edited after some attempts appears once per
*version*, a short hash of what the learner saw and how it was marked
(`version_of`). Feedback and explanations are left out of the hash: they
are shown only after marking and do not change how a question performs.

For each version:

- attempts: the marked attempts that showed it;
- facility: its mean credit over those attempts (0 to 1), which for all or
  nothing questions is the share answered right;
- discrimination: facility in the top third minus facility in the bottom
  third. The thirds are taken over all marked attempts in scope (the
  assessment, in one language or all), ranked by score, highest first; ties
  are ranked by submission time, earlier first, then by attempt id, so the
  ranking is the same every time. With n attempts each third holds n // 3 of
  them (12 attempts: ranks 1–4 and 9–12); a third that holds no attempt
  showing the question leaves its discrimination undefined (None);
- option frequencies: how many attempts chose each option (for matching,
  each item → match; for ordering, each step → position; for short text,
  each answer as folded for marking).

The attempts are read in one pass over a single query, so the cost stays
flat however many there are.
"""

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache

from .models import QuizAttempt
from .scoring import MATCHING, ORDERING, SHORT_TEXT, fold_text

VERSION_LENGTH = 10


def canonical_content(question):
    """What identifies a version: the question as learners saw it and its key, free of per-attempt shuffles."""
    content = {
        "type": question["type"],
        "prompt": question["prompt"],
        "points": question["points"],
        "scoring": question.get("scoring"),
    }
    if question["type"] == MATCHING:
        choices = {choice["id"]: choice["text"] for choice in question["choices"]}
        content["items"] = sorted((item["id"], item["text"], choices[item["answer"]]) for item in question["items"])
    elif question["type"] == ORDERING:
        texts = {step["id"]: step["text"] for step in question["steps"]}
        content["order"] = [(step_id, texts[step_id]) for step_id in question["order"]]
    elif question["type"] == SHORT_TEXT:
        content["accepted"] = question["accepted"]
    else:
        content["options"] = sorted((option["id"], option["text"], option["correct"]) for option in question["options"])
    return content


def frozen(value):
    """A hashable copy of canonical content (lists and dicts as tuples), so equal versions hash once."""
    if isinstance(value, dict):
        return tuple((key, frozen(item)) for key, item in sorted(value.items()))
    if isinstance(value, list | tuple):
        return tuple(frozen(item) for item in value)
    return value


@lru_cache(maxsize=4096)
def hashed(content):
    encoded = json.dumps(content, ensure_ascii=False).encode()
    return hashlib.sha256(encoded).hexdigest()[:VERSION_LENGTH]


def version_of(question):
    """Thousands of attempts repeat a few versions: the hash is computed once per distinct content."""
    return hashed(frozen(canonical_content(question)))


def chosen_options(question, response):
    """(label, is part of the key) for each thing this response chose."""
    if question["type"] == MATCHING:
        chosen = response if isinstance(response, dict) else {}
        choices = {choice["id"]: choice["text"] for choice in question["choices"]}
        return [
            (f"{item['text']} → {choices[chosen[item['id']]]}", chosen[item["id"]] == item["answer"])
            for item in question["items"]
            if chosen.get(item["id"]) in choices
        ]
    if question["type"] == ORDERING:
        positions = response if isinstance(response, dict) else {}
        right = {step_id: index for index, step_id in enumerate(question["order"], start=1)}
        return [
            (f"{step['text']} → {positions[step['id']]}", positions[step["id"]] == right[step["id"]])
            for step in question["steps"]
            if step["id"] in positions
        ]
    if question["type"] == SHORT_TEXT:
        typed = fold_text(response) if isinstance(response, str) else ""
        accepted = {fold_text(answer) for answer in question["accepted"]}
        return [(typed, typed in accepted)] if typed else []
    selected = set(response) if isinstance(response, list) else set()
    return [(option["text"], option["correct"]) for option in question["options"] if option["id"] in selected]


def key_options(question):
    """The options listed even when nobody chose them: every choice option, and the key of the other types."""
    if question["type"] == MATCHING:
        choices = {choice["id"]: choice["text"] for choice in question["choices"]}
        return [(f"{item['text']} → {choices[item['answer']]}", True) for item in question["items"]]
    if question["type"] == ORDERING:
        texts = {step["id"]: step["text"] for step in question["steps"]}
        return [(f"{texts[step_id]} → {index}", True) for index, step_id in enumerate(question["order"], start=1)]
    if question["type"] == SHORT_TEXT:
        return [(fold_text(answer), True) for answer in question["accepted"]]
    return [(option["text"], option["correct"]) for option in question["options"]]


def mean_credit(counts):
    """The exact mean of credits counted as {"1/3": 2, "1": 5, …}; None for no attempts."""
    attempts = counts.total()
    if not attempts:
        return None
    return sum((Fraction(credit) * times for credit, times in counts.items()), Fraction(0)) / attempts


@dataclass
class OptionCount:
    label: str
    is_key: bool
    chosen: int = 0


@dataclass
class QuestionVersion:
    question_id: str
    version: str
    type: str
    prompt: str
    languages: set = field(default_factory=set)
    # How many attempts earned each credit ("1", "1/3"…), overall and in each third: summed once, exactly, at the end.
    credits: Counter = field(default_factory=Counter)
    top_credits: Counter = field(default_factory=Counter)
    bottom_credits: Counter = field(default_factory=Counter)
    options: dict = field(default_factory=dict)

    @property
    def attempts(self):
        return self.credits.total()

    @property
    def facility(self):
        return mean_credit(self.credits)

    @property
    def discrimination(self):
        top, bottom = mean_credit(self.top_credits), mean_credit(self.bottom_credits)
        return None if top is None or bottom is None else top - bottom

    def option_rows(self):
        """Options with their counts and share of this version's attempts, key first, then most chosen."""
        rows = sorted(self.options.values(), key=lambda option: (not option.is_key, -option.chosen, option.label))
        return [(option, Fraction(option.chosen, self.attempts) if self.attempts else None) for option in rows]

    def count(self, label, is_key):
        option = self.options.setdefault(label, OptionCount(label, is_key))
        option.chosen += 1


@dataclass
class AssessmentInsight:
    attempts: int
    third_size: int
    questions: list


def marked_attempts(course_key, language=None):
    """The attempts with marks, best first, in the order that decides the thirds."""
    attempts = QuizAttempt.objects.filter(course_key=course_key, score__isnull=False)
    if language:
        attempts = attempts.filter(language=language)
    return attempts.order_by("-score", "submitted_at", "id")


def question_insight(course_key, language=None):
    """Statistics for every question version shown in the course's marked attempts."""
    attempts = marked_attempts(course_key, language)
    total = attempts.count()
    third = total // 3
    versions = {}
    rows = attempts.values_list("language", "snapshot", "responses", "question_scores").iterator(chunk_size=500)
    for rank, (attempt_language, snapshot, responses, marks) in enumerate(rows):
        in_top, in_bottom = rank < third, rank >= total - third
        for question, mark in zip(snapshot["questions"], marks, strict=False):
            version = version_of(question)
            stats = versions.get((question["id"], version))
            if stats is None:
                stats = versions[(question["id"], version)] = QuestionVersion(
                    question["id"], version, question["type"], question["prompt"]
                )
                for label, is_key in key_options(question):
                    stats.options.setdefault(label, OptionCount(label, is_key))
            credit = mark["credit"]
            stats.languages.add(attempt_language)
            stats.credits[credit] += 1
            if in_top:
                stats.top_credits[credit] += 1
            if in_bottom:
                stats.bottom_credits[credit] += 1
            for label, is_key in chosen_options(question, responses.get(question["id"])):
                stats.count(label, is_key)
    questions = sorted(versions.values(), key=lambda stats: (stats.prompt.casefold(), stats.version))
    return AssessmentInsight(attempts=total, third_size=third, questions=questions)
