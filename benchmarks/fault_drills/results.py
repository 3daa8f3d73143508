"""One line per drill in $TEST_ARTIFACTS_DIR/drills-summary.jsonl, for CI's closing table."""

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.app_server import PROJECT_ROOT


@dataclass
class DrillResult:
    drill: str
    passed: bool
    summary: str
    problems: list = field(default_factory=list)
    details: dict = field(default_factory=dict)
    seconds: float = 0.0


def summary_path():
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", PROJECT_ROOT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "drills-summary.jsonl"


def record(result):
    with summary_path().open("a", encoding="utf-8") as summary:
        summary.write(json.dumps(asdict(result), default=str) + "\n")
    verdict = "PASSED" if result.passed else "FAILED"
    print(f"[drill] {result.drill}: {verdict} in {result.seconds:.0f} s: {result.summary}", flush=True)
    for problem in result.problems[:20]:
        print(f"[drill]   {problem}", flush=True)
