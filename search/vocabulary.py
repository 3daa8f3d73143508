"""The synonym groups of `search/synonyms.txt`, read once per process.

Both engines expand with the same groups: Elasticsearch through a
`synonym_graph` filter built from them when the index is created, the
database engine by OR-ing a query word with its group at query time.
"""

from functools import cache
from pathlib import Path

SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")


@cache
def synonym_groups(path=SYNONYMS_FILE):
    """Each non-empty, non-comment line as a tuple of lower-cased terms, in file order."""
    groups = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        terms = tuple(dict.fromkeys(term.strip().lower() for term in line.split(",") if term.strip()))
        if len(terms) > 1:
            groups.append(terms)
    return groups
