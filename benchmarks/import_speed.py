"""Write speed: importing practices and an editor's publish, with search indexing as configured.

    .venv/bin/python benchmarks/import_speed.py --write-docs             # corpus on SQLite, publish
    .venv/bin/python benchmarks/import_speed.py --part corpus_queued      # one part alone, its JSON on stdout
    eval "$(bash scripts/services.sh env)"
    DATABASE_URL=postgres://…/ih_mine .venv/bin/python benchmarks/import_speed.py --synthetic 10000 --write-docs

The test suite checks that the import brings in every record
(tests/knowledgebase/test_import_export.py); how long it takes depends on
the machine and what else runs on it, so it is measured here, not asserted
there.

What it measures (issue 12, item 4: writes off the read path):

1. `manage.py import_practices` of the shared corpus (120 records; the
   app's demo file when the corpus is not checked out) into a fresh,
   migrated SQLite site with the production settings' task backend
   (django-tasks-db): the command returns once the import has committed
   and queued its search indexing (search/bulk_indexing.py). Target: ≤ 5 s.
   Then a task worker (`db_worker --batch`, in the same process) runs the
   queue dry, and every live practice is checked to be in each engine. In a
   second site, the same import with the development settings' immediate
   backend (each indexing task runs as it is queued, before the command
   returns), twice: the first run creates every practice, the second finds
   them unchanged.
2. With `--synthetic N` and a PostgreSQL DATABASE_URL: the same command,
   production task backend and worker, on N practices from
   `synthetic_practices.py`, in a database of its own (`<DATABASE_URL's
   name>_import`, dropped and created again), its progress lines on
   stderr. Target for 10 000: ≤ 10 min until the command returns.
3. An editor's publish, in the corpus site: a superuser posts a changed
   summary to Wagtail's admin edit view with "Publish" (the Django test
   client, so the time is the server's alone), and a practice's
   `save_revision().publish()` called directly. Target: ≤ 500 ms. The
   admin's publish is timed twice: until the response is closed (with the
   practice search refresh and Wagtail's reference and page search
   indexing, which Django runs then: integrityhub/task_backends.py) and
   until it is answered, with the thread's CPU time until then.

Elasticsearch is used when ELASTICSEARCH_URL is set (indexes under the
run's own prefix, `--name`). The CPU seconds of this process are reported
beside the queued imports' times: unlike the times, a shared machine's
load does not inflate them. Each part runs in a process of its own (Django is set up
once per process). `--profile FILE` writes cProfile statistics of the
corpus import. With `--write-docs` the results go to their section of
docs/benchmarks.md.
"""

import argparse
import cProfile
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.report_sections import write_section  # noqa: E402
from benchmarks.search_environment import CORPUS, PROJECT_ROOT, code_version, set_up_django  # noqa: E402

REPORT = PROJECT_ROOT / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- import_speed:start -->", "<!-- import_speed:end -->"
DEMO_PRACTICES = PROJECT_ROOT / "knowledgebase" / "demo" / "practices.jsonl"
CORPUS_FILE = CORPUS / "practices.jsonl" if (CORPUS / "practices.jsonl").exists() else DEMO_PRACTICES
PUBLISH_ROUNDS = 10
TARGETS = {"corpus_seconds": 5.0, "synthetic_10k_seconds": 600.0, "publish_ms": 500.0}


# ---------------------------------------------------------------- the parts, each in its own process


PRODUCTION_TASKS = {"default": {"BACKEND": "integrityhub.task_backends.DatabaseAfterResponseBackend"}}


def timed_import(path, profile=None, show_progress=False):
    """Seconds `import_practices path` took; profiled into `profile` if given.

    Its progress lines go to this process's stderr with `show_progress`,
    else they are kept out of the way.
    """
    from django.core.management import call_command

    output = io.StringIO()
    progress = sys.stderr if show_progress else output
    profiler = cProfile.Profile() if profile else None
    started = time.monotonic()
    if profiler:
        profiler.enable()
    call_command("import_practices", str(path), verbosity=1, stdout=output, stderr=progress)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    return time.monotonic() - started


def timed_queued_import(path, show_progress=False):
    """(seconds until `import_practices` returned, its CPU seconds, seconds and CPU seconds of a task worker
    then indexing it all; CPU: this process's, which a shared machine's load does not inflate as it does the time).

    The production settings' task backend (django-tasks-db): the import
    queues its search indexing and returns; then `db_worker --batch` runs
    the queue dry, as a worker does beside it.
    """
    from django.core.management import call_command
    from django.test import override_settings

    with override_settings(TASKS=PRODUCTION_TASKS):
        cpu_started = time.process_time()
        imported = timed_import(path, show_progress=show_progress)
        imported_cpu = time.process_time() - cpu_started
        started, cpu_started = time.monotonic(), time.process_time()
        call_command("db_worker", batch=True, no_startup_delay=True, reload=False, verbosity=0)
        return imported, imported_cpu, time.monotonic() - started, time.process_time() - cpu_started


def searchable_everywhere(count):
    """Whether every live practice is in each practice search engine (`count` of them), as the worker left them."""
    from django.conf import settings

    from knowledgebase.models import PracticePage
    from search.models import PracticeSearchDocument

    live = PracticePage.objects.live().count()
    found = {"database": PracticeSearchDocument.objects.count()}
    if settings.ELASTICSEARCH_URL:
        from search.practices.drift import find_drift

        drift = find_drift()
        found["elasticsearch"] = drift.indexed - len(drift.orphaned)
    return {engine: indexed == live == count for engine, indexed in found.items()}


def run_corpus(options):
    """Import the corpus twice into a fresh SQLite site (indexing in-process), then time publishes there."""
    os.environ.pop("DATABASE_URL", None)  # SQLite, whatever the environment says
    site = set_up_django(f"{options.name}_corpus")
    from benchmarks.search_environment import migrate
    from knowledgebase.models import PracticePage

    migrate_seconds = migrate()
    first = timed_import(CORPUS_FILE, profile=options.profile)
    created = PracticePage.objects.live().count()
    second = timed_import(CORPUS_FILE)
    return {
        "site": site.describe(),
        "records": created,
        "migrate_seconds": round(migrate_seconds, 1),
        "first_seconds": round(first, 2),
        "unchanged_seconds": round(second, 2),
        "indexed_everywhere": searchable_everywhere(created),
        **publish_times(profile=f"{options.profile}-publish" if options.profile else None),
    }


def run_corpus_queued(options):
    """Import the corpus into a fresh SQLite site with the production task backend, then run a worker."""
    os.environ.pop("DATABASE_URL", None)
    site = set_up_django(f"{options.name}_corpus_queued")
    from benchmarks.search_environment import migrate
    from knowledgebase.models import PracticePage

    migrate()
    queued, queued_cpu, worker, worker_cpu = timed_queued_import(CORPUS_FILE)
    records = PracticePage.objects.live().count()
    return {
        "site": site.describe(),
        "records": records,
        "seconds": round(queued, 2),
        "cpu_seconds": round(queued_cpu, 2),
        "worker_seconds": round(worker, 2),
        "worker_cpu_seconds": round(worker_cpu, 2),
        "indexed_everywhere": searchable_everywhere(records),
    }


def run_synthetic(options):
    """Import N synthetic practices into a fresh PostgreSQL database of this benchmark's own, indexing queued."""
    from benchmarks.site_data import require_postgres
    from benchmarks.synthetic_practices import generate_records, write_jsonl

    base_url = os.environ.get("DATABASE_URL", "")
    require_postgres(base_url)
    name = f"{base_url.rsplit('/', 1)[1].split('?')[0]}_import"
    site = set_up_django(name)
    from benchmarks.search_environment import migrate
    from knowledgebase.models import PracticePage

    migrate()
    print(f"Generating {options.synthetic} synthetic practices…", file=sys.stderr, flush=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "practices.jsonl"
        write_jsonl(generate_records(options.synthetic), path)
        seconds, cpu, worker, worker_cpu = timed_queued_import(path, show_progress=True)
    records = PracticePage.objects.live().count()
    return {
        "site": site.describe(),
        "records": records,
        "seconds": round(seconds, 1),
        "cpu_seconds": round(cpu, 1),
        "worker_seconds": round(worker, 1),
        "worker_cpu_seconds": round(worker_cpu, 1),
        "indexed_everywhere": searchable_everywhere(records),
    }


class FormFields(HTMLParser):
    """The fields of the admin edit form as a browser would submit them (inputs, textareas, selects)."""

    def __init__(self):
        super().__init__()
        self.fields = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in ("submit", "button", "file", "image"):
            if attrs.get("type") in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append([name, attrs.get("value", "on" if attrs.get("type") == "checkbox" else "")])
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
            self.fields.append(self._textarea)
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in attrs:
            self.fields.append([self._select, attrs.get("value", "")])

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None


def publish_times(profile=None):
    """Milliseconds of an editor's publish through the admin edit view, and of `revision.publish()` alone.

    The admin's publish is timed twice: with tasks run at once (the
    development settings: the indexing is inside the time) and with the
    production settings' database task backend (the publish only queues
    it). With `profile`, cProfile statistics of the first admin publishes
    (their POSTs only) are written there.
    """
    from django.conf import settings
    from django.contrib.auth import get_user_model
    from django.test import Client, override_settings

    from knowledgebase.models import PracticePage

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]  # the test client's host
    editor = get_user_model().objects.create_superuser("editor@example.org", "not-used")
    client = Client()
    client.force_login(editor)
    practices = list(PracticePage.objects.live().order_by("pk")[: PUBLISH_ROUNDS * 3])
    admin_times, answer_times, answer_cpu, statuses = admin_publishes(client, practices[:PUBLISH_ROUNDS], profile)
    with override_settings(TASKS={"default": {"BACKEND": "integrityhub.task_backends.DatabaseAfterResponseBackend"}}):
        queued_times, queued_answers, queued_cpu, queued_statuses = admin_publishes(
            client, practices[PUBLISH_ROUNDS : PUBLISH_ROUNDS * 2]
        )
    direct_times = []
    for round_number, practice in enumerate(practices[PUBLISH_ROUNDS * 2 :]):
        practice.summary = f"{practice.summary} (published {round_number})"
        started = time.monotonic()
        practice.save_revision().publish()
        direct_times.append((time.monotonic() - started) * 1000)
    published = sum(
        "(edited" in summary for summary in PracticePage.objects.live().values_list("summary", flat=True)
    )  # the admin's publishes that took effect
    return {
        "admin_publish_ms": summarise_ms(admin_times),
        "admin_answer_ms": summarise_ms(answer_times),
        "admin_answer_cpu_ms": summarise_ms(answer_cpu),
        "admin_queued_publish_ms": summarise_ms(queued_times),
        "admin_queued_answer_ms": summarise_ms(queued_answers),
        "admin_queued_answer_cpu_ms": summarise_ms(queued_cpu),
        "admin_statuses": sorted(set(statuses + queued_statuses)),
        "admin_published": published,
        "direct_publish_ms": summarise_ms(direct_times),
    }


def admin_publishes(client, practices, profile=None):
    """(ms, ms until answered, CPU ms until answered, status codes) of publishing each practice through the admin.

    The first time runs until the response is closed, as a server closes it
    once written: work Django runs then (`request_finished`, such as the
    search refresh, search.practices.indexing) is inside it. The second
    stops when the handler returns the response, i.e. when a server would
    start writing it to the editor. The CPU time is the thread's own until
    then (load-independent, unlike the wall-clock times on a shared machine).
    """
    from django.urls import reverse

    times, answer_times, cpu_times, statuses = [], [], [], []
    handler_get_response = client.handler.get_response
    answered = []

    def get_response(request):
        response = handler_get_response(request)
        answered.append((time.monotonic(), time.thread_time()))
        return response

    client.handler.get_response = get_response
    profiler = cProfile.Profile() if profile else None
    for round_number, practice in enumerate(practices):
        url = reverse("wagtailadmin_pages:edit", args=[practice.pk])
        parser = FormFields()
        parser.feed(client.get(url).content.decode())
        fields = [(name, value) for name, value in parser.fields if name != "summary"]
        fields += [("summary", f"{practice.summary} (edited {round_number})"), ("action-publish", "action-publish")]
        data = {}
        for name, value in fields:
            data.setdefault(name, []).append(value)
        if profiler:
            profiler.enable()
        started, cpu_started = time.monotonic(), time.thread_time()
        response = client.post(url, data)
        times.append((time.monotonic() - started) * 1000)
        answer_times.append((answered[-1][0] - started) * 1000)
        cpu_times.append((answered[-1][1] - cpu_started) * 1000)
        if profiler:
            profiler.disable()
        statuses.append(response.status_code)
    client.handler.get_response = handler_get_response
    if profiler:
        profiler.dump_stats(profile)
    return times, answer_times, cpu_times, statuses


def summarise_ms(times):
    if not times:
        return {"rounds": 0}
    ordered = sorted(times)
    return {
        "rounds": len(ordered),
        "median": round(statistics.median(ordered)),
        "max": round(ordered[-1]),
    }


PARTS = {"corpus": run_corpus, "corpus_queued": run_corpus_queued, "synthetic": run_synthetic}


# ---------------------------------------------------------------- the report


def in_child(part, options):
    """Run `part` in a fresh Python process (Django is set up once per process); its result."""
    command = [sys.executable, __file__, "--part", part, "--synthetic", str(options.synthetic), "--name", options.name]
    if options.profile:
        command += ["--profile", options.profile]
    # Its stderr is this one's: the synthetic import's progress shows as it goes.
    completed = subprocess.run(command, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, text=True, check=False)  # noqa: S603
    if completed.returncode != 0:
        sys.exit(f"the {part} part failed (its messages are above)")
    return json.loads(completed.stdout.strip().splitlines()[-1])


def verdict(value, target):
    return "**met**" if value <= target else "**missed**"


def report_section(results, options):
    corpus = results["corpus"]
    admin, direct = corpus["admin_publish_ms"], corpus["direct_publish_ms"]
    answer, answer_cpu = corpus["admin_answer_ms"], corpus["admin_answer_cpu_ms"]
    queued, queued_answer = corpus["admin_queued_publish_ms"], corpus["admin_queued_answer_ms"]
    queued_cpu = corpus["admin_queued_answer_cpu_ms"]
    elasticsearch = "configured" if os.environ.get("ELASTICSEARCH_URL") else "not configured"
    command = "benchmarks/import_speed.py" + (f" --synthetic {options.synthetic}" if options.synthetic else "")
    command += " --write-docs"
    lines = [
        SECTION_START,
        "## Imports and publishing (`benchmarks/import_speed.py`)",
        "",
        f"Run on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores **shared with other work** (load average "
        f"{results['load_average']:.1f} at the start), Elasticsearch {elasticsearch}; an import queues its search "
        "indexing once committed (search/bulk_indexing.py): with the production settings' task backend "
        "(django-tasks-db) it returns then and a worker indexes, with the development settings' (tasks run "
        "in-process) the same command runs the indexing before it returns; the publishes run with the "
        f"development settings but where said; {results['code']}; migrations took {corpus['migrate_seconds']} s "
        f"before the first import. Command: `.venv/bin/python {command}`.",
        "",
        "| what | records | time | target |",
        "|---|---|---|---|",
    ]
    lines += import_rows("the shared corpus", results["corpus_queued"], TARGETS["corpus_seconds"], "≤ 5 s")
    lines += [
        f"| the same with the development settings (indexing in-process after the commit), {corpus['site']} "
        f"| {corpus['records']} | {corpus['first_seconds']:.2f} s | |",
        f"| the same file again (every record unchanged) | {corpus['records']} | "
        f"{corpus['unchanged_seconds']:.2f} s | |",
    ]
    if "synthetic" in results:
        synthetic = results["synthetic"]
        per_10k = synthetic["seconds"] * 10_000 / max(synthetic["records"], 1)
        lines += import_rows("synthetic practices", synthetic, per_10k, "10 000 ≤ 10 min")
    lines += [
        f"| an editor's publish, admin edit view (median / max of {admin['rounds']}; answers "
        f"{', '.join(map(str, corpus['admin_statuses']))}, {corpus['admin_published']} published) | 1 | "
        f"{admin['median']} / {admin['max']} ms | ≤ 500 ms: {verdict(admin['max'], TARGETS['publish_ms'])} |",
        f"| the same, until answered (the practice search refresh and Wagtail's reference and page search "
        f"indexing run after the response: search/practices/indexing.py, integrityhub/task_backends.py) "
        f"(median / max of {answer['rounds']}; CPU median {answer_cpu['median']} ms) | 1 | "
        f"{answer['median']} / {answer['max']} ms | ≤ 500 ms: {verdict(answer['max'], TARGETS['publish_ms'])} |",
        f"| the same, with the production settings' task backend (django-tasks-db: indexing queued for the worker "
        f"after the response) (median / max of {queued['rounds']}) | 1 | {queued['median']} / {queued['max']} ms | "
        f"≤ 500 ms: {verdict(queued['max'], TARGETS['publish_ms'])} |",
        f"| the same, until answered (CPU median {queued_cpu['median']} ms) | 1 | "
        f"{queued_answer['median']} / {queued_answer['max']} ms | ≤ 500 ms: "
        f"{verdict(queued_answer['max'], TARGETS['publish_ms'])} |",
        f"| `save_revision().publish()` (median / max of {direct['rounds']}) | 1 | "
        f"{direct['median']} / {direct['max']} ms | |",
        SECTION_END,
    ]
    return "\n".join(lines) + "\n"


def import_rows(what, result, compared, target):
    """The rows of a queued import: until the command returned, then until the worker had indexed it."""
    seconds, records, worker = result["seconds"], result["records"], result["worker_seconds"]
    everywhere = ", ".join(
        f"{engine} {'complete' if complete else '**incomplete**'}"
        for engine, complete in result["indexed_everywhere"].items()
    )
    limit = TARGETS["synthetic_10k_seconds"] if target.startswith("10 000") else TARGETS["corpus_seconds"]
    return [
        f"| `import_practices` of {what}, {result['site']}, production task backend (indexing queued; CPU "
        f"{result['cpu_seconds']} s) | {records} | {seconds:.2f} s ({records / max(seconds, 1e-6):.0f}/s) | "
        f"{target}: {verdict(compared, limit)} |",
        f"| then a task worker (`db_worker --batch`) indexing it ({everywhere}; CPU {result['worker_cpu_seconds']} s) "
        f"| {records} | {worker:.2f} s ({records / max(worker, 1e-6):.0f}/s) | |",
    ]


def write_report(section):
    write_section(REPORT, SECTION_START, SECTION_END, section)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--synthetic", type=int, default=0, help="also import N synthetic practices (PostgreSQL)")
    parser.add_argument(
        "--profile", help="write cProfile statistics of the corpus import to FILE, and of the publishes to FILE-publish"
    )
    parser.add_argument("--write-docs", action="store_true", help="write the results into docs/benchmarks.md")
    parser.add_argument(
        "--name", default="ih_bench_import", help="prefix of the corpus sites' index names (default: %(default)s)"
    )
    parser.add_argument("--part", choices=sorted(PARTS), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.part:
        print(json.dumps(PARTS[options.part](options)))
        return
    results = {
        "load_average": os.getloadavg()[0],
        "code": code_version(),
        "corpus": in_child("corpus", options),
        "corpus_queued": in_child("corpus_queued", options),
    }
    if options.synthetic:
        results["synthetic"] = in_child("synthetic", options)
    print(json.dumps(results, indent=2))
    section = report_section(results, options)
    print(section)
    if options.write_docs:
        write_report(section)


if __name__ == "__main__":
    main()
