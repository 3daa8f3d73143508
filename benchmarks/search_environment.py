"""A throw-away site for the search benchmarks: fresh database, own index names, Django set up.

The search benchmarks (`search_relevance.py`, `search_latency.py`,
`synthetic_practices.py`) never touch the developer's data or another
person's indexes:

- no `DATABASE_URL`: a new SQLite file in a temporary folder;
- `DATABASE_URL=postgres://…`: a database of the benchmark's own name
  (dropped and created again) on the same server;
- `ELASTICSEARCH_URL`: every index is named with the benchmark's own prefix,
  and the indexes an earlier run left under that prefix are deleted first.

Django runs with the development settings and DEBUG off (DEBUG would keep
every SQL statement in memory and slow everything down), tasks run
immediately, exactly as in the embedded default.
"""

import os
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.site_data import administer, connect, database_exists, sibling_database_url

PROJECT_ROOT = Path(__file__).resolve().parents[1]
CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"
BENCHMARK_TIMEOUT_SECONDS = 120
ENGINE_MODULES = {"database": "search.practices.database", "elasticsearch": "search.practices.elastic"}


@dataclass
class BenchmarkSite:
    """What a benchmark run is talking to, for its report."""

    database_vendor: str  # "sqlite" or "postgresql"
    database_name: str
    elasticsearch_url: str
    index_prefix: str
    temporary_folder: tempfile.TemporaryDirectory | None = None

    def describe(self):
        if self.database_vendor == "sqlite":
            database = "SQLite (temporary file)" if self.temporary_folder else f"SQLite `{self.database_name}.sqlite3`"
        else:
            database = f"PostgreSQL `{self.database_name}`"
        if self.elasticsearch_url:
            return f"{database}, Elasticsearch indexes `{self.index_prefix}*`"
        return database


def prepare_database(name, fresh=True, keep=False):
    """(DATABASE_URL to use, vendor, temporary folder or None); `name` names the database.

    `fresh=False` reuses what an earlier run with the same name left.
    PostgreSQL databases always stay after the run; an SQLite file stays
    only with `keep` (or `fresh=False`), as `<temporary folder>/<name>.sqlite3`.
    """
    base_url = os.environ.get("DATABASE_URL", "")
    if not base_url or base_url.startswith("sqlite"):
        if keep or not fresh:
            path = Path(tempfile.gettempdir()) / f"{name}.sqlite3"
            if fresh:
                for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                    leftover.unlink(missing_ok=True)
            return f"sqlite:///{path}", "sqlite", None
        folder = tempfile.TemporaryDirectory(prefix=f"{name}-")
        return f"sqlite:///{folder.name}/{name}.sqlite3", "sqlite", folder
    if not base_url.startswith(("postgres://", "postgresql://")):
        sys.exit(f"DATABASE_URL must be a PostgreSQL or SQLite URL, not {base_url!r}.")
    if fresh:
        administer(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    elif not database_exists(base_url, name):
        administer(base_url, f'CREATE DATABASE "{name}"')
    return sibling_database_url(base_url, name), "postgresql", None


def set_up_django(name, fresh=True, elasticsearch=True, keep=False):
    """Point Django at the benchmark's own database and indexes, then `django.setup()`.

    `name` (e.g. `ih_bench_relevance`) names the PostgreSQL database and,
    followed by `_`, prefixes the Elasticsearch indexes. With
    `elasticsearch=False`, ELASTICSEARCH_URL is ignored (database engine only).
    """
    database_url, vendor, folder = prepare_database(name, fresh=fresh, keep=keep)
    elasticsearch_url = os.environ.get("ELASTICSEARCH_URL", "") if elasticsearch else ""
    index_prefix = f"{name}_".lower()
    os.environ.update(
        DJANGO_SETTINGS_MODULE="integrityhub.settings.dev",
        DJANGO_DEBUG="0",
        DATABASE_URL=database_url,
        ELASTICSEARCH_INDEX_PREFIX=index_prefix,
        TASKS_BACKEND="integrityhub.task_backends.ImmediateAfterResponseBackend",
        LOG_LEVEL=os.environ.get("LOG_LEVEL", "ERROR"),
    )
    if elasticsearch_url:
        os.environ["ELASTICSEARCH_URL"] = elasticsearch_url
    else:
        os.environ.pop("ELASTICSEARCH_URL", None)
    sys.path.insert(0, str(PROJECT_ROOT))
    import django

    django.setup()
    from django.conf import settings

    # The fallback's short search deadline would turn a slow answer into an exception: the benchmarks
    # call the engines directly and want to know how long they take, however long that is.
    settings.ELASTICSEARCH_TIMEOUT = settings.PRACTICE_SEARCH_TIMEOUT = BENCHMARK_TIMEOUT_SECONDS
    if elasticsearch_url and fresh:
        delete_indexes(elasticsearch_url, index_prefix)
    return BenchmarkSite(vendor, name, elasticsearch_url, index_prefix, folder)


def delete_indexes(url, prefix):
    """Delete the indexes (and so their aliases) an earlier run left under `prefix`, by name."""
    from elasticsearch import Elasticsearch

    client = Elasticsearch(url, request_timeout=30)
    names = list(client.indices.get(index=f"{prefix}*", expand_wildcards="all", allow_no_indices=True))
    if names:
        client.indices.delete(index=",".join(names))


def migrate():
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", verbosity=0, interactive=False)
    return time.monotonic() - started


def make_coordinator_user():
    """A user in the Coordinators group (of some administration), as the queries' "coordinator"."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from accounts.models import PartnerAdministration
    from accounts.roles import COORDINATORS

    user_model = get_user_model()
    user, _created = user_model.objects.get_or_create(
        email="coordinator@bench.example",
        defaults={
            "first_name": "Bench",
            "last_name": "Coordinator",
            "administration": PartnerAdministration.objects.first(),
        },
    )
    user.groups.add(Group.objects.get(name=COORDINATORS))
    return user_model.objects.get(pk=user.pk)  # fresh object: no cached role names


def users_by_role():
    """{"public": anonymous, "coordinator": a coordinator}: the roles the query files name."""
    from django.contrib.auth.models import AnonymousUser

    return {"public": AnonymousUser(), "coordinator": make_coordinator_user()}


def load_engines(names):
    """{name: engine module} for the engines asked for; exits with a clear message if one is missing."""
    import importlib

    engines = {}
    for name in names:
        try:
            engines[name] = importlib.import_module(ENGINE_MODULES[name])
        except ImportError as error:
            sys.exit(f"The {name} engine ({ENGINE_MODULES[name]}) cannot be imported: {error}")
    return engines


def engine_names(choice):
    """The engines `--engine` asks for, leaving Elasticsearch out (with a note) when it is not configured."""
    wanted = list(ENGINE_MODULES) if choice == "all" else [choice]
    if "elasticsearch" in wanted and not os.environ.get("ELASTICSEARCH_URL"):
        if choice == "elasticsearch":
            sys.exit("--engine elasticsearch needs ELASTICSEARCH_URL (e.g. http://127.0.0.1:9200).")
        print("ELASTICSEARCH_URL is not set: measuring the database engine only.", file=sys.stderr)
        wanted.remove("elasticsearch")
    return wanted


# ---------------------------------------------------------------- the report


REPORT = PROJECT_ROOT / "docs" / "benchmarks.md"
SEARCH_START, SEARCH_END = "<!-- search:start -->", "<!-- search:end -->"
SEARCH_SECTION = f"""{SEARCH_START}
## Search

Practice search, measured by `benchmarks/search_relevance.py` (relevance on the
shared corpus) and `benchmarks/search_latency.py` (latency and reindexing on
synthetic practices from `benchmarks/synthetic_practices.py`). Each script
rewrites only its own block below.
{SEARCH_END}"""


def write_docs_block(name, text):
    """Put `text` between `name`'s markers inside the Search section of docs/benchmarks.md.

    The file is read just before writing and every other section is left as
    it is, so other benchmarks can write theirs in between runs.
    """
    content = REPORT.read_text(encoding="utf-8")
    if SEARCH_START not in content:
        content = content.rstrip("\n") + "\n\n" + SEARCH_SECTION + "\n"
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    block = f"{start}\n{text.strip()}\n{end}"
    if start in content:
        before, rest = content.split(start, 1)
        content = before + block + rest.split(end, 1)[1]
    else:
        before, after = content.split(SEARCH_END, 1)
        content = before.rstrip("\n") + "\n\n" + block + "\n" + SEARCH_END + after
    REPORT.write_text(content, encoding="utf-8")


def service_versions():
    """ "SQLite x, PostgreSQL y, Elasticsearch z": what the measurements ran on, asked from the services."""
    import json
    import sqlite3
    import urllib.request

    versions = [f"SQLite {sqlite3.sqlite_version}"]
    database_url = os.environ.get("DATABASE_URL", "")
    if database_url.startswith(("postgres://", "postgresql://")):
        with connect(database_url) as connection:
            versions.append(f"PostgreSQL {connection.execute('SHOW server_version').fetchone()[0]}")
    elasticsearch_url = os.environ.get("ELASTICSEARCH_URL", "")
    if elasticsearch_url:
        with urllib.request.urlopen(elasticsearch_url, timeout=5) as response:  # noqa: S310 - the configured service
            versions.append(f"Elasticsearch {json.load(response)['version']['number']}")
    return ", ".join(versions)


def code_version():
    """The commit measured, and whether the engines had uncommitted changes (the tree is shared)."""
    import subprocess

    def git(*arguments):
        return subprocess.run(  # noqa: S603 - fixed git commands
            ["git", *arguments],  # noqa: S607 - git from PATH, as a developer runs it
            cwd=PROJECT_ROOT,
            capture_output=True,
            text=True,
            check=False,  # noqa: S607
        ).stdout.strip()

    commit = git("rev-parse", "--short", "HEAD")
    changed = git("status", "--porcelain", "--", "search", "knowledgebase")
    return f"commit {commit}" + (" with uncommitted changes in search/ or knowledgebase/" if changed else "")
