"""Security headers on the public site, and no inline script anywhere in our templates."""

import re
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from home.factories import build_site

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


def test_the_admin_is_left_to_wagtails_own_policy(client, django_user_model):
    admin = django_user_model.objects.create_superuser(email="root@example.org", password="a-long-password-123")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


def test_uploaded_documents_are_served_as_downloads(client):
    document = Document.objects.create(title="Report", file=ContentFile(b"%PDF-1.4 test", name="report.pdf"))
    response = client.get(document.url)
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
