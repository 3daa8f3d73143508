"""CI's closing table shows each property target with the number of cases Hypothesis generated."""

import json
import subprocess
import sys
from pathlib import Path

SUMMARY_SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "summary.py"


def summary_table(folder):
    """The table with each run of spaces made one, so assertions do not depend on column widths."""
    table = subprocess.run(  # noqa: S603 - our own script, fixed arguments
        [sys.executable, str(SUMMARY_SCRIPT), str(folder)], check=True, capture_output=True, text=True
    ).stdout
    return "\n".join(" ".join(line.split()) for line in table.splitlines())


def test_each_target_shows_its_cases_over_both_passes_and_any_failure(tmp_path):
    url, form = "tests/properties/test_url_properties.py::test_a", "tests/properties/test_form_properties.py::test_b"
    lines = [
        {"target": url, "cases": 50, "seconds": 4.0, "outcome": "passed"},
        {"target": url, "cases": 200, "seconds": 9.6, "outcome": "failed"},
        {"target": form, "cases": 50, "seconds": 2.0, "outcome": "passed"},
    ]
    (tmp_path / "hypothesis-summary.jsonl").write_text(
        "".join(json.dumps({**line, "profile": "properties-ci"}) + "\n" for line in lines)
    )

    table = summary_table(tmp_path)

    assert "1 of 2 targets failed; 300 generated cases (profile properties-ci)" in table
    assert "test_url_properties.py::test_a FAILED: 250 cases in 2 run(s), 14 s" in table
    assert "test_form_properties.py::test_b passed: 50 cases in 1 run(s), 2 s" in table


def test_properties_that_did_not_run_say_so(tmp_path):
    assert "hypothesis properties not run" in summary_table(tmp_path)
