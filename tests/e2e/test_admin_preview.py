"""In a real browser: the Wagtail editor's side-panel preview shows the page being edited.

The public site forbids framing (`frame-ancestors 'none'`, X-Frame-Options
DENY) against clickjacking; the preview is the one response the admin
frames, on our own origin, so it must be allowed there and only there.
"""

import re

import pytest

from accounts.factories import KNOWN_PASSWORD, UserFactory
from home.factories import build_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def log_in_to_admin(page, live_server, email):
    page.goto(f"{live_server.url}/en/accounts/login/?next=/admin/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(KNOWN_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))


def test_the_preview_panel_shows_the_page_being_edited(page, live_server):
    home, _french = build_site()
    home.introduction = "Learn, publish and share customs integrity practice."
    home.save_revision().publish()
    editor = UserFactory(email="editor@secretariat.example", is_staff=True, is_superuser=True)

    log_in_to_admin(page, live_server, editor.email)
    page.goto(f"{live_server.url}/admin/pages/{home.pk}/edit/")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("#w-preview-iframe")  # Wagtail swaps in a fresh iframe with this id once it loads
    preview.get_by_text("Learn, publish and share customs integrity practice.").first.wait_for()
    assert preview.get_by_text("Learn, publish and share customs integrity practice.").first.is_visible()
