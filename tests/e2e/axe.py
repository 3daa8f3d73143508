"""axe-core accessibility checks inside Playwright pages.

axe-core comes from the npm registry at test time (pinned, cached outside the
repository, never committed); the first run installs it with npm.
"""

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

AXE_VERSION = "4.14.1"
SERIOUS_IMPACTS = {"serious", "critical"}
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]


def axe_script_path():
    """Path of axe.min.js, installing the pinned axe-core with npm if needed."""
    cache = Path(os.environ.get("AXE_CACHE_DIR", Path.home() / ".cache" / "integrityhub-axe")) / AXE_VERSION
    script = cache / "node_modules" / "axe-core" / "axe.min.js"
    if not script.exists():
        # Parallel test workers may get here together: each installs into a
        # folder of its own and the first to finish moves it into place.
        cache.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f"{AXE_VERSION}-", dir=cache.parent))
        npm = shutil.which("npm")
        assert npm, "npm is needed to install axe-core for the accessibility tests"
        subprocess.run(  # noqa: S603 - fixed arguments
            [npm, "install", "--no-audit", "--no-fund", "--prefix", str(staging), f"axe-core@{AXE_VERSION}"],
            check=True,
            capture_output=True,
            timeout=300,
        )
        try:
            staging.rename(cache)
        except OSError:  # another worker's copy is already in place
            shutil.rmtree(staging, ignore_errors=True)
    return script


def serious_violations(page):
    """Run axe on the loaded page; return the serious and critical violations, summarised."""
    # Evaluated through the DevTools protocol rather than added as a <script>
    # tag, so the site's Content-Security-Policy stays fully in force.
    page.evaluate(axe_script_path().read_text(encoding="utf-8"))
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS
    )
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "help": violation["help"],
            "targets": [node["target"] for node in violation["nodes"]][:5],
        }
        for violation in results["violations"]
        if violation["impact"] in SERIOUS_IMPACTS
    ]


def record_result(page_name, violations):
    """Append one page's count to the run's summary file, for CI's closing table."""
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "axe-summary.jsonl").open("a", encoding="utf-8") as summary:
        summary.write(json.dumps({"page": page_name, "serious_or_critical": len(violations)}) + "\n")
