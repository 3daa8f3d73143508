"""Autocomplete: titles and tags of visible practices that have a word starting with what was typed."""

from django.db.models import Case, Q, Value, When
from django.db.models.expressions import RawSQL
from django.utils.text import slugify

from knowledgebase.audience import readable_audiences

from ...models import PracticeSearchFacetValue
from ..contract import TAG, Completion
from ..text.analysis import prefix_form
from .urls import page_urls
from .visibility import visible_condition, visible_documents, visible_ids

MIN_PREFIX_LENGTH = 2
MAX_PREFIX_LENGTH = 100
TAGS_FIRST = 3


def complete(prefix, user, limit=8):
    """Up to `limit` completions: a few matching tags, then matching practice titles."""
    typed = prefix_form((prefix or "")[:MAX_PREFIX_LENGTH])
    if len(typed) < MIN_PREFIX_LENGTH or limit < 1:
        return []
    audiences = readable_audiences(user)
    tags = matching_tags(visible_condition(audiences), typed, limit)
    titles = matching_titles(visible_documents(audiences), typed, limit - min(len(tags), TAGS_FIRST))
    completions = tags[:TAGS_FIRST] + titles
    return (completions + tags[TAGS_FIRST:])[:limit]


def matching_tags(visible, typed, limit):
    slug = slugify(typed)
    if not slug:
        return []
    rows = (
        PracticeSearchFacetValue.objects.filter(facet=TAG, document_id__in=RawSQL(*visible_ids(visible)))  # noqa: S611 - constant SQL, values as parameters  # nosec B611
        .filter(Q(value__startswith=slug) | Q(value__contains="-" + slug))
        .values_list("value", "label")
        .distinct()
        .order_by("label")[:limit]
    )
    return [Completion(text=label or value, kind="tag") for value, label in rows]


def matching_titles(visible, typed, limit):
    if limit < 1:
        return []
    rows = list(
        visible.filter(Q(title_folded__startswith=typed) | Q(title_folded__contains=" " + typed))
        .annotate(starts=Case(When(title_folded__startswith=typed, then=Value(0)), default=Value(1)))
        .order_by("starts", "-published_at", "-pk")
        .values_list("pk", "title")[:limit]
    )
    urls = page_urls([page_id for page_id, _title in rows])
    return [Completion(text=title, kind="title", url=urls.get(page_id, "")) for page_id, title in rows]
