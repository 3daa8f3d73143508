"""Practice search latency (p50/p95, with facets) and full reindex time at 10k and 100k practices.

    eval "$(bash scripts/services.sh env)"     # DATABASE_URL and ELASTICSEARCH_URL
    .venv/bin/python benchmarks/search_latency.py --sizes 10000,100000 --write-docs
    .venv/bin/python benchmarks/search_latency.py --sizes 10000 --backends sqlite --reuse

For each size and each database (SQLite, and PostgreSQL when DATABASE_URL
is set) a child process:

1. builds a throw-away site (`search_environment`: SQLite file, or the
   PostgreSQL database `<prefix>_<size>`, Elasticsearch indexes
   `<prefix>_<size>_*`, the prefix `ih_bench` unless `--site-prefix`
   gives one's own), migrates it and bulk-loads N synthetic practices
   (`synthetic_practices`); `--reuse` keeps a site an earlier `--reuse` run
   loaded with the same number of practices;
2. times a full reindex, `engine.rebuild()`, of each engine: the database
   engine on both databases, Elasticsearch with PostgreSQL;
3. measures `engine.search(query, user)` in-process (no HTTP, no template:
   the engine call the page and the API make, facets included) for a mix
   of queries: one word, several words, words with filters (key factor,
   region, year), and the empty query that lists everything with its
   facets, in English, French and Spanish, each run in its reader's
   language, as an anonymous visitor and as a coordinator. Every query
   is run once to warm up (connections, caches, the database's pages),
   then `--rounds` times in a shuffled order (after a database rebuild on
   PostgreSQL, `VACUUM ANALYZE` of the search tables first, as autovacuum
   would do on a live site); p50 and p95 are over all
   measured calls, and per kind of query. Both engines keep what a search
   found until the index changes: whole results per query, language and
   audience in Django's cache (`results_cache`; for the rounds after the
   first, a search asked again by the same audience is a cache read),
   and its counts (Elasticsearch the answer of its facet request in its
   shard request cache; the database engine the total and facet counts
   in Django's cache); `--cold` empties them before every call, and the
   process's memo of query vectors (hybrid search), measuring each search
   as if it were new: embedding, matching and ranking.

With hybrid search on, a rebuild takes the documents' embeddings from a
store of vectors by text (`embedding_cache`, `--embedding-store`): each
distinct text of the synthetic practices is embedded once, across runs,
and the reindex time counts only the texts the store lacked (how many, in
the JSON: `embedded` / `from_store`).

The parent collects the children's JSON and, with `--write-docs`, writes
the tables into docs/benchmarks.md ("Search", between this benchmark's
markers). Targets at 100k: Elasticsearch p95 <= 50 ms, PostgreSQL p95 <= 200 ms.
"""

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.search_environment import PROJECT_ROOT, code_version, write_docs_block  # noqa: E402

TARGETS_MS = {("postgresql", "elasticsearch"): 50, ("postgresql", "database"): 200}
DOCS_BLOCK = "search_latency"

# (kind, reader's language, text, filters): words from the synthetic vocabulary, each read in its own language
# (the engines analyse a query in the reader's language only, and name its concepts there).
QUERY_MIX = (
    ("one word", "en", "rotation", {}),
    ("one word", "en", "bribery", {}),
    ("one word", "fr", "vidéosurveillance", {}),
    ("one word", "es", "soborno", {}),
    ("several words", "en", "electronic payment of duties", {}),
    ("several words", "en", "staff rotation at border posts", {}),
    ("several words", "fr", "protection des lanceurs d'alerte", {}),
    ("several words", "es", "declaración patrimonial de funcionarios", {}),
    ("filtered", "en", "rotation", {"key_factors": (8,)}),
    ("filtered", "en", "payment", {"regions": ("WCA", "ESA")}),
    ("filtered", "en", "code of conduct training", {"key_factors": (7,), "years": (2019, 2020, 2021)}),
    ("filtered", "fr", "", {"regions": ("EUR",), "key_factors": (6,)}),
    ("empty", "en", "", {}),
)
ROLES = ("anonymous", "coordinator")


# ---------------------------------------------------------------- the child: one size, one database


def percentile(values, share):
    """The nearest-rank percentile: the smallest value with at least `share` of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 1))
    return ordered[int(rank) - 1]


def summarise(milliseconds):
    return {
        "calls": len(milliseconds),
        "p50_ms": round(percentile(milliseconds, 0.50), 1),
        "p95_ms": round(percentile(milliseconds, 0.95), 1),
        "mean_ms": round(statistics.fmean(milliseconds), 1),
        "max_ms": round(max(milliseconds), 1),
    }


def load_site(count, reuse):
    """Migrate and bulk-load `count` practices unless a reused site already has them; seconds taken."""
    from benchmarks.search_environment import migrate
    from benchmarks.synthetic_practices import bulk_load, generate_records
    from knowledgebase.models import PracticePage

    timings = {"migrate_s": round(migrate(), 1)}
    present = PracticePage.objects.count()
    if reuse and present == count:
        timings["load_s"] = None  # reused
        return timings
    if present:
        sys.exit(f"The reused site holds {present} practices, not {count}: run without --reuse.")
    started = time.monotonic()
    bulk_load(
        generate_records(count),
        progress=lambda done: print(f"  loaded {done}/{count}", file=sys.stderr) if done % 20000 == 0 else None,
    )
    timings["load_s"] = round(time.monotonic() - started, 1)
    return timings


def queries():
    from search.practices.contract import PracticeQuery

    return [(kind, language, PracticeQuery(text=text, **filters)) for kind, language, text, filters in QUERY_MIX]


def request_cache_emptier(name, cold):
    """What runs before each timed call: nothing, or (`cold`) emptying what the engine keeps between searches.

    Both engines keep whole results in Django's cache (`results_cache`), the
    database engine its counts there too, Elasticsearch the answer of its
    facet request in its shard request cache, and hybrid search the vectors
    of recent queries (`embeddings.forget_queries`). For Elasticsearch the index
    token is renewed, as after a write, which retires its cached results;
    for the database engine Django's cache is emptied but for the concept
    vocabulary's version (`search.vocabulary`), which only a concept change
    renews: without it every call read all the concepts from the database
    again, which no search on a live site does.
    """
    if not cold:
        return lambda: None
    from django.core.cache import cache

    from search.vocabulary import VERSION_KEY

    def empty_django_cache():
        kept = cache.get_many([VERSION_KEY])
        cache.clear()
        cache.set_many(kept, timeout=None)

    if name == "database":
        return empty_django_cache
    from search.practices import embeddings
    from search.practices.elastic import index_token
    from search.practices.elastic.connection import alias_name, client

    def empty_elasticsearch_caches():
        # A new index token retires the cached results as a write to the index does; Django's other caches stay.
        index_token.renew()
        client().indices.clear_cache(index=alias_name(), request=True)
        # Hybrid search: the query is embedded again, as a query the process has not seen.
        embeddings.forget_queries()

    return empty_elasticsearch_caches


def measure_engine(name, engine, coordinator_id, rounds, seed, budget_seconds, cold=False):
    """({kind: [milliseconds]}, {call: total hits}, {call: problem}) for every query x role, after a warm-up.

    A call that fails is reported and left out. A call whose warm-up takes
    longer than `budget_seconds` is not repeated (a slow engine would keep
    the benchmark running for hours): its warm-up time stands for each of
    its rounds, so it weighs in the percentiles as much as any other call.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import AnonymousUser
    from django.utils import translation

    def user_for(role):
        # A fresh user per call, as each request loads its own: no role cache carried over.
        return AnonymousUser() if role == "anonymous" else get_user_model().objects.get(pk=coordinator_id)

    empty_caches = request_cache_emptier(name, cold)

    def timed(query, language, role):
        user = user_for(role)
        empty_caches()
        with translation.override(language):  # the reader's language, as the locale middleware sets it
            started = time.perf_counter()
            results = engine.search(query, user)
            return results, (time.perf_counter() - started) * 1000

    def record(kind, role, elapsed):
        timings.setdefault(kind, []).append(elapsed)
        timings.setdefault(f"{kind} / {role}", []).append(elapsed)

    timings, totals, problems, calls = {}, {}, {}, []
    for kind, language, query in queries():
        for role in ROLES:
            label = f"{role} ({language}): {query.text or '(empty)'} {query.filters() or ''}".strip()
            try:
                results, elapsed = timed(query, language, role)
            except Exception as error:  # noqa: BLE001 - any failure is a finding to report, not a crash
                problems[label] = f"failed: {type(error).__name__}: {str(error)[:300]}"
                print(f"  {label}: {problems[label]}", file=sys.stderr)
                continue
            if results.engine != name or results.degraded:
                sys.exit(f"{name} answered as {results.engine} (degraded={results.degraded})")
            totals[label] = results.total
            if elapsed > budget_seconds * 1000:
                problems[label] = f"over the {budget_seconds} s budget: {elapsed / 1000:.1f} s, measured once"
                print(f"  {label}: {problems[label]}", file=sys.stderr)
                for _round in range(rounds):
                    record(kind, role, elapsed)
            else:
                calls.append((kind, language, query, role))

    shuffler = random.Random(seed)
    for _round in range(rounds):
        shuffler.shuffle(calls)
        for kind, language, query, role in calls:
            record(kind, role, timed(query, language, role)[1])
    return timings, totals, problems


def vacuum_search_tables():
    """On PostgreSQL, clear away the rows the rebuild replaced, as autovacuum soon would on a live site.

    A rebuild rewrites every document in one transaction; measured straight
    after it, each search also reads the 100 000 dead rows and both
    generations of the GIN indexes' entries, which no running site has for
    long. VACUUM cannot run in a transaction, so it runs in autocommit.
    """
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    from search.models import PracticeSearchDocument, PracticeSearchFacetValue
    from search.practices.database.fulltext import MATCH_TABLE

    tables = [PracticeSearchDocument._meta.db_table, PracticeSearchFacetValue._meta.db_table, MATCH_TABLE]
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(f'VACUUM ANALYZE "{table}"')


def run_child(arguments):
    from django.conf import settings

    from benchmarks.embedding_cache import embeddings_from_store
    from benchmarks.search_environment import engine_names, load_engines, make_coordinator_user, set_up_django

    size = f"{arguments.count // 1000}k" if arguments.count % 1000 == 0 else str(arguments.count)
    name = f"{arguments.site_prefix}_{size}"
    names = engine_names(arguments.engine)
    site = set_up_django(name, fresh=not arguments.reuse, elasticsearch="elasticsearch" in names)
    engines = load_engines(names)
    result = {
        "count": arguments.count,
        "database": site.database_vendor,
        "cache": "cold" if arguments.cold else "warm",
        "rounds": arguments.rounds,
        "site": site.describe(),
        "cache_backend": settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1],
        **load_site(arguments.count, arguments.reuse),
        "engines": {},
    }
    coordinator_id = make_coordinator_user().pk
    for engine_name, engine in engines.items():
        if arguments.keep_index:
            indexed, rebuild_seconds, embedded = arguments.count, None, None
            print(f"{site.database_vendor} {arguments.count}: measuring the {engine_name} index as is", file=sys.stderr)
        else:
            print(f"{site.database_vendor} {arguments.count}: rebuilding the {engine_name} index", file=sys.stderr)
            started = time.monotonic()
            with embeddings_from_store(arguments.embedding_store) as store:
                indexed = engine.rebuild()
            rebuild_seconds = round(time.monotonic() - started, 1)
            embedded = {"embedded": store.misses, "from_store": store.hits}
            if engine_name == "database":
                vacuum_search_tables()
            print(f"  {indexed} indexed in {rebuild_seconds} s; measuring", file=sys.stderr)
        timings, totals, problems = measure_engine(
            engine_name, engine, coordinator_id, arguments.rounds, arguments.seed, arguments.budget, arguments.cold
        )
        overall = [value for kind, values in timings.items() if "/" not in kind for value in values] or [float("nan")]
        result["engines"][engine_name] = {
            "rebuild_s": rebuild_seconds,
            "embeddings": embedded,
            "indexed": indexed,
            "overall": summarise(overall),
            "by_kind": {kind: summarise(values) for kind, values in timings.items()},
            "totals": totals,
            "problems": problems,
        }
    Path(arguments.child_json).write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    if site.temporary_folder:
        site.temporary_folder.cleanup()


# ---------------------------------------------------------------- the parent: every size and database, then the report


def run_children(arguments):
    database_url = os.environ.get("DATABASE_URL", "")
    backends = arguments.backends.split(",")
    if "postgresql" in backends and not database_url.startswith(("postgres://", "postgresql://")):
        print("DATABASE_URL is not a PostgreSQL URL: measuring SQLite only.", file=sys.stderr)
        backends = [backend for backend in backends if backend != "postgresql"]
    results = []
    for count in [int(size) for size in arguments.sizes.split(",")]:
        for backend in backends:
            environment = dict(os.environ)
            if backend == "sqlite":
                environment.pop("DATABASE_URL", None)
                engine = "database"
            else:
                engine = arguments.engine
            with tempfile.NamedTemporaryFile(suffix=".json") as child_json:
                command = [
                    sys.executable,
                    __file__,
                    "--child-json",
                    child_json.name,
                    "--count",
                    str(count),
                    "--engine",
                    engine,
                    "--rounds",
                    str(arguments.rounds),
                    "--seed",
                    str(arguments.seed),
                    "--budget",
                    str(arguments.budget),
                    "--site-prefix",
                    arguments.site_prefix,
                    *(["--reuse"] if arguments.reuse else []),
                    *(["--cold"] if arguments.cold else []),
                    *(["--keep-index"] if arguments.keep_index else []),
                    *(["--embedding-store", str(arguments.embedding_store)] if arguments.embedding_store else []),
                ]
                load_average, code = os.getloadavg()[0], code_version()
                subprocess.run(command, env=environment, check=True)  # noqa: S603 - our own script
                result = json.loads(Path(child_json.name).read_text(encoding="utf-8"))
                result["load_average_at_start"] = round(load_average, 1)
                result["code"] = code
                results.append(result)
                print_result(result)
    return results


def reindex_seconds(measured):
    return "kept" if measured["rebuild_s"] is None else f"{measured['rebuild_s']:.1f}"


def print_result(result):
    for engine, measured in result["engines"].items():
        overall = measured["overall"]
        print(
            f"{result['count']:>7} {result['database']:<10} {engine:<13} p50 {overall['p50_ms']:>7.1f} ms  "
            f"p95 {overall['p95_ms']:>7.1f} ms  reindex {reindex_seconds(measured):>6} s"
        )


def engine_label(result, engine):
    """The engine's name, saying when its cache of search counts was emptied before every call."""
    return f"{engine} (cold cache)" if result.get("cache") == "cold" else engine


def measured_sizes(results):
    return ",".join(str(count) for count in sorted({result["count"] for result in results}))


def cache_backends(results):
    """The runs' cache backends: warm figures are cache reads, a round trip with Redis, none with a per-process one."""
    return ", ".join(sorted({result.get("cache_backend", "not recorded") for result in results}))


def markdown(results, arguments):
    from benchmarks.search_environment import service_versions

    lines = [
        "### Latency and reindexing (`benchmarks/search_latency.py`)",
        "",
        f"Run on {datetime.now(UTC):%Y-%m-%d}: {os.cpu_count()} cores shared with other work "
        f"(load average when each measurement started is in the table), Python {platform.python_version()}, "
        f"{service_versions()}; Django's cache: {cache_backends(results)}. Command: `.venv/bin/python "
        f"benchmarks/search_latency.py --sizes {measured_sizes(results)} --reuse --rounds N --budget "
        f"{arguments.budget:g} --write-docs`, N the table's rounds, with `--keep-index --cold` for the cold rows "
        "(or one run per database with `--json`, then `--render` of the files).",
        "",
        "Latency is measured **in-process**: the time of `engine.search(query, user)`, the call the search page "
        "and the JSON API make, with facet counts, snippets and the first page of 20 hits; no HTTP, no template. "
        f"The mix is {len(QUERY_MIX)} queries (one word, several words in en/fr/es, each run in its reader's language, "
        "words with key factor / region "
        "/ year filters, filters alone, the empty query that lists everything with facets), each as an anonymous "
        "visitor and as a coordinator, run once to warm up and then as many times as the table's rounds, in a "
        "shuffled order. "
        "Reindex is a full `engine.rebuild()` from the database. Practices come from "
        "`benchmarks/synthetic_practices.py` (bulk-loaded; load time in the table). Code measured: "
        + "; ".join(
            sorted(
                {
                    f"{result['count']:,}, {result['database']}, {' + '.join(result['engines'])}: "
                    + result.get("code", "?")
                    for result in results
                }
            )
        )
        + ".",
        "",
        "| practices | database | engine | rounds | p50 (ms) | p95 (ms) | max (ms) | full reindex (s) | load (s) "
        "| load avg | code |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for result in results:
        for engine, measured in result["engines"].items():
            overall = measured["overall"]
            load = "reused" if result["load_s"] is None else f"{result['load_s']:.0f}"
            lines.append(
                f"| {result['count']:,} | {result['database']} | {engine_label(result, engine)} | "
                f"{result.get('rounds', '?')} | "
                f"{overall['p50_ms']:.1f} | {overall['p95_ms']:.1f} | {overall['max_ms']:.1f} | "
                f"{reindex_seconds(measured)} | {load} | "
                f"{result['load_average_at_start']} | {result.get('code', '?').split(' with ')[0]} |"
            )
    lines += ["", "p95 by kind of query and role (ms):", ""]
    kinds = [
        f"{kind} / {role}"
        for kind in dict.fromkeys(kind for kind, _language, _text, _filters in QUERY_MIX)
        for role in ROLES
    ]
    lines += [
        "| practices | database | engine | " + " | ".join(kinds) + " |",
        "|---|---|---|" + "---|" * len(kinds),
    ]
    for result in results:
        for engine, measured in result["engines"].items():
            cells = [
                f"{measured['by_kind'][kind]['p95_ms']:.0f}" if kind in measured["by_kind"] else "failed"
                for kind in kinds
            ]
            lines.append(
                f"| {result['count']:,} | {result['database']} | {engine_label(result, engine)} | "
                + " | ".join(cells)
                + " |"
            )
    lines += ["", *verdicts(results), *failures(results)]
    return "\n".join(lines)


def failures(results):
    lines = []
    for result in results:
        for engine, measured in result["engines"].items():
            for call, problem in measured["problems"].items():
                lines.append(f"- {result['count']:,}, {result['database']}, {engine}, `{call}`: {problem}")
    if lines:
        lines.insert(0, "\nCalls that failed (left out of the timings) or were too slow to repeat:\n")
    return lines


def verdicts(results):
    lines = []
    for result in results:
        if result["count"] != 100_000:
            continue
        for engine, measured in result["engines"].items():
            target = TARGETS_MS.get((result["database"], engine))
            if target is not None:
                p95 = measured["overall"]["p95_ms"]
                verdict = "**met**" if p95 <= target else "**missed**"
                label = "Elasticsearch" if engine == "elasticsearch" else "PostgreSQL (database engine)"
                if result.get("cache") == "cold":
                    label += ", its caches of results and counts emptied before every call"
                lines.append(f"- {label} at 100k: p95 {p95:.0f} ms against a target of {target} ms: {verdict}.")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated numbers of practices")
    parser.add_argument("--backends", default="sqlite,postgresql", help="comma-separated: sqlite, postgresql")
    parser.add_argument("--engine", choices=["database", "elasticsearch", "all"], default="all")
    parser.add_argument("--rounds", type=int, default=5, help="measured passes over the query mix")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--budget", type=float, default=20, help="seconds after which a call is not repeated")
    parser.add_argument("--reuse", action="store_true", help="keep the sites between runs (<site prefix>_<size>)")
    parser.add_argument(
        "--site-prefix",
        default="ih_bench",
        help="the sites' database and index names start with it (its own for each person measuring at once)",
    )
    parser.add_argument("--cold", action="store_true", help="empty the engines' caches of counts before every call")
    parser.add_argument(
        "--keep-index",
        action="store_true",
        help="with --reuse: measure the indexes as an earlier run left them, no rebuild (no reindex time)",
    )
    parser.add_argument(
        "--embedding-store",
        type=Path,
        help="the store of documents' vectors by text a hybrid rebuild reads and fills (default: in ~/.cache)",
    )
    parser.add_argument("--json", type=Path, help="write every measurement to this file")
    parser.add_argument("--write-docs", action="store_true", help="write the tables into docs/benchmarks.md")
    parser.add_argument(
        "--render", type=Path, nargs="+", help="measure nothing: report the results of earlier --json files"
    )
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--child-json", help=argparse.SUPPRESS)
    arguments = parser.parse_args()

    if arguments.keep_index and not arguments.reuse:
        parser.error("--keep-index needs --reuse: a new site has no index to keep")
    if arguments.child_json:
        run_child(arguments)
        return
    if arguments.render:
        results = [result for path in arguments.render for result in json.loads(path.read_text(encoding="utf-8"))]
    else:
        results = run_children(arguments)
    if arguments.json:
        arguments.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")
    if arguments.write_docs:
        write_docs_block(DOCS_BLOCK, markdown(results, arguments))
        print(f"Wrote the results into {PROJECT_ROOT / 'docs' / 'benchmarks.md'}.")


if __name__ == "__main__":
    main()
