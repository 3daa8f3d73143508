"""Synthetic practices for the search benchmarks: valid records, bulk-loaded as faithfully as imported."""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page

from benchmarks.synthetic_practices import bulk_load, generate_records, in_corpus_schema
from knowledgebase.factories import make_coordinator
from knowledgebase.models import PracticePage
from knowledgebase.practice_records import PracticeImporter, read_records

pytestmark = pytest.mark.django_db


def test_the_same_seed_writes_the_same_records_and_another_seed_others():
    assert list(generate_records(20, seed=3)) == list(generate_records(20, seed=3))
    assert list(generate_records(20, seed=3)) != list(generate_records(20, seed=4))


def test_records_pass_the_importers_validation_and_vary_like_the_exchange():
    records = list(generate_records(400))
    valid, bad_lines = read_records([json.dumps(in_corpus_schema(record), ensure_ascii=False) for record in records])

    assert bad_lines == []
    assert len(valid) == 400
    assert {record["language"] for record in records} == {"en", "fr", "es"}
    assert {record["visibility"] for record in records} == {"public", "coordinators"}
    assert len({record["region"] for record in records}) == 6
    assert len({record["year"] for record in records}) > 10
    assert len({record["title"] for record in records}) > 300


def test_bulk_loaded_practices_are_exactly_what_the_importer_would_write():
    records = list(generate_records(60, seed=7))

    assert bulk_load(records, batch_size=25) == 60

    # The importer compares each record with the stored practice: nothing to change means the same rows.
    summary = PracticeImporter().run([(number, in_corpus_schema(record)) for number, record in enumerate(records, 1)])
    assert summary.created == []
    assert summary.updated == []
    assert len(summary.unchanged) == 60


def test_bulk_loaded_pages_form_a_valid_tree_under_the_practice_index():
    bulk_load(generate_records(30), batch_size=8)
    bulk_load(generate_records(70, seed=2, start=31), batch_size=30)  # again, after existing children

    assert all(problems == [] for problems in Page.find_problems())
    practices = PracticePage.objects.all()
    assert practices.count() == 100
    indexes = {practice.get_parent() for practice in practices}  # one practice index per language
    assert {index.locale.language_code for index in indexes} == {"en", "fr", "es"}
    assert sum(index.numchild for index in indexes) == 100
    assert sum(index.get_children().count() for index in indexes) == 100


def test_one_record_in_ten_is_a_version_of_the_one_before_in_another_language_sharing_its_translation_key():
    records = list(generate_records(200))
    originals = {record["external_id"]: record for record in records}
    versions = [record for record in records if "version_of" in record]
    assert 10 <= len(versions) <= 35
    for version in versions:
        original = originals[version["version_of"]]
        assert "version_of" not in original
        assert version["language"] != original["language"]
        assert version["title"] != original["title"]

    bulk_load(records, batch_size=30)

    pages = {page.external_id: page for page in PracticePage.objects.select_related("locale")}
    for version in versions:
        page, original = pages[version["external_id"]], pages[version["version_of"]]
        assert page.translation_key == original.translation_key
        assert page.locale.language_code == version["language"]
    assert len({page.translation_key for page in pages.values()}) == 200 - len(versions)


def test_coordinators_only_practices_are_hidden_from_anonymous_users_only():
    records = list(generate_records(80))
    bulk_load(records)
    public = {record["external_id"] for record in records if record["visibility"] == "public"}

    anonymous_sees = set(PracticePage.objects.visible_to(AnonymousUser()).values_list("external_id", flat=True))
    coordinator_sees = set(PracticePage.objects.visible_to(make_coordinator()).values_list("external_id", flat=True))

    assert anonymous_sees == public
    assert coordinator_sees == {record["external_id"] for record in records}
