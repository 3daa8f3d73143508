"""Question insight in the Wagtail admin: how each question of an assessment performs, on screen and as CSV.

Open to whoever may edit the assessment page (editors, and staff with page
permissions): the numbers are about questions, and no learner is named.
"""

import csv
import string

from django.core.exceptions import BadRequest, PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from ..models import AssessmentPage, QuizAttempt
from ..question_stats import question_insight
from ..svg_charts import bar_chart
from .reports import safe_cell

INSIGHT_URL_NAME = "elearning_question_insight"
INSIGHT_CSV_URL_NAME = "elearning_question_insight_csv"
LETTERS = string.ascii_uppercase


def option_letter(index):
    """A, B, … Z, then AA, AB …: short bar labels that the table beside the chart spells out."""
    return LETTERS[index] if index < len(LETTERS) else LETTERS[index // len(LETTERS) - 1] + LETTERS[index % 26]


def percent(share):
    return None if share is None else round(float(share) * 100, 1)


def editable_assessment(request, page_id):
    """The assessment the user may edit, or 404 / 403."""
    assessment = get_object_or_404(AssessmentPage, pk=page_id)
    if not assessment.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return assessment


def chosen_language(request, languages):
    """The language asked for, if attempts exist in it; '' for all languages; 400 for anything else."""
    language = request.GET.get("attempt_language", "")
    if language and language not in languages:
        raise BadRequest(_("There are no marked attempts in that language."))
    return language


def attempt_languages(assessment):
    course_key = assessment.get_parent().translation_key
    languages = (
        QuizAttempt.objects.filter(course_key=course_key, score__isnull=False)
        .values_list("language", flat=True)
        .distinct()
        .order_by("language")
    )
    return course_key, list(languages)


def question_rows(insight):
    """Each question version ready for the template: percentages, lettered options and a chart."""
    rows = []
    for number, stats in enumerate(insight.questions, start=1):
        options = [
            {
                "letter": option_letter(index),
                "label": option.label,
                "is_key": option.is_key,
                "chosen": option.chosen,
                "share": percent(share),
            }
            for index, (option, share) in enumerate(stats.option_rows())
        ]
        chart_bars = [(option["letter"], option["chosen"]) for option in options]
        description = _("Attempts choosing each option: %(values)s.") % {
            "values": "; ".join(f"{option['letter']} {option['label']}: {option['chosen']}" for option in options)
        }
        rows.append(
            {
                "stats": stats,
                "facility": percent(stats.facility),
                "discrimination": None if stats.discrimination is None else round(float(stats.discrimination), 2),
                "languages": ", ".join(sorted(stats.languages)),
                "options": options,
                "chart": bar_chart(
                    f"question-{number}",
                    _("How often each option was chosen"),
                    description,
                    chart_bars,
                ),
            }
        )
    return rows


class QuestionInsightView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "elearning/admin/question_insight.html"
    page_title = gettext_lazy("Question insight")
    header_icon = "table"

    def dispatch(self, request, page_id):
        self.assessment = editable_assessment(request, page_id)
        self.course_key, self.languages = attempt_languages(self.assessment)
        self.language = chosen_language(request, self.languages)
        return super().dispatch(request, page_id)

    def get_page_subtitle(self):
        return self.assessment.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("wagtailadmin_pages:edit", args=[self.assessment.pk]), "label": self.assessment.title},
            {"url": "", "label": _("Question insight")},
        ]

    def get_context_data(self, **kwargs):
        insight = question_insight(self.course_key, self.language)
        csv_url = reverse(INSIGHT_CSV_URL_NAME, args=[self.assessment.pk])
        return super().get_context_data(
            assessment=self.assessment,
            insight=insight,
            questions=question_rows(insight),
            languages=self.languages,
            language=self.language,
            csv_url=f"{csv_url}?attempt_language={self.language}" if self.language else csv_url,
            **kwargs,
        )


CSV_HEADER = [
    gettext_lazy("Question"),
    gettext_lazy("Version"),
    gettext_lazy("Type"),
    gettext_lazy("Languages"),
    gettext_lazy("Attempts"),
    gettext_lazy("Facility (%)"),
    gettext_lazy("Discrimination"),
    gettext_lazy("Option"),
    gettext_lazy("Part of the key"),
    gettext_lazy("Chosen"),
    gettext_lazy("Chosen (%)"),
]


def insight_csv_rows(insight):
    """One row per option of each question version, the question's figures repeated on each."""
    for stats in insight.questions:
        facility = percent(stats.facility)
        discrimination = "" if stats.discrimination is None else f"{float(stats.discrimination):.2f}"
        for option, share in stats.option_rows():
            yield [
                safe_cell(stats.prompt),
                stats.version,
                stats.type,
                " ".join(sorted(stats.languages)),
                stats.attempts,
                "" if facility is None else f"{facility:.1f}",
                discrimination,
                safe_cell(option.label),
                _("yes") if option.is_key else _("no"),
                option.chosen,
                "" if share is None else f"{float(share) * 100:.1f}",
            ]


def question_insight_csv(request, page_id):
    """The figures as a spreadsheet; question and option texts are written so no cell runs as a formula."""
    assessment = editable_assessment(request, page_id)
    course_key, languages = attempt_languages(assessment)
    language = chosen_language(request, languages)
    insight = question_insight(course_key, language)
    filename = f"{assessment.slug}-questions-{language or 'all'}-{timezone.localdate().isoformat()}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8 accents correctly
    writer = csv.writer(response)
    writer.writerow([str(title) for title in CSV_HEADER])
    writer.writerows(insight_csv_rows(insight))
    return response
