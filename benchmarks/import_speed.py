"""How long `import_practices` takes to import the practice corpus into a freshly migrated site.

    .venv/bin/python benchmarks/import_speed.py --write-docs

The test suite checks that the import brings in every record
(tests/knowledgebase/test_import_export.py); how long it takes depends on
the machine and what else runs on it, so it is measured here, not asserted
there. The benchmark builds a throw-away site (`search_environment`: a
temporary SQLite file, or with DATABASE_URL=postgres://… the database
`ih_bench_import`), migrates it, then times `import_practices` on the
shared corpus (the app's demo file when the corpus is not checked out):
once on the empty site, which creates every practice, and once more, which
finds every record unchanged. Elasticsearch is left out: publishing only
queues its refresh. The load average when the run started goes in the
report, since the two cores are shared. Target: the first import within
IMPORT_TARGET_SECONDS.
"""

import argparse
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime
from io import StringIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.search_environment import CORPUS, PROJECT_ROOT, code_version, migrate, set_up_django  # noqa: E402

IMPORT_TARGET_SECONDS = 30
DEMO_PRACTICES = PROJECT_ROOT / "knowledgebase" / "demo" / "practices.jsonl"
REPORT = PROJECT_ROOT / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- import_speed:start -->", "<!-- import_speed:end -->"


def corpus_file():
    shared = CORPUS / "practices.jsonl"
    return shared if shared.exists() else DEMO_PRACTICES


def timed_import(path):
    """(seconds, the command's summary line) of one `import_practices` run."""
    from django.core.management import call_command

    output = StringIO()
    started = time.monotonic()
    call_command("import_practices", str(path), stdout=output, stderr=StringIO())
    seconds = time.monotonic() - started
    summary = next((line for line in output.getvalue().splitlines() if " created, " in line), "")
    return seconds, summary.strip()


def measure():
    load_average = os.getloadavg()[0]
    site = set_up_django("ih_bench_import", elasticsearch=False)
    path = corpus_file()
    records = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    migrate_seconds = migrate()
    first_seconds, first_summary = timed_import(path)
    second_seconds, second_summary = timed_import(path)
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} cores, Python {platform.python_version()}",
        "load_average": round(load_average, 1),
        "database": site.describe(),
        "corpus": str(path.relative_to(PROJECT_ROOT.parent)) if path.is_relative_to(PROJECT_ROOT.parent) else str(path),
        "records": records,
        "migrate_seconds": round(migrate_seconds, 1),
        "first_import_seconds": round(first_seconds, 1),
        "first_import": first_summary,
        "second_import_seconds": round(second_seconds, 1),
        "second_import": second_summary,
        "code": code_version(),
    }


def markdown(result):
    met = result["first_import_seconds"] <= IMPORT_TARGET_SECONDS
    return "\n".join(
        [
            SECTION_START,
            "## Importing the practice corpus (`benchmarks/import_speed.py`)",
            "",
            f"Run on {result['date']}: {result['machine']}, {result['database']}, load average "
            f"{result['load_average']} when the run started (the cores are shared with other work), "
            f"{result['code']}. Command: `.venv/bin/python benchmarks/import_speed.py --write-docs`. "
            f"Corpus: `{result['corpus']}`, {result['records']} records, imported into a freshly migrated site "
            f"(migrations took {result['migrate_seconds']} s).",
            "",
            "| import | seconds | what the command reported |",
            "|---|---|---|",
            f"| first, on the empty site | {result['first_import_seconds']} | {result['first_import']} |",
            f"| second, the same file | {result['second_import_seconds']} | {result['second_import']} |",
            "",
            f"- First import within {IMPORT_TARGET_SECONDS} s: **{'met' if met else 'not met'}**.",
            SECTION_END,
        ]
    )


def write_report(section):
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n\n"
    if SECTION_START in text:
        before, rest = text.split(SECTION_START, 1)
        text = before + section + rest.split(SECTION_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    REPORT.write_text(text, encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write-docs", action="store_true", help="write the result into docs/benchmarks.md")
    arguments = parser.parse_args()
    result = measure()
    print(json.dumps(result, indent=2))
    if arguments.write_docs:
        write_report(markdown(result))
        print(f"Wrote the result into {REPORT}.")


if __name__ == "__main__":
    main()
