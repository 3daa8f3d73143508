"""Script injection through any submitted field or comment is neutralised.

Every page that shows submitted text is parsed, and must contain no script
the site did not write, no event-handler attribute, no javascript: or data:
URL, and no SVG, image or frame element.
"""

from html.parser import HTMLParser

import pytest

from knowledgebase.factories import PracticePageFactory
from knowledgebase.forms import new_submission_token
from knowledgebase.models import PracticeComment, PracticePage
from knowledgebase.sanitising import sanitise_rich_text
from tests.search.page_fixtures import index_practices

from .sample_files import pdf

pytestmark = pytest.mark.django_db

PAYLOADS = (
    "<script>alert('xss')</script>",
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">click</a>',
    '<a href=" JaVaScRiPt:alert(1)">mixed case</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<p onclick="alert(1)" style="color:red">click me</p>',
    '<iframe src="https://evil.example"></iframe>',
    "<math><mtext><script>alert(1)</script></mtext></math>",
)
ATTACK = "Safe words " + " ".join(PAYLOADS)
FORBIDDEN_ELEMENTS = {"svg", "img", "iframe", "object", "embed", "math", "style"}
SITE_DRAWINGS = {"logo", "key-factor-icon"}


class ActiveContentFinder(HTMLParser):
    """Collects everything in a page that could run code in the browser."""

    def __init__(self):
        super().__init__()
        self.problems = []

    def handle_starttag(self, tag, attributes):
        if tag in FORBIDDEN_ELEMENTS and not self.is_site_drawing(tag, dict(attributes)):
            self.problems.append(f"<{tag}>")
        for name, value in attributes:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}=")
            if name in {"href", "src", "action"} and (value or "").strip().lower().startswith(("javascript:", "data:")):
                self.problems.append(f"{tag} {name}={value}")
        if tag == "script" and not dict(attributes).get("src", "").startswith("/static/"):
            self.problems.append("inline <script>")

    @staticmethod
    def is_site_drawing(tag, attributes):
        """The site's own inline SVG (the logo, key-factor icons): decorative, classed, never from content."""
        return tag == "svg" and attributes.get("aria-hidden") == "true" and attributes.get("class") in SITE_DRAWINGS


def active_content(page_html):
    finder = ActiveContentFinder()
    finder.feed(page_html)
    return finder.problems


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_sanitiser_removes_each_payload(payload):
    cleaned = sanitise_rich_text(f"<p>Before</p>{payload}<p>After</p>")
    assert active_content(cleaned) == []
    assert "alert" not in cleaned
    assert cleaned.startswith("<p>Before</p>")


def test_allowed_formatting_survives():
    cleaned = sanitise_rich_text(
        '<p><b>Bold</b>, <i>italic</i>, <a href="https://wco.example/idg">a link</a></p><ul><li>one</li></ul>'
    )
    assert cleaned == (
        '<p><b>Bold</b>, <i>italic</i>, <a href="https://wco.example/idg" rel="nofollow noopener noreferrer">'
        "a link</a></p><ul><li>one</li></ul>"
    )


def test_character_references_do_not_bring_back_the_characters_form_fields_refuse():
    assert sanitise_rich_text("<p>a&#x202E;b&#11;c&#1;d&#x200B;e</p>") == "<p>ab\ncde</p>"


def test_payloads_in_every_practice_field_are_neutralised_everywhere_the_practice_shows(
    client, practice_index, coordinator, moderator
):
    client.force_login(coordinator)
    response = client.post(
        "/en/knowledge-base/practices/new/",
        {
            "title": ATTACK[:250],
            "language": "en",
            "summary": ATTACK,
            "year": "2024",
            "key_factor_1": "7",
            "tags": 'safe, "<script>alert(1)</script>", "<img src=x onerror=alert(1)>"',
            "problem": ATTACK,
            "actions": ATTACK,
            "results": ATTACK,
            "lessons_learned": ATTACK,
            "contact_unit": ATTACK[:200],
            "contact_email": "integrity@customs.example",
            "visibility": "public",
            "new_attachments": [pdf('"><img src=x onerror=alert(1)>.pdf')],
            "action": "submit",
        },
    )
    assert response.status_code == 302
    practice = PracticePage.objects.get()
    for field in ("problem", "actions", "results", "lessons_learned"):
        stored = getattr(practice, field)
        assert active_content(stored) == [], field
        assert "<script" not in stored and "javascript:" not in stored and "data:" not in stored

    task_state = practice.current_workflow_state.current_task_state
    task_state.task.specific.on_action(task_state, moderator, "approve")
    practice.refresh_from_db()
    index_practices()  # the listing is the practice search, which indexes on commit

    pages = {
        "practice (coordinator)": client.get(practice.url),
        "preview": client.get(f"/en/knowledge-base/practices/{practice.pk}/preview/"),
        "edit form": client.get(f"/en/knowledge-base/practices/{practice.pk}/edit/"),
        "my practices": client.get("/en/knowledge-base/my-practices/"),
        "listing": client.get(practice_index.url),
    }
    client.logout()
    pages["practice (visitor)"] = client.get(practice.url)
    pages["home"] = client.get("/en/")
    for name, page in pages.items():
        assert page.status_code == 200, name
        assert active_content(page.content.decode()) == [], name
        assert "Safe words" in page.content.decode(), name

    feed = client.get("/en/knowledge-base/feed/").content.decode()
    assert "<script>" not in feed and "<img" not in feed


def test_the_contact_email_must_be_an_address(client, practice_index, coordinator):
    client.force_login(coordinator)
    response = client.post(
        "/en/knowledge-base/practices/new/",
        {
            "title": "Email check",
            "language": "en",
            "key_factor_1": "1",
            "visibility": "public",
            "contact_email": 'javascript:alert(1)//"><script>@x.example',
        },
    )
    assert response.status_code == 400
    assert not PracticePage.objects.exists()


def test_payloads_in_comments_are_shown_as_text_and_links_are_made_safely(client, practice_index, coordinator):
    practice = PracticePageFactory(parent=practice_index)
    client.force_login(coordinator)
    body = ATTACK + " See https://wco.example/idg?a=1&b=2 and javascript:alert(1) and www.example.org"
    client.post(
        f"/en/knowledge-base/practices/{practice.pk}/comments/",
        {"body": body, "submission_token": new_submission_token()},
    )

    assert PracticeComment.objects.get().body == body  # stored as typed: plain text, escaped when shown
    page = client.get(practice.url).content.decode()
    assert active_content(page) == []
    assert '<a href="https://wco.example/idg?a=1&amp;b=2" rel="nofollow">' in page
    assert '<a href="http://www.example.org" rel="nofollow">www.example.org</a>' in page
    assert "javascript:alert(1)" in page  # left as text, never a link
    assert "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;" in page
