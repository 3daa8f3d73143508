"""Factories for courses, question pools and learner records, plus helpers to answer a quiz.

`build_course()` makes a catalogue, a course, its lessons and an assessment
on a working site, so tests, the demo and the benchmark start from the same
shapes. Question helpers produce StreamField data with fixed block ids, the
way the admin stores it.
"""

import uuid
from dataclasses import dataclass, field

import factory
import wagtail_factories
from django.utils import timezone

from accounts.factories import UserFactory
from home.factories import build_site

from .models import AssessmentPage, Certificate, CourseIndexPage, CoursePage, Enrolment, LessonPage, Scoring

__all__ = [
    "AssessmentPageFactory",
    "CertificateFactory",
    "CourseIndexPageFactory",
    "CoursePageFactory",
    "CourseTree",
    "EnrolmentFactory",
    "LessonPageFactory",
    "answer_form_data",
    "build_course",
    "matching",
    "multiple_choice",
    "ordering",
    "sample_question_pool",
    "short_text",
    "single_choice",
    "true_false",
]


def block_id():
    return str(uuid.uuid4())


def list_item(value):
    return {"type": "item", "value": value, "id": block_id()}


def choice_options(options):
    """(text, is_correct[, feedback]) tuples as ListBlock items."""
    return [
        list_item({"text": text, "is_correct": correct, "feedback": rest[0] if rest else ""})
        for text, correct, *rest in options
    ]


def single_choice(prompt, options, explanation="", points=1, question_id=None):
    return {
        "type": "single_choice",
        "id": question_id or block_id(),
        "value": {"prompt": prompt, "explanation": explanation, "points": points, "options": choice_options(options)},
    }


def multiple_choice(prompt, options, scoring=Scoring.ALL_OR_NOTHING, explanation="", points=1, question_id=None):
    return {
        "type": "multiple_choice",
        "id": question_id or block_id(),
        "value": {
            "prompt": prompt,
            "explanation": explanation,
            "points": points,
            "scoring": scoring,
            "options": choice_options(options),
        },
    }


def true_false(prompt, is_true, feedback_if_true="", feedback_if_false="", explanation="", points=1, question_id=None):
    return {
        "type": "true_false",
        "id": question_id or block_id(),
        "value": {
            "prompt": prompt,
            "explanation": explanation,
            "points": points,
            "statement_is_true": is_true,
            "feedback_if_true": feedback_if_true,
            "feedback_if_false": feedback_if_false,
        },
    }


def matching(prompt, pairs, scoring=Scoring.PARTIAL, explanation="", points=1, question_id=None):
    """`pairs` are (item, match[, feedback]) tuples."""
    return {
        "type": "matching",
        "id": question_id or block_id(),
        "value": {
            "prompt": prompt,
            "explanation": explanation,
            "points": points,
            "scoring": scoring,
            "pairs": [
                list_item({"item": item, "match": match, "feedback": rest[0] if rest else ""})
                for item, match, *rest in pairs
            ],
        },
    }


def ordering(prompt, steps, scoring=Scoring.PARTIAL, explanation="", points=1, question_id=None):
    """`steps` in the right order."""
    return {
        "type": "ordering",
        "id": question_id or block_id(),
        "value": {
            "prompt": prompt,
            "explanation": explanation,
            "points": points,
            "scoring": scoring,
            "steps": [list_item(step) for step in steps],
        },
    }


def short_text(prompt, accepted_answers, explanation="", points=1, question_id=None):
    return {
        "type": "short_text",
        "id": question_id or block_id(),
        "value": {
            "prompt": prompt,
            "explanation": explanation,
            "points": points,
            "accepted_answers": [list_item(answer) for answer in accepted_answers],
        },
    }


def sample_question_pool():
    """One question of each type, with feedback and explanations that tests can look for."""
    return [
        single_choice(
            "A broker offers you a gift after clearance. What do you do?",
            [
                ("Refuse it and report the offer", True, "FEEDBACK-refuse: reporting protects you."),
                ("Accept it, clearance is over", False, "FEEDBACK-accept: gifts linked to duties are never ok."),
                ("Accept it and share it with colleagues", False, "FEEDBACK-share: sharing does not make it right."),
            ],
            explanation="EXPLANATION-gift: gifts linked to official duties must be refused and reported.",
        ),
        multiple_choice(
            "Which measures reduce opportunities for corruption?",
            [
                ("Electronic payment of duties", True, "FEEDBACK-epay"),
                ("Rotation of officers", True, "FEEDBACK-rotation"),
                ("Cash payments at the counter", False, "FEEDBACK-cash"),
            ],
            scoring=Scoring.PARTIAL,
            explanation="EXPLANATION-measures",
        ),
        true_false(
            "Publishing service standards is part of transparency.",
            True,
            feedback_if_true="FEEDBACK-true",
            feedback_if_false="FEEDBACK-false",
            explanation="EXPLANATION-transparency",
        ),
        matching(
            "Match each practice with its key factor.",
            [
                ("Online advance rulings", "Transparency", "FEEDBACK-rulings"),
                ("Single window", "Automation"),
                ("Asset declarations", "Code of Conduct"),
            ],
            explanation="EXPLANATION-matching",
            points=2,
        ),
    ]


class CourseIndexPageFactory(wagtail_factories.PageFactory):
    title = "Courses"
    slug = factory.Sequence(lambda n: f"courses-{n}")
    introduction = "Integrity modules for customs officers."

    class Meta:
        model = CourseIndexPage


class CoursePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Integrity course {n}")
    slug = factory.Sequence(lambda n: f"integrity-course-{n}")
    introduction = "What integrity means at the border."
    estimated_duration_minutes = 45
    pass_mark = 70
    certificate_enabled = True

    class Meta:
        model = CoursePage


class LessonPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Lesson {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    introduction = "Why this matters."
    body = factory.LazyFunction(lambda: [{"type": "rich_text", "value": "<p>Integrity is a daily choice.</p>"}])
    estimated_minutes = 10

    class Meta:
        model = LessonPage


class AssessmentPageFactory(wagtail_factories.PageFactory):
    title = "Final assessment"
    slug = factory.Sequence(lambda n: f"assessment-{n}")
    questions = factory.LazyFunction(sample_question_pool)
    questions_per_attempt = 4
    attempt_limit = 3

    class Meta:
        model = AssessmentPage


class EnrolmentFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    course_key = factory.LazyFunction(uuid.uuid4)

    class Meta:
        model = Enrolment


class CertificateFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    course_key = factory.LazyFunction(uuid.uuid4)
    course_title = "Integrity in customs"
    holder_name = factory.LazyAttribute(lambda certificate: certificate.user.get_full_name())
    language = "en"
    issued_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Certificate


@dataclass
class CourseTree:
    home: object
    index: CourseIndexPage
    course: CoursePage
    lessons: list = field(default_factory=list)
    assessment: AssessmentPage | None = None


def build_course(lesson_count=2, with_assessment=True, home=None, assessment_fields=None, **course_fields):
    """A site with a catalogue holding one course, its lessons and (by default) an assessment."""
    if home is None:
        home, _french_home = build_site()
    index = CourseIndexPage.objects.child_of(home).first() or CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, **course_fields)
    lessons = [LessonPageFactory(parent=course) for _ in range(lesson_count)]
    assessment = AssessmentPageFactory(parent=course, **(assessment_fields or {})) if with_assessment else None
    return CourseTree(home=home, index=index, course=course, lessons=lessons, assessment=assessment)


def answer_form_data(snapshot, correct=True):
    """The POST data of an attempt form answering every question right (or every question wrong)."""
    data = {}
    for question in snapshot["questions"]:
        if question["type"] == "matching":
            for item in question["items"]:
                wrong = next(choice["id"] for choice in question["choices"] if choice["id"] != item["answer"])
                data[f"q-{question['id']}-{item['id']}"] = item["answer"] if correct else wrong
            continue
        if question["type"] == "ordering":
            order = question["order"] if correct else list(reversed(question["order"]))
            for position, step_id in enumerate(order, start=1):
                data[f"q-{question['id']}-{step_id}"] = str(position)
            continue
        if question["type"] == "short_text":
            data[f"q-{question['id']}"] = question["accepted"][0] if correct else "not an accepted answer"
            continue
        chosen = [option["id"] for option in question["options"] if option["correct"] == correct]
        data[f"q-{question['id']}"] = chosen if question["type"] == "multiple_choice" else chosen[:1]
    return data
