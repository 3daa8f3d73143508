"""Demo steps for e-learning (order band 100–199): catalogue, the Arusha module, learners with progress.

Like home's steps, each one finds its objects by a fixed key (translation
key, email), creates what is missing and leaves the rest alone, so a second
run changes nothing. The fictional officers give coordinator reports and
their chart something to show; they cannot log in.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from accounts.models import PartnerAdministration
from home.demo import demo_step
from home.demo.builders import demo_translation_key, describe, ensure_page_with_translations, prepare_text
from home.demo.context import SOURCE_LANGUAGE
from home.demo.localized import in_block_format, translate_through_localize
from home.demo.people import NORVANIA
from knowledgebase.models import KeyFactor

from ..certification import issue_certificate
from ..models import AssessmentPage, CourseIndexPage, CoursePage, Enrolment, LessonPage, LessonProgress, QuizAttempt
from ..quiz import draw_snapshot
from ..scoring import score_attempt
from .texts.course import ASSESSMENT, CATALOGUE, COURSE
from .texts.lessons_en import LESSONS_EN
from .texts.lessons_es import LESSONS_ES
from .texts.lessons_fr import LESSONS_FR
from .texts.questions import QUESTIONS

TRANSLATED_LANGUAGES = ("fr", "es")
CATALOGUE_KEY = demo_translation_key("elearning.catalogue")
COURSE_KEY = demo_translation_key("elearning.integrity-in-customs")
ASSESSMENT_KEY = demo_translation_key("elearning.integrity-in-customs.assessment")


def lesson_key(number):
    return demo_translation_key(f"elearning.integrity-in-customs.lesson.{number}")


def block_id(name):
    """A fixed block id, the same in both languages, so a question is one question in English and French."""
    return str(demo_translation_key(f"elearning.integrity-in-customs.{name}"))


def question_block(number, question, language):
    text = question[language]
    value = {"prompt": text["prompt"], "explanation": text["explanation"], "points": question.get("points", 1)}
    if question["type"] == "true_false":
        value.update(
            statement_is_true=question["is_true"],
            feedback_if_true=text["feedback_if_true"],
            feedback_if_false=text["feedback_if_false"],
        )
    elif question["type"] == "matching":
        value["scoring"] = question["scoring"]
        value["pairs"] = [
            {
                "type": "item",
                "id": block_id(f"question.{number}.pair.{index}"),
                "value": {"item": item, "match": match, "feedback": ""},
            }
            for index, (item, match) in enumerate(text["pairs"])
        ]
    else:
        if "scoring" in question:
            value["scoring"] = question["scoring"]
        value["options"] = [
            {
                "type": "item",
                "id": block_id(f"question.{number}.option.{index}"),
                "value": {"text": option, "is_correct": index in question["correct"], "feedback": feedback},
            }
            for index, (option, feedback) in enumerate(text["options"])
        ]
    return {"type": question["type"], "id": block_id(f"question.{number}"), "value": value}


def question_pool(language):
    return [question_block(number, question, language) for number, question in enumerate(QUESTIONS, start=1)]


def key_factors(language):
    return list(KeyFactor.objects.filter(locale__language_code=language).order_by("number"))


def course_fields(language):
    text = prepare_text(COURSE[language])
    return {
        **{name: text[name] for name in ("title", "slug", "search_description", "introduction")},
        "overview": text["overview"],
        "learning_objectives": [{"type": "objective", "value": objective} for objective in text["learning_objectives"]],
        "key_factors": key_factors(language),
    }


def lesson_fields(lesson):
    text = prepare_text(lesson)
    return {name: text[name] for name in ("title", "slug", "introduction", "estimated_minutes", "body")}


def assessment_fields(language):
    return {**prepare_text(ASSESSMENT[language]), "questions": question_pool(language)}


def set_fields(page, fields):
    for name, value in fields.items():
        setattr(page, name, value)


def ensure_page(context, parent, page_class, key, fields, **settings):
    """The page with translation key `key` under `parent`, created and published when missing."""
    existing = page_class.objects.filter(translation_key=key, locale_id=parent.locale_id).first()
    if existing is not None:
        context.record_existing(describe(existing))
        return existing
    page = page_class(translation_key=key, locale_id=parent.locale_id, **settings)
    set_fields(page, fields)
    in_block_format(page)
    parent.add_child(instance=page)
    page.save_revision().publish()
    context.record_created(describe(page))
    return page


def ensure_translation(context, source, language, fields):
    """The translation of `source` into `language`, made through wagtail-localize when missing."""
    locale = context.locale(language)
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        context.record_existing(describe(existing))
        return existing.specific
    page = translate_through_localize(source, locale, lambda copy: set_fields(copy, fields)).specific
    context.record_created(describe(page))
    return page


@demo_step(order=100)
def build_course_catalogue(context):
    """Course catalogue in English, French and Spanish, in the main menu."""
    pages = ensure_page_with_translations(
        context, context.home_page, CourseIndexPage, CATALOGUE_KEY, CATALOGUE, show_in_menus=True
    )
    context.pages["courses"] = pages[SOURCE_LANGUAGE]


@demo_step(order=110)
def build_integrity_course(context):
    """The module "Integrity in Customs: the Revised Arusha Declaration" in English, French and Spanish."""
    course = ensure_page(
        context,
        context.pages["courses"],
        CoursePage,
        COURSE_KEY,
        course_fields(SOURCE_LANGUAGE),
        estimated_duration_minutes=150,
        sequential=True,
        pass_mark=70,
        certificate_enabled=True,
        certificate_validity_months=36,
        featured=True,
    )
    for language in TRANSLATED_LANGUAGES:
        ensure_translation(context, course, language, course_fields(language))
    lessons = []
    lesson_texts = zip(LESSONS_EN, LESSONS_FR, LESSONS_ES, strict=True)
    for number, (english, *translations) in enumerate(lesson_texts, start=1):
        lesson = ensure_page(context, course, LessonPage, lesson_key(number), lesson_fields(english))
        for language, text in zip(TRANSLATED_LANGUAGES, translations, strict=True):
            ensure_translation(context, lesson, language, lesson_fields(text))
        lessons.append(lesson)
    assessment = ensure_page(
        context,
        course,
        AssessmentPage,
        ASSESSMENT_KEY,
        assessment_fields(SOURCE_LANGUAGE),
        questions_per_attempt=10,
        attempt_limit=3,
        time_limit_minutes=30,
        review_policy="feedback",
        hold_review_until_final=True,
    )
    for language in TRANSLATED_LANGUAGES:
        ensure_translation(context, assessment, language, assessment_fields(language))
    context.pages["integrity_course"] = course
    context.pages["integrity_lessons"] = lessons
    context.pages["integrity_assessment"] = assessment
    context.note(f"E-learning: {course.url}  (coordinator reports: /en/learn/reports/)")


@dataclass(frozen=True)
class DemoOfficer:
    """A fictional officer and where they stand in the module."""

    first_name: str
    last_name: str
    administration: str
    lessons_done: int = 0
    scores: tuple = ()  # correct answers out of ten, one per submitted attempt
    days_ago: int = 0  # when the last step happened

    @property
    def email(self):
        return f"{self.first_name}.{self.last_name}@{self.administration.split()[0].lower()}.example".lower()


KASORIA = "Kasoria Customs and Excise Service"
PASSING_ANSWERS = 9  # right answers out of ten: at least 75 % however the points fall

DEMO_OFFICERS = (
    DemoOfficer("Astrid", "Lund", NORVANIA, lessons_done=10, scores=(PASSING_ANSWERS,), days_ago=160),
    DemoOfficer("Erik", "Dahl", NORVANIA, lessons_done=10, scores=(5, PASSING_ANSWERS), days_ago=95),
    DemoOfficer("Sofia", "Nilsen", NORVANIA, lessons_done=10, scores=(10,), days_ago=30),
    DemoOfficer("Henrik", "Aas", NORVANIA, lessons_done=10, scores=(PASSING_ANSWERS,), days_ago=8),
    DemoOfficer("Lars", "Eide", NORVANIA, lessons_done=6, days_ago=3),
    DemoOfficer("Maja", "Holm", NORVANIA, lessons_done=10, scores=(6,), days_ago=2),
    DemoOfficer("Noah", "Strand", NORVANIA),
    DemoOfficer("Ida", "Berge", NORVANIA),
    DemoOfficer("Amani", "Otieno", KASORIA, lessons_done=10, scores=(PASSING_ANSWERS,), days_ago=45),
)


def responses_with(snapshot, right_answers):
    """Answers to a drawn attempt with the first `right_answers` questions right and the others unanswered."""
    responses = {}
    for question in snapshot["questions"][:right_answers]:
        if question["type"] == "matching":
            responses[question["id"]] = {item["id"]: item["answer"] for item in question["items"]}
        else:
            responses[question["id"]] = [option["id"] for option in question["options"] if option["correct"]]
    return responses


def record_progress(user, course, lessons, lessons_done, moment):
    enrolment = Enrolment.objects.create(
        user=user,
        course_key=course.translation_key,
        enrolled_at=moment - timedelta(days=14),
        last_activity_at=moment if lessons_done else None,
        last_lesson_key=lessons[lessons_done - 1].translation_key if lessons_done else None,
    )
    LessonProgress.objects.bulk_create(
        LessonProgress(
            user=user, course_key=course.translation_key, lesson_key=lesson.translation_key, completed_at=moment
        )
        for lesson in lessons[:lessons_done]
    )
    return enrolment


def record_attempts(user, course, assessment, enrolment, scores, moment):
    """Submitted attempts with the given numbers of right answers; a pass completes the course."""
    for number, right_answers in enumerate(scores, start=1):
        started = moment - timedelta(days=len(scores) - number, minutes=25)
        snapshot = draw_snapshot(assessment, course)
        responses = responses_with(snapshot, right_answers)
        result = score_attempt(snapshot["questions"], responses, course.pass_mark)
        attempt = QuizAttempt.objects.create(
            user=user,
            course_key=course.translation_key,
            assessment=assessment,
            number=number,
            idempotency_key=demo_translation_key(f"elearning.demo-attempt.{user.email}.{number}"),
            language=SOURCE_LANGUAGE,
            status=QuizAttempt.Status.SUBMITTED,
            started_at=started,
            submitted_at=started + timedelta(minutes=20),
            snapshot=snapshot,
            responses=responses,
            question_scores=[
                {"id": question["id"], "credit": str(credit)}
                for question, credit in zip(snapshot["questions"], result.credits, strict=True)
            ],
            score=result.percentage,
            passed=result.passed,
        )
        if result.passed:
            enrolment.completed_at = attempt.submitted_at
            enrolment.save(update_fields=["completed_at"])
            issue_certificate(user, course, attempt, now=attempt.submitted_at)


@demo_step(order=150)
def enrol_demo_learners(context):
    """Enrolments and progress: the demo learner mid-course, and fictional officers for the reports."""
    course = context.pages["integrity_course"]
    lessons = context.pages["integrity_lessons"]
    assessment = context.pages["integrity_assessment"]
    now = timezone.now()

    learner = context.users.get("learner")
    if learner is not None:
        if Enrolment.objects.filter(user=learner, course_key=course.translation_key).exists():
            context.record_existing(f"enrolment of {learner.email}")
        else:
            record_progress(learner, course, lessons, 3, now - timedelta(days=1))
            context.record_created(f"enrolment of {learner.email} (3 lessons done)")

    user_model = get_user_model()
    for officer in DEMO_OFFICERS:
        if user_model.objects.filter(email=officer.email).exists():
            context.record_existing(f"demo officer {officer.email}")
            continue
        user = user_model.objects.create_user(
            email=officer.email,
            first_name=officer.first_name,
            last_name=officer.last_name,
            administration=PartnerAdministration.objects.get(name=officer.administration),
        )
        moment = now - timedelta(days=officer.days_ago)
        enrolment = record_progress(user, course, lessons, officer.lessons_done, moment)
        record_attempts(user, course, assessment, enrolment, officer.scores, moment)
        context.record_created(f"demo officer {officer.email}")


DEMO_STEPS = (build_course_catalogue, build_integrity_course, enrol_demo_learners)
