"""Reports on learners' progress, scoped to who is asking.

A coordinator sees the officers of their own administration and nobody
else's: asking for another administration is refused (403), and another
administration's learner is "not found" (404). The secretariat (moderators
and editors) sees every administration and may filter by one.

Every figure comes from a fixed number of aggregate queries, so a report
costs the same for ten learners as for thousands.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Max, Q
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import PartnerAdministration
from accounts.roles import is_coordinator, is_moderator
from home.query_values import whole_number

from .allowances import accommodations_in_force
from .learner_progress import progress_for_enrolments
from .models import CoursePage, Enrolment, QuizAttempt
from .outlines import outlines_for_keys

SCORE_BAND_COUNT = 10  # 0–9 %, 10–19 % … 90–100 %
CHART_MONTHS = 12


@dataclass
class ReportScope:
    """Whose records a report covers: one administration, or all of them."""

    administration: PartnerAdministration | None
    can_choose_administration: bool
    administrations: list = field(default_factory=list)

    def enrolments(self):
        enrolments = Enrolment.objects.all()
        if self.administration is not None:
            enrolments = enrolments.filter(user__administration=self.administration)
        return enrolments

    def attempts(self):
        attempts = QuizAttempt.objects.all()
        if self.administration is not None:
            attempts = attempts.filter(user__administration=self.administration)
        return attempts

    def includes(self, user):
        return self.administration is None or user.administration_id == self.administration.pk

    def query_string(self):
        return (
            f"administration={self.administration.pk}" if self.administration and self.can_choose_administration else ""
        )


def report_scope(user, requested_administration=None):
    """The scope `user` may see, narrowed to `requested_administration` (an id from the query string)."""
    requested = whole_number(requested_administration)
    if is_moderator(user):
        administrations = list(PartnerAdministration.objects.order_by("name"))
        chosen = next((item for item in administrations if item.pk == requested), None)
        if requested is not None and chosen is None:
            raise Http404
        return ReportScope(chosen, can_choose_administration=True, administrations=administrations)
    if is_coordinator(user) and user.administration_id:
        if requested is not None and requested != user.administration_id:
            raise PermissionDenied
        return ReportScope(user.administration, can_choose_administration=False)
    raise PermissionDenied


@dataclass
class CourseSummary:
    outline: object
    enrolled: int = 0
    not_started: int = 0
    in_progress: int = 0
    completed: int = 0
    best_scores: list = field(default_factory=list)
    completions_by_month: dict = field(default_factory=dict)

    @property
    def course(self):
        return self.outline.course

    @property
    def completion_rate(self):
        return round(self.completed * 100 / self.enrolled) if self.enrolled else 0

    @property
    def average_score(self):
        return round(sum(self.best_scores) / len(self.best_scores), 1) if self.best_scores else None

    @property
    def score_bands(self):
        """[(label, learners)] of best scores in ten-point bands; 100 % joins the top band."""
        counts = Counter(min(int(score) // 10, SCORE_BAND_COUNT - 1) for score in self.best_scores)
        labels = [f"{band * 10}–{band * 10 + 9}" for band in range(SCORE_BAND_COUNT - 1)] + ["90–100"]
        return [(label, counts.get(band, 0)) for band, label in enumerate(labels)]


def month_starts(today, months=CHART_MONTHS):
    """The first day of each of the last `months` months, oldest first, this month included."""
    firsts = []
    year, month = today.year, today.month
    for _month in range(months):
        firsts.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return list(reversed(firsts))


def cumulative_completions(completions_by_month, today):
    """[(month, completions so far)] for the last twelve months, counting earlier ones in."""
    months = month_starts(today)
    running = sum(count for month, count in completions_by_month.items() if month < months[0])
    series = []
    for month in months:
        running += completions_by_month.get(month, 0)
        series.append((month, running))
    return series


def live_course_keys():
    return set(CoursePage.objects.live().values_list("translation_key", flat=True))


def course_summaries(scope, language, course_keys=None):
    """A summary per live course (or per course in `course_keys`), in six queries."""
    keys = course_keys if course_keys is not None else live_course_keys()
    outlines = outlines_for_keys(keys, language)
    summaries = {key: CourseSummary(outline) for key, outline in outlines.items()}
    enrolments = scope.enrolments().filter(course_key__in=list(summaries))

    counts = enrolments.values("course_key").annotate(
        enrolled=Count("pk"),
        completed=Count("pk", filter=Q(completed_at__isnull=False)),
        in_progress=Count("pk", filter=Q(completed_at__isnull=True, last_activity_at__isnull=False)),
    )
    for row in counts:
        summary = summaries[row["course_key"]]
        summary.enrolled, summary.completed, summary.in_progress = row["enrolled"], row["completed"], row["in_progress"]
        summary.not_started = summary.enrolled - summary.completed - summary.in_progress

    best_scores = (
        scope.attempts()
        .filter(course_key__in=list(summaries), status=QuizAttempt.Status.SUBMITTED)
        .values("course_key", "user")
        .annotate(best=Max("score"))
    )
    for row in best_scores:
        summaries[row["course_key"]].best_scores.append(float(row["best"]))

    monthly = (
        enrolments.filter(completed_at__isnull=False)
        .annotate(month=TruncMonth("completed_at"))
        .values("course_key", "month")
        .annotate(completions=Count("pk"))
    )
    for row in monthly:
        summaries[row["course_key"]].completions_by_month[row["month"].date()] = row["completions"]
    return sorted(summaries.values(), key=lambda summary: summary.course.title.casefold())


def all_courses_completions(summaries):
    """Completions per month added up over every course."""
    totals = defaultdict(int)
    for summary in summaries:
        for month, count in summary.completions_by_month.items():
            totals[month] += count
    return cumulative_completions(totals, timezone.localdate())


@dataclass
class LearnerRow:
    """One learner in one course, as a report table or CSV line shows them."""

    enrolment: Enrolment
    progress: object
    best_score: float | None = None
    attempt_count: int = 0
    accommodation: object = None

    @property
    def user(self):
        return self.enrolment.user


def learner_rows(enrolments, outlines):
    """Rows for these enrolments (users and administrations selected), in five queries."""
    enrolments = list(enrolments)
    progress = progress_for_enrolments(enrolments, outlines)
    rows = [LearnerRow(enrolment, progress[enrolment.pk]) for enrolment in enrolments if enrolment.pk in progress]
    if not rows:
        return rows
    by_learner_and_course = {(row.enrolment.user_id, row.enrolment.course_key): row for row in rows}
    attempts = (
        QuizAttempt.objects.filter(
            user_id__in={row.enrolment.user_id for row in rows},
            course_key__in={row.enrolment.course_key for row in rows},
        )
        .values("user_id", "course_key")
        .annotate(best=Max("score"), count=Count("pk"))
    )
    for attempt in attempts:
        if row := by_learner_and_course.get((attempt["user_id"], attempt["course_key"])):
            row.best_score = float(attempt["best"]) if attempt["best"] is not None else None
            row.attempt_count = attempt["count"]
    accommodations = accommodations_in_force(
        {row.enrolment.user_id for row in rows}, {row.enrolment.course_key for row in rows}
    )
    for key, accommodation in accommodations.items():
        if row := by_learner_and_course.get(key):
            row.accommodation = accommodation
    return rows


STATUS_LABELS = {
    "not_started": _("Not started"),
    "in_progress": _("In progress"),
    "completed": _("Completed"),
}
STATUS_FILTERS = {
    "not_started": Q(completed_at__isnull=True, last_activity_at__isnull=True),
    "in_progress": Q(completed_at__isnull=True, last_activity_at__isnull=False),
    "completed": Q(completed_at__isnull=False),
}


def scoped_enrolments(scope, course_keys, status=None):
    enrolments = scope.enrolments().filter(course_key__in=list(course_keys))
    if status in STATUS_FILTERS:
        enrolments = enrolments.filter(STATUS_FILTERS[status])
    return enrolments.select_related("user", "user__administration").order_by(
        "user__last_name", "user__first_name", "user__email", "course_key"
    )
