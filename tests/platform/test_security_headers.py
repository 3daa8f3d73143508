"""Security headers on the public site, the API and downloads; no inline script in our templates."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from home.factories import build_site
from tests.platform.authorization_scenario import build_scenario
from tests.platform.test_settings import PRODUCTION_ENVIRONMENT, run_manage

pytestmark = pytest.mark.django_db

TEMPLATES_DIR = Path(__file__).resolve().parents[2] / "templates"
APP_TEMPLATE_DIRS = [TEMPLATES_DIR, *Path(TEMPLATES_DIR.parent).glob("*/templates")]


def directives(policy):
    return dict(part.strip().split(" ", 1) for part in policy.split(";"))


def test_public_pages_carry_a_strict_content_security_policy(client):
    build_site()
    response = client.get("/en/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == "'self'"
    assert policy["frame-ancestors"] == "'none'"
    assert policy["object-src"] == "'none'"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]


# What each kind of response must carry; the URLs are filled from the authorisation scenario.
RESPONSES_TO_CHECK = {
    "home page": ("{home}", None),
    "practice": ("{public_practice}", None),
    "coordinators-only practice": ("{private_practice}", "coordinator_b"),
    "lesson": ("{lesson}", "learner"),
    "site search": ("/en/search/?q=rotation", None),
    "practice search": ("{practice_index}?q=rotation", "coordinator_b"),
    "practice search API": ("/api/practices/search?q=rotation", None),
    "API documentation": ("/api/docs", None),
    "practices API": ("/en/knowledge-base/api/practices/", None),
    "tag suggestions API": ("/en/knowledge-base/tags/?q=rot", None),
    "coordinators-only attachment": ("{private_document}", "coordinator_a"),
    "certificate PDF": ("/en/certificates/{certificate}/pdf/", "learner"),
    "not found page": ("/en/no-such-page/", None),
}
FORBIDDEN_SCRIPT_SOURCES = ("'unsafe-inline'", "'unsafe-eval'", "data:", "*", "http:", "https:")


def test_every_kind_of_response_carries_the_security_headers(client):
    scenario = build_scenario()
    for name, (template, role) in RESPONSES_TO_CHECK.items():
        client.logout()
        if role:
            client.force_login(scenario.users[role])
        response = client.get(template.format(**scenario.values))
        assert response.status_code in (200, 404), f"{name}: {response.status_code}"
        policy = directives(response["Content-Security-Policy"])
        script_sources = policy.get("script-src", policy["default-src"]).split()
        assert not set(script_sources) & set(FORBIDDEN_SCRIPT_SOURCES), f"{name}: script-src {script_sources}"
        # Wagtail's document view keeps its own, stricter policy: nothing may load at all.
        if policy["default-src"] != "'none'":
            assert policy["frame-ancestors"] == "'none'", name
            assert policy["object-src"] == "'none'", name
        assert response["X-Content-Type-Options"] == "nosniff", name
        assert response["Referrer-Policy"] == "same-origin", name
        assert response["X-Frame-Options"] == "DENY", name


def test_production_sends_hsts_over_https():
    code = (
        "from django.test import Client;"
        "response = Client().get('/health/', secure=True, headers={'host': 'integrityhub.example.org'});"
        "print(response['Strict-Transport-Security'])"
    )
    result = run_manage("shell", "-c", code, environment=PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    hsts = dict((part.strip().split("=") + [""])[:2] for part in result.stdout.strip().splitlines()[-1].split(";"))
    assert int(hsts["max-age"]) >= 31536000
    assert "includeSubDomains" in hsts
    assert "preload" in hsts


def test_production_redirects_plain_http_to_https():
    code = (
        "from django.test import Client;"
        "response = Client().get('/health/', headers={'host': 'integrityhub.example.org'});"
        "print(response.status_code, response['Location'])"
    )
    result = run_manage("shell", "-c", code, environment=PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "301 https://integrityhub.example.org/health/"


def test_the_admin_is_left_to_wagtails_own_policy(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="root@example.org", password="a-long-password-123")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


@pytest.mark.parametrize(
    ("name", "content"), [("report.pdf", b"%PDF-1.4 test"), ("photo.png", b"<html><script>alert(1)</script></html>")]
)
def test_uploaded_documents_are_served_as_downloads(client, name, content):
    """Even a file whose bytes look like HTML is downloaded, never rendered on our origin."""
    document = Document.objects.create(title="Report", file=ContentFile(content, name=name))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "html" not in response["Content-Type"]


def test_practice_attachments_are_served_as_downloads_to_their_readers(client):
    scenario = build_scenario()
    client.force_login(scenario.users["coordinator_b"])
    response = client.get(scenario.values["private_document"])
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_no_template_contains_an_inline_script():
    inline_scripts = []
    for folder in APP_TEMPLATE_DIRS:
        for template in folder.rglob("*.html"):
            for tag in re.findall(r"<script\b[^>]*>", template.read_text(encoding="utf-8")):
                if "src=" not in tag and 'type="application/json"' not in tag:
                    inline_scripts.append(f"{template}: {tag}")
    assert not inline_scripts, "\n".join(inline_scripts)


def test_only_the_admin_preview_may_be_framed_and_only_by_our_own_origin(client, django_user_model):
    """The editor's side panel frames the preview; the same page served publicly still forbids framing."""
    home, _french = build_site()
    editor = django_user_model.objects.create_superuser(email="editor@example.org", password="a-long-password-123")
    client.force_login(editor)
    preview_url = f"/admin/pages/{home.pk}/edit/preview/"
    form = {"title": home.title, "slug": home.slug, "introduction": "Previewed introduction", "body-count": "0"}
    assert client.post(preview_url, form).json()["is_valid"]
    preview = client.get(preview_url)
    assert b"Previewed introduction" in preview.content
    assert directives(preview["Content-Security-Policy"])["frame-ancestors"] == "'self'"
    assert preview["X-Frame-Options"] == "SAMEORIGIN"

    public = client.get("/en/")
    assert directives(public["Content-Security-Policy"])["frame-ancestors"] == "'none'"
    assert public["X-Frame-Options"] == "DENY"
