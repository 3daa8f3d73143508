"""Where a learner stands in a course, and what moves them forward.

Everything is keyed on translation keys, so the same progress shows in every
language. Progress for several courses is read in a fixed number of queries,
so the dashboard costs the same for one course as for twenty.

Certification cycles: when a certificate expires, the learner renews it by
passing the assessment again. Passes and attempts before the expiry belong to
the old cycle and no longer count.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.utils import timezone

from .certification import certificate_due, issue_certificate
from .models import Certificate, CertificateStatus, Enrolment, LessonProgress, QuizAttempt
from .outlines import outline_for
from .progress_row import read_course_standing

# How stale a learner's last activity may be before re-reading the same lesson records it again.
ACTIVITY_RESOLUTION = timedelta(minutes=5)


@dataclass
class CourseProgress:
    outline: object
    enrolment: Enrolment | None = None
    completed_lesson_keys: set = field(default_factory=set)
    passed: bool = False
    certificate: Certificate | None = None

    @property
    def course(self):
        return self.outline.course

    @property
    def completed_required_count(self):
        return len(self.outline.required_lesson_keys & self.completed_lesson_keys)

    @property
    def required_lessons_done(self):
        return self.outline.required_lesson_keys <= self.completed_lesson_keys

    @property
    def is_complete(self):
        return self.required_lessons_done and (self.passed or not self.outline.assessment_required)

    @property
    def percent(self):
        if self.is_complete or (self.enrolment and self.enrolment.completed_at):
            return 100
        steps = self.outline.step_count
        done = self.completed_required_count + (1 if self.passed and self.outline.assessment_required else 0)
        return done * 100 // steps if steps else 0

    def is_lesson_complete(self, lesson):
        return lesson.translation_key in self.completed_lesson_keys

    def is_lesson_locked(self, lesson):
        """In sequential mode a lesson opens once every lesson before it is complete."""
        if not self.course.sequential:
            return False
        for earlier in self.outline.lessons:
            if earlier.translation_key == lesson.translation_key:
                return False
            if not self.is_lesson_complete(earlier):
                return True
        return False

    @property
    def assessment_locked(self):
        return self.course.sequential and not self.required_lessons_done

    @property
    def lesson_states(self):
        return [
            {"lesson": lesson, "completed": self.is_lesson_complete(lesson), "locked": self.is_lesson_locked(lesson)}
            for lesson in self.outline.lessons
        ]

    @property
    def resume_page(self):
        """Where "Resume" leads: the lesson left unfinished, else the next one to do, else the assessment."""
        lessons = self.outline.lessons
        last_key = self.enrolment.last_lesson_key if self.enrolment else None
        for lesson in lessons:
            if lesson.translation_key == last_key and not self.is_lesson_complete(lesson):
                return lesson
        for lesson in lessons:
            if not self.is_lesson_complete(lesson) and not self.is_lesson_locked(lesson):
                return lesson
        if self.outline.assessment and not self.passed:
            return self.outline.assessment
        return self.course

    @property
    def certificate_status(self):
        return self.certificate.status if self.certificate else None


def cycle_start(latest_certificate, now):
    """When the current certification cycle began: the expiry of the last certificate, if it has expired."""
    if latest_certificate and latest_certificate.status_at(now) == CertificateStatus.EXPIRED:
        return latest_certificate.expires_at
    return None


def with_progress_summary(enrolments):
    """`enrolments` (a queryset) with what progress needs besides lessons, read in the same query.

    `last_pass_started_at`: when the learner's latest passed attempt at the
    course began (a pass counts in the current certification cycle exactly
    when the latest one does); `latest_certificate_id`: their certificate for
    it issued last, if any.
    """
    theirs = {"user": OuterRef("user"), "course_key": OuterRef("course_key")}
    passes = QuizAttempt.objects.filter(passed=True, **theirs).order_by("-started_at")
    certificates = Certificate.objects.filter(**theirs).order_by("-issued_at")
    return enrolments.annotate(
        last_pass_started_at=Subquery(passes.values("started_at")[:1]),
        latest_certificate_id=Subquery(certificates.values("pk")[:1]),
    )


def is_summarised(enrolment):
    return hasattr(enrolment, "last_pass_started_at") and hasattr(enrolment, "latest_certificate_id")


def progress_for_enrolments(enrolments, outlines, now=None, certificates=None, completed_lessons=None):
    """{enrolment id: CourseProgress} for enrolments whose course is live, in three queries.

    The enrolments may belong to many learners (reports) or one (dashboard).
    `certificates`: every certificate of these learners, when the caller has
    read them already (the dashboard lists them): then two queries. Enrolments
    read `with_progress_summary` save the read of passes, and of certificates
    when none of them has one: then one query, two with a certificate.
    `completed_lessons`: {enrolment id: completed lesson keys}, when the
    caller has read them (elearning.progress_row): then no query but the
    certificate's, when there is one.
    """
    now = now or timezone.now()
    progress = {
        enrolment.pk: CourseProgress(outline=outlines[enrolment.course_key], enrolment=enrolment)
        for enrolment in enrolments
        if enrolment.course_key in outlines
    }
    if not progress:
        return progress
    by_learner_and_course = {(item.enrolment.user_id, item.enrolment.course_key): item for item in progress.values()}
    scope = {
        "user_id__in": {user_id for user_id, _course_key in by_learner_and_course},
        "course_key__in": {course_key for _user_id, course_key in by_learner_and_course},
    }
    if completed_lessons is not None:
        for enrolment_id, item in progress.items():
            item.completed_lesson_keys |= completed_lessons.get(enrolment_id, set())
    else:
        for user_id, course_key, lesson_key in LessonProgress.objects.filter(**scope).values_list(
            "user_id", "course_key", "lesson_key"
        ):
            if item := by_learner_and_course.get((user_id, course_key)):
                item.completed_lesson_keys.add(lesson_key)
    summarised = all(is_summarised(item.enrolment) for item in progress.values())
    if certificates is None and summarised:
        latest = {item.enrolment.latest_certificate_id for item in progress.values()} - {None}
        certificates = Certificate.objects.filter(pk__in=latest) if latest else []
    elif certificates is None:
        certificates = Certificate.objects.filter(**scope)
    for certificate in sorted(certificates, key=lambda certificate: certificate.issued_at):
        if item := by_learner_and_course.get((certificate.user_id, certificate.course_key)):
            item.certificate = certificate
    if summarised:
        passes = [
            (item.enrolment.user_id, item.enrolment.course_key, item.enrolment.last_pass_started_at)
            for item in progress.values()
            if item.enrolment.last_pass_started_at is not None
        ]
    else:
        passes = QuizAttempt.objects.filter(passed=True, **scope).values_list("user_id", "course_key", "started_at")
    for user_id, course_key, started_at in passes:
        item = by_learner_and_course.get((user_id, course_key))
        if item is None:
            continue
        started_cycle = cycle_start(item.certificate, now)
        if started_cycle is None or started_at >= started_cycle:
            item.passed = True
    return progress


def progress_for(user, outline, enrolment=None):
    """Progress in one course; a learner who is not enrolled has none.

    Read in one query (elearning.progress_row), two when the learner holds a
    certificate for the course; one more when `enrolment` is given.
    """
    completed_lessons = None
    if enrolment is None and user.is_authenticated:
        enrolment, completed = read_course_standing(user.pk, outline.key)
        completed_lessons = {enrolment.pk: completed} if enrolment else None
    if enrolment is None:
        return CourseProgress(outline=outline)
    return progress_for_enrolments([enrolment], {outline.key: outline}, completed_lessons=completed_lessons)[
        enrolment.pk
    ]


def enrol(user, course, source=Enrolment.Source.SELF, enrolled_by=None):
    """Enrol once per course, whatever the language; returns (enrolment, created)."""
    try:
        with transaction.atomic():
            return Enrolment.objects.get_or_create(
                user=user,
                course_key=course.translation_key,
                defaults={"source": source, "enrolled_by": enrolled_by},
            )
    except IntegrityError:  # enrolled by a concurrent request a moment ago
        return Enrolment.objects.get(user=user, course_key=course.translation_key), False


def missing_prerequisites(user, course, prerequisites=None):
    """Prerequisite courses the user has not completed yet, in the course's language.

    `prerequisites`: the course's, when the caller has read them already.
    """
    prerequisites = list(course.prerequisites.all()) if prerequisites is None else prerequisites
    if not prerequisites:
        return []
    completed = set(
        Enrolment.objects.filter(
            user=user, course_key__in=[course.translation_key for course in prerequisites], completed_at__isnull=False
        ).values_list("course_key", flat=True)
    )
    return [prerequisite for prerequisite in prerequisites if prerequisite.translation_key not in completed]


def record_activity(enrolment, lesson=None, now=None):
    """Remember the learner's last step, for "resume" and for reports' "in progress"."""
    enrolment.last_activity_at = now or timezone.now()
    fields = ["last_activity_at"]
    if lesson is not None:
        enrolment.last_lesson_key = lesson.translation_key
        fields.append("last_lesson_key")
    Enrolment.objects.filter(pk=enrolment.pk).update(**{name: getattr(enrolment, name) for name in fields})


def note_lesson_visit(enrolment, lesson, now=None):
    """Record opening `lesson`, unless that is what the enrolment already says, to the minute.

    Reading a lesson is a GET, and writing the enrolment on every one of
    them put a write (under SQLite, the database's one write lock) on the
    most frequent read of the site. The enrolment is already in memory:
    opening another lesson is written at once, so "resume" always leads to
    the lesson last opened; re-reading the same lesson is written at most
    once per `ACTIVITY_RESOLUTION`, which is finer than anything shown
    (reports say "in progress" from the first visit, the dashboard orders
    courses by last activity). Returns whether it wrote.
    """
    now = now or timezone.now()
    same_lesson = enrolment.last_lesson_key == lesson.translation_key
    if same_lesson and enrolment.last_activity_at and now - enrolment.last_activity_at < ACTIVITY_RESOLUTION:
        return False
    record_activity(enrolment, lesson, now)
    return True


def complete_lesson(user, enrolment, lesson):
    """Mark a lesson complete (once), then complete the course if that was the last step."""
    course = lesson.get_parent().specific
    LessonProgress.objects.get_or_create(
        user=user, lesson_key=lesson.translation_key, defaults={"course_key": course.translation_key}
    )
    record_activity(enrolment, lesson)
    return complete_course_if_done(user, progress_for(user, outline_for(course), enrolment))


def complete_course_if_done(user, progress, attempt=None, now=None):
    """Record completion and issue a certificate when the course's requirements are met.

    Returns the certificate issued now, if any.
    """
    if not progress.is_complete:
        return None
    now = now or timezone.now()
    enrolment = progress.enrolment
    if enrolment.completed_at is None:
        enrolment.completed_at = now
        Enrolment.objects.filter(pk=enrolment.pk, completed_at__isnull=True).update(completed_at=now)
    course = progress.course
    if course.certificate_enabled and certificate_due(progress.certificate, now):
        progress.certificate = issue_certificate(user, course, attempt, now)
        return progress.certificate
    return None
