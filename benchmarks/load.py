"""Mixed workload under load, against a stock Wagtail page served by the same server in the same run.

    bash scripts/services.sh start
    eval "$(bash scripts/services.sh env)"
    .venv/bin/python benchmarks/load.py --users 20 --duration 60

What it does:

1. Creates a throw-away PostgreSQL database beside DATABASE_URL's
   (`<name>_load`) and Elasticsearch indexes under its own prefix
   (`<name>_load_`), migrates, loads the demo content and imports the
   practices (the shared corpus when it sits beside the repository, else the
   demo subset), with search indexing done as content is published.
2. Adds the baseline: a bare `wagtail.models.Page` under the English home
   page, rendered by Wagtail's own `wagtailcore/page.html`. No model, block,
   context or template of ours is involved, so it is the cheapest page Wagtail
   can serve through this server's middleware (sessions, locale, CSP, auth).
3. Creates one logged-in learner per locust user (session made on the
   server), enrolled and past every lesson.
4. Starts gunicorn (production settings, gthread workers per core, over
   plain HTTP), asks once for every page and search the mixed workload
   visits (the warm pass, below), and runs two phases with the same users
   and no wait time, each after a short unmeasured warm-up:
   - the mixed workload: browse (home, catalogue, course, guide sections,
     practice listing, practices), read lessons, search practices (the
     listing page with ?q= and the JSON search API) and take the quiz
     (start, read the questions, submit);
   - the baseline: the same users asking for the stock page only.
5. Reports requests/s, p50/p95/p99 and errors for both and their ratio,
   writes them to $TEST_ARTIFACTS_DIR/load-summary.json and to its section
   of docs/benchmarks.md, and exits with status 1 when either phase has
   more than 1 % errors.

The two phases run one after the other rather than mixed together, so each
has the whole server: the throughput ratio is then a ratio of capacities,
not an artefact of how the users were split.

The warm pass compares the site as it runs with the stock page as it runs.
The stock page is one URL, rendered and cached after its first request; the
mixed workload visits some 130 pages and 25 searches, and a page's first
request after a change renders and files its shared fragments (a practice:
about 92 000 Python calls, against 29 000 for the next request). Without
the pass a 20 s phase met most practices for the first time (about 90
visits for 75 practices in CI), so the ratio measured how often pages were
first seen, and changed with `--duration`. In one process, on the load
site, 522 requests of the workload's mix cost 38 700 Python calls each from
an emptied cache and 27 500 each when repeated, against 17 100 for the stock
page (0.44 and 0.62 as a ratio of calls). Each page and search is asked
for once, by the learners, before the mixed phase; its failures count
against the error budget. `--no-warm-pass` measures without it.
"""

from gevent import monkey

monkey.patch_all()

import argparse  # noqa: E402 - gevent must patch the standard library first
import json  # noqa: E402
import os  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import urllib.request  # noqa: E402
import uuid  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import urlencode  # noqa: E402

import gevent.pool  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from locust import FastHttpUser, constant, task  # noqa: E402

from benchmarks.app_server import PROJECT_ROOT, GunicornServer, configure_django, workers_for  # noqa: E402
from benchmarks.locust_runs import run_locust, summarise  # noqa: E402
from benchmarks.report_sections import write_section  # noqa: E402
from benchmarks.search_environment import delete_indexes  # noqa: E402
from benchmarks.site_data import (  # noqa: E402
    SHARED_CORPUS,
    answers_from_html,
    create_learners,
    drop_database,
    fresh_database,
    postgres_version,
    practices_file,
    prepare_site,
    read_jsonl,
    require_postgres,
)

REPORT = PROJECT_ROOT / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- load:start -->", "<!-- load:end -->"
MAX_ERROR_RATE = 0.01
WARM_UP_SECONDS = 3
STOCK_PAGE_SLUG = "stock-wagtail-page"
SEARCH_API_PATH = "/api/practices/search"
FALLBACK_QUERIES = ["staff rotation", "code of conduct", "whistleblowing", "e-payment", "asset declaration"]


# ---------------------------------------------------------------- the site


def build_search_indexes():
    """Rebuild the practice search index as an operator would; returns what happened, for the report.

    A failure is reported, not fatal: the site then answers searches from
    the database, which is what the benchmark measures in that case.
    """
    from django.core.management import CommandError, call_command, get_commands

    if "rebuild_practice_index" not in get_commands():
        return "no rebuild_practice_index command"
    try:
        call_command("rebuild_practice_index", verbosity=0)
    except CommandError as error:
        print(f"warning: the practice search index could not be built: {error}", file=sys.stderr)
        return f"rebuild failed: {error}"
    return "rebuilt"


def add_stock_page():
    """A bare Wagtail page under the English home page: Wagtail's model and template, nothing of ours."""
    from wagtail.models import Page

    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    stock = home.add_child(instance=Page(title="Stock Wagtail page", slug=STOCK_PAGE_SLUG))
    stock.save_revision().publish()
    return stock.url


def site_paths(course):
    """The URLs each part of the workload visits, read from the page tree as a visitor would find them."""
    from elearning.models import CourseIndexPage, CoursePage, LessonPage
    from knowledgebase.models import GuideSectionPage, PracticeIndexPage, PracticePage

    def urls(queryset):
        return [page.url for page in queryset.live().public().filter(locale__language_code="en")]

    return {
        "home": ["/en/"],
        "catalogue": urls(CourseIndexPage.objects.all()),
        "course": urls(CoursePage.objects.all()),
        "guide section": urls(GuideSectionPage.objects.all()),
        "practice listing": urls(PracticeIndexPage.objects.all()),
        "practice": urls(PracticePage.objects.all()),
        "lesson": urls(LessonPage.objects.child_of(course)),
    }


def search_queries():
    """English queries of the shared corpus (what people search for), or a few fixed ones without it."""
    queries_file = SHARED_CORPUS / "queries_public.jsonl"
    if queries_file.exists():
        queries = [row["query"] for row in read_jsonl(queries_file) if row.get("language") == "en"]
        if queries:
            return queries
    return FALLBACK_QUERIES


# ---------------------------------------------------------------- locust users


class Learner(FastHttpUser):
    """A logged-in learner: browses, reads lessons, searches practices and takes the quiz."""

    wait_time = constant(0)
    learners = None
    paths = None
    queries = None
    search_engines = Counter()

    def on_start(self):
        self.learner = self.learners.pop()
        self.headers = {"Cookie": self.learner["cookie"]}

    def get_page(self, path, name):
        with self.client.get(path, headers=self.headers, name=name, catch_response=True) as response:
            if response.status_code != 200:
                response.failure(f"status {response.status_code}")

    @task(5)
    def browse(self):
        name = random.choice(["home", "catalogue", "course", "guide section", "practice listing", "practice"])
        self.get_page(random.choice(self.paths[name]), name)

    @task(3)
    def read_lesson(self):
        self.get_page(random.choice(self.paths["lesson"]), "lesson")

    @task(2)
    def search(self):
        query = random.choice(self.queries)
        listing = random.choice(self.paths["practice listing"])
        self.get_page(f"{listing}?{urlencode({'q': query})}", "search: practice listing ?q=")
        with self.client.get(
            f"{SEARCH_API_PATH}?{urlencode({'q': query})}", headers=self.headers, name="search: API",
            catch_response=True,
        ) as response:  # fmt: skip
            answer = response.json() if response.status_code == 200 else {}
            if "total" not in answer or "engine" not in answer:
                response.failure(f"status {response.status_code}, not a search result")
                return
            engine = "database (fallback from Elasticsearch)" if answer.get("degraded") else answer["engine"]
            self.search_engines[engine] += 1

    @task(1)
    def take_quiz(self):
        learner = self.learner
        form_headers = {**self.headers, "Content-Type": "application/x-www-form-urlencoded"}
        body = urlencode({"csrfmiddlewaretoken": learner["csrf"], "idempotency_key": str(uuid.uuid4())})
        with self.client.post(
            f"/en/learn/assessments/{learner['assessment_id']}/start/", data=body, headers=form_headers,
            allow_redirects=False, name="quiz: start", catch_response=True,
        ) as start:  # fmt: skip
            attempt_url = start.headers.get("Location", "")
            if start.status_code != 302 or "/learn/attempts/" not in attempt_url:
                start.failure(f"status {start.status_code}, Location {attempt_url!r}")
                return
        with self.client.get(attempt_url, headers=self.headers, name="quiz: questions", catch_response=True) as page:
            if page.status_code != 200:
                page.failure(f"status {page.status_code}")
                return
            answers = answers_from_html(page.text or "")
        body = urlencode([("csrfmiddlewaretoken", learner["csrf"]), *answers])
        with self.client.post(
            attempt_url, data=body, headers=form_headers, allow_redirects=False, name="quiz: submit",
            catch_response=True,
        ) as submit:  # fmt: skip
            if submit.status_code != 302 or not submit.headers.get("Location", "").endswith("result/"):
                submit.failure(f"status {submit.status_code}")


class StockPageReader(FastHttpUser):
    """The baseline: the same logged-in learners asking for the stock Wagtail page."""

    wait_time = constant(0)
    learners = None
    path = None

    def on_start(self):
        self.headers = {"Cookie": self.learners.pop()["cookie"]}

    @task
    def read(self):
        with self.client.get(self.path, headers=self.headers, name="stock Wagtail page", catch_response=True) as page:
            if page.status_code != 200:
                page.failure(f"status {page.status_code}")


# ---------------------------------------------------------------- running


def failure_messages(stats):
    return [f"{error.name}: {error.error} (×{error.occurrences})" for error in stats.errors.values()]


def warm_pass(host, learners, paths, queries):
    """Ask once for every page and search of the mixed workload, 20 at a time; (requests, failure messages)."""
    listing_searches = [
        f"{listing}?{urlencode({'q': query})}" for listing in paths["practice listing"] for query in queries
    ]
    api_searches = [f"{SEARCH_API_PATH}?{urlencode({'q': query})}" for query in queries]
    urls = [path for found in paths.values() for path in found] + listing_searches + api_searches
    failures = []

    def fetch(number, url):
        cookie = learners[number % len(learners)]["cookie"]
        request = urllib.request.Request(host + url, headers={"Cookie": cookie})  # noqa: S310 - our own server
        try:
            with urllib.request.urlopen(request, timeout=120) as response:  # noqa: S310 - our own server
                response.read()
        except OSError as error:
            failures.append(f"warm pass {url}: {error}")

    pool = gevent.pool.Pool(len(learners))
    for number, url in enumerate(urls):
        pool.spawn(fetch, number, url)
    pool.join()
    return len(urls), failures


def measured_phase(user_class, learners, host, users, seconds):
    """An unmeasured warm-up (every worker loads its templates and connections), then the measured run.

    Errors during the warm-up are kept and count against the error budget:
    only their timings are left out.
    """
    user_class.learners = list(learners)
    warm_up = run_locust([user_class], host, users, WARM_UP_SECONDS)
    user_class.learners = list(learners)
    user_class.search_engines = Counter()  # count what answered the measured searches only
    stats = run_locust([user_class], host, users, seconds)
    by_request = {entry.name: summarise(entry) for entry in stats.entries.values()}
    requests = stats.total.num_requests + warm_up.total.num_requests
    failures = stats.total.num_failures + warm_up.total.num_failures
    return {
        "total": summarise(stats.total),
        "requests": dict(sorted(by_request.items())),
        "warm_up": {"requests": warm_up.total.num_requests, "failures": warm_up.total.num_failures},
        "error_rate_with_warm_up": failures / requests if requests else 0.0,
        "errors": failure_messages(warm_up) + failure_messages(stats),
    }


def count_warm_pass(phase, warm):
    """The warm pass's failures count against the mixed phase's error budget, as its warm-up's do."""
    if not warm["requests"]:
        return
    failed = len(warm["failures"])
    earlier = phase["warm_up"]["requests"] + phase["total"]["requests"]
    phase["error_rate_with_warm_up"] = (phase["error_rate_with_warm_up"] * earlier + failed) / (
        earlier + warm["requests"]
    )
    phase["errors"] = warm["failures"] + phase["errors"]


def ratios(mixed, stock):
    """How the mixed workload compares with the stock page: throughput share and latency multiples."""

    def divide(numerator, denominator):
        return round(numerator / denominator, 3) if denominator else None

    return {
        "throughput": divide(mixed["throughput"], stock["throughput"]),
        "p50": divide(mixed["p50"], stock["p50"]),
        "p95": divide(mixed["p95"], stock["p95"]),
    }


def artifacts_folder():
    """Where the summary and the server's log go ($TEST_ARTIFACTS_DIR, else test-artifacts/)."""
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", PROJECT_ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def write_summary(results):
    folder = artifacts_folder()
    summary = {
        "users": results["users"],
        "duration_s": results["duration"],
        "workers": results["workers"],
        "threads": results["threads"],
        "mixed": results["mixed"]["total"],
        "stock": results["stock"]["total"],
        "warm_up": {phase: results[phase]["warm_up"] for phase in ("mixed", "stock")},
        "warm_pass": {"requests": results["warm_pass"]["requests"], "failures": len(results["warm_pass"]["failures"])},
        "errors": {phase: results[phase]["errors"] for phase in ("mixed", "stock")},
        "ratio": results["ratio"],
        "search_engines": results["search_engines"],
        "search_index": results["search_index"],
        "max_error_rate": MAX_ERROR_RATE,
        "load_average": results["load_average"],
    }
    (folder / "load-summary.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    return folder / "load-summary.json"


def table_row(label, row):
    return (
        f"| {label} | {row['requests']} | {row['throughput']:.1f} | {row['p50']:.0f} | {row['p95']:.0f} | "
        f"{row['p99']:.0f} | {row['failures']} ({row['error_rate']:.1%}) |"
    )


def report_section(results, options):
    """The Markdown section of docs/benchmarks.md for this run."""
    mixed, stock, ratio = results["mixed"], results["stock"], results["ratio"]
    engines = ", ".join(f"{engine} {count}" for engine, count in sorted(results["search_engines"].items()))
    searches = sum(results["search_engines"].values())
    elasticsearch_share = results["search_engines"].get("elasticsearch", 0) / searches if searches else 0.0
    header = ["| requests | count | req/s | p50 (ms) | p95 (ms) | p99 (ms) | errors |", "|---|---|---|---|---|---|---|"]
    lines = [
        SECTION_START,
        "## Mixed workload against a stock Wagtail page (`benchmarks/load.py`)",
        "",
        f"Run on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores **shared with other work** (load average "
        f"{results['load_average']:.1f} when the run started), PostgreSQL {results['postgres']}, Elasticsearch at "
        f"ELASTICSEARCH_URL, gunicorn with {results['workers']} gthread workers of {results['threads']} threads "
        f"and the production settings over HTTP, {results['practices']} practices, locust {options.users} "
        f"logged-in learners with no wait time on the same machine, {options.duration} s per phase after a "
        f"{WARM_UP_SECONDS} s warm-up"
        + (
            f", the mixed phase after a warm pass asking once for each of its {results['warm_pass']['requests']} pages "
            f"and searches ({len(results['warm_pass']['failures'])} failed)"
            if results["warm_pass"]["requests"]
            else ", without a warm pass (pages met for the first time are rendered in the measured phase)"
        )
        + f". Command: `.venv/bin/python benchmarks/load.py --users {options.users} "
        f"--duration {options.duration} --workers-per-core {options.workers_per_core} --threads {options.threads} "
        f"--search-timeout {options.search_timeout}{' --no-warm-pass' if options.no_warm_pass else ''}`.",
        "",
        "The mixed workload weighs browsing 5, lessons 3, search 2 (each a listing page with `?q=` plus "
        f"a call of the JSON search API `{SEARCH_API_PATH}`, whose answers came from: {engines}) "
        "and the quiz 1 (start, questions, submit). The stock page is a bare `wagtail.models.Page` rendered by "
        "Wagtail's own template, served by the same gunicorn in the same run to the same users: the floor any "
        "Wagtail page on this server pays.",
        "",
        f"Practice search index before the run: {results['search_index']}. Search timeout "
        f"(PRACTICE_SEARCH_TIMEOUT): {options.search_timeout} s. **Elasticsearch answered "
        f"{elasticsearch_share:.0%}** of the {searches} measured API searches (target ≥ 99 %).",
        "",
        *header,
        table_row("**mixed workload (all)**", mixed["total"]),
        table_row("**stock Wagtail page**", stock["total"]),
        "",
        f"**Ratio**: the mixed workload sustains **{ratio['throughput']:.2f}×** the stock page's throughput; its "
        f"median latency is {ratio['p50']:.1f}× and its p95 {ratio['p95']:.1f}× the stock page's.",
        "",
        f"Failed requests during the {WARM_UP_SECONDS} s warm-ups (not timed, but counted against the 1 % "
        f"error budget): mixed {mixed['warm_up']['failures']} of {mixed['warm_up']['requests']}, stock "
        f"{stock['warm_up']['failures']} of {stock['warm_up']['requests']}.",
        *(f"- error: {message}" for message in mixed["errors"] + stock["errors"]),
        "",
        "Mixed workload by request:",
        "",
        *header,
        *(table_row(name, row) for name, row in mixed["requests"].items()),
        SECTION_END,
    ]
    return "\n".join(lines) + "\n"


def write_report(section):
    write_section(REPORT, SECTION_START, SECTION_END, section)


def required_services():
    """(DATABASE_URL, ELASTICSEARCH_URL), or exit saying what is missing: this benchmark needs both."""
    database_url = os.environ.get("DATABASE_URL", "")
    elasticsearch_url = os.environ.get("ELASTICSEARCH_URL", "")
    missing = [
        name for name, value in (("DATABASE_URL", database_url), ("ELASTICSEARCH_URL", elasticsearch_url)) if not value
    ]
    if missing:
        sys.exit(
            f"benchmarks/load.py needs PostgreSQL and Elasticsearch, but {' and '.join(missing)} "
            f"{'is' if len(missing) == 1 else 'are'} not set. Run `bash scripts/services.sh start` and "
            '`eval "$(bash scripts/services.sh env)"` first.'
        )
    require_postgres(database_url)
    return database_url, elasticsearch_url.rstrip("/")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=20, help="concurrent locust users (logged-in learners)")
    parser.add_argument("--duration", type=int, default=60, help="seconds measured for each phase")
    parser.add_argument("--workers-per-core", type=int, default=2, help="gunicorn workers per CPU core")
    parser.add_argument(
        "--threads", type=int, default=8, help="threads per gunicorn worker (gthread; gunicorn.conf.py's default)"
    )
    parser.add_argument("--no-report", action="store_true", help="leave docs/benchmarks.md as it is")
    parser.add_argument(
        "--no-warm-pass",
        action="store_true",
        help="measure the mixed workload without first asking once for each of its pages and searches",
    )
    parser.add_argument("--keep-database", action="store_true", help="keep the database and indexes for inspection")
    parser.add_argument(
        "--search-timeout",
        default="1.5",
        help="PRACTICE_SEARCH_TIMEOUT of the server, in seconds: how long a search waits for Elasticsearch "
        "before the database answers (the production default, 1.5, unless told otherwise)",
    )
    options = parser.parse_args()
    # Set before the server's environment is built, which keeps a value already in the environment.
    os.environ["PRACTICE_SEARCH_TIMEOUT"] = options.search_timeout

    base_url, elasticsearch_url = required_services()
    database_url, database_name = fresh_database(base_url, "load")
    index_prefix = f"{database_name}_".lower()
    delete_indexes(elasticsearch_url, index_prefix)
    configure_django(database_url, elasticsearch_url, index_prefix)

    started = time.monotonic()
    print("preparing the site (migrate, demo content, practices, search indexes, learners)…", flush=True)
    assessment = prepare_site(practices=practices_file())
    search_index = build_search_indexes()
    stock_path = add_stock_page()
    course, learners = create_learners(options.users, assessment, "learner")
    paths = site_paths(course)
    empty = [name for name, found in paths.items() if not found]
    if empty:
        sys.exit(f"the demo content has no page for: {', '.join(empty)}")
    from django.db import connections

    from knowledgebase.models import PracticePage

    results = {
        "users": options.users,
        "duration": options.duration,
        "workers": workers_for(options.workers_per_core),
        "threads": options.threads,
        "postgres": postgres_version(),
        "practices": PracticePage.objects.live().count(),
        "search_index": search_index,
    }
    connections.close_all()
    print(f"prepared in {time.monotonic() - started:.0f} s", flush=True)

    server_log = artifacts_folder() / "load-gunicorn.log"
    server_log.unlink(missing_ok=True)
    server = GunicornServer(workers=results["workers"], threads=options.threads, log_file=server_log).start()
    try:
        Learner.paths, Learner.queries = paths, search_queries()
        StockPageReader.path = stock_path
        results["load_average"] = os.getloadavg()[0]
        results["warm_pass"] = {"requests": 0, "failures": []}
        if not options.no_warm_pass:
            print("warm pass: every page and search of the mixed workload once…", flush=True)
            requests, failures = warm_pass(server.url, learners, paths, Learner.queries)
            results["warm_pass"] = {"requests": requests, "failures": failures}
        print(f"mixed workload: {options.users} users for {options.duration} s against {server.url}…", flush=True)
        results["mixed"] = measured_phase(Learner, learners, server.url, options.users, options.duration)
        count_warm_pass(results["mixed"], results["warm_pass"])
        results["search_engines"] = dict(Learner.search_engines)
        print(f"stock Wagtail page ({stock_path}): {options.users} users for {options.duration} s…", flush=True)
        results["stock"] = measured_phase(StockPageReader, learners, server.url, options.users, options.duration)
    finally:
        server.stop()
    results["ratio"] = ratios(results["mixed"]["total"], results["stock"]["total"])
    summary_path = write_summary(results)
    section = report_section(results, options)
    print(section)
    if not options.no_report:
        write_report(section)
    print(f"summary: {summary_path}")
    if not options.keep_database:
        connections.close_all()
        drop_database(base_url, database_name)
        delete_indexes(elasticsearch_url, index_prefix)
    too_many_errors = [
        phase for phase in ("mixed", "stock") if results[phase]["error_rate_with_warm_up"] > MAX_ERROR_RATE
    ]
    for phase in ("mixed", "stock"):
        for message in results[phase]["errors"]:
            print(f"error ({phase}): {message}", file=sys.stderr)
    if too_many_errors:
        print(f"FAILED: more than {MAX_ERROR_RATE:.0%} errors in: {', '.join(too_many_errors)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
