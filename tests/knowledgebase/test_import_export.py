"""`import_practices` and `export_practices`: validation first, idempotent imports, the same format out."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page, PageViewRestriction, Revision, Site

from accounts.models import PartnerAdministration
from home.factories import translate_page
from knowledgebase.models import PracticeIndexPage, PracticePage
from knowledgebase.practice_records import RECORD_KEYS

pytestmark = pytest.mark.django_db

SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "practices.jsonl"
# The app's own demo file has the same format; it stands in when the shared corpus is not checked out.
DEMO_PRACTICES = Path(__file__).resolve().parents[2] / "knowledgebase" / "demo" / "practices.jsonl"
CORPUS = SHARED_CORPUS if SHARED_CORPUS.exists() else DEMO_PRACTICES


def corpus_records():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


def import_file(path, verbosity=1):
    stdout, stderr = StringIO(), StringIO()
    call_command("import_practices", str(path), stdout=stdout, stderr=stderr, verbosity=verbosity)
    return stdout.getvalue(), stderr.getvalue()


def write_lines(tmp_path, lines):
    path = tmp_path / "practices.jsonl"
    path.write_text(
        "\n".join(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines)
    )
    return path


def record(external_id="ext-1", **changes):
    base = dict(corpus_records()[0])
    base.update(external_id=external_id, **changes)
    return base


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "administrations": PartnerAdministration.objects.count(),
        "restrictions": PageViewRestriction.objects.count(),
    }


def test_the_corpus_imports_whole_on_a_freshly_migrated_database(client):
    """Every record arrives, as the page it describes; how long it takes is measured by benchmarks/import_speed.py."""
    records = corpus_records()
    stdout, stderr = import_file(CORPUS)

    assert f"{len(records)} created, 0 updated, 0 unchanged, 0 bad line(s) skipped" in stdout
    assert "Created the practice index page." in stdout
    assert "Importing" in stderr  # the progress bar
    index_page = PracticeIndexPage.objects.get()
    assert index_page.get_parent().pk == Site.objects.get(is_default_site=True).root_page_id
    assert PracticePage.objects.live().count() == len(records)
    restricted = [item for item in records if item["visibility"] == "coordinators"]
    assert PageViewRestriction.objects.count() == len(restricted)
    assert PracticePage.objects.visible_to(AnonymousUser()).count() == len(records) - len(restricted)

    public = next(item for item in records if item["visibility"] == "public")
    page = PracticePage.objects.get(external_id=public["external_id"])
    assert client.get(page.url).status_code == 200
    assert page.key_factor_numbers() == public["key_factors"]
    assert page.region.code == public["region"]
    assert page.administration.name == public["administration"]


def test_importing_the_corpus_twice_creates_nothing_the_second_time():
    import_file(CORPUS)
    before = snapshot()

    stdout, _stderr = import_file(CORPUS)

    assert snapshot() == before
    assert f"0 created, 0 updated, {len(corpus_records())} unchanged" in stdout


def test_export_writes_the_import_format_back(tmp_path):
    import_file(CORPUS)
    output = tmp_path / "export.jsonl"
    call_command("export_practices", output=str(output), stderr=StringIO())

    exported = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    originals = {item["external_id"]: {**item, "themes": sorted(item["themes"])} for item in corpus_records()}
    assert all(list(item) == list(RECORD_KEYS) for item in exported)
    assert {item["external_id"]: item for item in exported} == originals

    before = snapshot()
    stdout, _stderr = import_file(output)
    assert snapshot() == before
    assert "0 created, 0 updated" in stdout


def test_bad_lines_are_named_with_their_reasons_and_nothing_from_them_is_imported(tmp_path):
    good = record("good-1")
    path = write_lines(
        tmp_path,
        [
            good,
            "{not json",
            "",
            json.dumps({"external_id": "partial-1", "title": "Only a title"}),
            record("bad-kf", key_factors=[11, 11]),
            record("bad-region", region="MARS", year=1900),
            record("good-1", title="Same id as line 1"),
            record("bad-contact", contact={"unit": "Unit", "email": "not an address"}, visibility="secret"),
            record("bad id with spaces"),
            record("good-2", language="fr"),
        ],
    )

    with pytest.raises(CommandError, match="7 line"):
        import_file(path)

    stderr = _stderr_of(path)
    assert "line 2: not valid JSON" in stderr
    assert "line 4: missing keys: language, administration" in stderr
    assert "line 5: key_factors: 1 to 3 different key factor numbers from 1 to 10" in stderr
    assert "line 6: region: one of AMS, AP, ESA, EUR, MENA, WCA; year: a year from 1980" in stderr
    assert "line 7: external_id good-1 is already used on line 1" in stderr
    assert "line 8: contact:" in stderr and "visibility: one of public, coordinators" in stderr
    assert "line 9: external_id:" in stderr
    assert "line 3" not in stderr  # a blank line is not an error
    assert sorted(PracticePage.objects.values_list("external_id", flat=True)) == ["good-1", "good-2"]
    assert PracticePage.objects.get(external_id="good-1").title == good["title"]


def _stderr_of(path):
    stderr = StringIO()
    with pytest.raises(CommandError):
        call_command("import_practices", str(path), stdout=StringIO(), stderr=stderr)
    return stderr.getvalue()


def test_a_changed_record_updates_the_practice_and_its_visibility(tmp_path):
    original = record("ext-7", visibility="public")
    import_file(write_lines(tmp_path, [original]))
    practice = PracticePage.objects.get(external_id="ext-7")
    revisions = Revision.page_revisions.filter(object_id=str(practice.pk)).count()

    stdout, _stderr = import_file(
        write_lines(tmp_path, [{**original, "title": "A sharper title", "visibility": "coordinators"}])
    )

    practice.refresh_from_db()
    assert "0 created, 1 updated" in stdout
    assert practice.title == "A sharper title"
    assert PageViewRestriction.objects.filter(page=practice).exists()
    assert Revision.page_revisions.filter(object_id=str(practice.pk)).count() == revisions + 1


def test_unknown_administrations_are_created_in_the_records_region(tmp_path):
    stdout, _stderr = import_file(
        write_lines(tmp_path, [record("ext-8", administration="Customs of Nowhere", region="AP")])
    )
    administration = PartnerAdministration.objects.get(name="Customs of Nowhere")
    assert administration.region.code == "AP"
    assert "Created administration: Customs of Nowhere" in stdout


def test_records_go_under_the_index_of_their_language(tmp_path, practice_index):
    french_index = translate_page(practice_index, "fr", title="Bonnes pratiques", slug="bonnes-pratiques")
    import_file(
        write_lines(
            tmp_path,
            [record("ext-en", language="en"), record("ext-fr", language="fr"), record("ext-es", language="es")],
        )
    )
    assert PracticePage.objects.get(external_id="ext-fr").get_parent().pk == french_index.pk
    assert PracticePage.objects.get(external_id="ext-en").get_parent().pk == practice_index.pk
    assert PracticePage.objects.get(external_id="ext-es").get_parent().pk == practice_index.pk  # no Spanish index
    assert PracticeIndexPage.objects.count() == 2


def test_an_unreadable_file_is_a_clear_error():
    with pytest.raises(CommandError, match="Cannot read /nonexistent/practices.jsonl"):
        import_file("/nonexistent/practices.jsonl")


def test_a_deeply_nested_line_is_named_and_the_other_lines_are_imported(tmp_path):
    path = write_lines(tmp_path, [record("good-1"), "[" * 100_000 + "]" * 100_000, '{"year": ' + "9" * 5000 + "}"])

    stderr = _stderr_of(path)

    assert "line 2: not readable: JSON nested too deeply" in stderr
    assert "line 3: not readable: Exceeds the limit" in stderr
    assert list(PracticePage.objects.values_list("external_id", flat=True)) == ["good-1"]


def test_control_characters_are_refused_with_where_they_are_and_invisible_ones_are_dropped(tmp_path):
    path = write_lines(
        tmp_path,
        [
            record("control-title", title="Vertical\x01tab"),
            record("null-summary", summary="Nothing\x00 here"),
            record("control-theme", themes=["ok", "bad\x1ftheme"], contact={"unit": "U\x7f", "email": ""}),
            record("invisible", title="\u202eRotation\u200b of staff", summary="One\x0btwo\u2066"),
            record("only-invisible", title="\u200b\u2066"),
        ],
    )

    stderr = _stderr_of(path)

    assert "line 1: title: contains the invisible character U+0001 at position 9" in stderr
    assert "line 2: summary: contains the invisible character U+0000 at position 8" in stderr
    assert "line 3: themes: contains the invisible character U+001F at position 4" in stderr
    assert "contact unit: contains the invisible character U+007F at position 2" in stderr
    assert "line 5: title: a non-empty text" in stderr
    practice = PracticePage.objects.get()
    assert (practice.external_id, practice.title, practice.summary) == ("invisible", "Rotation of staff", "One\ntwo")
