"""What each page type costs next to a bare Wagtail page, in time and SQL queries.

    .venv/bin/python benchmarks/page_cost.py                       # all modes, 15 rounds
    .venv/bin/python benchmarks/page_cost.py --mode warm --rounds 31
    .venv/bin/python benchmarks/page_cost.py --write after         # also into docs/benchmarks.md

The script builds a throw-away site (an SQLite file in a temporary folder,
or with DATABASE_URL=postgres://… the database `ih_bench_page_cost` on that
server), loads the demo content and the shared corpus's practices, adds a
bare `wagtail.models.Page` under the English home and signs in a learner
enrolled in the English course. Django runs the development settings with
DEBUG off, in this one process, through Django's test Client: no HTTP
server, so what is measured is the page's own Python and SQL.

For each page type and audience (a visitor, the signed-in learner) it
times `--rounds` requests for the page interleaved with requests for the
bare page by the same client, and reports the ratio of the two medians, in
each mode:

- warm: one request first warms the caches, then every request may use
  what the earlier ones left in the caches;
- cold: before every request (the bare page's too), every cache alias is
  cleared and every per-process memo is forgotten;
- page-cache: visitors' pages served from the full-page cache
  (`integrityhub/page_cache.py`), warmed by one request, against the bare
  page rendered without it; "not cached" for a page the cache does not
  keep (it did not answer `X-Page-Cache: hit`), "not built" while that module
  does not exist. Warm and cold run without the page-cache middleware, so
  they measure the site's own work.

It counts the SQL queries of one warm request and of one cold request.
Budgets (issue 12): warm <= 1.5x, cold <= 2.5x, page-cache <= 1.0x the bare
page; each row says whether it is within them.
"""

import argparse
import importlib
import importlib.util
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.search_environment import code_version, set_up_django  # noqa: E402
from benchmarks.site_data import practices_file  # noqa: E402

DATABASE_NAME = "ih_bench_page_cost"
REPORT = Path(__file__).resolve().parents[1] / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- page_cost:start -->", "<!-- page_cost:end -->"
BUDGETS = {"warm": 1.5, "cold": 2.5, "page-cache": 1.0}
MODES = tuple(BUDGETS)
BARE_PAGE_SLUG = "bare-wagtail-page"
LEARNER_EMAIL = "page-cost-learner@bench.example"
VISITOR, LEARNER = "visitor", "learner"
# Per-process memos that a cold request must not find: "module:function" called with no argument.
# (The site's own memos live in the request or in the shared cache: home.request_memo.)
PROCESS_MEMO_RESETS = ("django.contrib.contenttypes.models:ContentType.objects.clear_cache",)
PAGE_CACHE_MODULE = "integrityhub.page_cache"
PAGE_CACHE_MIDDLEWARE = f"{PAGE_CACHE_MODULE}.PageCacheMiddleware"
PAGE_CACHE_HEADER = "X-Page-Cache"


# ---------------------------------------------------------------- the site


def build_site():
    """Migrate, load the demo content and the practices, add the bare page and the learner."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("import_practices", str(practices_file()), verbosity=0)
    return add_bare_page(), enrolled_learner()


def add_bare_page():
    """A bare Wagtail page under the English home: Wagtail's model and template, nothing of ours."""
    from wagtail.models import Page

    from home.models import HomePage

    home = HomePage.objects.get(locale__language_code="en")
    bare = home.add_child(instance=Page(title="Bare Wagtail page", slug=BARE_PAGE_SLUG, show_in_menus=False))
    bare.save_revision().publish()
    return Page.objects.get(pk=bare.pk).url


def enrolled_learner():
    """A learner enrolled in the English course (no lesson done, so its first lesson is open)."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from elearning.models import CoursePage, Enrolment

    course = CoursePage.objects.live().filter(locale__language_code="en").first()
    user = get_user_model().objects.create_user(email=LEARNER_EMAIL, password=None, first_name="Bench")
    Enrolment.objects.create(user=user, course_key=course.translation_key, last_activity_at=timezone.now())
    return user


def first_url(model, language="en", query=""):
    page = model.objects.live().public().filter(locale__language_code=language).order_by("path").first()
    return page.url + query


def page_types():
    """(page, audiences, URL) for every page type of issue 12's table."""
    from django.urls import reverse
    from django.utils import translation

    from elearning.models import CourseIndexPage, CoursePage, LessonPage
    from knowledgebase.models import GuidePage, GuideSectionPage, PracticeIndexPage, PracticePage

    both, learner_only = (VISITOR, LEARNER), (LEARNER,)
    course = CoursePage.objects.live().filter(locale__language_code="en").first()
    with translation.override("en"):
        dashboard, site_search = reverse("elearning:dashboard"), reverse("search:site_search")
    return [
        ("home (en)", both, "/en/"),
        ("home (fr)", both, "/fr/"),
        ("course catalogue", both, first_url(CourseIndexPage)),
        ("course", both, course.url),
        ("lesson", learner_only, LessonPage.objects.child_of(course).live().order_by("path").first().url),
        ("dashboard", learner_only, dashboard),
        ("guide index", both, first_url(GuidePage)),
        ("guide section", both, first_url(GuideSectionPage)),
        ("practice listing", both, first_url(PracticeIndexPage)),
        ("practice listing ?q=", both, first_url(PracticeIndexPage, query="?q=rotation")),
        ("practice", both, first_url(PracticePage)),
        ("site search", both, site_search + "?q=integrity"),
        ("/api/practices/search", both, "/api/practices/search?q=rotation"),
    ]


# ---------------------------------------------------------------- caches


def call_by_name(target):
    module_name, attribute_path = target.split(":")
    value = importlib.import_module(module_name)
    for attribute in attribute_path.split("."):
        value = getattr(value, attribute)
    return value()


def empty_caches():
    """Clear every configured cache alias and forget every per-process memo: the next request starts cold."""
    from django.conf import settings
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()
    for target in PROCESS_MEMO_RESETS:
        call_by_name(target)


def page_cache_built():
    return importlib.util.find_spec(PAGE_CACHE_MODULE) is not None


def client(page_cache, user=None):
    """A test Client whose middleware includes the full-page cache only when `page_cache` is true.

    Warm and cold measure the site's own work, so their clients skip the
    page cache; the page-cache mode's client keeps it, as production does.
    """
    from django.conf import settings
    from django.test import Client, override_settings

    new_client = Client()
    middleware = [name for name in settings.MIDDLEWARE if page_cache or name != PAGE_CACHE_MIDDLEWARE]
    with override_settings(MIDDLEWARE=middleware):
        new_client.handler.load_middleware()
    if user is not None:
        new_client.force_login(user)
    return new_client


# ---------------------------------------------------------------- measuring


def fetch(client, url):
    """(seconds, response) of one GET, which must answer 200."""
    started = time.perf_counter()
    response = client.get(url)
    elapsed = time.perf_counter() - started
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}, not 200")
    return elapsed, response


def count_queries(client, url, before=None):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    if before:
        before()
    with CaptureQueriesContext(connection) as captured:
        fetch(client, url)
    return len(captured.captured_queries)


def ratio_of_medians(page, bare, rounds, before=None, cached=False):
    """Median time of `page` over `bare`'s, each a (client, URL), requested in turn `rounds` times each.

    With `cached`, None as soon as the page is not served from the page cache.
    """
    page_times, bare_times = [], []
    for round_number in range(rounds):
        # Alternate which goes first, so neither always follows the other's work.
        order = ((page, page_times), (bare, bare_times))
        for (target_client, url), times in order if round_number % 2 == 0 else reversed(order):
            if before:
                before()
            elapsed, response = fetch(target_client, url)
            if times is page_times and cached and response.get(PAGE_CACHE_HEADER) != "hit":
                return None
            times.append(elapsed)
    return statistics.median(page_times) / statistics.median(bare_times)


def measure(pages, bare_url, learner, modes, rounds):
    clients = {VISITOR: client(page_cache=False), LEARNER: client(page_cache=False, user=learner)}
    cached_visitor = client(page_cache=True)
    rows = []
    for name, audiences, url in pages:
        for audience in audiences:
            own = clients[audience]
            row = {"page": name, "audience": audience, "url": url, "ratios": {}}
            fetch(own, bare_url)
            fetch(own, url)
            row["queries_warm"] = count_queries(own, url)
            row["queries_cold"] = count_queries(own, url, before=empty_caches)
            if "warm" in modes:
                fetch(own, url)
                row["ratios"]["warm"] = ratio_of_medians((own, url), (own, bare_url), rounds)
            if "cold" in modes:
                row["ratios"]["cold"] = ratio_of_medians((own, url), (own, bare_url), rounds, before=empty_caches)
            if "page-cache" in modes and audience == VISITOR and page_cache_built():
                fetch(cached_visitor, url)
                row["ratios"]["page-cache"] = ratio_of_medians(
                    (cached_visitor, url), (own, bare_url), rounds, cached=True
                )
            rows.append(row)
            print(f"  {name} ({audience}): {format_ratios(row, modes)}", file=sys.stderr)
    return rows


# ---------------------------------------------------------------- the report


def verdict(row):
    missed = [
        f"{mode} {ratio:.1f}× > {BUDGETS[mode]}×"
        for mode, ratio in row["ratios"].items()
        if ratio is not None and ratio > BUDGETS[mode]
    ]
    return "within budget" if not missed else "over: " + ", ".join(missed)


def format_ratios(row, modes):
    return ", ".join(f"{mode} {ratio_cell(row, mode, modes)}" for mode in modes if mode in row["ratios"])


def ratio_cell(row, mode, modes):
    if mode not in modes:
        return "not run"
    if mode in row["ratios"]:
        ratio = row["ratios"][mode]
        return "not cached" if ratio is None else f"{ratio:.2f}×"
    if mode == "page-cache" and not page_cache_built():
        return "not built"
    return "—"


def markdown_table(rows, modes):
    lines = [
        "| page | audience | ratio warm | ratio cold | ratio page-cache | queries warm / cold | verdict |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [row["page"], row["audience"], *(ratio_cell(row, mode, modes) for mode in MODES)]
        cells += [f"{row['queries_warm']} / {row['queries_cold']}", verdict(row)]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def bare_queries(client, bare_url):
    fetch(client, bare_url)
    return count_queries(client, bare_url)


def report(label, rows, modes, rounds, bare_query_count, site):
    load = os.getloadavg()[0]
    return "\n".join(
        [
            f"### {label.capitalize()} ({datetime.now(UTC):%Y-%m-%d}, {code_version()})",
            "",
            f"{site.describe()}, {os.cpu_count()} cores shared with other work (load average {load:.1f} at the end), "
            f"median of {rounds} requests per cell. The bare page costs {bare_query_count} queries. "
            f"Command: `.venv/bin/python benchmarks/page_cost.py --rounds {rounds} --mode {' --mode '.join(modes)}`.",
            "",
            markdown_table(rows, modes),
        ]
    )


SECTION_INTRO = """## Page cost against a bare Wagtail page (`benchmarks/page_cost.py`)

Each page type, requested in one process through Django's test Client (DEBUG
off, demo site plus the shared corpus's practices), timed interleaved with a
bare `wagtail.models.Page` under the English home; the ratio is the page's
median time over the bare page's. Warm: caches filled by an earlier request;
cold: every cache alias cleared and every per-process memo forgotten before
each request (both without the full-page cache, so they measure the site's
own work); page-cache: visitors' pages from the full-page cache, against the
bare page rendered without it. Budgets (issue 12): warm ≤ 1.5×, cold ≤ 2.5×,
page-cache ≤ 1.0×."""


def write_docs(label, text):
    """Put `text` between this label's markers inside the page-cost section, leaving the rest of the file."""
    content = REPORT.read_text(encoding="utf-8")
    if SECTION_START not in content:
        content = content.rstrip("\n") + f"\n\n{SECTION_START}\n{SECTION_INTRO}\n{SECTION_END}\n"
    start, end = f"<!-- page_cost_{label}:start -->", f"<!-- page_cost_{label}:end -->"
    block = f"{start}\n{text.strip()}\n{end}"
    if start in content:
        before, rest = content.split(start, 1)
        content = before + block + rest.split(end, 1)[1]
    else:
        before, after = content.split(SECTION_END, 1)
        content = before.rstrip("\n") + "\n\n" + block + "\n" + SECTION_END + after
    REPORT.write_text(content, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mode", action="append", choices=MODES, help="repeatable; all three by default")
    parser.add_argument("--rounds", type=int, default=15, help="requests per page and per bare page (median)")
    parser.add_argument(
        "--write", metavar="LABEL", help="write the table into docs/benchmarks.md under LABEL (before, after)"
    )
    arguments = parser.parse_args()
    modes = tuple(mode for mode in MODES if mode in (arguments.mode or MODES))
    os.environ.setdefault("ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
    # The demo's moderation emails would otherwise be printed between the results.
    os.environ["EMAIL_BACKEND"] = "django.core.mail.backends.dummy.EmailBackend"
    media = tempfile.TemporaryDirectory(prefix="page-cost-media-")
    os.environ["MEDIA_ROOT"] = media.name
    site = set_up_django(DATABASE_NAME, elasticsearch=False)
    print("Building the site…", file=sys.stderr)
    bare_url, learner = build_site()
    pages = page_types()
    if "page-cache" in modes and not page_cache_built():
        print("page-cache: not built (no integrityhub/page_cache.py)", file=sys.stderr)
    bare_query_count = bare_queries(client(page_cache=False), bare_url)
    rows = measure(pages, bare_url, learner, modes, arguments.rounds)
    text = report(arguments.write or "current", rows, modes, arguments.rounds, bare_query_count, site)
    print(text)
    if arguments.write:
        write_docs(arguments.write, text)
    media.cleanup()


if __name__ == "__main__":
    main()
