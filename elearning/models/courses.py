"""The course tree editors write in the Wagtail admin.

CourseIndexPage (the catalogue) → CoursePage → LessonPage… and one
AssessmentPage. Learner records never point at these pages directly: they use
the pages' `translation_key`, shared by every language version, so progress
made in English still counts when the learner switches to French.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Locale, Page
from wagtail.search import index

from home.blocks import BaseStreamBlock
from knowledgebase.models import KeyFactor

from ..blocks import LearningObjectiveBlock, LessonStreamBlock
from .questions import QuestionPoolBlock


class CourseIndexPage(Page):
    """The course catalogue, filterable by key factor and language."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["elearning.CoursePage"]
    max_count_per_parent = 1
    template = "elearning/course_index_page.html"

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from ..catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(self, request))
        return context


class CoursePageForm(WagtailAdminPageForm):
    """Offers only the key factors and prerequisite courses of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or (self.parent_page.locale_id if self.parent_page else None)
        locale_id = locale_id or Locale.get_default().pk
        self.fields["key_factors"].queryset = KeyFactor.objects.filter(locale_id=locale_id).order_by("number")
        prerequisites = CoursePage.objects.filter(locale_id=locale_id)
        if self.instance.pk:
            prerequisites = prerequisites.exclude(pk=self.instance.pk)
        self.fields["prerequisites"].queryset = prerequisites


class CoursePage(Page):
    """A course: what it teaches, how long it takes, and the rules for passing it."""

    introduction = models.TextField(_("summary"), help_text=_("One or two sentences for the catalogue."))
    overview = StreamField(BaseStreamBlock(), verbose_name=_("overview"), blank=True)
    learning_objectives = StreamField(
        [("objective", LearningObjectiveBlock())], verbose_name=_("learning objectives"), blank=True
    )
    estimated_duration_minutes = models.PositiveSmallIntegerField(
        _("estimated duration (minutes)"), default=60, validators=[MinValueValidator(1)]
    )
    key_factors = ParentalManyToManyField(KeyFactor, verbose_name=_("key factors"), blank=True, related_name="+")
    prerequisites = ParentalManyToManyField(
        "self",
        verbose_name=_("prerequisites"),
        symmetrical=False,
        blank=True,
        related_name="+",
        help_text=_("Courses a learner must complete before enrolling in this one."),
    )
    sequential = models.BooleanField(
        _("sequential mode"),
        default=False,
        help_text=_("Each lesson opens only when the previous one is complete."),
    )
    pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"), default=70, validators=[MinValueValidator(1), MaxValueValidator(100)]
    )
    certificate_enabled = models.BooleanField(_("award a certificate"), default=True)
    certificate_validity_months = models.PositiveSmallIntegerField(
        _("certificate validity (months)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Leave empty for certificates that never expire. Learners renew by retaking the assessment."),
    )
    featured = models.BooleanField(_("feature on the home page"), default=False)
    reminder_after_days = models.PositiveSmallIntegerField(
        _("remind inactive learners after (days)"),
        default=14,
        validators=[MaxValueValidator(365)],
        help_text=_(
            "Enrolled learners who have not worked on the course for this many days get one email. 0 sends none. "
            "The setting of the course in the site's main language applies to every translation."
        ),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("overview"),
        FieldPanel("learning_objectives"),
        FieldRowPanel([FieldPanel("estimated_duration_minutes"), FieldPanel("featured")]),
        FieldPanel("key_factors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("prerequisites", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("sequential"),
                FieldPanel("pass_mark"),
                FieldPanel("certificate_enabled"),
                FieldPanel("certificate_validity_months"),
                FieldPanel("reminder_after_days"),
            ],
            heading=_("Rules"),
        ),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("overview")]
    base_form_class = CoursePageForm

    parent_page_types = ["elearning.CourseIndexPage"]
    subpage_types = ["elearning.LessonPage", "elearning.AssessmentPage"]
    template = "elearning/course_page.html"

    class Meta:
        verbose_name = _("course")

    def serve(self, request, *args, **kwargs):
        """A translation out of step with the source language is not offered: learners get the source."""
        from ..views.pages import translation_gate

        return translation_gate(self, self, request) or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..views.pages import course_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_page_context(self, request))
        return context


class LessonPage(Page):
    """One lesson: teaching text, scenarios, takeaways, resources and video."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(LessonStreamBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated time (minutes)"), default=10, validators=[MinValueValidator(1)]
    )
    required = models.BooleanField(
        _("required for completion"), default=True, help_text=_("Optional lessons do not count towards completion.")
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("estimated_minutes"), FieldPanel("required")]),
    ]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["elearning.CoursePage"]
    subpage_types = []
    template = "elearning/lesson_page.html"

    class Meta:
        verbose_name = _("lesson")

    def serve(self, request, *args, **kwargs):
        """Lessons are for enrolled learners, and in sequential mode only once the earlier ones are done."""
        from ..views.pages import lesson_gate

        refusal, progress = lesson_gate(self, request)
        if refusal is not None:
            return refusal
        request.is_preview = False
        return TemplateResponse(request, self.get_template(request), self.get_context(request, progress=progress))

    def get_context(self, request, *args, progress=None, **kwargs):
        from ..views.pages import lesson_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_page_context(self, request, progress))
        return context


class ReviewPolicy(models.TextChoices):
    """How much a learner sees about their answers once an attempt is submitted."""

    SCORE = "score", _("Score only")
    ANSWERS = "answers", _("Score and correct answers")
    FEEDBACK = "feedback", _("Score, correct answers, feedback and explanations")


class AssessmentPage(Page):
    """The final assessment: a question pool from which each attempt draws its questions."""

    introduction = models.TextField(_("instructions"), blank=True)
    questions = StreamField(QuestionPoolBlock(), verbose_name=_("question pool"))
    questions_per_attempt = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("Drawn at random from the pool; the whole pool when it has fewer."),
    )
    shuffle_questions = models.BooleanField(_("shuffle questions"), default=True)
    shuffle_options = models.BooleanField(_("shuffle answer options"), default=True)
    attempt_limit = models.PositiveSmallIntegerField(
        _("attempts allowed"), default=3, help_text=_("0 for unlimited attempts.")
    )
    time_limit_minutes = models.PositiveSmallIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Enforced on the server; leave empty for no limit."),
    )
    review_policy = models.CharField(
        _("after submitting, show"), max_length=16, choices=ReviewPolicy.choices, default=ReviewPolicy.FEEDBACK
    )
    hold_review_until_final = models.BooleanField(
        _("show answers only at the end"),
        default=True,
        help_text=_("Answers and feedback appear once the learner has passed or has no attempts left."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("introduction"),
        FieldPanel("questions"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("questions_per_attempt"), FieldPanel("attempt_limit")]),
                FieldPanel("time_limit_minutes"),
                FieldRowPanel([FieldPanel("shuffle_questions"), FieldPanel("shuffle_options")]),
                FieldPanel("review_policy"),
                FieldPanel("hold_review_until_final"),
            ],
            heading=_("Rules"),
        ),
    ]

    parent_page_types = ["elearning.CoursePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "elearning/assessment_page.html"

    class Meta:
        verbose_name = _("assessment")

    def serve(self, request, *args, **kwargs):
        """A translation out of step with the source language is not offered: learners get the source."""
        from ..views.pages import translation_gate

        self._course = self.get_parent().specific
        return translation_gate(self, self._course, request) or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from ..views.pages import assessment_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(assessment_page_context(self, request))
        return context
