"""Text saved through the importer and the forms, then read back: every output still parses.

A practice with any text is imported (published), commented on through the
comment form, and its author's administration named with it; a learner
names themself through the profile form. Then every format the site serves
that text in must parse: the practice page and the listing as HTML (with no
tag smuggled in by the text), the Atom feed as XML, the JSON API and the
practices JSON, and the coordinator's CSV export with one cell per column.
"""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse
from hypothesis import event, given
from hypothesis import strategies as st

from accounts.factories import UserFactory
from elearning.factories import build_course
from elearning.learner_progress import enrol
from home.factories import build_site
from knowledgebase.factories import make_coordinator
from knowledgebase.models import PracticeIndexPage, PracticePage

from .checks import (
    assert_atom_parses,
    assert_csv_parses,
    assert_html_parses,
    assert_json_parses,
    assert_not_a_server_error,
)
from .conftest import property_settings
from .strategies import publishable_text

pytestmark = pytest.mark.django_db

DEMO_PRACTICES = Path(__file__).resolve().parents[2] / "knowledgebase" / "demo" / "practices.jsonl"
TEMPLATE = json.loads(DEMO_PRACTICES.read_text(encoding="utf-8").splitlines()[0])
PRACTICE_TEXTS = ("title", "administration", "summary", "problem", "actions", "results", "lessons_learned")


@pytest.fixture
def home(db):
    english_home, _french_home = build_site()
    return english_home


@pytest.fixture
def course_tree(home):
    return build_course(lesson_count=1, home=home)


def practice_record(texts, themes, unit):
    record = {**TEMPLATE, "external_id": "prop-output", "visibility": "public"}
    record.update(texts)
    return {**record, "themes": themes, "contact": {"unit": unit, "email": ""}}


def import_practice(path, record):
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    try:
        call_command("import_practices", str(path), stdout=StringIO(), stderr=StringIO(), verbosity=0)
    except CommandError:
        return None
    return PracticePage.objects.get(external_id="prop-output")


def get_ok(client, url, **parameters):
    response = client.get(url, parameters)
    assert_not_a_server_error(response)
    assert response.status_code == 200, f"{response.status_code} for {url}"
    return response.content


@property_settings
@given(
    texts=st.fixed_dictionaries({}, optional=dict.fromkeys(PRACTICE_TEXTS, publishable_text)),
    themes=st.lists(publishable_text, max_size=3),
    unit=publishable_text,
    comment=publishable_text,
)
def test_a_published_practice_reads_back_from_every_output(example, home, tmp_path, texts, themes, unit, comment):
    with example():
        practice = import_practice(tmp_path / "practice.jsonl", practice_record(texts, themes, unit))
        event("imported" if practice else "refused by the importer")
        if practice is None:
            return
        coordinator = Client()
        coordinator.force_login(make_coordinator())
        coordinator.post(reverse("knowledgebase:add_comment", args=[practice.pk]), {"body": comment})
        anonymous = Client()

        for client in (anonymous, coordinator):
            assert_html_parses(get_ok(client, practice.url).decode())
            assert_html_parses(get_ok(client, PracticeIndexPage.objects.get().url).decode())
            assert_html_parses(get_ok(client, PracticeIndexPage.objects.get().url, q=practice.title[:40]).decode())
        assert_atom_parses(get_ok(anonymous, reverse("knowledgebase:feed")))
        listed = assert_json_parses(get_ok(anonymous, reverse("knowledgebase:practices_api")))
        assert [item["title"] for item in listed["results"]] == [practice.title]
        searched = assert_json_parses(get_ok(anonymous, "/api/practices/search", q=practice.title[:40]))
        assert searched["total"] >= 0


@pytest.fixture
def reporting_coordinator(course_tree):
    coordinator = make_coordinator(email="kofi@customs.example")
    client = Client()
    client.force_login(coordinator)
    return coordinator, client


@property_settings
@given(first_name=publishable_text, last_name=publishable_text)
def test_a_learners_own_name_reads_back_from_the_csv_export(
    example, course_tree, reporting_coordinator, first_name, last_name
):
    coordinator, coordinator_client = reporting_coordinator
    with example():
        learner = UserFactory(email="amina@customs.example", administration=coordinator.administration)
        enrol(learner, course_tree.course)
        client = Client()
        client.force_login(learner)
        response = client.post(
            reverse("accounts:profile"),
            {
                "first_name": first_name,
                "last_name": last_name,
                "administration": coordinator.administration_id,
                "preferred_language": "en",
            },
        )
        assert_not_a_server_error(response)
        event("profile saved" if response.status_code == 302 else "profile refused")

        rows = assert_csv_parses(get_ok(coordinator_client, reverse("elearning:reports_export")))
        assert len(rows) == 2, rows
        assert rows[1][3] == "amina@customs.example"
        assert_html_parses(get_ok(coordinator_client, reverse("elearning:reports")).decode())
