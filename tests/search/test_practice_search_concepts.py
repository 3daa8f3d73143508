"""Cross-language practice search through the concept vocabulary, on every engine (conftest's `engine`).

A practice is analysed in its own language only, a query in the reader's
language only; a concept named by the query finds practices naming it in
any language. Concepts are made here (`SearchConceptFactory`): the seed
file's content is not relied on.
"""

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS
from knowledgebase.factories import PracticePageFactory
from search.factories import SearchConceptFactory
from search.models import SearchConcept
from search.practices.contract import PracticeQuery
from search.vocabulary import current_lexicon

NARRATIVE = ("problem", "actions", "results", "lessons_learned")


def practice(parent, language, title, text):
    """A practice saying `text` and nothing else (the factory's English narrative would match English words)."""
    return PracticePageFactory(
        parent=parent, language=language, title=title, summary=text, **dict.fromkeys(NARRATIVE, f"<p>{text}</p>")
    )


def found(engine, text, language, user):
    with translation.override(language):
        return [hit.page_id for hit in engine.search(PracticeQuery(text=text), user).hits]


@pytest.fixture
def gifts(practice_index, indexing):
    """A gifts concept, a practice on gifts in each language, and two practices only presenting things."""
    SearchConceptFactory(key="gifts", en=["gift", "hospitality"], fr=["cadeau"], es=["obsequio", "regalo"])
    with indexing():
        return {
            "en": practice(practice_index, "en", "Declaring what officers receive", "Officers declare every gift."),
            "fr": practice(practice_index, "fr", "Registre des agents", "Chaque agent déclare tout cadeau reçu."),
            "es": practice(practice_index, "es", "Registro de funcionarios", "Cada funcionario declara todo obsequio."),
            "presentaron": practice(
                practice_index, "es", "Plazos cumplidos", "Los comerciantes presentaron sus declaraciones a tiempo."
            ),
            "présentant": practice(
                practice_index, "fr", "Dédouanement rapide", "En présentant leurs documents, les transitaires gagnent."
            ),
        }


# (reader's language, query, language of the practice it must find through the concept)
DIRECTIONS = [
    ("en", "gifts", "fr"),
    ("en", "gifts", "es"),
    ("fr", "cadeaux", "en"),
    ("fr", "cadeaux", "es"),
    ("es", "obsequios", "en"),
    ("es", "obsequios", "fr"),
]


@pytest.mark.parametrize(("reader", "text", "written_in"), DIRECTIONS)
def test_a_query_finds_a_practice_written_in_another_language_through_a_concept(
    engine, gifts, anonymous, reader, text, written_in
):
    assert gifts[written_in].pk in found(engine, text, reader, anonymous)


@pytest.mark.parametrize("reader", ["en", "fr", "es"])
def test_gifts_never_finds_a_practice_that_only_presents_something(engine, gifts, anonymous, reader):
    """The old engines stemmed "presents" (a synonym of "gifts") in Spanish and French: "presentaron", "présentant"."""
    hits = found(engine, "gifts", reader, anonymous)
    assert gifts["presentaron"].pk not in hits
    assert gifts["présentant"].pk not in hits


@pytest.mark.parametrize(
    ("reader", "singular", "plural"),
    [("en", "gift", "gifts"), ("fr", "cadeau", "cadeaux"), ("es", "obsequio", "obsequios")],
)
def test_singular_and_plural_find_the_same_practices(engine, gifts, anonymous, reader, singular, plural):
    on_gifts = {gifts[language].pk for language in ("en", "fr", "es")}
    assert set(found(engine, singular, reader, anonymous)) == set(found(engine, plural, reader, anonymous)) == on_gifts


@pytest.mark.parametrize(("reader", "text"), [("fr", "vidéosurveillance"), ("es", "videovigilancia")])
def test_on_a_tie_the_practice_in_the_readers_language_comes_first(
    engine, practice_index, indexing, anonymous, reader, text
):
    """Two practices naming the concept alike (by its acronym), one in the reader's language: that one first."""
    SearchConceptFactory(key="cctv", fr=["vidéosurveillance"], es=["videovigilancia"], acronym_list=["CCTV"])
    with indexing():
        written = {language: practice(practice_index, language, "CCTV", "CCTV.") for language in ("fr", "es")}
    assert found(engine, text, reader, anonymous) == [written[reader].pk, written[{"fr": "es", "es": "fr"}[reader]].pk]


@pytest.fixture
def editor(db, client):
    user = add_to_role(UserFactory(is_staff=False), EDITORS)
    client.force_login(user)
    return user


def concept_form(concept, **changes):
    values = {
        "key": concept.key,
        "english_terms": concept.english_terms,
        "french_terms": concept.french_terms,
        "spanish_terms": concept.spanish_terms,
        "acronyms": concept.acronyms,
        "notes": concept.notes,
    }
    return values | changes


def test_an_editors_change_in_the_admin_reaches_the_index(engine, practice_index, indexing, anonymous, client, editor):
    concept = SearchConceptFactory(key="gifts", en=["gift"], fr=["cadeau"])
    with indexing():
        spanish = practice(practice_index, "es", "Registro de funcionarios", "Cada funcionario declara todo obsequio.")
    assert spanish.pk not in found(engine, "gifts", "en", anonymous)

    edit_url = reverse("wagtailsnippets_search_searchconcept:edit", args=[concept.pk])
    with indexing():  # the save's commit queues the reindex (run at once by the test task backend)
        response = client.post(edit_url, concept_form(concept, spanish_terms="obsequio\nregalo"), follow=True)
    assert response.status_code == 200
    assert "reindexed in the background" in response.content.decode()
    assert spanish.pk in found(engine, "gifts", "en", anonymous)

    with indexing():
        client.post(reverse("wagtailsnippets_search_searchconcept:delete", args=[concept.pk]))
    assert not SearchConcept.objects.filter(pk=concept.pk).exists()
    assert spanish.pk not in found(engine, "gifts", "en", anonymous)


def test_the_admin_explains_what_a_concept_does_to_the_index(client, editor):
    response = client.get(reverse("wagtailsnippets_search_searchconcept:add"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "own language" in page and "When changes apply" in page


@pytest.mark.parametrize("who", ["coordinator", "learner"])
def test_people_without_the_concept_permission_are_refused(db, client, request, who):
    concept = SearchConceptFactory(key="gifts", en=["gift"])
    client.force_login(request.getfixturevalue(who))
    for url in (
        reverse("wagtailsnippets_search_searchconcept:list"),
        reverse("wagtailsnippets_search_searchconcept:edit", args=[concept.pk]),
    ):
        response = client.get(url)
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "/searchconcept/" not in response.url.split("?")[0]  # to the login or the dashboard
    response = client.post(
        reverse("wagtailsnippets_search_searchconcept:edit", args=[concept.pk]),
        concept_form(concept, english_terms="x"),
    )
    assert response.status_code in (302, 403)
    concept.refresh_from_db()
    assert concept.english_terms == "gift"


def test_a_lexicon_rebuilt_from_unchanged_concepts_is_reused_and_an_edited_concept_is_read_again(db):
    """The shared cache losing the vocabulary's version makes a process rebuild: from the same rows, at no cost."""
    border_post = SearchConceptFactory(key="border-post", en=["border post"], fr=["poste frontière"])
    first = current_lexicon()
    cache.clear()
    assert current_lexicon() is first

    border_post.english_terms = "border post\ncustoms post"
    border_post.save()
    cache.clear()
    assert current_lexicon().keys_in_query(["customs", "post"], "en") == ["border-post"]
    assert current_lexicon().keys_in_query(["postes", "frontière"], "fr") == ["border-post"]


def test_a_search_keeps_its_lexicon_while_the_concepts_token_stands_and_a_concept_change_renews_it(
    practice_index, indexing
):
    """The database engine's searches check the lexicon against the index's concepts token, not the emptied cache."""
    from search.practices.database import generation
    from search.vocabulary import concepts_changed

    border_post = SearchConceptFactory(key="border-post", en=["border post"], fr=["poste frontière"])
    with indexing():
        PracticePageFactory(parent=practice_index)
    state = generation.current()
    assert state.concepts_token
    first = current_lexicon(state.concepts_token)
    cache.clear()
    assert current_lexicon(state.concepts_token) is first

    border_post.english_terms = "border post\ncustoms post"
    border_post.save()
    assert current_lexicon(state.concepts_token) is first  # the rows are read again only under a new token...
    concepts_changed()  # ...which a concept change gives the index, as the reindex after an edit does
    renewed = generation.current()
    assert renewed.concepts_token != state.concepts_token
    assert renewed.token == state.token  # the documents' token is the reindex's to renew
    assert current_lexicon(renewed.concepts_token).keys_in_query(["customs", "post"], "en") == ["border-post"]
