"""Where a cold Elasticsearch practice search spends its time: each request, the query's embedding, the Python.

    eval "$(bash scripts/services.sh env)"
    .venv/bin/python benchmarks/search_profile.py ih_lat_100k --rounds 3

Runs `search_latency`'s query mix (each query as an anonymous visitor and
as a coordinator, in its reader's language) against a site an earlier
`search_latency.py --reuse` run built (`SITE`: its database and index
prefix, e.g. `ih_lat_100k`), every engine cache emptied before each call
as `--cold` does, after one unmeasured round. For each call it times, by
wrapping them (nothing is replaced): every request to Elasticsearch, in
the client and as Elasticsearch's own `took`, named by what its body
asks (facets, keyword window, kNN nearest, similarity, feedback
re-ranking, keyword page, did-you-mean count); the query's embedding;
and the Python steps of `querying` around them. It prints, per kind of
query, the median and p95 of each over the calls that made it. Requests
sent side by side overlap: the parts do not add up to the total.
"""

import argparse
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.search_environment import make_coordinator_user, set_up_django  # noqa: E402

PYTHON_STEPS = (  # (module name in search.practices.elastic, function, label)
    ("querying", "spelled", "py: spelling"),
    ("querying", "analyse_query", "py: analyse query"),
    ("querying", "text_query", "py: build text query"),
    ("querying", "exact_query", "py: build exact query"),
    ("querying", "facets_body", "py: build facets body"),
    ("vectors", "nearest_body", "py: build knn body"),
    ("vectors", "similarity_body", "py: build similarity body"),
    ("vectors", "fused_page", "py: fusion"),
    ("vectors", "similarities", "py: similarities"),
    ("querying", "practice_hit", "py: hit + snippet"),
    ("querying", "did_you_mean", "py+es: did you mean"),
    ("querying", "facet_values", "py: facet values"),
)


def request_kind(path, body):
    """What a search request asks, from its body: the names `querying` and `vectors` give them."""
    if path.endswith("_count"):
        return "did-you-mean count"
    if not isinstance(body, dict):
        return f"other {path}"
    if "aggs" in body:
        return "facets"
    if "knn" in body:
        return "knn nearest"
    if "rescore" in body:
        return "keyword window"
    text = str(body.get("query", {}))
    if "'_name': 'headline'" in text:
        return "similarity"
    if "constant_score" in text:
        return "feedback re-rank"
    return "keyword page"


class Timings:
    """(label, seconds, Elasticsearch's `took` in ms or None) of the call being measured, from any thread."""

    def __init__(self):
        self.lock = threading.Lock()
        self.events = []

    def add(self, label, seconds, took=None):
        with self.lock:
            self.events.append((label, seconds, took))

    def taken(self):
        with self.lock:
            events, self.events = self.events, []
        return events


def timed(timings, label, function):
    def wrapper(*arguments, **options):
        started = time.perf_counter()
        try:
            return function(*arguments, **options)
        finally:
            timings.add(label, time.perf_counter() - started)

    return wrapper


def instrument(timings):
    """Wrap the Elasticsearch client's requests, the embedding and `PYTHON_STEPS` so each call reports its time."""
    from elasticsearch._sync.client._base import BaseClient

    from search.practices import embeddings
    from search.practices.elastic import querying, vectors

    perform = BaseClient.perform_request

    def timed_request(client, method, path, **options):
        started = time.perf_counter()
        response = perform(client, method, path, **options)
        took = response.body.get("took") if isinstance(response.body, dict) else None
        timings.add(request_kind(path, options.get("body")), time.perf_counter() - started, took)
        return response

    BaseClient.perform_request = timed_request
    embeddings.embed = timed(timings, "embed query", embeddings.embed)
    modules = {"querying": querying, "vectors": vectors}
    for module_name, function_name, label in PYTHON_STEPS:
        module = modules[module_name]
        setattr(module, function_name, timed(timings, label, getattr(module, function_name)))


def p95(values):
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the site's name: its PostgreSQL database and index prefix (e.g. ih_lat_100k)")
    parser.add_argument("--rounds", type=int, default=3, help="measured passes over the query mix")
    arguments = parser.parse_args()
    set_up_django(arguments.site, fresh=False, elasticsearch=True)

    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    from benchmarks import search_latency
    from search.practices.elastic import querying

    timings = Timings()
    instrument(timings)
    readers = {"anonymous": AnonymousUser(), "coordinator": make_coordinator_user()}
    empty_caches = search_latency.request_cache_emptier("elasticsearch", cold=True)
    totals, parts = defaultdict(list), defaultdict(lambda: defaultdict(list))
    calls = search_latency.queries()
    for round_number in range(arguments.rounds + 1):  # round 0 loads the model and opens the connections
        for kind, language, query in calls:
            for reader in readers.values():
                empty_caches()
                timings.taken()
                with translation.override(language):
                    started = time.perf_counter()
                    querying.search(query, reader)
                    elapsed = (time.perf_counter() - started) * 1000
                events = timings.taken()
                if not round_number:
                    continue
                per_label, took = defaultdict(float), defaultdict(float)
                for label, seconds, took_ms in events:
                    per_label[label] += seconds * 1000
                    if took_ms is not None:
                        took[label] += took_ms
                for group in ("all", kind):
                    totals[group].append(elapsed)
                    for label, milliseconds in per_label.items():
                        parts[group][label].append(milliseconds)
                        if label in took:
                            parts[group][f"{label} [Elasticsearch took]"].append(took[label])

    for group in ["all", *dict.fromkeys(kind for kind, _language, _query in calls)]:
        print(
            f"\n== {group}: {len(totals[group])} calls, median {median(totals[group]):.1f} ms, "
            f"p95 {p95(totals[group]):.1f} ms"
        )
        for label, values in sorted(parts[group].items(), key=lambda item: -median(item[1])):
            print(f"   {label:<42} median {median(values):7.1f}  p95 {p95(values):7.1f}  ({len(values)} calls)")


if __name__ == "__main__":
    main()
