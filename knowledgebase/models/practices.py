"""The best-practice exchange: one index page and a page per practice.

A practice is written by a coordinator (the page owner) for their partner
administration, or imported from a JSON Lines file (`external_id` ties the
two together). Its `visibility` decides who may read it once published;
`knowledgebase.practice_privacy` turns that into a Wagtail page view
restriction at publication, so Wagtail itself refuses the page, and every
list of practices filters through `PracticePage.objects.visible_to(user)`.

A practice is written in its author's language: `language` is the language
of its text, and the page sits under the practice index of that language
when the site has one (otherwise under the default-language index).
Moderators may translate it through wagtail-localize; a translation is a
copy of the author's page in another locale (see `original_version`).
"""

import uuid

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, Count, Q, When
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from ..visibility import visible_to
from .key_factors import default_language_key_factors

PRACTICE_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]
FIRST_PRACTICE_YEAR = 1980
LAST_PRACTICE_YEAR = 2100
MAX_KEY_FACTORS_PER_PRACTICE = 3


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Everyone")
    COORDINATORS = "coordinators", _("Coordinators, moderators and editors only")


def new_external_id():
    """Practices written on the site get an id too, so an export can be imported back."""
    return f"ih-{uuid.uuid4().hex[:12]}"


class PracticeIndexPage(Page):
    """The listing of practices, with filters; new practices are created under it.

    A moderation workflow is attached to every practice index when it is
    created (see `knowledgebase.moderation`), so everything filed under it
    is reviewed before publication.
    """

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["knowledgebase.PracticePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("practice index page")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the listing builds on the models this module defines.
        from ..listing import practice_listing_context

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_listing_context(request))
        return context


class PracticePageQuerySet(PageQuerySet):
    def visible_to(self, user):
        """Live practices `user` may read: the single rule for every list and API."""
        return visible_to(self.live(), user)

    def for_cards(self):
        """What a practice card shows, fetched in a fixed number of queries."""
        return self.select_related("administration", "region", "locale").prefetch_related(
            "practice_key_factors__key_factor", "tags"
        )

    def sharing_key_factors(self, numbers):
        """Practices with any of the key factors `numbers`: those sharing most first, then in the reader's language."""
        return (
            self.filter(practice_key_factors__key_factor__number__in=numbers)
            .annotate(
                shared_key_factors=Count(
                    "practice_key_factors", filter=Q(practice_key_factors__key_factor__number__in=numbers)
                ),
                in_reader_language=Case(When(language=translation.get_language(), then=1), default=0),
            )
            .order_by("-shared_key_factors", "-in_reader_language", "-first_published_at", "pk")
        )


PracticePageManager = PageManager.from_queryset(PracticePageQuerySet)


class PracticeTag(TaggedItemBase):
    content_object = ParentalKey("knowledgebase.PracticePage", on_delete=models.CASCADE, related_name="tagged_items")


class PracticePage(Page):
    """One lesson learned by a partner administration, in its own words."""

    summary = models.TextField(_("summary"), max_length=800, blank=True, help_text=_("One or two sentences."))
    language = models.CharField(
        _("language of the text"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    administration = models.ForeignKey(
        "accounts.PartnerAdministration",
        verbose_name=_("administration"),
        null=True,
        on_delete=models.PROTECT,
        related_name="practices",
    )
    region = models.ForeignKey(
        "accounts.Region", verbose_name=_("region"), null=True, on_delete=models.PROTECT, related_name="practices"
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(FIRST_PRACTICE_YEAR), MaxValueValidator(LAST_PRACTICE_YEAR)],
        help_text=_("The year the practice started or was reported."),
    )
    problem = RichTextField(_("the problem"), features=PRACTICE_RICH_TEXT_FEATURES, blank=True)
    actions = RichTextField(_("what was done"), features=PRACTICE_RICH_TEXT_FEATURES, blank=True)
    results = RichTextField(_("results"), features=PRACTICE_RICH_TEXT_FEATURES, blank=True)
    lessons_learned = RichTextField(_("lessons learned"), features=PRACTICE_RICH_TEXT_FEATURES, blank=True)
    contact_unit = models.CharField(_("contact unit"), max_length=200, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    visibility = models.CharField(
        _("who may read it"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.PUBLIC,
        help_text=_("Applied when the practice is published: it replaces any other privacy setting of the page."),
    )
    external_id = models.CharField(
        _("external id"), max_length=64, unique=True, default=new_external_id, editable=False
    )
    tags = ClusterTaggableManager(through=PracticeTag, blank=True, verbose_name=_("tags"))

    objects = PracticePageManager()

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("administration"), FieldPanel("region"), FieldPanel("year")]),
        FieldPanel("language"),
        InlinePanel(
            "practice_key_factors",
            label=_("Key factors, most relevant first"),
            min_num=1,
            max_num=MAX_KEY_FACTORS_PER_PRACTICE,
        ),
        FieldPanel("tags"),
        FieldPanel("problem"),
        FieldPanel("actions"),
        FieldPanel("results"),
        FieldPanel("lessons_learned"),
        InlinePanel("attachments", label=_("Attachments")),
        MultiFieldPanel([FieldPanel("contact_unit"), FieldPanel("contact_email")], heading=_("Contact")),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("visibility")]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("problem"),
        index.SearchField("actions"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.RelatedFields("administration", [index.SearchField("name")]),
        index.FilterField("language"),
        index.FilterField("year"),
        index.FilterField("region"),
        index.FilterField("administration"),
        index.FilterField("visibility"),
    ]

    parent_page_types = ["knowledgebase.PracticeIndexPage"]
    subpage_types = []
    exclude_fields_in_copy = ["external_id"]

    class Meta:
        verbose_name = _("practice")
        verbose_name_plural = _("practices")

    def get_context(self, request, *args, **kwargs):
        # Imported here: the detail view builds on the models this module defines.
        from ..practice_detail import practice_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(practice_page_context(request, self))
        return context

    def save(self, *args, **kwargs):
        """A moderators' translation is written in its locale's language, and belongs to no coordinator.

        wagtail-localize copies `language` (a synchronised field) and the
        owner from the original; but the search engines analyse a text in
        its `language`, and the owner may edit a practice on the public
        site and lists it as theirs: only the author's own version is.
        """
        adding = self._state.adding
        could_be_translation = adding or (self.locale_id and self.language != self.locale.language_code)
        if could_be_translation and self.original_version() is not None:
            self.language = self.locale.language_code
            if adding:
                self.owner = None
        super().save(*args, **kwargs)

    def original_version(self):
        """The version its author wrote, when this page is a moderators' translation of it; else None (one query).

        The oldest page with the translation key: wagtail-localize makes a
        translation by copying a version that exists, so the author's page
        comes first, also when a translation was made from another one.
        """
        versions = PracticePage.objects.filter(translation_key=self.translation_key).select_related("locale")
        original = versions.order_by("pk").first()
        return original if original is not None and original.pk != self.pk else None

    @property
    def is_restricted(self):
        return self.visibility == Visibility.COORDINATORS

    def key_factor_numbers(self):
        """Numbers of the practice's key factors, most relevant first (uses any prefetch, else one query)."""
        links = self.practice_key_factors.all()
        if "practice_key_factors" not in getattr(self, "_prefetched_objects_cache", {}):
            links = links.select_related("key_factor")
        numbers = []
        for link in links:
            if link.key_factor.number not in numbers:
                numbers.append(link.key_factor.number)
        return numbers


class PracticeKeyFactor(Orderable):
    """A key factor of a practice; the order says which is most relevant."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="practice_key_factors")
    key_factor = models.ForeignKey(
        "knowledgebase.KeyFactor",
        verbose_name=_("key factor"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=default_language_key_factors,
    )

    panels = [FieldPanel("key_factor", widget=forms.Select)]

    class Meta(Orderable.Meta):
        verbose_name = _("key factor")
        verbose_name_plural = _("key factors")


class PracticeAttachment(Orderable):
    """A file shared with a practice, stored as a Wagtail document.

    The document's collection follows the practice's visibility (see
    `knowledgebase.practice_privacy`), which is what lets Wagtail refuse the
    file's URL to people who may not read the practice.
    """

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="practice_attachments",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
