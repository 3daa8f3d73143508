"""The import's bulk publishing leaves each new practice exactly as Wagtail's own publishing does.

`import_practices` publishes new practices a batch at a time
(`knowledgebase.practice_bulk_publishing`). Each test here publishes one
practice the normal way (`add_child`, `save_revision().publish()`, with
every receiver) and imports the same record under another external id,
then compares the two: page row, revision, history, view restriction,
key factors and tags, reference index, Wagtail's search and both practice
search engines. Runs on SQLite, and on PostgreSQL with DATABASE_URL set.
"""

import json

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.text import slugify
from modelsearch.backends import get_search_backends
from taggit.models import Tag
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, PageLogEntry, PageViewRestriction, ReferenceIndex, Revision, WorkflowState

from accounts.models import PartnerAdministration
from home.factories import translate_page
from knowledgebase.factories import make_coordinator
from knowledgebase.models import PracticePage
from knowledgebase.moderation import submit_for_moderation
from knowledgebase.practice_index import ensure_practice_index, practice_index_for_language
from knowledgebase.practice_records import SLUG_LENGTH, PracticeImporter, normalised
from search.models import PracticeSearchDocument, PracticeSearchFacetValue
from search.practices.contract import PracticeQuery
from tests.knowledgebase.test_import_export import import_file, record, write_lines
from tests.search.conftest import engine  # noqa: F401 - the fixture, run against each engine

pytestmark = pytest.mark.django_db

# Differ between any two practices by construction: identity, place in the tree, time of publication.
OWN_FIELDS = {
    "id",
    "page_ptr_id",
    "path",
    "slug",
    "url_path",
    "translation_key",
    "external_id",
    "latest_revision_id",
    "live_revision_id",
    "first_published_at",
    "last_published_at",
    "latest_revision_created_at",
}


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """`with indexed(): ...` runs what the block leaves for its commit (search indexing), as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def publish_the_normal_way(wanted):
    """The practice of record `wanted`, created and published one page at a time through Wagtail.

    It goes where the import files it: under the practice index of its language.
    """
    importer = PracticeImporter()
    ensure_practice_index()
    parent = practice_index_for_language(wanted["language"])
    wanted = normalised(wanted)
    practice = PracticePage(
        external_id=wanted["external_id"],
        slug=find_available_slug(parent, slugify(wanted["title"])[:SLUG_LENGTH]),
        locale_id=parent.locale_id,
        live=False,
    )
    importer.fill(practice, wanted)
    parent.add_child(instance=practice)
    practice.save_revision().publish()
    return PracticePage.objects.get(pk=practice.pk)


@pytest.fixture(params=["public", "coordinators"])
def pair(request, tmp_path, indexed):
    """(published the normal way, imported): the same record, of the visibility the test runs for."""
    template = record(visibility=request.param)
    with indexed():
        normal = publish_the_normal_way({**template, "external_id": "normal-1"})
    with indexed():
        import_file(write_lines(tmp_path, [{**template, "external_id": "bulk-1"}]))
    return normal, PracticePage.objects.get(external_id="bulk-1")


def row(practice):
    return {
        field.attname: getattr(practice, field.attname)
        for field in PracticePage._meta.concrete_fields
        if field.attname not in OWN_FIELDS
    }


def test_the_page_row_is_the_one_wagtail_publishes(pair):
    normal, imported = pair

    assert row(imported) == row(normal)
    parent = normal.get_parent()
    assert imported.get_parent().pk == parent.pk
    assert imported.slug == f"{normal.slug}-1"  # as find_available_slug names the second of a title
    assert imported.url_path == f"{parent.url_path}{imported.slug}/"
    assert imported.path > normal.path and len(imported.path) == len(normal.path)
    assert imported.translation_key != normal.translation_key
    assert imported.first_published_at == imported.last_published_at >= imported.latest_revision_created_at
    assert imported.url and imported.live and not imported.has_unpublished_changes
    assert parent.specific_class.objects.get(pk=parent.pk).numchild == 2


def revision_content(practice):
    """The revision's content without what differs between any two practices (ids, place, identity)."""
    content = dict(practice.live_revision.content)
    for key in ("pk", *OWN_FIELDS):
        content.pop(key, None)
    for relation in ("practice_key_factors", "tagged_items"):
        content[relation] = [
            {key: value for key, value in child.items() if key not in ("pk", "page", "content_object")}
            for child in content[relation]
        ]
    return content


def test_one_revision_is_the_latest_and_the_live_one(pair):
    normal, imported = pair

    for practice in (normal, imported):
        revisions = Revision.page_revisions.filter(object_id=str(practice.pk))
        assert list(revisions) == [practice.live_revision] == [practice.latest_revision]
        assert practice.latest_revision_created_at == practice.live_revision.created_at
    normal_revision, imported_revision = normal.live_revision, imported.live_revision
    assert revision_content(imported) == revision_content(normal)
    assert imported_revision.content["pk"] == imported.pk
    assert [child["page"] for child in imported_revision.content["practice_key_factors"]] == [imported.pk] * len(
        imported_revision.content["practice_key_factors"]
    )
    for attribute in ("content_type_id", "base_content_type_id", "object_str", "user_id", "approved_go_live_at"):
        assert getattr(imported_revision, attribute) == getattr(normal_revision, attribute)
    # What Wagtail's admin shows: the revision reads back as the live page.
    assert row(imported_revision.as_object()) == row(imported)


def test_the_history_says_created_then_published(pair):
    normal, imported = pair

    def history(practice):
        return [
            (entry.action, entry.label, entry.content_changed, entry.user_id, entry.revision_id, entry.data)
            for entry in PageLogEntry.objects.filter(page_id=practice.pk).order_by("pk")
        ]

    restricted = ["wagtail.view_restriction.create"] if normal.visibility == "coordinators" else []
    assert [entry[0] for entry in history(normal)] == ["wagtail.create", *restricted, "wagtail.publish"]
    assert [entry[:4] + entry[5:] for entry in history(imported)] == [
        entry[:4] + entry[5:] for entry in history(normal)
    ]
    assert [entry[4] for entry in history(imported)] == [None] * (1 + len(restricted)) + [imported.live_revision_id]


def test_key_factors_tags_and_restriction_are_the_same(pair):
    normal, imported = pair

    assert imported.key_factor_numbers() == normal.key_factor_numbers()
    assert sorted(imported.tags.names()) == sorted(normal.tags.names())

    def restriction(practice):
        return [
            (item.restriction_type, item.password, sorted(item.groups.values_list("name", flat=True)))
            for item in PageViewRestriction.objects.filter(page=practice)
        ]

    assert restriction(imported) == restriction(normal)
    assert bool(restriction(imported)) == (imported.visibility == "coordinators")


def test_the_reference_index_holds_the_same_references(pair):
    normal, imported = pair

    def references(practice):
        """The practice's references, the id of the key factor or tag link in their path replaced by its position."""
        positions = {
            "practice_key_factors": [str(link.pk) for link in practice.practice_key_factors.order_by("pk")],
            "tagged_items": [str(item.pk) for item in practice.tagged_items.order_by("pk")],
        }
        rows = ReferenceIndex.objects.filter(object_id=str(practice.pk)).values_list(
            "content_type_id", "base_content_type_id", "to_content_type_id", "to_object_id", "content_path"
        )

        def by_position(path):
            relation, *rest = path.split(".")
            if relation in positions and rest:
                rest[0] = f"#{positions[relation].index(rest[0])}"
            return ".".join([relation, *rest])

        return sorted((*columns, by_position(path)) for *columns, path in rows)

    assert references(imported) == references(normal)
    assert len(references(imported)) == len(ReferenceIndex.objects.filter(object_id=str(imported.pk)))
    assert references(imported)


@pytest.fixture
def page_search_indexes():
    """Wagtail's page search indexes, emptied and mapped as `update_index` leaves them; refreshes them."""
    indexes = [backend.get_index_for_model(PracticePage) for backend in get_search_backends()]
    for index in indexes:
        if hasattr(index, "reset"):  # Elasticsearch: the test namespace's index, made afresh
            index.reset()
            index.add_model(PracticePage)

    def refresh():
        for index in indexes:
            if hasattr(index, "refresh"):  # Elasticsearch shows what was written at its next refresh
                index.refresh()

    return refresh


def test_wagtail_search_finds_it(page_search_indexes, pair):
    normal, imported = pair
    page_search_indexes()

    found = PracticePage.objects.live().search(normal.title)
    assert {normal.pk, imported.pk} <= {page.pk for page in found}


def hit_as_normal(hit):
    return {key: value for key, value in vars(hit).items() if key not in ("page_id", "external_id", "url", "score")}


def test_both_practice_search_engines_find_it_as_they_find_the_normal_one(
    engine,  # noqa: F811 - the fixture imported above
    tmp_path,
    indexed,
    coordinator,
):
    template = record(visibility="coordinators")
    with indexed():
        normal = publish_the_normal_way({**template, "external_id": "normal-1"})
    with indexed():
        import_file(write_lines(tmp_path, [{**template, "external_id": "bulk-1"}]))
    imported = PracticePage.objects.get(external_id="bulk-1")

    hits = {hit.page_id: hit for hit in engine.search(PracticeQuery(text=normal.title), coordinator).hits}
    assert {normal.pk, imported.pk} <= set(hits)
    assert hit_as_normal(hits[imported.pk]) == {
        **hit_as_normal(hits[normal.pk]),
        "published_at": imported.first_published_at,
    }
    assert not engine.search(PracticeQuery(text=normal.title), AnonymousUser()).hits  # coordinators only, both


def test_the_database_engine_has_the_same_document_rows(pair):
    normal, imported = pair

    def document(practice):
        values = PracticeSearchDocument.objects.filter(pk=practice.pk).values().get()
        for key in ("page_id", "external_id", "translation_key", "published_at"):
            values.pop(key)
        return values

    def facets(practice):
        return sorted(
            PracticeSearchFacetValue.objects.filter(document_id=practice.pk).values_list("facet", "value", "label")
        )

    assert document(imported) == document(normal)
    assert facets(imported) == facets(normal)


@pytest.fixture
def french_pair(tmp_path, indexed, practice_index):
    """(published the normal way, imported): a French record, filed under the French practice index."""
    translate_page(practice_index, "fr", title="Bonnes pratiques")
    template = record(language="fr", title="Rotation des agents aux frontières")
    with indexed():
        normal = publish_the_normal_way({**template, "external_id": "normal-fr"})
    with indexed():
        import_file(write_lines(tmp_path, [{**template, "external_id": "bulk-fr"}]))
    return normal, PracticePage.objects.get(external_id="bulk-fr")


def test_a_practice_in_another_language_gets_its_locale_and_index_as_wagtail_gives_them(french_pair, practice_index):
    normal, imported = french_pair

    assert row(imported) == row(normal)
    assert imported.locale.language_code == normal.locale.language_code == "fr"
    assert imported.get_parent().pk == normal.get_parent().pk != practice_index.pk
    assert imported.url_path == f"{imported.get_parent().url_path}{imported.slug}/"
    assert list(imported.get_translations()) == list(normal.get_translations()) == []


def test_a_moderator_translates_it_as_one_published_the_normal_way(french_pair, practice_index):
    normal, imported = french_pair

    translations = [translate_page(practice, "en") for practice in (normal, imported)]

    for source, translation in zip((normal, imported), translations, strict=True):
        assert translation.translation_key == source.translation_key
        assert translation.locale.language_code == "en"
        assert translation.get_parent().pk == practice_index.pk
        assert translation.live
    assert row(translations[1]) == row(translations[0])


def test_its_workflow_state_is_the_one_wagtail_leaves_and_moderation_starts_alike(pair):
    normal, imported = pair

    for practice in (normal, imported):
        assert not WorkflowState.objects.filter(object_id=str(practice.pk)).exists()
        assert practice.current_workflow_state is None
    workflow = normal.get_workflow()  # "Practice moderation", attached to every practice index
    assert workflow is not None and imported.get_workflow() == workflow
    author = make_coordinator(email="author@customs.example")
    states = []
    for practice in (normal, imported):
        practice.summary = f"{practice.summary} Edited."
        practice.save_revision(user=author)
        submit_for_moderation(practice, author)
        state = PracticePage.objects.get(pk=practice.pk).current_workflow_state
        states.append((state.status, state.workflow_id, state.current_task_state.task_id))
    assert states[1] == states[0]


def test_the_tree_is_valid_after_an_import_in_several_batches(tmp_path, monkeypatch, practice_index, indexed):
    monkeypatch.setattr(PracticeImporter, "BATCH_SIZE", 4)
    with indexed():
        publish_the_normal_way(record("normal-1"))
        stdout, stderr = import_file(
            write_lines(tmp_path, [record(f"bulk-{number}", title=f"Practice {number}") for number in range(10)])
        )

    assert "10 created" in stdout
    assert [line.split(" (")[0] for line in stderr.splitlines() if line.startswith("Importing")] == [
        "Importing: 4 / 10 practices",
        "Importing: 8 / 10 practices",
        "Importing: 10 / 10 practices",
    ]
    assert all(line.endswith(" a second)") for line in stderr.splitlines() if line.startswith("Importing"))
    assert all(not problems for problems in Page.find_problems())
    practice_index.refresh_from_db()
    assert practice_index.numchild == 11
    children = list(practice_index.get_children().order_by("path"))
    assert [child.path for child in children] == sorted({child.path for child in children})
    assert len({child.slug for child in children}) == 11


def counts():
    return {
        model.__name__: model.objects.count()
        for model in (Page, Revision, PageLogEntry, PageViewRestriction, PartnerAdministration, Tag, ReferenceIndex)
    }


def test_a_failing_record_in_a_batch_leaves_nothing_of_the_batch(practice_index):
    before = counts()
    records = [
        (1, normalised(record("bulk-1", administration="A new administration", themes=["a new theme"]))),
        (2, normalised(record("bulk-2"))),
        (3, normalised(record("bulk-3", region="MARS"))),  # passed no validation: the region is unknown
    ]

    with pytest.raises(KeyError):
        PracticeImporter().run(records)

    assert counts() == before


def test_reimporting_creates_nothing(tmp_path, practice_index, indexed):
    path = write_lines(tmp_path, [record(f"bulk-{number}", title=f"Practice {number}") for number in range(5)])
    with indexed():
        import_file(path)
    before = counts()

    stdout, _stderr = import_file(path)

    assert "0 created, 0 updated, 5 unchanged" in stdout
    assert counts() == before


# SQLite takes at most 999 parameters a statement, so Django splits a bulk insert of pages (29 columns),
# references or facet values every few dozen rows: 20 more practices cost a few more statements there.
SPLIT_INSERTS = 0 if connection.vendor == "postgresql" else 8


def queries_to_import(tmp_path, indexed, first, count):
    path = write_lines(
        tmp_path, [record(f"bulk-{number}", title=f"Practice {number}") for number in range(first, first + count)]
    )
    with CaptureQueriesContext(connection) as queries, indexed():
        import_file(path, verbosity=0)
    return len(queries)


def test_queries_grow_with_batches_not_with_practices(tmp_path, practice_index, indexed):
    queries_to_import(tmp_path, indexed, 0, 1)  # the administration and tags exist from here on

    twenty = queries_to_import(tmp_path, indexed, 100, 20)
    forty = queries_to_import(tmp_path, indexed, 200, 40)

    assert forty - twenty <= SPLIT_INSERTS, json.dumps({"20": twenty, "40": forty})


def test_queries_grow_by_a_constant_per_batch(tmp_path, practice_index, indexed, monkeypatch):
    monkeypatch.setattr(PracticeImporter, "BATCH_SIZE", 10)
    queries_to_import(tmp_path, indexed, 0, 1)

    one_batch = queries_to_import(tmp_path, indexed, 100, 10)
    two_batches = queries_to_import(tmp_path, indexed, 200, 20)
    four_batches = queries_to_import(tmp_path, indexed, 300, 40)

    per_batch = two_batches - one_batch
    assert abs(four_batches - two_batches - 2 * per_batch) <= SPLIT_INSERTS, json.dumps(
        [one_batch, two_batches, four_batches]
    )
