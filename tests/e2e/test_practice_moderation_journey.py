"""In a real browser: a practice goes from a coordinator, through a moderator, to the public.

A coordinator submits a practice with an attachment; a moderator sends it
back from the Wagtail admin with a comment; the coordinator edits and
resubmits; the moderator publishes; a visitor finds it in the listing. A
coordinators-only practice stays out of the visitor's sight in the listing,
at its URL, at its attachment's URL and in the feed.
"""

import re

import pytest

from accounts.factories import KNOWN_PASSWORD
from home.factories import build_site
from knowledgebase.factories import (
    PracticeIndexPageFactory,
    PracticePageFactory,
    attach_document,
    make_coordinator,
    make_moderator,
    minimal_pdf,
)
from knowledgebase.models import PracticePage
from tests.e2e.conftest import BROWSER_PATIENCE_MS
from tests.search.page_fixtures import index_practices

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "Random assignment of inspectors to consignments"
SECRET_TITLE = "Integrity testing of frontline officers"


@pytest.fixture
def exchange(transactional_db, live_server):
    """A site with a practice exchange, its people, and a published coordinators-only practice.

    serialized_rollback gives this transactional test the data the
    migrations created (roles, key factors, the moderation workflow).
    """
    home, _french_home = build_site()
    index_page = PracticeIndexPageFactory(parent=home, slug="practices", title="Best practices")
    secret = PracticePageFactory(parent=index_page, title=SECRET_TITLE, coordinators_only=True)
    # The search index holds only this site's practices, not those of tests that ran before in this process
    # (their rows are gone, their documents are not; one had this test's title).
    index_practices()
    return {
        "index": index_page,
        "coordinator": make_coordinator(email="ingrid@customs.example", first_name="Ingrid"),
        "moderator": make_moderator(email="claire@secretariat.example", first_name="Claire"),
        "secret": secret,
        "secret_document": attach_document(secret, title="Test protocol"),
    }


def new_page(browser, policy_violations):
    """Another person's browser; Content-Security-Policy violations are collected as the `page` fixture does."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(BROWSER_PATIENCE_MS)
    page.on(
        "console",
        lambda message: policy_violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return page


def log_in(page, live_server, email, landing):
    """Log in; done once the person is on their role's landing page (`landing`, a path)."""
    page.goto(f"{live_server.url}/en/accounts/login/")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(KNOWN_PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(live_server.url + landing)


def moderator_acts(page, live_server, practice, action, comment=""):
    """In the Wagtail admin's editor, use the workflow action from the footer menu; return once it is done.

    Done is when Wagtail, having taken the action, shows the explorer of the
    practice's parent. Waiting for the network to fall idle instead returned
    at once on a busy machine, before the form was even sent.
    """
    explorer = re.compile(rf"/admin/pages/{practice.get_parent().pk}/$")
    page.goto(f"{live_server.url}/admin/pages/{practice.pk}/edit/")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name=action).click()
    if comment:
        page.locator("textarea[name=comment]").fill(comment)
        page.locator(".modal").get_by_role("button", name=action).click()
    page.wait_for_url(explorer)


def test_a_practice_travels_from_coordinator_to_visitor(page, browser, live_server, exchange):
    coordinator_page = page
    log_in(coordinator_page, live_server, exchange["coordinator"].email, "/en/knowledge-base/my-practices/")

    # The coordinator shares a practice with an attachment and submits it.
    coordinator_page.goto(f"{live_server.url}/en/knowledge-base/practices/new/")
    coordinator_page.get_by_label("Title").fill(TITLE)
    coordinator_page.get_by_label("Summary").fill("The system, not the inspector, decides who inspects what.")
    coordinator_page.get_by_label("Year").fill("2023")
    coordinator_page.get_by_label("Main key factor").select_option("4")
    coordinator_page.get_by_label("Tags").fill("random assignment, inspection")
    coordinator_page.get_by_role("textbox", name="The problem", exact=True).fill("Inspectors chose their consignments.")
    coordinator_page.get_by_role("textbox", name="What was done", exact=True).fill(
        "Assignment moved into the customs system."
    )
    coordinator_page.get_by_role("textbox", name="Results", exact=True).fill("Complaints fell by half.")
    coordinator_page.get_by_role("textbox", name="Lessons learned", exact=True).fill("Explain the change first.")
    coordinator_page.get_by_label("Add attachments").set_input_files(
        files=[{"name": "assignment-rules.pdf", "mimeType": "application/pdf", "buffer": minimal_pdf()}]
    )
    coordinator_page.get_by_role("button", name="Submit for moderation").click()
    coordinator_page.wait_for_url(re.compile(r"/my-practices/"))
    assert "Awaiting moderation" in coordinator_page.locator("main").inner_text()
    practice = PracticePage.objects.get(title=TITLE)

    # The moderator sends it back with a comment.
    policy_violations = []
    moderator_page = new_page(browser, policy_violations)
    log_in(moderator_page, live_server, exchange["moderator"].email, "/admin/")
    moderator_acts(
        moderator_page, live_server, practice, "Request changes", "Please give the figures behind the results."
    )

    # The coordinator reads the comment, edits and resubmits.
    coordinator_page.goto(f"{live_server.url}/en/knowledge-base/my-practices/")
    my_practices = coordinator_page.locator("main").inner_text()
    assert "Changes requested by a moderator" in my_practices
    assert "Please give the figures behind the results." in my_practices
    coordinator_page.get_by_role("link", name="Edit").click()
    coordinator_page.get_by_role("textbox", name="Results", exact=True).fill("Complaints fell from 40 to 19 a quarter.")
    coordinator_page.get_by_role("button", name="Submit for moderation").click()
    coordinator_page.wait_for_url(re.compile(r"/my-practices/"))
    assert "Awaiting moderation" in coordinator_page.locator("main").inner_text()

    # The moderator publishes it.
    moderator_acts(moderator_page, live_server, practice, "Approve and Publish")
    practice.refresh_from_db()
    assert practice.live

    # A visitor finds it in the listing, reads it and downloads the attachment.
    visitor_page = new_page(browser, policy_violations)
    visitor_page.goto(f"{live_server.url}{exchange['index'].url}")
    visitor_page.get_by_role("link", name=TITLE).click()
    assert visitor_page.locator("h1").inner_text() == TITLE
    assert "Complaints fell from 40 to 19 a quarter." in visitor_page.locator("main").inner_text()
    with visitor_page.expect_download() as download:
        visitor_page.get_by_role("link", name="assignment-rules").click()
    assert download.value.suggested_filename == "assignment-rules.pdf"

    # The coordinators-only practice stays out of the visitor's sight.
    visitor_page.goto(f"{live_server.url}{exchange['index'].url}")
    assert SECRET_TITLE not in visitor_page.content()
    visitor_page.goto(f"{live_server.url}{exchange['secret'].url}")
    assert "/accounts/login/" in visitor_page.url
    assert SECRET_TITLE not in visitor_page.content()
    visitor_page.goto(f"{live_server.url}{exchange['secret_document'].url}")
    assert "/accounts/login/" in visitor_page.url
    assert "%PDF" not in visitor_page.content()
    feed = visitor_page.request.get(f"{live_server.url}/en/knowledge-base/feed/").text()
    assert TITLE in feed
    assert SECRET_TITLE not in feed

    # The coordinator, on the other hand, sees it in the listing.
    coordinator_page.goto(f"{live_server.url}{exchange['index'].url}")
    assert SECRET_TITLE in coordinator_page.locator("main").inner_text()

    for other in (moderator_page, visitor_page):
        other.context.close()
    assert not policy_violations
