"""The whole front end stays light: CSS and JavaScript together under 40 KB uncompressed."""

from pathlib import Path

STATIC_ROOT = Path(__file__).resolve().parents[2] / "static"
BUDGET_BYTES = 40 * 1024


def test_css_and_javascript_fit_the_budget():
    assets = [path for path in STATIC_ROOT.rglob("*") if path.suffix in {".css", ".js"}]
    assert assets, "no CSS or JavaScript found: the budget check would pass vacuously"
    total = sum(path.stat().st_size for path in assets)
    assert total <= BUDGET_BYTES, f"{total} bytes of CSS/JS exceed the {BUDGET_BYTES}-byte budget"
