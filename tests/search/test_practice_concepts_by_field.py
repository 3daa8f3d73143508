"""Where the database engine puts a concept's token: with the tags, or with the body when only the narrative names it.

`PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY` (on by default, chosen by the
relevance benchmark) makes a passing mention in the narrative weigh as the
body does, while a concept the title, summary or tags name stays with the
tags; off, every concept goes with the tags.
"""

import pytest
from django.test import override_settings

from knowledgebase.factories import PracticePageFactory
from search.factories import SearchConceptFactory
from search.models import PracticeSearchDocument
from search.practices.text.concepts import concept_token

NARRATIVE = ("problem", "actions", "results", "lessons_learned")
ROTATION = concept_token("staff-rotation")


def practice(parent, summary, narrative):
    return PracticePageFactory(
        parent=parent, language="en", title="Posts", summary=summary, **dict.fromkeys(NARRATIVE, f"<p>{narrative}</p>")
    )


@pytest.fixture
def practices(practice_index, indexing):
    SearchConceptFactory(key="staff-rotation", en=["staff rotation"], fr=["rotation du personnel"], es=["rotación"])
    with indexing():
        return {
            "in summary": practice(practice_index, "Staff rotation at every post.", "Officers move."),
            "in narrative": practice(practice_index, "Officers move.", "Staff rotation was discussed once."),
        }


def document(page):
    return PracticeSearchDocument.objects.get(pk=page.pk)


@pytest.mark.django_db
def test_a_concept_only_the_narrative_names_goes_with_the_body(practices):
    in_summary, in_narrative = document(practices["in summary"]), document(practices["in narrative"])
    assert ROTATION in in_summary.tag_terms.split()
    assert ROTATION not in in_summary.body_terms.split()
    assert ROTATION in in_narrative.body_terms.split()
    assert ROTATION not in in_narrative.tag_terms.split()


@pytest.mark.django_db
def test_switched_off_every_concept_goes_with_the_tags(practice_index, indexing):
    SearchConceptFactory(key="staff-rotation", en=["staff rotation"], fr=["rotation du personnel"], es=["rotación"])
    with override_settings(PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY=False), indexing():
        pages = [
            practice(practice_index, "Staff rotation at every post.", "Officers move."),
            practice(practice_index, "Officers move.", "Staff rotation was discussed once."),
        ]
    for page in pages:
        assert ROTATION in document(page).tag_terms.split()
        assert ROTATION not in document(page).body_terms.split()
