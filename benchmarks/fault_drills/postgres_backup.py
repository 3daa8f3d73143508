"""Drill: back up the PostgreSQL site with pg_dump (custom format) and MEDIA_ROOT, restore both, compare.

The restore goes into a fresh database and a fresh media folder; every
table's row count and every media file's SHA-256 must match the original.
"""

import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

from benchmarks.site_data import drop_database, fresh_database

from . import media_files
from .results import DrillResult


def row_counts(database_url):
    """{table: rows} for every table in the public schema."""
    with psycopg.connect(database_url) as connection:
        tables = [row[0] for row in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return {
            table: connection.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))).fetchone()[0]
            for table in tables
        }


def run_tool(*command):
    subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603 - fixed tools, our arguments


def run(database_url, media_root):
    """Dump, copy media, restore both elsewhere, compare. The site is idle (the stream drill has finished)."""
    started = time.monotonic()
    problems = []
    with tempfile.TemporaryDirectory(prefix="drill-backup-") as folder:
        dump, media_copy, media_restored = Path(folder, "site.dump"), Path(folder, "media"), Path(folder, "restored")
        backup_started = time.monotonic()
        run_tool("pg_dump", "--format=custom", f"--file={dump}", f"--dbname={database_url}")
        media_files.copy_tree(media_root, media_copy)
        backup_seconds = time.monotonic() - backup_started

        restored_url, restored_name = fresh_database(database_url, "restored")
        restore_started = time.monotonic()
        try:
            run_tool("pg_restore", "--no-owner", "--exit-on-error", f"--dbname={restored_url}", str(dump))
        except subprocess.CalledProcessError as error:
            problems.append(f"pg_restore failed: {error.stderr.strip()[:500]}")
        media_files.copy_tree(media_copy, media_restored)
        restore_seconds = time.monotonic() - restore_started

        original_counts, restored_counts = row_counts(database_url), row_counts(restored_url)
        original_media, restored_media = media_files.checksums(media_root), media_files.checksums(media_restored)
        problems += media_files.compare_counts(original_counts, restored_counts)
        problems += media_files.compare(original_media, restored_media)
        dump_size = dump.stat().st_size
    drop_database(database_url, restored_name)
    if not original_media:
        problems.append("no media file to back up: the drill proved nothing about media")

    details = {
        "tables": len(original_counts),
        "rows": sum(original_counts.values()),
        "media_files": len(original_media),
        "dump_bytes": dump_size,
        "backup_s": round(backup_seconds, 1),
        "restore_s": round(restore_seconds, 1),
    }
    summary = (
        f"pg_dump -Fc → pg_restore: {details['tables']} tables, {details['rows']} rows and "
        f"{details['media_files']} media files identical after restore"
        if not problems
        else f"{len(problems)} difference(s) after restore"
    )
    return DrillResult("postgres-backup-restore", not problems, summary, problems, details, time.monotonic() - started)
