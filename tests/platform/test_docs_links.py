"""Every relative link in README.md and docs/*.md leads to a file in this repository.

A clone holds only the repository, so a link to anything beside it (such as
`../shared/…`) is broken for every reader.
"""

import re
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [PROJECT_ROOT / "README.md", *sorted((PROJECT_ROOT / "docs").glob("*.md"))]
INLINE_LINK = re.compile(r"\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
REFERENCE_LINK = re.compile(r"^\s*\[[^\]]+\]:\s*(\S+)", re.MULTILINE)
CODE_FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)


def relative_targets(markdown):
    """Link targets that are paths (not web addresses, mail or in-page anchors), without their anchors."""
    text = CODE_FENCE.sub("", markdown)
    for target in INLINE_LINK.findall(text) + REFERENCE_LINK.findall(text):
        if re.match(r"^[a-z][a-z0-9+.-]*:", target, re.IGNORECASE) or target.startswith("#"):
            continue
        yield target.split("#", 1)[0]


def test_there_are_documents_with_relative_links():
    assert any(list(relative_targets(document.read_text())) for document in DOCUMENTS)


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda path: str(path.relative_to(PROJECT_ROOT)))
def test_every_relative_link_resolves_to_a_file_in_the_repository(document):
    broken = []
    for target in relative_targets(document.read_text()):
        path = (document.parent / target).resolve()
        if not path.is_relative_to(PROJECT_ROOT) or not path.exists():
            broken.append(target)
    assert not broken, f"{document.name} links to what a clone does not contain: {broken}"
