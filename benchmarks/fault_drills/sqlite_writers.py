"""Drills on the embedded default: 20 concurrent writers on SQLite, and a backup taken while they write.

Writers: 20 client threads take the quiz in a loop (start an attempt, submit
it: two writes) through gunicorn with 4 worker processes of 5 threads, so
20 requests write at the same moment from several processes, for a fixed
time. No request may fail and the server log may not mention "database is
locked"; the settings that make this hold (WAL, busy timeout, IMMEDIATE
transactions) are read back from a live connection.

Backup: halfway through, the sqlite3 online backup API copies the file
while the writers go on, inside one read transaction, so the row counts
taken in that transaction are exactly what the copy must hold; the copy must
pass `PRAGMA integrity_check`, and a copy of MEDIA_ROOT must match file for
file.
"""

import sqlite3
import tempfile
import threading
import time
from pathlib import Path

from . import media_files
from .quiz_client import QuizClient
from .results import DrillResult

LOCKED_MESSAGE = "database is locked"


def table_counts(connection):
    tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}  # noqa: S608 - names from sqlite_master


def live_settings():
    """The SQLite settings as a Django connection actually runs with them."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        journal_mode = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout")
        busy_timeout = cursor.fetchone()[0]
    return {
        "journal_mode": journal_mode,
        "busy_timeout_ms": busy_timeout,
        "transaction_mode": connection.settings_dict["OPTIONS"].get("transaction_mode"),
    }


class Writers:
    """Client threads taking the quiz in a loop until told to stop, counting every outcome."""

    def __init__(self, base_url, learners):
        self.base_url = base_url
        self.learners = learners
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.acknowledged = 0
        self.failures = []

    def write(self, learner):
        client = QuizClient(self.base_url, learner)
        while not self.stop.is_set():
            acknowledged, _path, replies = client.take_quiz()
            with self.lock:
                if acknowledged:
                    self.acknowledged += 1
                else:
                    self.failures.append([reply.status for reply in replies])

    def run(self, seconds, halfway):
        threads = [threading.Thread(target=self.write, args=(learner,)) for learner in self.learners]
        for thread in threads:
            thread.start()
        time.sleep(seconds / 2)
        during = halfway()
        time.sleep(seconds / 2)
        self.stop.set()
        for thread in threads:
            thread.join()
        return during


def backup_while_writing(database_path, backup_path):
    """Row counts and an online backup from the same read transaction: one consistent moment."""
    source = sqlite3.connect(database_path, timeout=20, isolation_level=None)
    target = sqlite3.connect(backup_path)
    try:
        source.execute("BEGIN")
        counts = table_counts(source)
        started = time.monotonic()
        source.backup(target)
        seconds = time.monotonic() - started
        source.execute("COMMIT")
    finally:
        target.close()
        source.close()
    return counts, seconds


def run_writers(server, learners, seconds, database_path, media_root, log_file):
    """Both drills at once: returns (writers result, backup result)."""
    from elearning.models import QuizAttempt

    started = time.monotonic()
    settings = live_settings()
    folder = tempfile.TemporaryDirectory(prefix="drill-sqlite-backup-")
    backup_path = Path(folder.name, "backup.sqlite3")
    writers = Writers(server.url, learners)

    def take_backup():
        counts, backup_seconds = backup_while_writing(database_path, backup_path)
        media_files.copy_tree(media_root, Path(folder.name, "media"))
        return counts, backup_seconds, writers.acknowledged

    counts_at_backup, backup_seconds, acknowledged_at_backup = writers.run(seconds, take_backup)
    writing_seconds = time.monotonic() - started

    locked_lines = [line for line in Path(log_file).read_text(errors="replace").splitlines() if LOCKED_MESSAGE in line]
    submitted = QuizAttempt.objects.filter(user__in=[learner["user"] for learner in learners], status="submitted")
    problems = []
    tuned = settings["journal_mode"] == "wal" and settings["transaction_mode"] == "IMMEDIATE"
    if not tuned or not settings["busy_timeout_ms"]:
        problems.append(f"SQLite is not set up for concurrent writers: {settings}")
    if writers.failures:
        problems.append(f"{len(writers.failures)} submission(s) failed, statuses: {writers.failures[:10]}")
    if locked_lines:
        problems.append(f'"{LOCKED_MESSAGE}" in the server log {len(locked_lines)} time(s): {locked_lines[0][:300]}')
    if submitted.count() != writers.acknowledged:
        problems.append(f"{writers.acknowledged} acknowledged but {submitted.count()} submitted attempts saved")
    writes = writers.acknowledged * 2
    details = {
        "writers": len(learners),
        "seconds": round(writing_seconds, 1),
        "submissions": writers.acknowledged,
        "submissions_per_s": round(writers.acknowledged / writing_seconds, 1),
        "failed": len(writers.failures),
        "locked_errors": len(locked_lines),
        **settings,
    }
    writers_result = DrillResult(
        "sqlite-20-writers",
        not problems,
        f"{len(learners)} writers for {writing_seconds:.0f} s: {writers.acknowledged} quiz submissions "
        f"({writes} write requests, {details['submissions_per_s']}/s), {len(writers.failures)} failed, "
        f"{len(locked_lines)} 'database is locked' (journal_mode={settings['journal_mode']}, "
        f"busy_timeout={settings['busy_timeout_ms']} ms, {settings['transaction_mode']} transactions)",
        problems,
        details,
        writing_seconds,
    )

    backup_problems = []
    restored = sqlite3.connect(backup_path)
    try:
        integrity = restored.execute("PRAGMA integrity_check").fetchone()[0]
        restored_counts = table_counts(restored)
    finally:
        restored.close()
    if integrity != "ok":
        backup_problems.append(f"integrity_check on the backup: {integrity}")
    backup_problems += media_files.compare_counts(counts_at_backup, restored_counts)
    original_media = media_files.checksums(media_root)
    backup_problems += media_files.compare(original_media, media_files.checksums(Path(folder.name, "media")))
    if not original_media:
        backup_problems.append("no media file to back up: the drill proved nothing about media")
    backup_details = {
        "tables": len(restored_counts),
        "rows": sum(restored_counts.values()),
        "media_files": len(original_media),
        "backup_s": round(backup_seconds, 2),
        "submissions_before_backup": acknowledged_at_backup,
        "submissions_after_backup": writers.acknowledged - acknowledged_at_backup,
    }
    folder.cleanup()
    backup_result = DrillResult(
        "sqlite-backup-while-writing",
        not backup_problems,
        f"online backup in {backup_seconds:.2f} s while {len(learners)} writers ran: integrity {integrity}, "
        f"{backup_details['tables']} tables / {backup_details['rows']} rows as of the backup's transaction, "
        f"{backup_details['media_files']} media files identical"
        if not backup_problems
        else f"{len(backup_problems)} problem(s), first: {backup_problems[0]}",
        backup_problems,
        backup_details,
        backup_seconds,
    )
    return writers_result, backup_result
