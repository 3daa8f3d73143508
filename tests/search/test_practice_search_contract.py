"""The practice search contract, checked against every engine alike (see conftest's `engine`)."""

import pytest

from search.practices.contract import ADMINISTRATION, FACETS, KEY_FACTOR, REGION, SORT_DATE, TAG, YEAR, PracticeQuery

FILTER_FIELDS = {
    KEY_FACTOR: "key_factors",
    REGION: "regions",
    ADMINISTRATION: "administrations",
    TAG: "tags",
    YEAR: "years",
    "language": "languages",
}


def titles(results):
    return [hit.title for hit in results.hits]


def ids(results):
    return {hit.page_id for hit in results.hits}


def facet(results, name):
    return {value.value: value.count for value in results.facets[name]}


def query_with(name, value, **fields):
    """A query selecting `value` in the facet `name` (typed as the URL key of that facet)."""
    typed = int(value) if name in (KEY_FACTOR, YEAR) else value
    return PracticeQuery(**{FILTER_FIELDS[name]: (typed,)}, **fields)


def test_stemming_finds_other_forms_of_a_word(engine, exchange, anonymous):
    results = engine.search(PracticeQuery(text="rotating"), anonymous)
    assert titles(results)[0] == "Rotation of officers at border posts"


@pytest.mark.parametrize("text", ["declaration", "déclaration", "DECLARATIONS"])
def test_accents_and_case_are_folded(engine, exchange, anonymous, text):
    results = engine.search(PracticeQuery(text=text), anonymous)
    assert titles(results)[0] == "Déclaration de patrimoine des agents"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bribery", "hotline"),  # the practice says "kickback"
        ("whistleblower", "hotline"),  # … and "hotline"
        ("electronic payment", "cashless"),  # … and "mobile money", never "payment"
    ],
)
def test_synonyms_find_practices_worded_otherwise(engine, exchange, anonymous, text, expected):
    results = engine.search(PracticeQuery(text=text), anonymous)
    assert exchange[expected].pk in ids(results)


@pytest.mark.parametrize("text", ["", "officers"])
def test_each_facet_count_is_the_total_a_click_on_it_gives(engine, exchange, coordinator, text):
    results = engine.search(PracticeQuery(text=text), coordinator)
    assert results.total > 1
    for name in FACETS:
        assert results.facets[name], name
        for value in results.facets[name]:
            clicked = engine.search(query_with(name, value.value, text=text), coordinator)
            assert clicked.total == value.count, (name, value.value)


def test_filters_combine_with_and_across_facets_and_or_within_one(engine, exchange, anonymous):
    either_region = engine.search(PracticeQuery(regions=("EUR", "WCA")), anonymous)
    assert either_region.total == 4
    europe_and_automation = engine.search(PracticeQuery(regions=("EUR",), key_factors=(4,)), anonymous)
    assert ids(europe_and_automation) == {exchange["cashless"].pk}
    nothing = engine.search(PracticeQuery(regions=("WCA",), key_factors=(4,)), anonymous)
    assert nothing.total == 0
    assert nothing.hits == []


def test_a_facet_counts_other_values_of_itself_under_its_own_selection(engine, exchange, anonymous):
    results = engine.search(PracticeQuery(regions=("EUR",)), anonymous)
    regions = {value.value: value for value in results.facets[REGION]}
    assert regions["EUR"].selected and regions["EUR"].count == 2
    assert regions["WCA"].count == 2 and not regions["WCA"].selected
    assert facet(results, YEAR) == {"2019": 1, "2021": 1}


def test_facet_labels_are_readable_in_the_active_language(engine, exchange, anonymous, settings):
    from django.utils import translation

    with translation.override("fr"):
        results = engine.search(PracticeQuery(), anonymous)
    labels = {value.value: value.label for value in results.facets[KEY_FACTOR]}
    assert labels["8"] == "Gestion des ressources humaines"
    administrations = {value.value: value.label for value in results.facets[ADMINISTRATION]}
    assert administrations["douanes-du-kandare"] == "Douanes du Kandaré"
    tags = {value.value: value.label for value in results.facets[TAG]}
    assert tags["staff-rotation"] == "staff rotation"


def test_snippets_mark_the_matched_words(engine, exchange, anonymous):
    results = engine.search(PracticeQuery(text="rotation"), anonymous)
    assert "<mark>rotation</mark>" in results.hits[0].snippet


def test_snippets_are_escaped_html(engine, practice_index, indexing, anonymous):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        PracticePageFactory(
            parent=practice_index,
            title="Escaping",
            summary='<script>alert("x")</script> & <b>rotation</b> <img src=x onerror=alert(1)>',
        )
    snippet = engine.search(PracticeQuery(text="rotation alert"), anonymous).hits[0].snippet
    assert "<script" not in snippet and "<img" not in snippet and "<b>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "<mark>rotation</mark>" in snippet


def test_pages_split_the_hits_without_overlap(engine, practice_index, indexing, anonymous):
    from knowledgebase.factories import PracticePageFactory

    with indexing():
        PracticePageFactory.create_batch(23, parent=practice_index)
    pages = [
        engine.search(PracticeQuery(text="rotating officers", page=number, page_size=10), anonymous)
        for number in (1, 2, 3)
    ]
    assert [len(page.hits) for page in pages] == [10, 10, 3]
    assert all(page.total == 23 and page.page_count == 3 for page in pages)
    assert len(set().union(*(ids(page) for page in pages))) == 23


def test_sort_by_date_puts_the_newest_first(engine, exchange, anonymous):
    results = engine.search(PracticeQuery(text="officers traders", sort=SORT_DATE), anonymous)
    published = [hit.published_at for hit in results.hits]
    assert len(published) >= 3
    assert published == sorted(published, reverse=True)


def test_empty_text_lists_every_visible_practice_newest_first(engine, exchange, anonymous):
    results = engine.search(PracticeQuery(), anonymous)
    assert titles(results) == [
        "Cashless duties at land frontier stations",
        "A hotline traders trust",
        "Déclaration de patrimoine des agents",
        "Rotation of officers at border posts",
    ]


def test_a_misspelt_word_is_suggested_and_still_finds(engine, exchange, anonymous):
    results = engine.search(PracticeQuery(text="rotaton at border"), anonymous)
    assert results.suggestion == "rotation at border"
    assert titles(results)[0] == "Rotation of officers at border posts"
    assert engine.search(PracticeQuery(text="rotation"), anonymous).suggestion is None


def test_autocomplete_offers_titles_and_tags(engine, exchange, anonymous):
    completions = engine.complete("rot", anonymous)
    assert ("staff rotation", "tag") in {(completion.text, completion.kind) for completion in completions}
    title = next(completion for completion in completions if completion.kind == "title")
    assert title.text == "Rotation of officers at border posts"
    assert title.url == exchange["rotation"].url
    assert [completion.text for completion in engine.complete("cashl", anonymous)] == [
        "Cashless duties at land frontier stations"
    ]


@pytest.mark.parametrize("who", ["anonymous", "learner"])
def test_coordinators_only_and_draft_practices_stay_hidden(engine, exchange, request, who):
    user = request.getfixturevalue(who)
    for text in ("", "integrity testing polygraph", "lifestyle audits"):
        results = engine.search(PracticeQuery(text=text), user)
        assert not ids(results) & {exchange["restricted"].pk, exchange["draft"].pk}
        assert all(value.count <= results.total for name in FACETS for value in results.facets[name])
        assert "integrity-testing" not in facet(results, TAG)
        assert "2022" not in facet(results, YEAR)
    assert engine.search(PracticeQuery(), user).total == 4
    assert engine.search(PracticeQuery(text="polygrap"), user).suggestion is None
    assert engine.complete("polyg", user) == []
    assert engine.complete("integrity t", user) == []
    assert engine.complete("lifestyle", user) == []


def test_coordinators_find_coordinators_only_practices_but_never_drafts(engine, exchange, coordinator):
    results = engine.search(PracticeQuery(text="integrity testing"), coordinator)
    assert titles(results)[0] == "Polygraph-free integrity testing of frontline officers"
    restricted = {hit.page_id: hit.restricted for hit in engine.search(PracticeQuery(), coordinator).hits}
    assert restricted[exchange["restricted"].pk] is True
    assert restricted[exchange["rotation"].pk] is False
    assert facet(results, TAG)["integrity-testing"] == 1
    assert engine.search(PracticeQuery(), coordinator).total == 5
    assert engine.search(PracticeQuery(text="polygrap"), coordinator).suggestion == "polygraph"
    assert {completion.kind for completion in engine.complete("polyg", coordinator)} == {"title"}
    assert engine.search(PracticeQuery(text="lifestyle"), coordinator).total == 0
    assert engine.complete("lifestyle", coordinator) == []


def test_unpublishing_and_deleting_remove_a_practice(engine, exchange, indexing, anonymous):
    with indexing():
        exchange["rotation"].unpublish()
    assert exchange["rotation"].pk not in ids(engine.search(PracticeQuery(text="rotation"), anonymous))
    with indexing():
        exchange["hotline"].delete()
    assert engine.search(PracticeQuery(text="hotline"), anonymous).total == 0
    assert engine.search(PracticeQuery(), anonymous).total == 2


def test_publishing_an_edit_updates_the_index(engine, exchange, indexing, anonymous):
    practice = exchange["cashless"]
    practice.title = "Mobile wallets replace banknotes"
    with indexing():
        practice.save_revision().publish()
    assert titles(engine.search(PracticeQuery(text="wallets"), anonymous)) == ["Mobile wallets replace banknotes"]
    assert engine.search(PracticeQuery(text="frontier"), anonymous).total == 0


def test_moving_a_practice_out_of_a_restricted_section_updates_who_finds_it(engine, exchange, indexing, anonymous):
    from wagtail.models import BaseViewRestriction, PageViewRestriction

    practice_index = exchange["rotation"].get_parent()
    with indexing():
        PageViewRestriction.objects.create(page=practice_index, restriction_type=BaseViewRestriction.LOGIN)
    assert engine.search(PracticeQuery(text="rotation"), anonymous).total == 0
    with indexing():
        exchange["rotation"].move(practice_index.get_parent(), pos="last-child")
    results = engine.search(PracticeQuery(text="rotation"), anonymous)
    assert exchange["rotation"].pk in ids(results)


def test_a_restriction_on_a_section_decides_who_finds_its_practices(
    engine, exchange, indexing, anonymous, learner, coordinator
):
    from django.contrib.auth.models import Group
    from wagtail.models import BaseViewRestriction, PageViewRestriction

    from accounts.roles import COORDINATORS

    practice_index = exchange["rotation"].get_parent()
    rotation = PracticeQuery(text="rotation")
    with indexing():
        restriction = PageViewRestriction.objects.create(
            page=practice_index, restriction_type=BaseViewRestriction.LOGIN
        )
    assert engine.search(rotation, anonymous).total == 0
    assert engine.complete("rotat", anonymous) == []
    assert exchange["rotation"].pk in ids(engine.search(rotation, learner))

    with indexing():
        restriction.restriction_type = BaseViewRestriction.GROUPS
        restriction.save()
        restriction.groups.set([Group.objects.get(name=COORDINATORS)])
    assert engine.search(rotation, learner).total == 0
    assert exchange["rotation"].pk in ids(engine.search(rotation, coordinator))
    # The coordinators-only practice below now needs both restrictions passed: coordinators pass both.
    assert exchange["restricted"].pk in ids(engine.search(PracticeQuery(text="integrity testing"), coordinator))

    with indexing():
        restriction.delete()
    assert exchange["rotation"].pk in ids(engine.search(rotation, anonymous))


def test_a_group_changing_its_restrictions_from_its_own_side_reindexes_them(
    engine, exchange, indexing, learner, coordinator
):
    """`group.pageviewrestriction_set.add / remove / clear` change who may read, as `restriction.groups` does."""
    from django.contrib.auth.models import Group
    from wagtail.models import BaseViewRestriction, PageViewRestriction

    from accounts.roles import COORDINATORS, LEARNERS

    rotation = PracticeQuery(text="rotation")
    learners = Group.objects.get(name=LEARNERS)
    with indexing():
        restriction = PageViewRestriction.objects.create(
            page=exchange["rotation"].get_parent(), restriction_type=BaseViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get(name=COORDINATORS)])
    assert exchange["rotation"].pk not in ids(engine.search(rotation, learner))

    with indexing():
        learners.pageviewrestriction_set.add(restriction)
    assert exchange["rotation"].pk in ids(engine.search(rotation, learner))

    with indexing():
        learners.pageviewrestriction_set.remove(restriction)
    assert exchange["rotation"].pk not in ids(engine.search(rotation, learner))

    with indexing():
        learners.pageviewrestriction_set.add(restriction)
    with indexing():
        learners.pageviewrestriction_set.clear()
    assert exchange["rotation"].pk not in ids(engine.search(rotation, learner))
    assert exchange["rotation"].pk in ids(engine.search(rotation, coordinator))


def test_a_password_restriction_hides_practices_from_every_list(engine, exchange, indexing, coordinator):
    from wagtail.models import BaseViewRestriction, PageViewRestriction

    with indexing():
        PageViewRestriction.objects.create(
            page=exchange["rotation"], restriction_type=BaseViewRestriction.PASSWORD, password="s3cret-words"
        )
    coordinator.is_superuser = True
    assert exchange["rotation"].pk not in ids(engine.search(PracticeQuery(text="rotation"), coordinator))
    assert exchange["rotation"].pk not in ids(engine.search(PracticeQuery(), coordinator))


@pytest.mark.parametrize(
    "text",
    [
        "x" * 5000,
        "rotation " * 300,
        '"unbalanced quote',
        "rotation*",
        "NEAR(rotation officers)",
        "rotation AND officers OR NOT traders",
        "title:rotation",
        "^rotation -officers +traders",
        "'; DROP TABLE search_practicesearchdocument; --",
        "(((",
        ":* & | ! <-> \\",
        "émoji 🚀 中文 العربية",
        "\x00\x1f\u200b",
        "a an the of",
    ],
)
def test_odd_input_never_breaks_search(engine, exchange, anonymous, text):
    results = engine.search(PracticeQuery(text=text), anonymous)
    assert results.total >= 0
    assert isinstance(engine.complete(text, anonymous), list)
