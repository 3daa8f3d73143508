"""The documents a user may find: the same rule as `PracticePage.objects.visible_to`.

Only live practices are ever indexed; a document under a section with a
view restriction the user does not pass is left out (read once per search,
so a change of restriction needs no reindexing). When a practice has been
translated, the version in the active language stands for the others, as
in the practice listing.
"""

from django.db.models import Q
from django.utils import translation

from knowledgebase.visibility import hidden_section_paths

from ...models import PracticeSearchDocument


def visible_documents(user):
    documents = PracticeSearchDocument.objects.all()
    hidden_sections = Q()
    for path in hidden_section_paths(user):
        hidden_sections |= Q(path__startswith=path)
    if hidden_sections:
        documents = documents.exclude(hidden_sections)
    language = translation.get_language()
    translated_here = documents.filter(has_translations=True, locale=language).values("translation_key")
    return documents.exclude(Q(has_translations=True) & ~Q(locale=language) & Q(translation_key__in=translated_here))
