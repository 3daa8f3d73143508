"""The index's generation: a token renewed, and the documents counted, with every change to the documents.

`PracticeSearchGeneration` holds one row. Indexing calls `documents_changed()`
in the transaction that writes or deletes documents, so a search reads, in
one short query, whether anything changed (the key of cached counts, see
`listing_cache`) and how many documents there are (the N of the ranking's
IDF), instead of counting 100 000 rows each time. The token is random,
never a counter: a rolled-back change must not let an old token come back.
"""

from typing import NamedTuple
from uuid import uuid4

from django.db import connection
from django.db.models import F
from django.db.models.functions import Greatest

from ...models import PracticeSearchDocument, PracticeSearchGeneration


class IndexState(NamedTuple):
    """The index as a search read it, in one statement."""

    token: str  # renewed with every change to the documents
    document_count: int
    concepts_token: str  # renewed with every change to the concept vocabulary ("" while the index has none)


def documents_changed(removed=None):
    """Renew the token, and recount the documents (or take `removed` off the count, for one deletion among many).

    Call in the transaction that changed them.
    """
    token = uuid4().hex
    if removed is not None:
        PracticeSearchGeneration.objects.update(token=token, document_count=Greatest(F("document_count") - removed, 0))
        return
    values = {"token": token, "document_count": PracticeSearchDocument.objects.count()}
    if not PracticeSearchGeneration.objects.update(**values):
        PracticeSearchGeneration.objects.create(**values, concepts_token=uuid4().hex)


def concepts_changed():
    """Renew the concept vocabulary's token: every process's next database-engine search reads the concepts again."""
    PracticeSearchGeneration.objects.update(concepts_token=uuid4().hex)


# Read by every search, warm or cold: a fixed statement, not a queryset built and compiled each time.
CURRENT = "SELECT token, document_count, concepts_token FROM search_practicesearchgeneration ORDER BY id LIMIT 1"


def current():
    """The `IndexState` as it stands ("none", a count and no concepts token when never indexed)."""
    with connection.cursor() as cursor:
        cursor.execute(CURRENT)
        row = cursor.fetchone()
    return IndexState(*row) if row else IndexState("none", PracticeSearchDocument.objects.count(), "")
