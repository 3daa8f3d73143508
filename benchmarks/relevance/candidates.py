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
# Hybrid search as first built: reciprocal rank fusion, only titles and summaries embedded.
RANK_FUSION = {"PRACTICE_SEARCH_HYBRID_FUSION": "ranks", "PRACTICE_SEARCH_HYBRID_PASSAGES": False}
# Hybrid search fused by scores, with the narrative's passages embedded (minimum similarity 0.2).
BLEND = {
    "PRACTICE_SEARCH_HYBRID": True,
    "PRACTICE_SEARCH_HYBRID_FUSION": "scores",
    "PRACTICE_SEARCH_HYBRID_PASSAGES": True,
    "PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY": 0.2,
}

CANDIDATES = {
    "current": {},
    # Database engine (search/practices/database/). Adopted in December 2026 (cross-validated 0.801 -> 0.818):
    # concepts named only in the narrative weigh as the body, concept weight 1.6, k1 1.2. The configuration
    # before, and the alternatives measured against it, are kept to measure again after a change.
    "database-before-december-2026": {
        "PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY": False,
        "PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT": 0.8,
        "PRACTICE_SEARCH_BM25_K1": 2.0,
    },
    "database-concept-weight-1": {"PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT": 1.0},
    "database-concept-weight-2": {"PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT": 2.0},
    "database-k1-2": {"PRACTICE_SEARCH_BM25_K1": 2.0},
    "database-concepts-with-tags": {"PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY": False},
    "database-body-weight-1.5": {"PRACTICE_SEARCH_FIELD_WEIGHTS": {"body_terms": 1.5}},
    "database-coverage-0.5": {"PRACTICE_SEARCH_COVERAGE_EXPONENT": 0.5},
    "database-16-concepts": {"PRACTICE_SEARCH_MAX_QUERY_CONCEPTS": 16},
    # Spelling corrections. Adopted in December 2026 (chosen on every fold, cross-validated 0.820 -> 0.821):
    # a corrected query keeps the concepts its words named as typed; the configuration before. Measured and
    # not adopted: correcting only within Elasticsearch's typo bounds (one edit from 5 letters, two from 8).
    "database-without-typed-concepts": {"PRACTICE_SEARCH_KEEP_TYPED_CONCEPTS": False},
    "database-corrections-strict": {"PRACTICE_SEARCH_CORRECTION_EDITS": (5, 8)},
    # Elasticsearch as it ranked before the tuning of December 2026 (docs/search.md, "Relevance"):
    # concepts at PRACTICE_SEARCH_CONCEPT_WEIGHT alone, feedback from the 2 best matches, no word
    # pairs, an English reader's tags matched in a clause of their own.
    "es-before-tuning": {
        ELASTIC: {
            "concept_scale": 1.0,
            "body_concept_share": 1.0,
            "feedback_documents": 2,
            "pair_weight": 0.0,
            "english_tags_with_words": False,
        }
    },
    # Elasticsearch before `headline_concepts` (adopted December 2026: a concept named only in the
    # narrative gets a third of the concept weight, concepts x 5; cross-validated 0.804 -> 0.816).
    "es-before-headline-concepts": {ELASTIC: {"body_concept_share": 1.0, "concept_scale": 3}},
    # Ideas measured against the current ranking, not adopted (docs/search.md gives their figures).
    "es-concepts-x4": {ELASTIC: {"body_concept_share": 1.0, "concept_scale": 4}},
    "es-concepts-x2": {ELASTIC: {"body_concept_share": 1.0, "concept_scale": 2}},
    "es-concepts-x2.5": {ELASTIC: {"body_concept_share": 1.0, "concept_scale": 2.5}},
    # A concept named only in the narrative gets part of the concept weight (`headline_concepts`).
    "es-body-concepts-half": {ELASTIC: {"body_concept_share": 0.5, "concept_scale": 3}},
    "es-body-concepts-half-x4": {ELASTIC: {"body_concept_share": 0.5, "concept_scale": 4}},
    "es-body-concepts-third-x4": {ELASTIC: {"body_concept_share": 0.33, "concept_scale": 4}},
    "es-body-concepts-half-x3.5": {ELASTIC: {"body_concept_share": 0.5, "concept_scale": 3.5}},
    "es-body-concepts-quarter-x4": {ELASTIC: {"body_concept_share": 0.25, "concept_scale": 4}},
    "es-body-concepts-third-x6": {ELASTIC: {"body_concept_share": 0.33, "concept_scale": 6}},
    "es-typos-0.6": {ELASTIC: {"fuzzy_weight": 0.6}},
    "es-no-pairs": {ELASTIC: {"pair_weight": 0.0}},
    "es-pairs-0.35": {ELASTIC: {"pair_weight": 0.35}},
    "es-pairs-0.5": {ELASTIC: {"pair_weight": 0.5}},
    # Issue 17, concept and misspelling queries (docs/search.md "Relevance"): adopted in December 2026
    # (cross-validated 0.820 -> 0.830, chosen on four folds of five): the words scored as BM25F
    # (`words_as_bm25f`), a misspelt word searched as its correction (`spelling_corrections`), keeping
    # the concepts the words named as typed. The ranking before, and each part alone on it:
    "es-before-bm25f-corrections": {
        ELASTIC: {"words_as_bm25f": False, "spelling_corrections": False, "corrections_keep_typed_concepts": False}
    },
    "es-bm25f-alone": {ELASTIC: {"spelling_corrections": False, "corrections_keep_typed_concepts": False}},
    "es-corrections-alone": {ELASTIC: {"words_as_bm25f": False}},
    # Measured with it and not adopted: corrections losing the typed words' concepts, bounded as the
    # typo tolerance (one edit from 5 letters, two from 8), sparing the concept vocabulary's words;
    # a concept's rarity over every practice carrying it; concepts weighed as the database engine
    # weighs them (0.8 x 3 = 2.4, a tag's saturated 1.6 x 1.49; a narrative's 0.67 of it); scales 4 and 6.
    "es-corrections-without-typed-concepts": {ELASTIC: {"corrections_keep_typed_concepts": False}},
    "es-corrections-strict": {ELASTIC: {"correction_edits": (5, 8)}},
    "es-corrections-spare": {ELASTIC: {"corrections_spare_concept_words": True}},
    "es-concept-rarity": {ELASTIC: {"concept_rarity_over_all_carriers": True}},
    "es-database-concepts": {
        ELASTIC: {"concept_scale": 3, "body_concept_share": 0.67, "concept_rarity_over_all_carriers": True}
    },
    "es-bm25f-concepts-x4": {ELASTIC: {"concept_scale": 4}},
    "es-bm25f-concepts-x6": {ELASTIC: {"concept_scale": 6}},
    # The words as written as BM25F too; the proximity bonus halved.
    "es-as-written-bm25f": {ELASTIC: {"as_written_as_bm25f": True}},
    "es-as-written-bm25f-x2": {ELASTIC: {"as_written_as_bm25f": True, "as_written_weight": 0.6}},
    "es-proximity-0.75": {ELASTIC: {"proximity_weight": 0.75}},
    "es-as-written-bm25f-proximity-0.75": {ELASTIC: {"as_written_as_bm25f": True, "proximity_weight": 0.75}},
    # Headline matches weighing less: a concept in a narrative at half its weight; whole tags at half
    # (chosen on four folds, but its choice, 0.8296, not above current's 0.8299).
    "es-bm25f-body-concepts-half": {ELASTIC: {"body_concept_share": 0.5}},
    "es-whole-tags-half": {ELASTIC: {"whole_tag_weight": 0.5}},
    # Elasticsearch's keyword ranking alone: `current` until December 2026, when hybrid search (below, fused by
    # scores at a share of 0.6, `hybrid-blend-0.6`) was adopted (cross-validated 0.820 -> 0.862).
    "keyword-only": {"PRACTICE_SEARCH_HYBRID": False},
    # Keyword ranking fused with the nearest practices by sentence embedding (docs/search.md "Hybrid mode"):
    # first by ranks (reciprocal rank fusion) with only titles and summaries embedded...
    "hybrid": {"PRACTICE_SEARCH_HYBRID": True, **RANK_FUSION},
    # ...with only the closer practices as vector matches.
    "hybrid_close": {"PRACTICE_SEARCH_HYBRID": True, **RANK_FUSION, "PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY": 0.3},
    # Fused by normalised scores, the similarity being the mean of the title and summary's and the nearest
    # narrative passage's (`fusion.blended`), at a share of 0.5 or 0.6; and by scores on titles and summaries only.
    "hybrid-blend-0.5": {**BLEND, "PRACTICE_SEARCH_HYBRID_VECTOR_SHARE": 0.5},
    "hybrid-blend-0.6": {**BLEND, "PRACTICE_SEARCH_HYBRID_VECTOR_SHARE": 0.6},
    # The database engine's hybrid search (December 2026, search/practices/database/vectors.py) is behind the same
    # settings: `keyword-only` is its keyword ranking alone, and these also measure it with a smaller vector share.
    "hybrid-blend-0.4": {**BLEND, "PRACTICE_SEARCH_HYBRID_VECTOR_SHARE": 0.4},
    "hybrid-blend-0.6-headlines": {
        **BLEND,
        "PRACTICE_SEARCH_HYBRID_VECTOR_SHARE": 0.6,
        "PRACTICE_SEARCH_HYBRID_PASSAGES": False,
    },
    # Issue 17, query-dependent fusion (docs/search.md "Hybrid mode"). Adopted in December 2026 (chosen on every
    # fold, cross-validated 0.866 -> 0.874): the similarity's share drops to 0.4 when the keyword ranking's best hit
    # is at least 0.7 x as close to the query as the closest practice fused (the words found what the query means),
    # and stays at 0.6 otherwise. The fusion before (one share for every query), and the alternatives measured:
    "hybrid-before-confidence": {"PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE": None},
    "hybrid-confident-0.4": {"PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE": 0.4},
    "hybrid-confident-0.3": {"PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE": 0.3},
    "hybrid-confident-0.4-agreement-0.8": {
        "PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE": 0.4,
        "PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT": 0.8,
    },
    # ...and a query holding a word written as an acronym fused at a share of 0.2 or 0.1 (the embedding model
    # barely knows "CIPS" or "RKC"): 0.2 adopted in December 2026 (chosen on every fold, cross-validated
    # 0.873 -> 0.878; acronym queries 0.924 -> 0.954); the fusion before, as any other query:
    "hybrid-without-acronyms": {"PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE": None},
    "hybrid-acronym-0.2": {"PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE": 0.2},
    "hybrid-acronym-0.1": {"PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE": 0.1},
    # Both engines' fusion with one share for every query (neither the confident nor the acronym share): how the
    # database engine's hybrid search was first measured (December 2026).
    "hybrid-one-share": {
        "PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE": None,
        "PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE": None,
    },
}
