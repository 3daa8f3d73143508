"""The quality-gates table at the end of the CI log, read from the artifacts the checks wrote.

    python3 .ci/summary.py $TEST_ARTIFACTS_DIR

Standard library only (it runs with the system Python). A check whose
artifact is missing shows "not run": a gate that silently did not run must
be visible as such, not look like a pass.
"""

import json
import sys
from pathlib import Path

NOT_RUN = "not run"


def read_json(path):
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def read_jsonl(path):
    if not path.exists():
        return None
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def axe_rows(folder):
    rows = read_jsonl(folder / "axe-summary.jsonl")
    if rows is None:
        return [("axe-core serious/critical", NOT_RUN)], []
    worst = {}
    for row in rows:
        worst[row["page"]] = max(worst.get(row["page"], 0), row["serious_or_critical"])
    total = sum(worst.values())
    per_page = [(f"  {page}", str(count)) for page, count in sorted(worst.items())]
    gate = ("axe-core serious/critical", f"{total} on {len(worst)} page checks (both passes, worst per page)")
    return [gate], per_page


def bandit_row(folder):
    summary = read_json(folder / "bandit-summary.json")
    if summary is None:
        return ("bandit medium/high findings", NOT_RUN)
    return (
        "bandit medium/high findings",
        f"{summary['medium_or_high']} ({summary['lines_scanned']} lines scanned, {summary['nosec']} # nosec)",
    )


def matrix_row(folder):
    summary = read_json(folder / "matrix-summary.json")
    if summary is None:
        return ("authorisation matrix", NOT_RUN)
    return ("authorisation matrix", f"{summary['cells']} cells checked over {summary['patterns']} URL patterns")


def load_figures(phase):
    return (
        f"{phase['throughput']:.1f} req/s, p50 {phase['p50']:.0f} / p95 {phase['p95']:.0f} / "
        f"p99 {phase['p99']:.0f} ms, {phase['failures']} errors of {phase['requests']} ({phase['error_rate']:.2%})"
    )


def engines(counts):
    return ", ".join(f"{engine} ({count})" for engine, count in sorted(counts.items())) or "nothing"


def load_rows(folder):
    summary = read_json(folder / "load-summary.json")
    if summary is None:
        return [("load: mixed workload", NOT_RUN)]
    ratio = summary["ratio"]
    return [
        (f"load: mixed workload ({summary['users']} users, {summary['duration_s']} s)", load_figures(summary["mixed"])),
        ("load: stock Wagtail page", load_figures(summary["stock"])),
        (
            "load: ratio mixed / stock",
            f"throughput {ratio['throughput']}×, p50 latency {ratio['p50']}×, p95 latency {ratio['p95']}×"
            + f"; search answered by {engines(summary.get('search_engines') or {})}",
        ),
    ]


def drill_rows(folder):
    results = read_jsonl(folder / "drills-summary.jsonl")
    if results is None:
        return [("fault drills", NOT_RUN)]
    return [
        (f"drill: {result['drill']}", f"{'PASSED' if result['passed'] else 'FAILED'}: {result['summary']}")
        for result in results
    ]


def hypothesis_rows(folder):
    """One row per property target: the examples Hypothesis generated, over both passes."""
    results = read_jsonl(folder / "hypothesis-summary.jsonl")
    if results is None:
        return [("hypothesis properties", NOT_RUN)]
    targets = {}
    for result in results:
        target = targets.setdefault(result["target"], {"cases": 0, "runs": 0, "failed": 0, "seconds": 0.0})
        target["cases"] += result["cases"]
        target["runs"] += 1
        target["failed"] += result["outcome"] != "passed"
        target["seconds"] += result["seconds"]
    failed = sum(1 for target in targets.values() if target["failed"])
    total = sum(target["cases"] for target in targets.values())
    gate = (
        "hypothesis properties",
        f"{failed} of {len(targets)} targets failed; {total} generated cases "
        f"(profile {', '.join(sorted({result['profile'] for result in results}))})",
    )
    per_target = [
        (
            f"  {name.removeprefix('tests/properties/')}",
            f"{'FAILED' if target['failed'] else 'passed'}: {target['cases']} cases in {target['runs']} run(s), "
            f"{target['seconds']:.0f} s",
        )
        for name, target in sorted(targets.items())
    ]
    return [gate, *per_target]


def main():
    folder = Path(sys.argv[1])
    gates, per_page = axe_rows(folder)
    rows = [
        *gates,
        *per_page,
        bandit_row(folder),
        matrix_row(folder),
        *hypothesis_rows(folder),
        *load_rows(folder),
        *drill_rows(folder),
    ]
    width = max(len(name) for name, _value in rows)
    print(f"{'quality gate':<{width}}  result")
    print(f"{'-' * width}  {'-' * 40}")
    for name, value in rows:
        print(f"{name:<{width}}  {value}")


if __name__ == "__main__":
    main()
