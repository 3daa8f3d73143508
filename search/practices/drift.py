"""Where the Elasticsearch index and the live practices disagree (see `check_practice_index`)."""

from dataclasses import dataclass, field

from django.utils.dateparse import parse_datetime

from knowledgebase.audience import Audiences
from knowledgebase.models import PracticePage


@dataclass
class Drift:
    indexed: int = 0
    missing: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)
    orphaned: list[int] = field(default_factory=list)

    def __bool__(self):
        return bool(self.missing or self.stale or self.orphaned)


def find_drift():
    # Imported here: the Elasticsearch client is only loaded where it is configured.
    from .elastic.indexing import indexed_states

    indexed = indexed_states()
    audiences = Audiences.everywhere()
    live = {
        page_id: (revision_id, published_at, audiences.of(path))
        for page_id, revision_id, published_at, path in PracticePage.objects.live().values_list(
            "pk", "live_revision_id", "last_published_at", "path"
        )
    }
    drift = Drift(indexed=len(indexed))
    drift.missing = sorted(set(live) - set(indexed))
    drift.orphaned = sorted(set(indexed) - set(live))
    for page_id in sorted(set(live) & set(indexed)):
        indexed_revision, indexed_published, indexed_audience = indexed[page_id]
        indexed_published = parse_datetime(indexed_published) if indexed_published else None
        # A changed view restriction leaves the revision alone but changes who may read the practice.
        if (indexed_revision, indexed_published, indexed_audience) != live[page_id]:
            drift.stale.append(page_id)
    return drift
