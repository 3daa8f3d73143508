"""Loading the concept vocabulary from a seed file: idempotent, and editors' changes are kept."""

import json

import pytest
from django.core.management import CommandError, call_command

from search.concept_seed import SEED_FILE, read_seed
from search.factories import SearchConceptFactory
from search.models import SearchConcept


def seed_file(tmp_path, *concepts):
    path = tmp_path / "concepts.jsonl"
    path.write_text("\n".join(json.dumps(concept, ensure_ascii=False) for concept in concepts), encoding="utf-8")
    return path


GIFTS = {"key": "gifts", "en": ["gift", "hospitality"], "fr": ["cadeau"], "es": ["obsequio"], "acronyms": []}
AEO = {"key": "aeo", "en": ["authorised economic operator"], "fr": [], "es": [], "acronyms": ["AEO", "OEA"]}


def load(path):
    call_command("load_search_concepts", str(path), verbosity=0)


def test_the_seed_file_shipped_is_valid_and_has_unique_keys():
    seed = read_seed(SEED_FILE)
    assert len(seed) >= 10
    assert len({concept["key"] for concept in seed}) == len(seed)


def test_loading_twice_adds_each_concept_once(db, tmp_path):
    path = seed_file(tmp_path, GIFTS, AEO)
    load(path)
    load(path)
    assert SearchConcept.objects.filter(key__in=["gifts", "aeo"]).count() == 2
    aeo = SearchConcept.objects.get(key="aeo")
    assert aeo.acronym_list() == ["AEO", "OEA"]
    assert aeo.terms_in("en") == ["authorised economic operator"]


def test_a_load_that_changes_concepts_queues_a_reindex_and_one_that_does_not_queues_none(
    db, tmp_path, django_capture_on_commit_callbacks
):
    path = seed_file(tmp_path, GIFTS)
    with django_capture_on_commit_callbacks() as changed:
        load(path)
    with django_capture_on_commit_callbacks() as unchanged:
        load(path)
    assert changed and not unchanged


def test_a_new_wording_in_the_file_updates_a_concept_nobody_edited(db, tmp_path):
    load(seed_file(tmp_path, GIFTS))
    load(seed_file(tmp_path, GIFTS | {"es": ["obsequio", "regalo"]}))
    assert SearchConcept.objects.get(key="gifts").terms_in("es") == ["obsequio", "regalo"]


def test_a_concept_an_editor_changed_or_added_is_kept(db, tmp_path):
    load(seed_file(tmp_path, GIFTS))
    edited = SearchConcept.objects.get(key="gifts")
    edited.french_terms = "cadeau\nlibéralité"
    edited.save()
    added = SearchConceptFactory(key="aeo", en=["trusted trader"])
    load(seed_file(tmp_path, GIFTS | {"fr": ["présent"]}, AEO))
    assert SearchConcept.objects.get(key="gifts").terms_in("fr") == ["cadeau", "libéralité"]
    assert SearchConcept.objects.get(key="aeo").terms_in("en") == ["trusted trader"] == added.terms_in("en")


def test_a_bad_line_is_reported_with_its_number(db, tmp_path):
    path = tmp_path / "concepts.jsonl"
    path.write_text(json.dumps(GIFTS) + "\n" + json.dumps({"key": "Not a slug!"}) + "\n", encoding="utf-8")
    with pytest.raises(CommandError, match="line 2"):
        load(path)
    assert not SearchConcept.objects.filter(key="gifts").exists()
