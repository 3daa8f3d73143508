"""Named ranking configurations that `search_relevance.py --candidates` compares by cross-validation.

Each candidate is a dict of Django settings overrides, applied (with
`django.test.override_settings`) while that candidate's index is rebuilt and
its queries run. "current" is the configuration as deployed and comes first:
a tie in the choice goes to it, so a change has to do strictly better on the
folds it is chosen on.

A ranking change is added here under a new name, measured with
`--candidates current NAME`, and adopted only if the cross-validated mean of
the choice rises; a change that raises the public 29 but lowers the
cross-validated mean is rejected (see benchmarks/relevance/README.md).
"""

# Elasticsearch's ranking by name (search/practices/elastic/matching.py's RANKING); the
# database engine ignores it, so these candidates leave its figures unchanged.
ELASTIC = "PRACTICE_SEARCH_ELASTIC_RANKING"

CANDIDATES = {
    "current": {},
    # A concept weighs PRACTICE_SEARCH_CONCEPT_WEIGHT x 3 against a word: on Elasticsearch's scale a
    # word in a boosted title scores several times what it scores in the database engine's BM25F.
    "es-concepts-x3": {ELASTIC: {"concept_scale": 3}},
    # ...and pseudo-relevance feedback from the best 4 matches instead of 2.
    "es-concepts-x3-feedback-4": {ELASTIC: {"concept_scale": 3, "feedback_documents": 4}},
    # ...and a bonus per pair of neighbouring query words side by side in a practice.
    "es-concepts-x3-feedback-4-pairs": {ELASTIC: {"concept_scale": 3, "feedback_documents": 4, "pair_weight": 1.0}},
    # ...and, for English readers, the tags as one more field of the words (a word counts once).
    "es-concepts-x3-feedback-4-tags-with-words": {
        ELASTIC: {"concept_scale": 3, "feedback_documents": 4, "english_tags_with_words": True}
    },
    "es-concepts-x4-feedback-4-tags-with-words": {
        ELASTIC: {"concept_scale": 4, "feedback_documents": 4, "english_tags_with_words": True}
    },
    "es-concepts-x3-feedback-4-tags-with-words-pairs": {
        ELASTIC: {"concept_scale": 3, "feedback_documents": 4, "english_tags_with_words": True, "pair_weight": 0.7}
    },
}
