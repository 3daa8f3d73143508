"""The documents a user may find: the same rule as `knowledgebase.visibility.visible_to`.

Only live practices are ever indexed, each with its audience
(`knowledgebase.audience`); a search keeps the audiences the reader
passes, one short `IN` list however many practices are restricted. When a
practice has been translated, the version in the active language stands
for the others, as in the practice listing.
"""

from django.db.models import Q
from django.utils import translation

from ...models import PracticeSearchDocument


def visible_documents(audiences):
    """The documents a reader passing `audiences` (`readable_audiences(user)`) may find."""
    documents = PracticeSearchDocument.objects.filter(audience__in=audiences)
    language = translation.get_language()
    translated_here = documents.filter(has_translations=True, locale=language).values("translation_key")
    return documents.exclude(Q(has_translations=True) & ~Q(locale=language) & Q(translation_key__in=translated_here))


def visibility_key(audiences):
    """What decides which documents a reader finds: their audiences, and the active language (translations)."""
    return "+".join(sorted(audiences)) + "@" + (translation.get_language() or "")
