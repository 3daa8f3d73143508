"""`import_practices` over any file: each line imports whole or is reported and leaves no trace.

The importer's contract (`knowledgebase.practice_records`) is all-or-nothing
per line: a bad line is named with its reasons and none of it is written,
the good lines are imported, and the command then fails so scripts notice.
The properties throw at it what real exports contain: any Unicode including
control characters and bidirectional overrides, lone surrogates written as
JSON escapes, deep nesting, wrong types, missing and unexpected keys, and
lines that are not JSON at all.
"""

import json
import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from hypothesis import event, given
from hypothesis import strategies as st

from knowledgebase.models import PracticePage
from knowledgebase.practice_records import RECORD_KEYS

from .checks import row_counts
from .conftest import property_settings
from .strategies import hostile_text

pytestmark = pytest.mark.django_db

DEMO_PRACTICES = Path(__file__).resolve().parents[2] / "knowledgebase" / "demo" / "practices.jsonl"
TEMPLATE = json.loads(DEMO_PRACTICES.read_text(encoding="utf-8").splitlines()[0])
TEXT_KEYS = ("title", "administration", "summary", "problem", "actions", "results", "lessons_learned")
IMPORT_TABLES = (
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.PageViewRestriction",
    "wagtailcore.PageLogEntry",
    "accounts.PartnerAdministration",
    "knowledgebase.PracticeKeyFactor",
    "knowledgebase.PracticeTag",
    "taggit.Tag",
)
BAD_LINE = re.compile(r"^line (\d+): (.+)$", re.MULTILINE)
LINE_BREAKS = str.maketrans("", "", "\r\n")

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(hostile_text, children, max_size=3),
    max_leaves=8,
)
lone_surrogates = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)


@st.composite
def practice_line(draw, external_id):
    """One line of the file: a record, valid or broken in one of the ways real files are."""
    record = {**TEMPLATE, "external_id": external_id}
    kind = draw(
        st.sampled_from(["valid", "hostile text", "surrogate", "wrong type", "missing key", "extra key", "garbage"])
    )
    event(kind)
    if kind == "hostile text":
        record.update(draw(st.fixed_dictionaries({}, optional=dict.fromkeys(TEXT_KEYS, hostile_text))))
        record["themes"] = draw(st.lists(hostile_text, max_size=3))
        record["contact"] = {"unit": draw(hostile_text), "email": ""}
    elif kind == "surrogate":
        key = draw(st.sampled_from(TEXT_KEYS))
        record[key] = record[key][:20] + draw(lone_surrogates) + draw(hostile_text)
    elif kind == "wrong type":
        record[draw(st.sampled_from(RECORD_KEYS))] = draw(json_values)
    elif kind == "missing key":
        del record[draw(st.sampled_from(RECORD_KEYS))]
    elif kind == "extra key":
        record[draw(hostile_text)] = draw(json_values)
    elif kind == "garbage":
        depth = draw(st.sampled_from([1, 50, 5000, 100_000]))
        return draw(
            st.one_of(
                hostile_text.map(lambda text: text.translate(LINE_BREAKS)),
                st.just("[" * depth + "]" * depth),
                st.just('{"a":' * depth + "1" + "}" * depth),
            )
        )
    # Lone surrogates exist in JSON only as \u escapes, never as UTF-8 bytes.
    return json.dumps(record, ensure_ascii=kind == "surrogate" or draw(st.booleans()))


@st.composite
def practice_files(draw):
    count = draw(st.integers(min_value=1, max_value=4))
    return [draw(practice_line(f"prop-{number}")) for number in range(count)]


def run_import(path):
    stdout, stderr = StringIO(), StringIO()
    try:
        call_command("import_practices", str(path), stdout=stdout, stderr=stderr, verbosity=1)
    except CommandError as error:
        return stdout.getvalue(), stderr.getvalue(), str(error)
    return stdout.getvalue(), stderr.getvalue(), None


def external_id_of(line):
    try:
        return json.loads(line)["external_id"]
    except (ValueError, TypeError, KeyError, RecursionError):
        return None


@property_settings
@given(lines=practice_files())
def test_each_line_imports_whole_or_is_reported_and_leaves_no_trace(example, tmp_path, lines):
    path = tmp_path / "practices.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with example():
        before = row_counts(*IMPORT_TABLES)
        _stdout, stderr, failure = run_import(path)

        reported = {int(number): reasons for number, reasons in BAD_LINE.findall(stderr)}
        assert all(reasons.strip() for reasons in reported.values())
        assert (failure is not None) == bool(reported), failure
        if failure:
            assert f"{len(reported)} line(s) were not imported" in failure
        imported = {
            external_id_of(line) for number, line in enumerate(lines, 1) if number not in reported and line.strip()
        }
        live = set(PracticePage.objects.live().values_list("external_id", flat=True))
        assert set(PracticePage.objects.values_list("external_id", flat=True)) == live == imported
        event(f"{len(imported)} of {len(lines)} lines imported")
        if not imported:
            assert row_counts(*IMPORT_TABLES) == before


@property_settings
@given(lines=practice_files())
def test_importing_the_same_file_again_changes_nothing(example, tmp_path, lines):
    path = tmp_path / "practices.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with example():
        first_stdout, _stderr, _failure = run_import(path)
        created = int(re.search(r"(\d+) created", first_stdout).group(1))
        after_first = row_counts(*IMPORT_TABLES)
        second_stdout, _stderr, _failure = run_import(path)
        assert f"0 created, 0 updated, {created} unchanged" in second_stdout
        assert row_counts(*IMPORT_TABLES) == after_first
