"""The checks the fault drills and CI's closing table rely on can fail when they should.

The drills themselves run once, in CI's second pass (benchmarks/drills.py);
these tests pin their comparison logic and the summary table in every pass,
on real files and a real SQLite database.
"""

import json
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from benchmarks.fault_drills import media_files
from benchmarks.fault_drills.sqlite_writers import backup_while_writing, table_counts

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def write(path, content):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def test_media_comparison_reports_missing_changed_and_unexpected_files(tmp_path):
    original, restored = tmp_path / "original", tmp_path / "restored"
    write(original / "documents/kept.pdf", b"same")
    write(original / "documents/changed.pdf", b"before")
    write(original / "documents/lost.pdf", b"lost")
    media_files.copy_tree(original, restored)
    assert media_files.compare(media_files.checksums(original), media_files.checksums(restored)) == []

    write(restored / "documents/changed.pdf", b"after")
    (restored / "documents/lost.pdf").unlink()
    write(restored / "images/stray.png", b"stray")
    problems = media_files.compare(media_files.checksums(original), media_files.checksums(restored))

    assert problems == [
        "media file missing after restore: documents/lost.pdf",
        "unexpected media file after restore: images/stray.png",
        "media file changed: documents/changed.pdf",
    ]


def test_row_count_comparison_names_each_table_that_differs():
    problems = media_files.compare_counts({"pages": 10, "users": 3}, {"pages": 9, "users": 3, "extra": 1})
    assert problems == ["extra: None rows before, 1 after restore", "pages: 10 rows before, 9 after restore"]


def test_sqlite_backup_holds_exactly_the_rows_counted_while_a_writer_goes_on(tmp_path):
    database = tmp_path / "site.sqlite3"
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("CREATE TABLE attempt (id INTEGER PRIMARY KEY, body TEXT)")
    stop = threading.Event()

    def writer():
        connection = sqlite3.connect(database, timeout=20, isolation_level=None)
        while not stop.is_set():
            connection.execute("INSERT INTO attempt (body) VALUES (?)", ("x" * 500,))
        connection.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        reader = sqlite3.connect(database)
        while table_counts(reader)["attempt"] < 200:
            time.sleep(0.01)
        reader.close()
        counts, _seconds = backup_while_writing(database, tmp_path / "backup.sqlite3")
    finally:
        stop.set()
        thread.join()

    backup = sqlite3.connect(tmp_path / "backup.sqlite3")
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert table_counts(backup) == counts
    assert table_counts(sqlite3.connect(database))["attempt"] > counts["attempt"]  # the writer went on after


def run_summary(folder):
    result = subprocess.run(  # noqa: S603 - the system interpreter on our own script
        [sys.executable, str(PROJECT_ROOT / ".ci" / "summary.py"), str(folder)],
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def test_ci_summary_says_not_run_for_every_missing_artifact(tmp_path):
    table = run_summary(tmp_path)
    for gate in ("axe-core", "bandit", "authorisation matrix", "load: mixed workload", "fault drills"):
        line = next(line for line in table.splitlines() if line.startswith(gate))
        assert line.rstrip().endswith("not run")


def test_ci_summary_shows_figures_and_failed_drills(tmp_path):
    phase = {"requests": 1000, "failures": 20, "error_rate": 0.02, "throughput": 50.0}
    phase.update(p50=80, p95=200, p99=400)
    load = {
        "users": 20,
        "duration_s": 20,
        "mixed": phase,
        "stock": {**phase, "failures": 0, "error_rate": 0.0, "throughput": 200.0},
        "ratio": {"throughput": 0.25, "p50": 4.0, "p95": 3.0},
        "search_engines": {"elasticsearch": 40, "database (fallback from Elasticsearch)": 2},
    }
    (tmp_path / "load-summary.json").write_text(json.dumps(load))
    (tmp_path / "bandit-summary.json").write_text(json.dumps({"medium_or_high": 0, "lines_scanned": 9, "nosec": 1}))
    (tmp_path / "matrix-summary.json").write_text(json.dumps({"cells": 600, "patterns": 100}))
    drill = {"drill": "server-kill", "passed": False, "summary": "2 acknowledged submissions lost"}
    (tmp_path / "drills-summary.jsonl").write_text(json.dumps(drill) + "\n")

    table = run_summary(tmp_path)

    assert "50.0 req/s, p50 80 / p95 200 / p99 400 ms, 20 errors of 1000 (2.00%)" in table
    assert "throughput 0.25×, p50 latency 4.0×" in table
    assert "search answered by database (fallback from Elasticsearch) (2), elasticsearch (40)" in table
    assert "600 cells checked over 100 URL patterns" in table
    assert "FAILED: 2 acknowledged submissions lost" in table
