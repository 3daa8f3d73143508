"""The Integrity Development Guide: a guide page, its chapters and their sections.

Editors write the guide in the admin; readers get a numbered table of
contents, previous/next links, deep links to headings, related practices and
lessons, and a printable whole-guide view.

Related lessons are an extension point for the e-learning app, which this
app must not import: editors pick any page, and the chooser is narrowed to
the page types named in the `KNOWLEDGEBASE_LESSON_PAGE_TYPES` setting (for
example `["elearning.LessonPage"]`) once that app provides them.
"""

from typing import NamedTuple

from django import forms
from django.conf import settings
from django.db import models
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.page_values import shared_page_value
from home.shell import page_url, row_url
from home.sql_rows import fetch_rows, placeholders

from ..blocks import GuideStreamBlock
from ..guide_contents import contents_html
from ..guide_outline import GuideOutline
from ..headings import anchor_headings
from ..related_practices import PracticeLink
from ..visibility import visible_condition
from .key_factors import default_language_key_factors, key_factor_names
from .practices import Visibility

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
        # Rendered without the request: no context processor runs for it (its templates use none).
        context["content_html"] = shared_page_value(
            "guide-content",
            request,
            self,
            lambda: render_to_string(self.content_template, self.content_context(request, context)),
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
            contents_html=contents_html(outline, self.pk),
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
        links = self.chosen_links(previewing=getattr(request, "is_preview", False))
        names = key_factor_names()
        context.update(
            key_factors=[(number, names.get(number, number)) for number in links.key_factor_numbers],
            related_lessons=[
                {"title": title, "url": row_url(request, pk, url_path)}
                for pk, url_path, title in self.visible_related_lessons(request.user, links.lesson_ids)
            ],
            related_practices=[
                PracticeLink(
                    title=row.title,
                    url=row_url(request, row.pk, row.url_path),
                    language=row.language,
                    administration=row.administration or "",
                    restricted=row.restricted,
                )
                for row in self.related_practices(request.user, links.key_factor_numbers, links.practice_ids)
            ],
        )
        return context

    def chosen_links(self, previewing=False):
        """`SectionLinks`: the section's key factors, lessons and practices, as editors chose them.

        One query for the three; a preview's page carries its own (unsaved) choices in memory.
        """
        if previewing:
            return SectionLinks(
                sorted(key_factor.number for key_factor in self.key_factors.all()),
                [link.lesson_id for link in self.related_lessons.all()],
                [link.practice_id for link in self.related_practice_links.all()],
            )
        links = SectionLinks([], [], [])
        for kind, value in fetch_rows(SECTION_LINKS_STATEMENT, [self.pk] * 3):
            {"k": links.key_factor_numbers, "l": links.lesson_ids, "p": links.practice_ids}[kind].append(value)
        return links

    def visible_related_lessons(self, user, lesson_ids):
        """[(pk, url_path, title)] of the lessons `lesson_ids` that are live and visible, in order, each replaced by
        its translation in the section's locale when that is live and visible: one query, none without lessons."""
        if not lesson_ids:
            return []
        visible, visible_params = visible_condition(user, "chosen.path")
        translated_visible, translated_params = visible_condition(user, "translated.path")
        statement = RELATED_LESSONS_STATEMENT.format(
            visible=visible, translated_visible=translated_visible, ids=placeholders(len(lesson_ids))
        )
        rows = {
            pk: (translated_pk, translated_path, translated_title)
            if translated_pk is not None
            else (pk, url_path, title)
            for pk, url_path, title, translated_pk, translated_path, translated_title in fetch_rows(
                statement, [self.locale_id, *translated_params, *lesson_ids, *visible_params]
            )
        }
        return [rows[pk] for pk in lesson_ids if pk in rows]

    def related_practices(self, user, key_factor_numbers, chosen_ids):
        """[RelatedPracticeRow]: the chosen practices first, then those sharing most key factors, all visible to `user`.

        One query for the choices, one for the suggestions when there is room.
        """
        visible, visible_params = visible_condition(user, "p.path")
        practices = []
        if chosen_ids:
            statement = PRACTICE_ROWS_STATEMENT.format(visible=visible, ids=placeholders(len(chosen_ids)))
            rows = {row[0]: practice_row(row) for row in fetch_rows(statement, [*chosen_ids, *visible_params])}
            practices = [rows[pk] for pk in chosen_ids if pk in rows][:RELATED_PRACTICES_SHOWN]
        room = RELATED_PRACTICES_SHOWN - len(practices)
        if not (room and key_factor_numbers):
            return practices
        statement = SUGGESTED_PRACTICES_STATEMENT.format(
            visible=visible,
            numbers=placeholders(len(key_factor_numbers)),
            not_chosen=f" AND p.id NOT IN ({placeholders(len(chosen_ids))})" if chosen_ids else "",
            room=room,
        )
        params = [*visible_params, *key_factor_numbers, *chosen_ids, translation.get_language()]
        return practices + [practice_row(row) for row in fetch_rows(statement, params)]


class SectionLinks(NamedTuple):
    key_factor_numbers: list
    lesson_ids: list
    practice_ids: list


class RelatedPracticeRow(NamedTuple):
    pk: int
    title: str
    url_path: str
    language: str
    administration: str | None
    restricted: bool


def practice_row(row):
    *values, visibility = row
    return RelatedPracticeRow(*values, visibility == Visibility.COORDINATORS)


SECTION_LINKS_STATEMENT = """
SELECT kind, value FROM (
    SELECT 'k' AS kind, kf.number AS value, 0 AS position, 0 AS link_id
    FROM knowledgebase_guidesectionpage_key_factors chosen
    INNER JOIN knowledgebase_keyfactor kf ON kf.id = chosen.keyfactor_id
    WHERE chosen.guidesectionpage_id = %s
    UNION ALL
    SELECT 'l', lesson_id, sort_order, id FROM knowledgebase_guidesectionrelatedlesson WHERE page_id = %s
    UNION ALL
    SELECT 'p', practice_id, sort_order, id FROM knowledgebase_guidesectionrelatedpractice WHERE page_id = %s
) links
ORDER BY kind, position, link_id, value
"""

# A lesson's translation into the section's locale replaces it when live and visible.
RELATED_LESSONS_STATEMENT = """
SELECT chosen.id, chosen.url_path, chosen.title, translated.id, translated.url_path, translated.title
FROM wagtailcore_page chosen
LEFT JOIN wagtailcore_page translated ON translated.translation_key = chosen.translation_key
    AND translated.locale_id = %s AND translated.live AND {translated_visible}
WHERE chosen.id IN ({ids}) AND chosen.live AND {visible}
"""

# The columns of a RelatedPracticeRow and the tables they come from, shared by the chosen and suggested practices.
PRACTICE_ROW_COLUMNS = """
SELECT p.id, p.title, p.url_path, practice.language, administration.name, practice.visibility
FROM wagtailcore_page p
INNER JOIN knowledgebase_practicepage practice ON practice.page_ptr_id = p.id
LEFT JOIN accounts_partneradministration administration ON administration.id = practice.administration_id
"""

PRACTICE_ROWS_STATEMENT = PRACTICE_ROW_COLUMNS + "WHERE p.id IN ({ids}) AND p.live AND {visible}\n"

# As PracticePageQuerySet.sharing_key_factors ranks them: most key factors shared, the reader's language, newest.
SUGGESTED_PRACTICES_STATEMENT = (
    PRACTICE_ROW_COLUMNS
    + """INNER JOIN knowledgebase_practicekeyfactor link ON link.page_id = p.id
INNER JOIN knowledgebase_keyfactor kf ON kf.id = link.key_factor_id
WHERE p.live AND {visible} AND kf.number IN ({numbers}){not_chosen}
GROUP BY p.id, p.title, p.url_path, practice.language, administration.name, practice.visibility, p.first_published_at
ORDER BY COUNT(*) DESC, CASE WHEN practice.language = %s THEN 1 ELSE 0 END DESC, p.first_published_at DESC, p.id
LIMIT {room}
"""
)


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
