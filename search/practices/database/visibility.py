"""The documents a user may find: the same rule as `PracticePage.objects.visible_to`.

Only live practices are ever indexed; a document under a section with a
view restriction the user does not pass is left out (read once per search,
so a change of restriction needs no reindexing). When a practice has been
translated, the version in the active language stands for the others, as
in the practice listing.

Every coordinators-only practice has a restriction of its own, so an
anonymous reader may have thousands of hidden sections. Rather than one
`path LIKE 'x%'` per section, the paths go to the database as one JSON
parameter and a document is hidden when the start of its path, cut at the
length of a hidden path, is among them: a hashed lookup per distinct
length, whatever the number of sections.
"""

import json

from django.db import connection
from django.db.models import Q
from django.utils import translation

from knowledgebase.visibility import hidden_section_paths

from ...models import PracticeSearchDocument

# `path` unqualified: Django renames the table when the documents become a subquery (facets).
HIDDEN_PATHS_SQL = {
    "sqlite": "substr(path, 1, {length}) IN (SELECT value FROM json_each(%s))",
    "postgresql": ("left(path, {length}) IN (SELECT json_array_elements_text(%s::json))"),
}


def visible_documents(user):
    documents = outside_sections(PracticeSearchDocument.objects.all(), hidden_section_paths(user))
    language = translation.get_language()
    translated_here = documents.filter(has_translations=True, locale=language).values("translation_key")
    return documents.exclude(Q(has_translations=True) & ~Q(locale=language) & Q(translation_key__in=translated_here))


def outside_sections(documents, paths):
    """`documents` not at or under any of the tree `paths`."""
    if not paths:
        return documents
    lengths = sorted({len(path) for path in paths})
    template = HIDDEN_PATHS_SQL[connection.vendor]
    condition = " OR ".join(template.format(length=length) for length in lengths)
    paths_json = json.dumps(sorted(set(paths)))
    return documents.extra(where=[f"NOT ({condition})"], params=[paths_json] * len(lengths))  # noqa: S610 - lengths are ints  # nosec B610
