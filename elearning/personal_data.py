"""A learner's e-learning records for "Download my data".

Attempts are exported as the questions the learner saw and the answers they
gave, never with the answer keys: the export must not become a way around
an assessment's review policy.
"""

from .models import Accommodation, Certificate, Enrolment, LessonProgress, QuizAttempt


def exported_answers(attempt):
    answers = []
    for question in attempt.snapshot["questions"]:
        response = attempt.responses.get(question["id"])
        if question["type"] == "matching":
            choices = {choice["id"]: choice["text"] for choice in question["choices"]}
            given = {item["text"]: choices.get((response or {}).get(item["id"]), "") for item in question["items"]}
        else:
            chosen = set(response or [])
            given = [option["text"] for option in question["options"] if option["id"] in chosen]
        answers.append({"question": question["prompt"], "answer": given})
    return answers


def learning_records(user):
    """The `register_personal_data` hook: enrolments, lesson progress, attempts, certificates, accommodations."""
    return "learning", {
        "enrolments": [
            {
                "course_key": enrolment.course_key,
                "enrolled_at": enrolment.enrolled_at,
                "how": enrolment.source,
                "last_activity_at": enrolment.last_activity_at,
                "completed_at": enrolment.completed_at,
            }
            for enrolment in Enrolment.objects.filter(user=user).order_by("enrolled_at")
        ],
        "completed_lessons": [
            {
                "course_key": progress.course_key,
                "lesson_key": progress.lesson_key,
                "completed_at": progress.completed_at,
            }
            for progress in LessonProgress.objects.filter(user=user).order_by("completed_at")
        ],
        "assessment_attempts": [
            {
                "course_key": attempt.course_key,
                "course": attempt.snapshot.get("course_title", ""),
                "number": attempt.number,
                "status": attempt.status,
                "language": attempt.language,
                "started_at": attempt.started_at,
                "submitted_at": attempt.submitted_at,
                "score": attempt.score,
                "passed": attempt.passed,
                "answers": exported_answers(attempt) if attempt.submitted_at else [],
            }
            for attempt in QuizAttempt.objects.filter(user=user).order_by("started_at")
        ],
        "certificates": [
            {
                "code": certificate.display_code,
                "course": certificate.course_title,
                "holder_name": certificate.holder_name,
                "administration": certificate.administration_name,
                "issued_at": certificate.issued_at,
                "expires_at": certificate.expires_at,
                "status": certificate.status,
            }
            for certificate in Certificate.objects.filter(user=user).order_by("issued_at")
        ],
        "accommodations": [
            {
                "course_key": accommodation.course_key,
                "extra_time_percent": accommodation.extra_time_percent,
                "extra_time_minutes": accommodation.extra_time_minutes,
                "no_time_limit": accommodation.no_time_limit,
                "extra_attempts": accommodation.extra_attempts,
                "reason": accommodation.reason,
                "granted_at": accommodation.granted_at,
                "revoked_at": accommodation.revoked_at,
            }
            for accommodation in Accommodation.objects.filter(user=user).order_by("granted_at")
        ],
    }
