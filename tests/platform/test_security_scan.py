"""bandit finds no medium- or high-severity issue in the project's code.

A `# nosec` is allowed only with a reason on the same line; this test runs in
every CI pass, so a new finding fails the build. The counts also go to
$TEST_ARTIFACTS_DIR/bandit-summary.json for CI's closing table.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SCANNED_PACKAGES = ["integrityhub", "accounts", "home", "knowledgebase", "elearning", "search"]


def test_bandit_reports_no_medium_or_high_findings():
    result = subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "-m", "bandit", "-r", *SCANNED_PACKAGES, "-ll", "-f", "json", "-q", "-x", "*/migrations/*"],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    assert report["metrics"]["_totals"]["loc"] > 1000, "bandit scanned almost nothing"
    findings = [
        f"{finding['filename']}:{finding['line_number']} {finding['test_id']} {finding['issue_text']}"
        for finding in report["results"]
    ]
    record_summary(report)
    assert not findings, "\n".join(findings)


def record_summary(report):
    totals = report["metrics"]["_totals"]
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", PROJECT_ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    summary = {
        "medium_or_high": len(report["results"]),
        "lines_scanned": totals["loc"],
        "nosec": totals.get("nosec", 0),
    }
    (folder / "bandit-summary.json").write_text(json.dumps(summary) + "\n", encoding="utf-8")
