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
    # Keyword ranking fused with the nearest practices by sentence embedding (docs/search.md "Hybrid mode").
    "hybrid": {"PRACTICE_SEARCH_HYBRID": True},
    # ...with only the closer practices as vector matches.
    "hybrid_close": {"PRACTICE_SEARCH_HYBRID": True, "PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY": 0.3},
}
