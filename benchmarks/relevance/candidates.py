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

CANDIDATES = {
    "current": {},
    # Database engine ranking (search/practices/database/ranking.py); the concept weight is read by both engines.
    "concept-weight-1.0": {"PRACTICE_SEARCH_CONCEPT_WEIGHT": 1.0},
    "concept-weight-1.3": {"PRACTICE_SEARCH_CONCEPT_WEIGHT": 1.3},
    "bm25-k1-1.2": {"PRACTICE_SEARCH_BM25_K1": 1.2},
    "bm25-k1-3": {"PRACTICE_SEARCH_BM25_K1": 3.0},
    "body-weight-1.5": {"PRACTICE_SEARCH_FIELD_WEIGHTS": {"body_terms": 1.5}},
    "coverage-0.5": {"PRACTICE_SEARCH_COVERAGE_EXPONENT": 0.5},
    "coverage-1": {"PRACTICE_SEARCH_COVERAGE_EXPONENT": 1.0},
}
