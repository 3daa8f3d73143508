"""Relevance of the practice search engines on the shared test corpus: nDCG@10, recall@10, MRR, cross-validated.

    .venv/bin/python benchmarks/search_relevance.py --engine database      # database engine on SQLite
    DATABASE_URL=postgres://integrityhub:integrityhub@127.0.0.1:55432/integrityhub \\
    ELASTICSEARCH_URL=http://127.0.0.1:9200 \\
        .venv/bin/python benchmarks/search_relevance.py --engine all --verbose
    .venv/bin/python benchmarks/search_relevance.py --queries hidden.jsonl --json out.json
    .venv/bin/python benchmarks/search_relevance.py --candidates current other   # choose between configurations
    .venv/bin/python benchmarks/search_relevance.py --reuse        # keep the site between runs while tuning
    .venv/bin/python benchmarks/search_relevance.py --render sqlite.json postgres.json --write-docs

What it does:

1. Builds a throw-away site (see `search_environment`): a new SQLite file, or
   the PostgreSQL database `ih_bench_relevance` beside DATABASE_URL's, and
   Elasticsearch indexes named `ih_bench_relevance_*`; migrates it.
2. Imports the corpus (`../shared/corpus/practices.jsonl`) with the
   `import_practices` command, which publishes each practice under the
   practice index and applies its visibility, as an editor's import would.
3. Brings each engine's index up to date with `engine.rebuild()`.
4. Runs every query of the query file through each engine module directly
   (`search.practices.database`, `search.practices.elastic`: never through
   the fallback), as the user the query names ("public": anonymous;
   "coordinator": a member of the Coordinators group), with its filters
   (region code, key factor number) and in its language (the active
   language while the engine runs), asking for the first 10 hits.
5. Scores the first 10 hits against the graded judgments (grades 0-3, any
   record not judged is 0):

   - nDCG@10: DCG = sum over ranks r = 1..10 of (2^grade - 1) / log2(r + 1),
     divided by the DCG of the ideal ranking (the judged grades, best first).
     Exponential gains are the usual choice and are what reproduces the
     keyword baseline's 0.77 on the public 29.
   - recall@10: the share of the records judged relevant (grade >= 1) that
     are among the first 10 hits.
   - MRR: the mean over queries of 1 / rank of the first hit with grade >= 1
     among the first 10 (0 when there is none), i.e. MRR@10.

   The same figures are computed for a plain keyword baseline (SQLite FTS5,
   BM25, OR of the query words, no stemming, over title, summary, narrative
   fields and tags, with the same visibility and filters), so every run shows
   what "beating the baseline" means on the query file at hand.

6. Reads the figures as the evaluation protocol says (`relevance/protocol.py`,
   `relevance/README.md`): the queries (by default the development set
   `relevance/dev_queries.jsonl`, which includes the public 29) are split into
   5 folds, stratified by kind of query with a fixed seed; each engine gets
   its mean nDCG@10 per kind, its mean on each held-out fold, the mean over
   the folds and their spread (standard deviation, min-max), overall and per
   kind, and the public 29 beside it.
7. With `--candidates`, runs each engine once per named ranking configuration
   (`relevance/candidates.py`: Django settings overrides, the index rebuilt
   under them) and chooses between them by cross-validation: for each fold,
   the candidate with the best mean on the other 4 folds, scored on the
   held-out fold. The mean of those held-out scores is what a ranking decision
   is judged by; a change that raises the public 29 but lowers it is rejected.

It also checks visibility: a hit an anonymous user may not read (a
coordinators-only record) is counted as a leak and makes the exit status 1.
"""

import argparse
import json
import math
import re
import sqlite3
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.relevance.candidates import CANDIDATES  # noqa: E402
from benchmarks.relevance.protocol import (  # noqa: E402
    FOLDS,
    Spread,
    assign_folds,
    choose_by_cross_validation,
    chosen_spread,
    cross_validated,
    kind_of,
    mean_over,
    per_kind_means,
)
from benchmarks.search_environment import (  # noqa: E402
    CORPUS,
    engine_names,
    load_engines,
    migrate,
    set_up_django,
    users_by_role,
    write_docs_block,
)

CUTOFF = 10
DATABASE_NAME = "ih_bench_relevance"
BASELINE = "keyword baseline"
BASELINE_FIELDS = ("title", "summary", "problem", "actions", "results", "lessons_learned", "themes")
TARGETS = {"elasticsearch": 0.90, "database": 0.80}
# Issue 17: cross-validated nDCG@10 overall, and on each of the hard kinds, per engine.
CROSS_VALIDATED_TARGETS = {"elasticsearch": 0.90, "database": 0.85}
HARD_KINDS = ("cross_language", "paraphrase")
HARD_KIND_TARGETS = {"elasticsearch": 0.60, "database": 0.50}
DOCS_BLOCK = "search_relevance"
DEV_QUERIES = Path(__file__).resolve().parent / "relevance" / "dev_queries.jsonl"
PUBLIC_QUERIES = CORPUS / "queries_public.jsonl"


# ---------------------------------------------------------------- scoring


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 1) for rank, grade in enumerate(grades, 1))


def ndcg_at(ranked_ids, judgments, cutoff=CUTOFF):
    ideal = dcg(sorted(judgments.values(), reverse=True)[:cutoff])
    if ideal == 0:
        return 0.0
    return dcg([judgments.get(external_id, 0) for external_id in ranked_ids[:cutoff]]) / ideal


def recall_at(ranked_ids, judgments, cutoff=CUTOFF):
    relevant = {external_id for external_id, grade in judgments.items() if grade >= 1}
    if not relevant:
        return 0.0
    return len(relevant.intersection(ranked_ids[:cutoff])) / len(relevant)


def reciprocal_rank(ranked_ids, judgments, cutoff=CUTOFF):
    for rank, external_id in enumerate(ranked_ids[:cutoff], 1):
        if judgments.get(external_id, 0) >= 1:
            return 1 / rank
    return 0.0


@dataclass
class QueryScore:
    query_id: str
    query: str
    ndcg: float
    recall: float
    reciprocal_rank: float
    seconds: float
    hits: list
    leaks: list = field(default_factory=list)  # hits the searching user may not read


@dataclass
class EngineScore:
    engine: str
    queries: list

    def mean(self, attribute):
        return sum(getattr(score, attribute) for score in self.queries) / len(self.queries)

    def summary(self):
        return {
            "engine": self.engine,
            "queries": len(self.queries),
            "ndcg@10": round(self.mean("ndcg"), 4),
            "recall@10": round(self.mean("recall"), 4),
            "mrr": round(self.mean("reciprocal_rank"), 4),
            "leaks": sum(len(score.leaks) for score in self.queries),
        }


def score_query(query, ranked_ids, seconds, records):
    judgments = query["relevant"]
    leaks = [
        external_id
        for external_id in ranked_ids
        if query["as"] == "public" and records.get(external_id, {}).get("visibility") != "public"
    ]
    return QueryScore(
        query_id=query["id"],
        query=query["query"],
        ndcg=ndcg_at(ranked_ids, judgments),
        recall=recall_at(ranked_ids, judgments),
        reciprocal_rank=reciprocal_rank(ranked_ids, judgments),
        seconds=seconds,
        hits=ranked_ids[:CUTOFF],
        leaks=leaks,
    )


# ---------------------------------------------------------------- the keyword baseline


class KeywordBaseline:
    """SQLite FTS5 with BM25 over the raw records, OR of the query words: the bar the engines must clear."""

    def __init__(self, records):
        self.records = records
        self.connection = sqlite3.connect(":memory:")
        columns = ", ".join(BASELINE_FIELDS)
        self.connection.execute(f"CREATE VIRTUAL TABLE practice USING fts5(external_id UNINDEXED, {columns})")
        placeholders = ", ".join("?" * (len(BASELINE_FIELDS) + 1))
        self.connection.executemany(
            f"INSERT INTO practice VALUES ({placeholders})",  # noqa: S608 - column names are constants
            [
                (record["external_id"], *(self.text(record[name]) for name in BASELINE_FIELDS))
                for record in records.values()
            ],
        )

    @staticmethod
    def text(value):
        return " ".join(value) if isinstance(value, list) else value

    def ranked_ids(self, query):
        words = re.findall(r"\w+", query["query"].lower())
        match = " OR ".join(f'"{word}"' for word in words)
        rows = self.connection.execute(
            "SELECT external_id FROM practice WHERE practice MATCH ? ORDER BY bm25(practice)", [match]
        )
        return [external_id for (external_id,) in rows if self.passes(self.records[external_id], query)][:CUTOFF]

    @staticmethod
    def passes(record, query):
        filters = query["filters"]
        return (
            (query["as"] != "public" or record["visibility"] == "public")
            and record["region"] == filters.get("region", record["region"])
            and ("key_factor" not in filters or filters["key_factor"] in record["key_factors"])
        )


# ---------------------------------------------------------------- running the engines


def practice_query(query):
    from search.practices.contract import PracticeQuery

    filters = query["filters"]
    unknown = set(filters) - {"region", "key_factor"}
    if unknown:
        sys.exit(f"Query {query['id']}: unknown filter(s) {', '.join(sorted(unknown))}.")
    return PracticeQuery(
        text=query["query"],
        regions=(filters["region"],) if "region" in filters else (),
        key_factors=(int(filters["key_factor"]),) if "key_factor" in filters else (),
        page=1,
        page_size=CUTOFF,
    )


def engine_ranked_ids(engine_name, engine, query, user):
    """External ids of the first 10 hits, run in the query's language."""
    from django.utils import translation

    with translation.override(query["language"]):
        results = engine.search(practice_query(query), user)
    if results.engine != engine_name or results.degraded:
        sys.exit(f"The {engine_name} engine answered as {results.engine!r} (degraded={results.degraded}).")
    return [hit.external_id for hit in results.hits]


def run_engine(name, ranked_ids_for, queries, records):
    scores = []
    for query in queries:
        started = time.perf_counter()
        ranked_ids = ranked_ids_for(query)
        scores.append(score_query(query, ranked_ids, time.perf_counter() - started, records))
    return EngineScore(name, scores)


def run_candidates(name, engine, candidates, queries, records, users):
    """{candidate: EngineScore} for one engine, each candidate run (and its index rebuilt) under its overrides."""
    from django.test import override_settings

    by_candidate = {}
    built_with = {}  # build_site rebuilt the index under the settings as they are
    for candidate in candidates:
        overrides = CANDIDATES[candidate]
        with override_settings(**overrides):
            if overrides != built_with:
                engine.rebuild()
                built_with = overrides
            engine_ranked_ids(name, engine, queries[0], users[queries[0]["as"]])  # warm-up: connections, caches
            by_candidate[candidate] = run_engine(
                name,
                lambda query: engine_ranked_ids(name, engine, query, users[query["as"]]),
                queries,
                records,
            )
    return by_candidate


def build_site(corpus_file, engines):
    """Migrate, import the corpus, rebuild each engine's index; the seconds each step took."""
    from django.core.management import call_command

    timings = {"migrate": migrate()}
    started = time.monotonic()
    call_command("import_practices", str(corpus_file), verbosity=0)
    timings["import"] = time.monotonic() - started
    for name, engine in engines.items():
        started = time.monotonic()
        engine.rebuild()
        timings[f"rebuild {name}"] = time.monotonic() - started
    return timings


# ---------------------------------------------------------------- output


def print_table(rows, headings):
    widths = [max(len(str(value)) for value in column) for column in zip(headings, *rows, strict=True)]
    for row in (headings, ["-" * width for width in widths], *rows):
        print("  ".join(str(value).ljust(width) for value, width in zip(row, widths, strict=True)))


def print_per_query(results, queries):
    names = [result.engine for result in results]
    headings = ["query", "text"] + [f"{name} {metric}" for name in names for metric in ("nDCG", "R@10", "RR")]
    rows = []
    for position, query in enumerate(queries):
        row = [query["id"], query["query"][:48]]
        for result in results:
            score = result.queries[position]
            row += [f"{score.ndcg:.3f}", f"{score.recall:.2f}", f"{score.reciprocal_rank:.2f}"]
        rows.append(row)
    print_table(rows, headings)
    print()


def print_means(results):
    rows = []
    for result in results:
        summary = result.summary()
        target = TARGETS.get(result.engine)
        verdict = "" if target is None else ("met" if summary["ndcg@10"] >= target else "MISSED") + f" (>= {target})"
        rows.append(
            [
                result.engine,
                summary["queries"],
                f"{summary['ndcg@10']:.3f}",
                f"{summary['recall@10']:.3f}",
                f"{summary['mrr']:.3f}",
                summary["leaks"],
                verdict,
            ]
        )
    print_table(rows, ["engine", "queries", "nDCG@10", "recall@10", "MRR", "leaks", "nDCG target"])


def read_jsonl(path):
    with open(path, encoding="utf-8") as source:
        return [json.loads(line) for line in source if line.strip()]


def measure(arguments):
    """Build the site, run the queries through the baseline and each engine; the report as a dict (as in --json)."""
    records = {record["external_id"]: record for record in read_jsonl(arguments.corpus)}
    queries = read_jsonl(arguments.queries)
    names = engine_names(arguments.engine)
    site = set_up_django(arguments.database_name, fresh=not arguments.reuse, elasticsearch="elasticsearch" in names)
    engines = load_engines(names)
    timings = build_site(arguments.corpus, engines)
    users = users_by_role()
    unknown_roles = {query["as"] for query in queries} - set(users)
    if unknown_roles:
        sys.exit(f"Unknown role(s) in {arguments.queries}: {', '.join(sorted(unknown_roles))}.")

    baseline = KeywordBaseline(records)
    results = [run_engine(BASELINE, baseline.ranked_ids, queries, records)]
    candidate_scores, candidate_leaks = {}, []
    for name, engine in engines.items():
        by_candidate = run_candidates(name, engine, arguments.candidates, queries, records, users)
        results.append(by_candidate[arguments.candidates[0]])
        candidate_scores[name] = {
            candidate: {score.query_id: score.ndcg for score in result.queries}
            for candidate, result in by_candidate.items()
        }
        candidate_leaks += [
            [name, candidate, score.query_id, score.leaks]
            for candidate, result in by_candidate.items()
            for score in result.queries
            if score.leaks and candidate != arguments.candidates[0]
        ]

    print(f"{len(records)} practices, {len(queries)} queries from {arguments.queries}; {site.describe()}")
    print("Set-up: " + ", ".join(f"{step} {seconds:.1f} s" for step, seconds in timings.items()))
    print()
    if arguments.verbose:
        print_per_query(results, queries)
    print_means(results)
    if site.temporary_folder:
        site.temporary_folder.cleanup()
    public_ids = {query["id"] for query in read_jsonl(PUBLIC_QUERIES)} if PUBLIC_QUERIES.exists() else set()
    return {
        "queries_file": str(arguments.queries),
        "database": site.database_vendor,
        "site": site.describe(),
        "setup_seconds": timings,
        "queries": [{"id": query["id"], "query": query["query"]} for query in queries],
        "kinds": {query["id"]: kind_of(query) for query in queries},
        "public_ids": sorted(public_ids.intersection(query["id"] for query in queries)),
        "means": [result.summary() for result in results],
        "per_query": {result.engine: [asdict(score) for score in result.queries] for result in results},
        "candidates": candidate_scores,
        "candidate_leaks": candidate_leaks,
    }


def leaks_of(report):
    return [
        (engine, score["query_id"], score["leaks"])
        for engine, scores in report["per_query"].items()
        for score in scores
        if score["leaks"]
    ] + [
        (f"{engine} ({candidate})", query_id, external_ids)
        for engine, candidate, query_id, external_ids in report.get("candidate_leaks", [])
    ]


# ---------------------------------------------------------------- the protocol: kinds, folds, choice


@dataclass
class ProtocolFigures:
    """What the protocol says about one engine's run: per kind, per held-out fold, public 29, the choice."""

    label: str
    per_kind: dict  # {kind: mean nDCG@10}
    folds: Spread  # the held-out fold means
    folds_per_kind: dict  # {kind: Spread}
    public: float | None  # mean over the public 29, when the query file holds them
    choices: list = field(default_factory=list)  # FoldChoice per fold, for an engine run with candidates


def report_kinds(report):
    """{query id: kind}; a report written before kinds existed is one unlabelled stratum."""
    return report.get("kinds") or {query["id"]: kind_of(query) for query in report["queries"]}


def ids_of_kind(kinds, kind):
    return {query_id for query_id, query_kind in kinds.items() if query_kind == kind}


def protocol_figures(reports):
    """ProtocolFigures for the baseline (once) and each engine of each report, folds from the first report."""
    kinds = report_kinds(reports[0])
    public_ids = reports[0].get("public_ids", [])
    assignment = assign_folds([{"id": query_id, "kind": kind} for query_id, kind in kinds.items()])
    figures = []
    for report in reports:
        for engine, per_query in report["per_query"].items():
            if engine == BASELINE and any(figure.label == BASELINE for figure in figures):
                continue
            label = engine if engine == BASELINE or len(reports) == 1 else f"{engine} ({report['database']})"
            scores = {score["query_id"]: score["ndcg"] for score in per_query}
            candidates = report.get("candidates", {}).get(engine, {})
            figures.append(
                ProtocolFigures(
                    label=label,
                    per_kind=per_kind_means(scores, kinds),
                    folds=cross_validated(scores, assignment),
                    folds_per_kind={
                        kind: cross_validated(scores, assignment, only=ids_of_kind(kinds, kind))
                        for kind in per_kind_means(scores, kinds)
                    },
                    public=mean_over(scores, public_ids) if public_ids else None,
                    choices=choose_by_cross_validation(candidates, assignment) if candidates else [],
                )
            )
    return figures


def target_verdicts(figures):
    """Lines saying whether each engine meets issue 17's cross-validated targets (overall and hard kinds)."""
    lines = []
    for figure in figures:
        engine = figure.label.split(" (")[0]
        if engine not in CROSS_VALIDATED_TARGETS:
            continue
        checks = [("overall", figure.folds.mean, CROSS_VALIDATED_TARGETS[engine])] + [
            (kind, figure.folds_per_kind[kind].mean, HARD_KIND_TARGETS[engine])
            for kind in HARD_KINDS
            if kind in figure.folds_per_kind
        ]
        lines.append(
            f"{figure.label}: "
            + ", ".join(
                f"{name} {value:.3f} " + ("met" if value >= target else "missed") + f" (>= {target:.2f})"
                for name, value, target in checks
            )
        )
    return lines


def spread_text(spread):
    return f"{spread.mean:.3f} ± {spread.stdev:.3f} ({spread.low:.3f}–{spread.high:.3f})"


def print_protocol(reports):
    figures = protocol_figures(reports)
    kinds = list(figures[0].per_kind)
    counts = Counter(report_kinds(reports[0]).values())
    print()
    print("Mean nDCG@10 per kind of query:")
    print_table(
        [[f"{kind} ({counts[kind]})"] + [f"{figure.per_kind[kind]:.3f}" for figure in figures] for kind in kinds],
        ["kind"] + [figure.label for figure in figures],
    )
    print()
    print(f"{FOLDS}-fold cross-validation (folds stratified by kind, fixed seed): nDCG@10 on each held-out fold")
    print_table(
        [
            [figure.label]
            + [f"{value:.3f}" for value in figure.folds.per_fold]
            + [spread_text(figure.folds), "" if figure.public is None else f"{figure.public:.3f}"]
            for figure in figures
        ],
        ["engine"] + [f"fold {fold + 1}" for fold in range(FOLDS)] + ["mean ± sd (min–max)", "public 29"],
    )
    print()
    print("Cross-validated nDCG@10 per kind, mean ± sd (min–max) over the held-out folds:")
    print_table(
        [[kind] + [spread_text(figure.folds_per_kind[kind]) for figure in figures] for kind in kinds],
        ["kind"] + [figure.label for figure in figures],
    )
    for figure in figures:
        if figure.choices:
            print()
            print(f"{figure.label}: candidate chosen on the other folds, scored on the held-out one")
            print_table(
                [
                    [choice.fold + 1, choice.chosen, f"{choice.training_mean:.3f}", f"{choice.held_out_mean:.3f}"]
                    for choice in figure.choices
                ],
                ["fold", "chosen", "mean on the other folds", "held-out nDCG@10"],
            )
            print(f"cross-validated mean of the choice: {spread_text(chosen_spread(figure.choices))}")
    verdicts = target_verdicts(figures)
    if verdicts:
        print()
        print("Issue 17 targets, cross-validated nDCG@10:")
        for line in verdicts:
            print(f"  {line}")


def markdown(reports):
    """The docs block: means per engine and database, then nDCG@10 per query."""
    from benchmarks.search_environment import service_versions

    lines = [
        "### Relevance (`benchmarks/search_relevance.py`)",
        "",
        f"Run on {datetime.now(UTC):%Y-%m-%d} with {service_versions()}: the 120 practices of "
        "`../shared/corpus/practices.jsonl` imported with `import_practices`, each engine's index rebuilt, the "
        f"queries of `{Path(reports[0]['queries_file']).name}` run through each engine module directly (never the "
        "fallback) as the user each names, with its filters, in its language, first 10 hits. nDCG@10 with gains "
        "2^grade - 1 and a log2(rank + 1) discount (on the public 29 it gives the keyword baseline 0.77); "
        "recall@10 = share of the records judged relevant (grade >= 1) in the first 10; MRR = mean of 1 / rank "
        "of the first hit with grade >= 1 within the first 10. Leaks = hits shown to an anonymous user that only "
        "coordinators may read. Command: `.venv/bin/python benchmarks/search_relevance.py --engine all --json "
        "FILE` once per database, then `--render FILE... --write-docs`.",
        "",
        "| engine | database | queries | nDCG@10 | recall@10 | MRR | leaks | nDCG@10 target |",
        "|---|---|---|---|---|---|---|---|",
    ]
    baseline_written = False
    columns = []
    for report in reports:
        for summary in report["means"]:
            if summary["engine"] == BASELINE:
                if baseline_written:
                    continue
                baseline_written, database = True, "(none: SQLite FTS5 in memory)"
            else:
                database = report["database"]
            target = TARGETS.get(summary["engine"])
            verdict = (
                "" if target is None else f"{target:.2f}: " + ("met" if summary["ndcg@10"] >= target else "**missed**")
            )
            lines.append(
                f"| {summary['engine']} | {database} | {summary['queries']} | {summary['ndcg@10']:.3f} | "
                f"{summary['recall@10']:.3f} | {summary['mrr']:.3f} | {summary['leaks']} | {verdict} |"
            )
            label = summary["engine"] if summary["engine"] == BASELINE else f"{summary['engine']} ({database})"
            columns.append((label, report["per_query"][summary["engine"]]))
    lines += protocol_markdown(reports)
    lines += ["", "nDCG@10 per query:", "", "| query | " + " | ".join(name for name, _ in columns) + " |"]
    lines.append("|---|" + "---|" * len(columns))
    for position, query in enumerate(reports[0]["queries"]):
        cells = [f"{scores[position]['ndcg']:.2f}" for _name, scores in columns]
        lines.append(f"| {query['id']} {query['query']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def protocol_markdown(reports):
    """The protocol's tables for the docs block: per kind, cross-validated overall and per kind, the choice."""
    figures = protocol_figures(reports)
    kinds = list(figures[0].per_kind)
    counts = Counter(report_kinds(reports[0]).values())
    headings = "| " + " | ".join(figure.label for figure in figures) + " |"
    separator = "|---|" + "---|" * len(figures)
    lines = [
        "",
        f"{FOLDS}-fold cross-validation (`benchmarks/relevance/protocol.py`): the queries are split into {FOLDS} "
        "folds stratified by kind with a fixed seed; nDCG@10 on each held-out fold, the mean over the folds, the "
        "sample standard deviation and min–max across folds. The public 29 (`queries_public.jsonl`, part of the "
        "set) beside it, never alone.",
        "",
        "| engine | " + "".join(f"fold {fold + 1} | " for fold in range(FOLDS)) + "mean | sd | min–max | public 29 |",
        "|---|" + "---|" * (FOLDS + 4),
    ]
    for figure in figures:
        folds = figure.folds
        lines.append(
            f"| {figure.label} | "
            + " | ".join(f"{value:.3f}" for value in folds.per_fold)
            + f" | **{folds.mean:.3f}** | {folds.stdev:.3f} | {folds.low:.3f}–{folds.high:.3f} | "
            + ("" if figure.public is None else f"{figure.public:.3f}")
            + " |"
        )
    lines += ["", "Mean nDCG@10 per kind of query (all queries of the kind):", ""]
    lines += ["| kind | " + headings[2:], separator]
    for kind in kinds:
        lines.append(
            f"| {kind} ({counts[kind]}) | " + " | ".join(f"{figure.per_kind[kind]:.3f}" for figure in figures) + " |"
        )
    lines += ["", "Cross-validated nDCG@10 per kind: mean ± sd (min–max) over the held-out folds:", ""]
    lines += ["| kind | " + headings[2:], separator]
    for kind in kinds:
        lines.append(f"| {kind} | " + " | ".join(spread_text(figure.folds_per_kind[kind]) for figure in figures) + " |")
    verdicts = target_verdicts(figures)
    if verdicts:
        lines += ["", "Issue 17 targets, cross-validated nDCG@10:", ""] + [f"- {line}" for line in verdicts]
    chosen = [figure for figure in figures if figure.choices]
    if chosen:
        lines += [
            "",
            "Choice between ranking configurations (`benchmarks/relevance/candidates.py`): for each fold, the "
            "candidate with the best mean on the other folds, scored on the held-out fold.",
            "",
            "| engine | " + " | ".join(f"fold {fold + 1}" for fold in range(FOLDS)) + " | cross-validated mean |",
            "|---|" + "---|" * (FOLDS + 1),
        ]
        for figure in chosen:
            cells = [f"{choice.chosen} ({choice.held_out_mean:.3f})" for choice in figure.choices]
            overall = spread_text(chosen_spread(figure.choices))
            lines.append(f"| {figure.label} | " + " | ".join(cells) + f" | {overall} |")
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--engine", choices=["database", "elasticsearch", "all"], default="all")
    parser.add_argument("--corpus", type=Path, default=CORPUS / "practices.jsonl")
    parser.add_argument(
        "--queries",
        type=Path,
        default=DEV_QUERIES if DEV_QUERIES.exists() else PUBLIC_QUERIES,
        help="query file (default: the development set, which includes the public 29)",
    )
    parser.add_argument(
        "--candidates",
        nargs="+",
        choices=list(CANDIDATES),
        default=list(CANDIDATES)[:1],
        help="ranking configurations to choose between by cross-validation, preferred first (default: current)",
    )
    parser.add_argument("--json", type=Path, help="write the per-query scores and the means to this file")
    parser.add_argument("--verbose", action="store_true", help="print a table per query")
    parser.add_argument("--database-name", default=DATABASE_NAME, help="PostgreSQL database and index prefix")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database of an earlier --reuse run (faster when tuning): migrate, import and rebuild again",
    )
    parser.add_argument("--write-docs", action="store_true", help="write the tables into docs/benchmarks.md")
    parser.add_argument("--render", type=Path, nargs="+", help="measure nothing: report earlier --json files")
    arguments = parser.parse_args()

    if arguments.render:
        reports = [json.loads(path.read_text(encoding="utf-8")) for path in arguments.render]
    else:
        reports = [measure(arguments)]
        if arguments.json:
            arguments.json.write_text(json.dumps(reports[0], indent=2, ensure_ascii=False), encoding="utf-8")
    print_protocol(reports)
    leaks = [leak for report in reports for leak in leaks_of(report)]
    for engine, query_id, external_ids in leaks:
        print(f"LEAK: {engine} showed {', '.join(external_ids)} to an anonymous user for {query_id}")
    if arguments.write_docs:
        write_docs_block(DOCS_BLOCK, markdown(reports))
        print("Wrote the results into docs/benchmarks.md.")
    return 1 if leaks else 0


if __name__ == "__main__":
    sys.exit(main())
