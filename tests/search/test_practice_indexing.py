"""The indexing hooks: whatever changes a practice reaches the database engine once the change commits."""

import json

import pytest
from django.core.management import call_command
from django.db import transaction
from django_tasks import default_task_backend

from accounts.factories import PartnerAdministrationFactory
from knowledgebase.factories import PracticePageFactory
from search.models import PracticeSearchDocument, PracticeSearchTerm
from search.practices import database
from search.practices.contract import ADMINISTRATION, KEY_FACTOR, TAG, PracticeQuery


def facet(results, name):
    return {value.value: (value.label, value.count) for value in results.facets[name]}


def test_a_practice_made_by_the_factories_is_indexed_with_its_key_factors_and_tags(practice_index, indexing, anonymous):
    with indexing():
        practice = PracticePageFactory(parent=practice_index, key_factors=[4, 6], tags=["Mobile money"])
    results = database.search(PracticeQuery(text="rotating"), anonymous)
    assert [hit.page_id for hit in results.hits] == [practice.pk]
    assert results.hits[0].key_factors == (4, 6)
    assert facet(results, KEY_FACTOR) == {"4": ("Automation", 1), "6": ("Audit and Investigation", 1)}
    assert facet(results, TAG) == {"mobile-money": ("Mobile money", 1)}


def test_nothing_is_indexed_before_the_transaction_commits_nor_after_it_rolls_back(practice_index, indexing, anonymous):
    with indexing(), pytest.raises(RuntimeError), transaction.atomic():
        PracticePageFactory(parent=practice_index)
        assert not PracticeSearchDocument.objects.exists()
        raise RuntimeError("rolled back")
    assert database.search(PracticeQuery(), anonymous).total == 0


def test_imported_practices_are_searchable(practice_index, indexing, anonymous, tmp_path):
    record = {
        "external_id": "bp-9001",
        "title": "Tenure cap at road border posts",
        "language": "en",
        "administration": "Norvania Customs",
        "region": "EUR",
        "key_factors": [8],
        "themes": ["staff rotation"],
        "year": 2019,
        "summary": "Officers serve at most three years at one crossing.",
        "problem": "Long tenure bred collusion.",
        "actions": "A published calendar reassigns officers.",
        "results": "Grievances fell.",
        "lessons_learned": "Predictability makes rotation acceptable.",
        "contact": {"unit": "HR", "email": ""},
        "visibility": "public",
    }
    corpus = tmp_path / "practices.jsonl"
    corpus.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with indexing():
        call_command("import_practices", str(corpus), verbosity=0)
    results = database.search(PracticeQuery(text="reassignment"), anonymous)
    assert [hit.external_id for hit in results.hits] == ["bp-9001"]
    assert facet(results, TAG) == {"staff-rotation": ("staff rotation", 1)}
    assert facet(results, ADMINISTRATION) == {"norvania-customs": ("Norvania Customs", 1)}


def test_renaming_an_administration_renames_it_in_results(practice_index, indexing, anonymous):
    administration = PartnerAdministrationFactory(name="Old Name Customs")
    with indexing():
        PracticePageFactory(parent=practice_index, administration=administration)
    administration.name = "New Name Customs"
    with indexing():
        administration.save()
    hit = database.search(PracticeQuery(text="new name customs"), anonymous).hits[0]
    assert (hit.administration, hit.administration_slug) == ("New Name Customs", "new-name-customs")


def test_term_statistics_follow_publication_and_deletion(practice_index, indexing):
    with indexing():
        first = PracticePageFactory(parent=practice_index, title="Polygraph use")
        PracticePageFactory(parent=practice_index, title="Polygraph limits")
    assert PracticeSearchTerm.objects.get(term="polygraph").document_count == 2
    with indexing():
        first.delete()
    assert PracticeSearchTerm.objects.get(term="polygraph").document_count == 1


def test_rebuild_reports_progress_and_the_documents_written(practice_index, indexing):
    PracticePageFactory.create_batch(3, parent=practice_index)  # outside `indexing`: never indexed
    PracticePageFactory(parent=practice_index, live=False)
    progress = []
    assert database.rebuild(progress=lambda done, total: progress.append((done, total))) == 3
    assert progress[-1] == (3, 3)
    assert PracticeSearchDocument.objects.count() == 3
    assert PracticeSearchTerm.objects.get(term="rotat").document_count == 3


def test_publishing_leaves_elasticsearch_to_the_task_queue(practice_index, indexing, anonymous, settings):
    """Publishing never waits on Elasticsearch: its refresh is queued for the worker, the database engine's done.

    The dummy task backend keeps what is enqueued without running it, as the
    production queue does until its worker picks the task up; the address
    is one nothing listens on, so nothing could have answered either.
    """
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with indexing():
        practice = PracticePageFactory(parent=practice_index, live=False)
        practice.save_revision().publish()
    queued = [(result.task.name, result.args) for result in default_task_backend.results]
    assert ("refresh_practice_in_elasticsearch", [practice.pk]) in queued
    assert [hit.page_id for hit in database.search(PracticeQuery(text="rotating"), anonymous).hits] == [practice.pk]
