"""The audience tokens ever registered, kept in the shared cache under the index's generation token.

A signed-in reader's search starts by listing the audiences they pass
(`knowledgebase.audience.readable_audiences`) out of every registered
token, one query a search. A token is registered in the transaction that
writes the first document carrying it (`knowledgebase.audience.register`),
and that transaction renews the index's token (`generation.documents_changed`).
So the list read after the token holds every audience of the documents
under that token, and can be kept under it: the next signed-in search of
an unchanged index reads it from the cache. The list holds no one's data,
and one missing a token would only hide documents, never show them.
"""

from knowledgebase.audience import known_audiences

from .listing_cache import cached_under_index_token

KEY_PREFIX = "practice-search:audiences"


def known_audiences_of_index(token):
    """Every registered audience token, as of the index's generation `token` (read it before calling)."""
    return cached_under_index_token(KEY_PREFIX, token, "all", known_audiences)
