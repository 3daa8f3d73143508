"""Fault drills: kill the server mid-stream, back up and restore, contend the SQLite file.

    bash scripts/services.sh start postgres
    eval "$(bash scripts/services.sh env)"
    .venv/bin/python benchmarks/drills.py                 # every drill
    .venv/bin/python benchmarks/drills.py --only sqlite    # the embedded-default drills, no service needed

Two sites, each prepared from scratch (migrate, a course with its
assessment, a few uploaded documents, learners) in its own process, because one Django process talks to
one database:

- `postgres`: a throw-away database beside DATABASE_URL's (`<name>_drills`)
  served by gunicorn; the server-kill drill (`fault_drills/server_kill.py`),
  then the pg_dump/pg_restore drill (`fault_drills/postgres_backup.py`).
- `sqlite`: a temporary SQLite file with the embedded default's settings,
  served by gunicorn; 20 concurrent writers, with an online backup taken
  while they write (`fault_drills/sqlite_writers.py`).

Each drill prints one line and appends it to
$TEST_ARTIFACTS_DIR/drills-summary.jsonl; the exit status is 1 when a drill
failed. Why a script and not pytest tests: the drills kill and restart
servers, copy databases and need seconds of uncontended wall-clock time;
inside the test suite they would run in both CI passes, among parallel test
workers, and inside pytest-django's test database, where concurrent writers
from other processes cannot see the data. CI runs this once, in its second
pass, after the test suite.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.app_server import GunicornServer, configure_django  # noqa: E402
from benchmarks.fault_drills.results import DrillResult, record  # noqa: E402
from benchmarks.site_data import create_learners, drop_database, fresh_database, require_postgres  # noqa: E402

GROUPS = ("postgres", "sqlite")
STREAM_SUBMISSIONS = 300
WRITERS = 20


def prepare(database_url, media_root, learner_count):
    """Migrate, then one course with an assessment (unlimited attempts), uploaded documents and learners.

    Built with the e-learning factories rather than the demo content: the
    drills need a quiz and some files, not the whole demo site, and this
    takes seconds instead of most of a minute, twice per CI run.
    """
    from django.core.management import call_command

    from benchmarks.fault_drills import media_files

    configure_django(database_url, media_root=media_root)
    call_command("migrate", verbosity=0)
    from elearning.factories import build_course

    assessment = build_course(assessment_fields={"attempt_limit": 0}).assessment
    media_files.add_documents()
    _course, learners = create_learners(learner_count, assessment, "drill")
    from django.db import connections

    connections.close_all()  # the server and the checks open their own
    return learners


def run_postgres_group(options):
    from benchmarks.fault_drills import postgres_backup, server_kill

    base_url = os.environ.get("DATABASE_URL", "")
    require_postgres(base_url)
    database_url, database_name = fresh_database(base_url, "drills")
    with tempfile.TemporaryDirectory(prefix="drill-media-") as media_root:
        learners = prepare(database_url, media_root, options.submissions)
        server = GunicornServer(workers=2, threads=4).start()
        try:
            record(server_kill.run(server, learners))
        finally:
            server.stop()
        from django.db import connections

        connections.close_all()
        record(postgres_backup.run(database_url, media_root))
    drop_database(base_url, database_name)


def run_sqlite_group(options):
    from benchmarks.fault_drills import sqlite_writers

    with tempfile.TemporaryDirectory(prefix="drill-sqlite-") as folder:
        database_path = Path(folder, "site.sqlite3")
        media_root = Path(folder, "media")
        learners = prepare(f"sqlite:///{database_path}", media_root, options.writers)
        log_file = Path(folder, "gunicorn.log")
        server = GunicornServer(workers=4, threads=max(1, options.writers // 4), log_file=log_file).start()
        try:
            results = sqlite_writers.run_writers(server, learners, options.seconds, database_path, media_root, log_file)
        finally:
            server.stop()
        for result in results:
            record(result)


def run_group_in_child(group, options):
    """Each group in its own process (one Django database per process); a crash is recorded as a failure."""
    started = time.monotonic()
    command = [sys.executable, __file__, "--group", group, "--submissions", str(options.submissions)]
    command += ["--writers", str(options.writers), "--seconds", str(options.seconds)]
    child = subprocess.run(command, check=False)  # noqa: S603 - this very script
    if child.returncode != 0:
        record(
            DrillResult(
                f"{group} drills",
                False,
                f"the {group} drills stopped with exit status {child.returncode} (see the log above)",
                seconds=time.monotonic() - started,
            )
        )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", choices=GROUPS, help="run one group of drills")
    parser.add_argument("--group", choices=GROUPS, help=argparse.SUPPRESS)  # a child process running one group
    parser.add_argument("--submissions", type=int, default=STREAM_SUBMISSIONS, help="learners in the killed stream")
    parser.add_argument("--writers", type=int, default=WRITERS, help="concurrent SQLite writers")
    parser.add_argument("--seconds", type=int, default=10, help="how long the SQLite writers write")
    options = parser.parse_args()

    if options.group:
        {"postgres": run_postgres_group, "sqlite": run_sqlite_group}[options.group](options)
        return
    groups = [options.only] if options.only else list(GROUPS)
    if "postgres" in groups:
        require_postgres(os.environ.get("DATABASE_URL", ""))
    from benchmarks.fault_drills.results import summary_path

    before = summary_path().read_text(encoding="utf-8").count("\n") if summary_path().exists() else 0
    for group in groups:
        run_group_in_child(group, options)
    lines = summary_path().read_text(encoding="utf-8").splitlines()[before:]
    failed = [line for line in lines if not json.loads(line)["passed"]]
    print(f"[drill] {len(lines) - len(failed)} passed, {len(failed)} failed; results in {summary_path()}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
