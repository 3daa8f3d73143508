"""The documents a user may find: the same rule as `knowledgebase.visibility.visible_to`.

Only live practices are ever indexed, each with its audience
(`knowledgebase.audience`); a search keeps the audiences the reader
passes, one short `IN` list however many practices are restricted.

A practice translated by moderators is one practice: one version stands
for the others, the one in the active language, else the original (the
oldest version, the author's). Every version's document holds the text of
all of them (`indexing.write_documents`), so the version shown is found by
words only another version holds, and totals and facets count it once.
"""

from django.db.models import Exists, OuterRef, Q
from django.utils import translation

from ...models import PracticeSearchDocument


def visible_documents(audiences):
    """The documents a reader passing `audiences` (`readable_audiences(user)`) may find."""
    documents = PracticeSearchDocument.objects.filter(audience__in=audiences)
    language = translation.get_language()
    translated = documents.filter(has_translations=True)
    translated_here = translated.filter(locale=language).values("translation_key")
    older_version = translated.filter(translation_key=OuterRef("translation_key"), page_id__lt=OuterRef("page_id"))
    return documents.exclude(
        Q(has_translations=True)
        & ~Q(locale=language)
        & (Q(translation_key__in=translated_here) | Exists(older_version))
    )


def visibility_key(audiences):
    """What decides which documents a reader finds: their audiences, and the active language (translations)."""
    return "+".join(sorted(audiences)) + "@" + (translation.get_language() or "")
