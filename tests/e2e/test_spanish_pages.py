"""The Spanish guide section and lesson of the demo, on a phone and a desktop, with screenshots for the record.

Each page is served, to the demo learner, in Spanish (html lang="es", its Spanish title as the
heading, not the English source's) at 375 and 1280 px, and a full-page
screenshot of each is kept under $TEST_ARTIFACTS_DIR/spanish/ (default
test-artifacts/spanish/), for people who check the translation by eye.
"""

import os
from pathlib import Path

import pytest
from django.test import Client

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

WIDTHS = ((375, 812), (1280, 900))
LEARNER_EMAIL = "learner@integrityhub.example"


@pytest.fixture
def demo_site(demo_rows, transactional_db, live_server):
    """The demo site, fresh for each test (restored by serialized_rollback from the module's demo_rows)."""
    return live_server.url


def sign_in_as_learner(context, base_url):
    """Lessons are for signed-in learners: give the browser the demo learner's session."""
    from django.contrib.auth import get_user_model

    client = Client()
    client.force_login(get_user_model().objects.get(email=LEARNER_EMAIL))
    context.add_cookies([{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base_url}])


def spanish_artifacts_dir():
    folder = Path(os.environ.get("TEST_ARTIFACTS_DIR", "test-artifacts")) / "spanish"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def spanish_and_english(model_label):
    """The first live Spanish page of `model_label` (by tree order) and its English source."""
    from django.apps import apps

    model = apps.get_model(model_label)
    spanish = model.objects.live().filter(locale__language_code="es").order_by("path").first()
    assert spanish is not None, f"the demo has no Spanish {model_label}"
    english = spanish.get_translations().filter(locale__language_code="en").get()
    return spanish, english


@pytest.mark.parametrize(
    ("name", "model_label"), [("guide-section", "knowledgebase.GuideSectionPage"), ("lesson", "elearning.LessonPage")]
)
def test_the_spanish_page_is_in_spanish_at_phone_and_desktop_widths(browser, demo_site, name, model_label):
    spanish, english = spanish_and_english(model_label)
    assert spanish.title != english.title
    folder = spanish_artifacts_dir()
    for width, height in WIDTHS:
        context = browser.new_context(viewport={"width": width, "height": height}, locale="es-ES")
        sign_in_as_learner(context, demo_site)
        page = context.new_page()
        response = page.goto(f"{demo_site}{spanish.url}")
        assert response.status == 200
        assert page.locator("html").get_attribute("lang") == "es"
        heading = page.locator("h1").first.inner_text()
        # A guide section's heading carries its number ("1.1 Objeto de la guía").
        assert spanish.title in heading and english.title not in heading
        path = folder / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 0
        context.close()
