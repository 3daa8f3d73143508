"""Factories for the guide, practices, comments and bookmarks, and people of the exchange.

Practices made here are live with their visibility applied, exactly as if a
moderator had published them, without the cost of a revision each: tests
that need hundreds of practices stay quick.
"""

import factory
import wagtail_factories
from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents import get_document_model

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, MODERATORS

from .models import (
    GuideChapterPage,
    GuidePage,
    GuideSectionPage,
    KeyFactor,
    PracticeAttachment,
    PracticeBookmark,
    PracticeComment,
    PracticeIndexPage,
    PracticeKeyFactor,
    PracticePage,
    PracticeTag,
    Visibility,
)
from .practice_privacy import apply_practice_visibility, attachment_collection

__all__ = [
    "GuideChapterPageFactory",
    "GuidePageFactory",
    "GuideSectionPageFactory",
    "PracticeBookmarkFactory",
    "PracticeCommentFactory",
    "PracticeIndexPageFactory",
    "PracticePageFactory",
    "attach_document",
    "make_coordinator",
    "make_moderator",
    "minimal_pdf",
]


def default_language_key_factor(number):
    return KeyFactor.objects.get(locale__language_code=settings.LANGUAGE_CODE, number=number)


class GuidePageFactory(wagtail_factories.PageFactory):
    title = "Integrity Development Guide"
    slug = factory.Sequence(lambda n: f"guide-{n}")
    introduction = "How customs administrations build and sustain integrity."

    class Meta:
        model = GuidePage


class GuideChapterPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chapter {n}")
    slug = factory.Sequence(lambda n: f"chapter-{n}")
    introduction = "What this chapter covers."
    last_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = GuideChapterPage


class GuideSectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Section {n}")
    slug = factory.Sequence(lambda n: f"section-{n}")
    introduction = "What this section explains."
    body = factory.LazyFunction(
        lambda: [
            {"type": "rich_text", "value": "<h2>Why it matters</h2><p>Integrity is built by design.</p>"},
            {"type": "rich_text", "value": "<h2>What to do</h2><p>Start with an honest assessment.</p>"},
        ]
    )
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = GuideSectionPage
        skip_postgeneration_save = True

    @factory.post_generation
    def key_factors(self, create, numbers, **kwargs):
        """`key_factors=[1, 4]` tags the section with those key factors."""
        if create and numbers:
            self.key_factors.set([default_language_key_factor(number) for number in numbers])
            self.save()


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    title = "Best practices"
    slug = factory.Sequence(lambda n: f"practices-{n}")
    introduction = "Lessons learned by partner administrations."

    class Meta:
        model = PracticeIndexPage


class PracticePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rotating staff at border post {n}")
    slug = factory.Sequence(lambda n: f"practice-{n}")
    summary = "Officers rotate every two years between posts."
    language = "en"
    administration = factory.SubFactory(PartnerAdministrationFactory)
    region = factory.SelfAttribute("administration.region")
    year = 2020
    problem = "<p>Officers stayed too long at the same post.</p>"
    actions = "<p>A rotation plan moved officers every two years.</p>"
    results = "<p>Complaints fell by a third.</p>"
    lessons_learned = "<p>Explain rotation before starting it.</p>"
    contact_unit = "Integrity Unit"
    contact_email = "integrity@customs.example"
    visibility = Visibility.PUBLIC
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.SelfAttribute("first_published_at")

    class Meta:
        model = PracticePage
        skip_postgeneration_save = True

    class Params:
        coordinators_only = factory.Trait(visibility=Visibility.COORDINATORS)

    @factory.post_generation
    def key_factors(self, create, numbers, **kwargs):
        """`key_factors=[8, 6]`: most relevant first; one key factor (8) by default."""
        if create:
            for position, number in enumerate(numbers or [8]):
                PracticeKeyFactor.objects.create(
                    page=self, key_factor=default_language_key_factor(number), sort_order=position
                )

    @factory.post_generation
    def tags(self, create, names, **kwargs):
        if create:
            for name in names or []:
                PracticeTag.objects.create(content_object=self, tag=Tag.objects.get_or_create(name=name)[0])

    @factory.post_generation
    def privacy(self, create, extracted, **kwargs):
        """Apply the visibility as publication would."""
        if create:
            apply_practice_visibility(self)


class PracticeCommentFactory(factory.django.DjangoModelFactory):
    practice = factory.SubFactory(PracticePageFactory)
    author = factory.SubFactory(UserFactory)
    body = "How did officers react to the rotation plan?"

    class Meta:
        model = PracticeComment


class PracticeBookmarkFactory(factory.django.DjangoModelFactory):
    practice = factory.SubFactory(PracticePageFactory)
    user = factory.SubFactory(UserFactory)

    class Meta:
        model = PracticeBookmark


def make_coordinator(administration=None, **fields):
    """A coordinator of `administration` (a new one by default) who can log in."""
    user = UserFactory(administration=administration or PartnerAdministrationFactory(), **fields)
    return add_to_role(user, COORDINATORS)


def make_moderator(**fields):
    return add_to_role(UserFactory(is_staff=True, **fields), MODERATORS)


def minimal_pdf():
    """The bytes of a small valid PDF file."""
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    )


def attach_document(practice, title="Rotation plan", uploaded_by=None):
    """Attach a new PDF document to a live practice and apply its visibility to the file."""
    document = get_document_model().objects.create(
        title=title,
        file=ContentFile(minimal_pdf(), name=f"{title.lower().replace(' ', '-')}.pdf"),
        collection=attachment_collection(restricted=True),
        uploaded_by_user=uploaded_by,
    )
    PracticeAttachment.objects.create(page=practice, document=document, sort_order=0)
    apply_practice_visibility(practice)
    return document
