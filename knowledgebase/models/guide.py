"""The Integrity Development Guide: a guide page, its chapters and their sections.

Editors write the guide in the admin; readers get a numbered table of
contents, previous/next links, deep links to headings, related practices and
lessons, and a printable whole-guide view.

Related lessons are an extension point for the e-learning app, which this
app must not import: editors pick any page, and the chooser is narrowed to
the page types named in the `KNOWLEDGEBASE_LESSON_PAGE_TYPES` setting (for
example `["elearning.LessonPage"]`) once that app provides them.
"""

from django import forms
from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.page_values import shared_page_value
from home.shell import page_url

from ..blocks import GuideStreamBlock
from ..guide_outline import GuideOutline
from ..headings import anchor_headings
from ..related_practices import practice_links
from ..visibility import visible_to
from .key_factors import default_language_key_factors, key_factor_names
from .practices import PracticePage

LESSON_PAGE_TYPES = getattr(settings, "KNOWLEDGEBASE_LESSON_PAGE_TYPES", ["wagtailcore.Page"])
RELATED_PRACTICES_SHOWN = 5


class GuideContentMixin(models.Model):
    """Fields and context every level of the guide shares."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(GuideStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        abstract = True

    def guide_page(self):
        if isinstance(self, GuidePage):
            return self
        return (
            self.guide_page_met_while_routing()
            or GuidePage.objects.ancestor_of(self).live().first()
            or GuidePage.objects.ancestor_of(self).first()
        )

    def guide_page_met_while_routing(self):
        """The live guide above this page, if Wagtail's routing left it in the chain of cached parents; else None.

        Routing a request hands each page on the way its parent
        (`_cached_parent_obj`), so the guide is already in memory: no query
        to find it again.
        """
        page = getattr(self, "_cached_parent_obj", None)
        while page is not None and not issubclass(page.specific_class or Page, GuidePage):
            page = getattr(page, "_cached_parent_obj", None)
        if page is None or not page.live:
            return None
        # Routing in one step (home.routing) leaves plain pages in the chain: the guide's own fields are
        # then read when first used, and its page fields (title, URL, tree position) are already there.
        return page if isinstance(page, GuidePage) else page.specific_deferred

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The main content is the same for every reader of a language and audience: rendered once, then
        # served from the shared cache, so a warm request computes none of the outline, links or body.
        context["content_html"] = shared_page_value(
            "guide-content",
            request,
            self,
            lambda: render_to_string(self.content_template, self.content_context(request, context), request=request),
        )
        return context

    def content_context(self, request, context):
        """`context` with what the main content shows: the outline, the neighbours in reading order, the body."""
        guide = self.guide_page()
        outline = GuideOutline(guide, request.user, request)
        body_html, headings = anchor_headings(self.body.render_as_block())
        previous, following = outline.previous_and_next(self)
        context.update(
            guide=guide,
            outline=outline,
            entry=outline.entry_for(self),
            parent_entry=outline.chapter_of(self),
            previous_entry=previous,
            next_entry=following,
            body_html=body_html,
            headings=[heading for heading in headings if heading.level == 2],
        )
        return context


class GuidePage(RoutablePageMixin, GuideContentMixin, Page):  # noqa: DJ008 - Page gives __str__
    """The guide's front page: what it is, the table of contents, the printable version."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledgebase.GuideChapterPage"]
    max_count_per_parent = 1

    content_template = "knowledgebase/guide_page_content.html"

    class Meta:
        verbose_name = _("guide")

    def content_context(self, request, context):
        context = super().content_context(request, context)
        context["print_url"] = page_url(request, self) + self.reverse_subpage("print")
        return context

    @path("print/", name="print")
    def printable_guide(self, request):
        """The whole guide on one page, for printing or saving as PDF."""
        return self.render(
            request,
            template="knowledgebase/guide_print.html",
            context_overrides={"printable_entries": self.printable_entries(request.user, request)},
        )

    def printable_entries(self, user, request=None):
        """(entry, page, body with anchored headings) for every chapter and section, in reading order."""
        outline = GuideOutline(self, user, request)
        page_ids = [entry.pk for entry in outline.reading_order]
        specific_pages = {page.pk: page for page in Page.objects.filter(pk__in=page_ids).specific()}
        entries = []
        for entry in outline.reading_order:
            page = specific_pages[entry.pk]
            body_html, _headings = anchor_headings(
                page.body.render_as_block(), prefix=f"part-{entry.number}-", demote_by=1 if entry.is_chapter else 2
            )
            entries.append((entry, page, body_html))
        return entries


class GuideChapterPage(GuideContentMixin, Page):  # noqa: DJ008 - Page gives __str__
    """A chapter: an introduction and the sections under it."""

    parent_page_types = ["knowledgebase.GuidePage"]
    subpage_types = ["knowledgebase.GuideSectionPage"]

    content_template = "knowledgebase/guide_chapter_page_content.html"

    class Meta:
        verbose_name = _("guide chapter")


class GuideSectionPage(GuideContentMixin, Page):  # noqa: DJ008 - Page gives __str__
    """A section: the reading itself, tagged with key factors and linked to practice."""

    key_factors = ParentalManyToManyField(
        "knowledgebase.KeyFactor",
        verbose_name=_("key factors"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_key_factors,
    )

    content_panels = GuideContentMixin.content_panels + [
        FieldPanel("key_factors", widget=forms.CheckboxSelectMultiple),
        InlinePanel(
            "related_lessons",
            label=_("Related lessons"),
            help_text=_("E-learning lessons that teach what this section describes."),
        ),
        InlinePanel(
            "related_practice_links",
            label=_("Related practices"),
            help_text=_("Shown first; practices sharing a key factor are suggested after them."),
        ),
    ]

    parent_page_types = ["knowledgebase.GuideChapterPage"]
    subpage_types = []

    content_template = "knowledgebase/guide_section_page_content.html"

    class Meta:
        verbose_name = _("guide section")

    def content_context(self, request, context):
        context = super().content_context(request, context)
        key_factors = self.key_factor_labels()
        numbers = [number for number, _name in key_factors]
        context.update(
            key_factors=key_factors,
            related_lessons=[
                {"title": lesson.title, "url": page_url(request, lesson)}
                for lesson in self.visible_related_lessons(request.user)
            ],
            related_practices=practice_links(self.related_practices(request.user, numbers), request),
        )
        return context

    def key_factor_labels(self):
        """[(number, name)] of the section's key factors, named in the active language."""
        numbers = sorted(self.key_factors.values_list("number", flat=True))
        names = key_factor_names()
        return [(number, names.get(number, number)) for number in numbers]

    def visible_related_lessons(self, user):
        """The chosen lessons that are live and visible, in the reader's language when translated."""
        lesson_ids = [link.lesson_id for link in self.related_lessons.all()]
        if not lesson_ids:
            return []
        lessons = {page.pk: page for page in visible_to(Page.objects.filter(pk__in=lesson_ids).live(), user)}
        chosen = [lessons[pk] for pk in lesson_ids if pk in lessons]
        translated = Page.objects.filter(
            translation_key__in=[page.translation_key for page in chosen], locale_id=self.locale_id
        ).live()
        translations = {page.translation_key: page for page in visible_to(translated, user)}
        return [translations.get(page.translation_key, page) for page in chosen]

    def related_practices(self, user, key_factor_numbers):
        """Editors' choices first, then practices sharing most key factors, all visible to `user`."""
        visible = PracticePage.objects.visible_to(user).select_related("administration")
        chosen_ids = [link.practice_id for link in self.related_practice_links.all()]
        practices = []
        if chosen_ids:
            chosen_by_id = {practice.pk: practice for practice in visible.filter(pk__in=chosen_ids)}
            practices = [chosen_by_id[pk] for pk in chosen_ids if pk in chosen_by_id][:RELATED_PRACTICES_SHOWN]
        room = RELATED_PRACTICES_SHOWN - len(practices)
        if room and key_factor_numbers:
            suggested = visible.sharing_key_factors(key_factor_numbers).exclude(pk__in=chosen_ids)
            practices.extend(suggested[:room])
        return practices


class GuideSectionRelatedLesson(Orderable):
    page = ParentalKey(GuideSectionPage, on_delete=models.CASCADE, related_name="related_lessons")
    lesson = models.ForeignKey("wagtailcore.Page", verbose_name=_("lesson"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("lesson", page_type=LESSON_PAGE_TYPES)]


class GuideSectionRelatedPractice(Orderable):
    page = ParentalKey(GuideSectionPage, on_delete=models.CASCADE, related_name="related_practice_links")
    practice = models.ForeignKey(
        "knowledgebase.PracticePage", verbose_name=_("practice"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("practice", page_type="knowledgebase.PracticePage")]
