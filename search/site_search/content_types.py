"""Which page types the site search covers, and how each is labelled and summarised.

Models are named by label, not imported: the search app may depend on
knowledgebase but not on elearning, and a label costs nothing until used.
The final assessment is left out on purpose: its text is a question pool,
and showing it in results would hand out the questions.
"""

from dataclasses import dataclass

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class SearchableType:
    """One filter of the site search: a URL key, a label and the page models it groups."""

    key: str
    label: str
    model_labels: tuple[str, ...]

    @property
    def models(self):
        return tuple(apps.get_model(label) for label in self.model_labels)

    @property
    def content_type_ids(self):
        """Ids of the grouped models' content types (cached by Django's ContentType manager)."""
        return {content_type.pk for content_type in ContentType.objects.get_for_models(*self.models).values()}


class SearchableTypes:
    """The types in the order the page lists them, with lookups by key and by content type."""

    def __init__(self, types):
        self.types = tuple(types)

    def __iter__(self):
        return iter(self.types)

    def get(self, key):
        return next((searchable for searchable in self.types if searchable.key == key), None)

    @property
    def keys(self):
        return [searchable.key for searchable in self.types]

    @property
    def models(self):
        return tuple(model for searchable in self.types for model in searchable.models)

    def key_by_content_type_id(self):
        return {
            content_type_id: searchable.key
            for searchable in self.types
            for content_type_id in searchable.content_type_ids
        }


SEARCHABLE_TYPES = SearchableTypes(
    [
        SearchableType("course", _("Courses"), ("elearning.CoursePage",)),
        SearchableType("lesson", _("Lessons"), ("elearning.LessonPage",)),
        SearchableType(
            "guide",
            _("Guide"),
            ("knowledgebase.GuidePage", "knowledgebase.GuideChapterPage", "knowledgebase.GuideSectionPage"),
        ),
        SearchableType("practice", _("Practices"), ("knowledgebase.PracticePage",)),
    ]
)

# The plain-text field that summarises each page type in a hit, after the page's search description.
EXCERPT_FIELDS = ("summary", "introduction")


def excerpt_of(page):
    """A short plain-text summary of a specific page for its hit."""
    return excerpt_of_row({name: getattr(page, name, "") for name in ("search_description", *EXCERPT_FIELDS)})


def excerpt_of_row(row):
    """`excerpt_of` for a page read as a row ({field name: value}; a field its type lacks is left out)."""
    for field_name in ("search_description", *EXCERPT_FIELDS):
        value = row.get(field_name)
        if value:
            return value
    return ""
