"""Error pages speak the visitor's language; the health check tells a load balancer the truth."""

import pytest

from home.factories import build_site

pytestmark = pytest.mark.django_db


def test_a_missing_page_gets_a_site_styled_404_in_the_visitors_language(client):
    build_site()
    response = client.get("/fr/cette-page-n-existe-pas/")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr">' in html
    assert "Page introuvable" in html
    assert 'class="skip-link"' in html


def test_the_health_check_reports_the_database(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert "sessionid" not in response.cookies


def test_the_health_check_accepts_only_get(client):
    assert client.post("/health/").status_code == 405


def test_the_sitemap_lists_live_pages(client):
    home, _ = build_site()
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert "<loc>http://localhost/en/</loc>" in response.content.decode()
