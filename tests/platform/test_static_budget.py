"""Each kind of page stays light: the CSS and JavaScript its HTML loads come to at most 40 KB uncompressed.

The budget is per page type, not for the whole static folder: what a phone
on a slow link pays for is what the page it opens references. A script
that only one form needs (the practice form's editor) is loaded by that
form alone and counts against that form alone. Every CSS and JavaScript file
in static/ must be loaded by at least one of the page types checked here,
so no asset escapes the budget. The lesson page has a second budget, 60 KB
compressed for its HTML with its CSS and JavaScript, tested in
tests/elearning/test_page_weight_and_blocks.py. See docs/front-end-budget.md.
"""

from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import timezone

from elearning.models import QuizAttempt
from tests.platform.authorization_scenario import build_scenario

pytestmark = pytest.mark.django_db

STATIC_ROOT = Path(__file__).resolve().parents[2] / "static"
BUDGET_BYTES = 40 * 1024
EDITOR_SCRIPT = "js/rich-text-editor.js"
ORDERING_QUESTION = {
    "id": "ordering-question",
    "type": "ordering",
    "prompt": "Put the steps in order.",
    "explanation": "",
    "points": 1,
    "scoring": "partial",
    "steps": [{"id": "b", "text": "Record the offer"}, {"id": "a", "text": "Refuse the gift"}],
    "order": ["a", "b"],
}

# Page type: (URL template filled from the authorisation scenario, who looks at it).
PAGE_TYPES = {
    "home": ("{home}", None),
    "standard page": ("{about}", None),
    "course catalogue": ("{catalogue}", None),
    "course": ("{course}", "learner"),
    "lesson": ("{lesson}", "learner"),
    "assessment": ("{assessment}", "learner"),
    "timed assessment attempt": ("/en/learn/attempts/{attempt}/", "learner"),
    "learning dashboard": ("/en/learn/", "learner"),
    "reports": ("/en/learn/reports/", "coordinator_a"),
    "certificate verification": ("/en/certificates/{certificate}/", None),
    "guide": ("{guide}", None),
    "guide chapter": ("{chapter}", None),
    "guide section": ("{section}", None),
    "practice listing": ("{practice_index}", None),
    "practice search": ("{practice_index}?q=rotation", "coordinator_b"),
    "practice": ("{public_practice}", None),
    "practice form": ("/en/knowledge-base/practices/new/", "coordinator_a"),
    "my practices": ("/en/knowledge-base/my-practices/", "coordinator_a"),
    "site search": ("/en/search/?q=rotation", None),
    "log in": ("/en/accounts/login/", None),
}


class AssetCollector(HTMLParser):
    """The static CSS and JavaScript a page's HTML references."""

    def __init__(self):
        super().__init__()
        self.assets = set()

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split():
            self.add(attributes.get("href"))
        elif tag == "script":
            self.add(attributes.get("src"))

    def add(self, url):
        if url and url.startswith(settings.STATIC_URL):
            self.assets.add(url.removeprefix(settings.STATIC_URL).split("?")[0])


def assets_of(html):
    collector = AssetCollector()
    collector.feed(html)
    return collector.assets


def asset_bytes(asset):
    path = finders.find(asset)
    assert path, f"{asset} is referenced but not found"
    return Path(path).stat().st_size


def loaded_assets(client):
    """{page type: set of static assets its HTML loads}, for every page type above."""
    scenario = build_scenario()
    # A time limit, so the attempt page loads its countdown as a timed one does, and an ordering
    # question, so it loads the script that moves steps up and down.
    attempt = QuizAttempt.objects.get(pk=scenario.values["attempt"])
    attempt.deadline = timezone.now() + timedelta(hours=1)
    attempt.snapshot["questions"].append(ORDERING_QUESTION)
    attempt.save(update_fields=["deadline", "snapshot"])
    loaded = {}
    for name, (template, role) in PAGE_TYPES.items():
        client.logout()
        if role:
            client.force_login(scenario.users[role])
        response = client.get(template.format(**scenario.values), follow=True)
        assert response.status_code == 200, f"{name}: {response.status_code}"
        loaded[name] = assets_of(response.content.decode())
    return loaded


def test_each_page_type_loads_at_most_40_kb_of_css_and_javascript(client):
    """One test, so the site is built once: the budget, the editor's one page, and no asset left unchecked."""
    page_assets = loaded_assets(client)

    over = {}
    for name, assets in page_assets.items():
        assert any(asset.endswith(".css") for asset in assets), f"{name} loads no CSS: the check would be vacuous"
        total = sum(asset_bytes(asset) for asset in assets)
        if total > BUDGET_BYTES:
            over[name] = f"{total} bytes: {sorted(assets)}"
    assert not over, f"over the {BUDGET_BYTES}-byte budget: {over}"

    assert [name for name, assets in page_assets.items() if EDITOR_SCRIPT in assets] == ["practice form"]

    loaded_somewhere = set().union(*page_assets.values())
    files = {
        path.relative_to(STATIC_ROOT).as_posix() for path in STATIC_ROOT.rglob("*") if path.suffix in {".css", ".js"}
    }
    assert files, "no CSS or JavaScript found: the budget check would pass vacuously"
    unchecked = files - loaded_somewhere
    assert not unchecked, f"loaded by no page type in PAGE_TYPES (add the page that uses them): {sorted(unchecked)}"
