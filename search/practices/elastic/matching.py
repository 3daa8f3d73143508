"""What a search text matches in the practice index, and how each match scores.

The query runs against the fields of each language (analysed as that
language, with synonyms) and against the language-neutral fields with
typo tolerance at a lower weight; titles, summaries and tags weigh more
than the body, words close together in a title or summary add a proximity
bonus, and pseudo-relevance feedback (the terms of the two best matches)
lifts practices on the same subject worded differently.
"""

from elasticsearch_dsl import Q

from .analysis import TEXT_LANGUAGES
from .connection import alias_name, search_client
from .document import PracticeDocument

TITLE_BOOST = 3
SUMMARY_BOOST = 2
TAG_BOOST = 3
FUZZY_WEIGHT = 0.6
# No edits up to 4 letters ("pay" must not find "day"), one up to 7, two beyond.
FUZZINESS = "AUTO:5,8"
PROXIMITY_WEIGHT = 1.5
FEEDBACK_DOCUMENTS = 2
FEEDBACK_FIELDS = ("title", "summary", "body")
FEEDBACK_TERMS = 40
FEEDBACK_MINIMUM_MATCH = "20%"
FEEDBACK_WEIGHT = 0.25


def neutral_fields():
    return [
        f"title^{TITLE_BOOST}",
        f"summary^{SUMMARY_BOOST}",
        "body",
        f"tag_names.text^{TAG_BOOST}",
        "administration_name.text",
    ]


def language_queries(text):
    """One BM25F query per language over title, summary and body (one analyzer each), plus the tags.

    combined_fields scores the fields as one document with weighted fields,
    so a word repeated in title, summary and body is not counted three times
    as most_fields would, which favours practices matching more of the words.
    """
    queries = [
        Q(
            "combined_fields",
            query=text,
            fields=[f"{language}.title^{TITLE_BOOST}", f"{language}.summary^{SUMMARY_BOOST}", f"{language}.body"],
        )
        for language in TEXT_LANGUAGES
    ]
    return [*queries, Q("match", **{"tag_names.english": {"query": text, "boost": TAG_BOOST}})]


def text_query(text):
    """Stemmed, synonym-aware matching per language, plus typo-tolerant and proximity clauses."""
    proximity_fields = [f"{language}.{field}" for language in TEXT_LANGUAGES for field in ("title", "summary")]
    return Q(
        "bool",
        should=[
            *language_queries(text),
            Q(
                "multi_match",
                query=text,
                fields=neutral_fields(),
                type="most_fields",
                fuzziness=FUZZINESS,
                prefix_length=1,
                boost=FUZZY_WEIGHT,
            ),
            Q("multi_match", query=text, fields=proximity_fields, type="phrase", slop=3, boost=PROXIMITY_WEIGHT),
        ],
        minimum_should_match=1,
    )


def feedback_query(text, scope):
    """Pseudo-relevance feedback: the best few matches describe the topic in the corpus's own words.

    `scope` is the filter clauses of the search (visibility and facets).
    Their most telling terms (more_like_this) are added as an optional
    clause, so practices on the same subject worded otherwise rise; the
    set of matches, and so totals and facets, does not change.
    """
    first_pass = (
        PracticeDocument.search(using=search_client(), index=alias_name())
        .query(Q("bool", must=[text_query(text)], filter=scope))
        .source(False)
        .extra(size=FEEDBACK_DOCUMENTS)
    )
    liked = [{"_index": alias_name(), "_id": hit.meta.id} for hit in first_pass.execute()]
    if not liked:
        return None
    return Q(
        "more_like_this",
        fields=[f"{language}.{field}" for language in TEXT_LANGUAGES for field in FEEDBACK_FIELDS],
        like=liked,
        min_term_freq=1,
        min_doc_freq=2,
        max_query_terms=FEEDBACK_TERMS,
        minimum_should_match=FEEDBACK_MINIMUM_MATCH,
        include=True,
        boost=FEEDBACK_WEIGHT,
    )
