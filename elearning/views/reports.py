"""Coordinator and secretariat reports: overview, one course, one learner, and CSV exports."""

import csv

from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from ..learner_progress import progress_for_enrolments
from ..models import Accommodation, Certificate, QuizAttempt
from ..outlines import outlines_for_keys
from ..reporting import (
    STATUS_LABELS,
    all_courses_completions,
    course_summaries,
    cumulative_completions,
    learner_rows,
    report_scope,
    scoped_enrolments,
)
from ..svg_charts import bar_chart, line_chart
from .accommodations import course_titles

LEARNERS_PER_PAGE = 50
# A spreadsheet runs a cell that starts with one of these as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def reporting_view(view):
    """Logged in, never cached, and the caller's scope resolved (403/404 outside it)."""

    @never_cache
    @login_required
    @require_GET
    def scoped_view(request, *args, **kwargs):
        scope = report_scope(request.user, request.GET.get("administration"))
        return view(request, scope, *args, **kwargs)

    scoped_view.__name__ = view.__name__
    scoped_view.__doc__ = view.__doc__
    return scoped_view


def month_label(month):
    return formats.date_format(month, "M Y")


def completion_chart(chart_id, series, subject):
    points = [(month_label(month), total) for month, total in series]
    description = _("Completions so far, month by month: %(values)s.") % {
        "values": "; ".join(f"{label}: {value}" for label, value in points)
    }
    return line_chart(chart_id, _("Completions over time – %(subject)s") % {"subject": subject}, description, points)


def score_chart(chart_id, summary):
    bands = summary.score_bands
    description = _("Learners per band of best score: %(values)s.") % {
        "values": "; ".join(f"{label} %: {count}" for label, count in bands)
    }
    return bar_chart(chart_id, _("Distribution of best scores"), description, bands)


@reporting_view
def overview(request, scope):
    summaries = course_summaries(scope, translation.get_language())
    series = all_courses_completions(summaries)
    return render(
        request,
        "elearning/reports/overview.html",
        {
            "scope": scope,
            "summaries": summaries,
            "completion_series": [(month_label(month), total) for month, total in series],
            "completion_chart": completion_chart("completions-all", series, _("all courses")),
        },
    )


def course_summary_or_404(scope, course_key):
    summaries = course_summaries(scope, translation.get_language(), course_keys={course_key})
    if not summaries:
        raise Http404
    return summaries[0]


@reporting_view
def course_report(request, scope, course_key):
    summary = course_summary_or_404(scope, course_key)
    status = request.GET.get("status")
    learners = Paginator(scoped_enrolments(scope, [course_key], status), LEARNERS_PER_PAGE).get_page(
        request.GET.get("page")
    )
    series = cumulative_completions(summary.completions_by_month, timezone.localdate())
    return render(
        request,
        "elearning/reports/course.html",
        {
            "scope": scope,
            "summary": summary,
            "rows": learner_rows(learners.object_list, {course_key: summary.outline}),
            "learners": learners,
            "status": status if status in STATUS_LABELS else "",
            "status_labels": STATUS_LABELS,
            "completion_series": [(month_label(month), total) for month, total in series],
            "completion_chart": completion_chart("completions-course", series, summary.course.title),
            "score_chart": score_chart("scores-course", summary),
        },
    )


@reporting_view
def learner_report(request, scope, user_id):
    learner = get_object_or_404(get_user_model().objects.select_related("administration"), pk=user_id)
    if not scope.includes(learner):
        raise Http404
    enrolments = list(learner.enrolments.all())
    outlines = outlines_for_keys([enrolment.course_key for enrolment in enrolments], translation.get_language())
    progress = progress_for_enrolments(enrolments, outlines)
    titles = {key: outline.course.title for key, outline in outlines.items()}
    attempts = list(QuizAttempt.objects.filter(user=learner).order_by("course_key", "number"))
    accommodations = list(
        Accommodation.objects.filter(user=learner).select_related("granted_by", "revoked_by").order_by("-granted_at")
    )
    missing_titles = {item.course_key for item in accommodations} - set(titles)
    if missing_titles:
        titles.update(course_titles(missing_titles))
    return render(
        request,
        "elearning/reports/learner.html",
        {
            "scope": scope,
            "learner": learner,
            "courses": [progress[enrolment.pk] for enrolment in enrolments if enrolment.pk in progress],
            "attempts": [(titles.get(attempt.course_key, ""), attempt) for attempt in attempts],
            "certificates": list(Certificate.objects.filter(user=learner)),
            "accommodations": [(titles.get(item.course_key, ""), item) for item in accommodations],
            "may_grant": learner.pk != request.user.pk,
        },
    )


def safe_cell(value):
    """Neutralise spreadsheet formulas smuggled in through names or titles."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_PREFIXES) else text


def csv_response(filename, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8 accents correctly
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Administration"),
            _("Last name"),
            _("First name"),
            _("Email"),
            _("Course"),
            _("Enrolled"),
            _("Status"),
            _("Progress (%)"),
            _("Best score (%)"),
            _("Attempts"),
            _("Completed"),
            _("Certificate"),
            _("Certificate status"),
            _("Accommodation"),
        ]
    )
    for row in rows:
        user, enrolment, certificate = row.user, row.enrolment, row.progress.certificate
        writer.writerow(
            safe_cell(value)
            for value in (
                user.administration.name if user.administration else "",
                user.last_name,
                user.first_name,
                user.email,
                row.progress.course.title,
                enrolment.enrolled_at.date().isoformat(),
                STATUS_LABELS[enrolment.status],
                row.progress.percent,
                row.best_score,
                row.attempt_count,
                enrolment.completed_at.date().isoformat() if enrolment.completed_at else "",
                certificate.display_code if certificate else "",
                certificate.get_status_display() if certificate else "",
                row.accommodation.summary() if row.accommodation else "",
            )
        )
    return response


@reporting_view
def export_all(request, scope):
    outlines = outlines_for_keys(
        scope.enrolments().values_list("course_key", flat=True).distinct(), translation.get_language()
    )
    rows = learner_rows(scoped_enrolments(scope, outlines), outlines)
    return csv_response(f"learners-{timezone.localdate().isoformat()}.csv", rows)


@reporting_view
def export_course(request, scope, course_key):
    summary = course_summary_or_404(scope, course_key)
    rows = learner_rows(scoped_enrolments(scope, [course_key]), {course_key: summary.outline})
    return csv_response(f"{summary.course.slug}-learners-{timezone.localdate().isoformat()}.csv", rows)
