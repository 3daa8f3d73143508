"""The practice index page is the faceted practice search, usable without JavaScript."""

import re

import pytest
from django.test import override_settings

from knowledgebase.factories import PracticePageFactory
from tests.search.page_fixtures import *  # noqa: F403 - fixtures
from tests.search.page_fixtures import SECRET_TITLE, index_practices

pytestmark = pytest.mark.django_db


def titles(response):
    return {hit.title for hit in response.context["results"].hits}


def page(client, practice_index, **parameters):
    response = client.get(practice_index.url, parameters)
    assert response.status_code == 200
    return response


def facet_checkbox(content, name, value):
    """The checkbox of one facet value and its label text, or None."""
    match = re.search(
        rf'<input type="checkbox" name="{name}" value="{re.escape(value)}" id="([^"]+)"( checked)?>\s*'
        r'<label for="\1">(.*?)</label>',
        content,
        re.S,
    )
    return match and {"checked": bool(match.group(2)), "label": " ".join(match.group(3).split())}


def test_the_page_shows_a_search_box_facets_with_counts_and_highlighted_snippets(
    client, practice_index, sample_practices
):
    response = page(client, practice_index, q="rotation")
    content = response.content.decode()
    assert '<input type="search" id="practice-search-text" name="q" value="rotation"' in content
    assert '<label for="practice-search-text">Search practices</label>' in content
    assert "<legend>Key factor</legend>" in content and "<legend>Region</legend>" in content
    assert facet_checkbox(content, "key_factor", "8") == {
        "checked": False,
        "label": '8. Human Resource Management <span class="facet__count">(1)</span>',
    }
    assert re.search(r'<p class="practice-card__snippet" lang="en">[^<]*<mark>Rotat', content, re.I)
    assert "1 practice matches “rotation”" in content
    assert titles(response) == {sample_practices["rotation"].title}


def test_facet_counts_describe_the_hits_a_click_would_give(client, practice_index, sample_practices):
    content = page(client, practice_index).content.decode()
    assert facet_checkbox(content, "region", "WCA")["label"].endswith("(3)</span>")
    assert facet_checkbox(content, "region", "EUR")["label"].endswith("(1)</span>")
    assert facet_checkbox(content, "key_factor", "4")["label"].endswith("(2)</span>")
    assert len(titles(page(client, practice_index, region="WCA"))) == 3
    assert len(titles(page(client, practice_index, key_factor="4"))) == 2


def test_filters_combine_through_the_url_and_show_as_removable_choices(client, practice_index, sample_practices):
    response = client.get(f"{practice_index.url}?key_factor=4&key_factor=6&region=WCA&language=en")
    assert titles(response) == {sample_practices["payment"].title, sample_practices["declarations"].title}
    content = response.content.decode()
    assert facet_checkbox(content, "key_factor", "4")["checked"]
    assert facet_checkbox(content, "key_factor", "6")["checked"]
    assert not facet_checkbox(content, "key_factor", "3")["checked"]
    removal = re.search(
        r'<a class="chip" href="([^"]+)"><span class="visually-hidden">Remove filter</span> Region', content
    )
    assert removal.group(1).replace("&amp;", "&") == f"{practice_index.url}?key_factor=4&key_factor=6&language=en"
    assert f'<a href="{practice_index.url}">Clear all filters</a>' in content


def test_clearing_filters_keeps_the_words(client, practice_index, sample_practices):
    content = page(client, practice_index, q="payment", year="2021", sort="date").content.decode()
    assert f'<a href="{practice_index.url}?q=payment&amp;sort=date">Clear all filters</a>' in content
    assert '<option value="date" selected>Newest first</option>' in content


def test_pagination_links_keep_the_words_filters_and_sort(client, practice_index, sample_practices):
    for number in range(21):
        PracticePageFactory(parent=practice_index, title=f"Cashless payment {number}", key_factors=[4])
    index_practices()
    first = page(client, practice_index, q="payment", key_factor="4", sort="date")
    assert first.context["results"].total == 23
    expected_next = f"{practice_index.url}?q=payment&amp;key_factor=4&amp;sort=date&amp;page=2"
    assert f'<a rel="next" href="{expected_next}">Next page</a>' in first.content.decode()
    second = page(client, practice_index, q="payment", key_factor="4", sort="date", page="2")
    assert len(titles(second)) == 3
    assert not titles(first) & titles(second)
    assert 'rel="prev" href="/en/practices/?q=payment&amp;key_factor=4&amp;sort=date"' in second.content.decode()


def test_invalid_parameters_are_explained_and_the_rest_still_searches(client, practice_index, sample_practices):
    response = page(client, practice_index, region="WCA", year="twenty", key_factor="42", sort="best")
    content = response.content.decode()
    assert '<div class="form-errors" role="alert">' in content
    assert "“twenty” is not a whole number." in content
    assert "Key factors are numbered from 1 to 10." in content
    assert "Sort by “relevance” or “date”." in content
    assert len(titles(response)) == 3


def test_overlong_text_is_cut_and_explained(client, practice_index, sample_practices):
    content = page(client, practice_index, q="rotation " * 60).content.decode()
    assert "The search text is too long: use at most 200 characters." in content


def test_a_misspelt_search_offers_a_corrected_link(client, practice_index, sample_practices):
    response = page(client, practice_index, q="rotaton", region="EUR")
    assert response.context["results"].suggestion == "rotation"
    assert f'Did you mean <a href="{practice_index.url}?q=rotation&amp;region=EUR">rotation</a>?' in (
        response.content.decode()
    )


def test_no_results_say_so_and_suggest_a_way_out(client, practice_index, sample_practices):
    content = page(client, practice_index, q="zeppelin", tag="e-payment").content.decode()
    assert "No practice matches this search." in content
    assert "Check the spelling" in content
    assert f'<a href="{practice_index.url}?q=zeppelin">Search again without filters</a>' in content
    assert f'<a href="{practice_index.url}">Browse all practices</a>' in content


def test_coordinators_only_practices_stay_out_of_hits_and_counts_for_visitors(
    client, practice_index, sample_practices, coordinator
):
    visitor_content = page(client, practice_index).content.decode()
    assert SECRET_TITLE not in visitor_content
    assert facet_checkbox(visitor_content, "tag", "integrity-testing") is None
    assert facet_checkbox(visitor_content, "key_factor", "6")["label"].endswith("(1)</span>")
    client.force_login(coordinator)
    coordinator_content = page(client, practice_index).content.decode()
    assert SECRET_TITLE in coordinator_content
    assert facet_checkbox(coordinator_content, "key_factor", "6")["label"].endswith("(2)</span>")
    # The coordinators-only practice, and it alone, is marked as not public.
    assert coordinator_content.count('<strong class="badge">Not public</strong>') == 1
    assert "Not public" not in visitor_content


def test_text_from_practices_is_escaped_and_only_the_highlights_are_markup(client, practice_index):
    PracticePageFactory(
        parent=practice_index,
        title="<script>alert('title')</script> Rotation",
        summary="Rotation <img src=x onerror=alert('summary')> of officers",
    )
    index_practices()
    content = page(client, practice_index, q="rotation").content.decode()
    assert "<script>alert" not in content and "<img src=x" not in content
    assert "&lt;script&gt;alert(" in content
    assert "<mark>" in content.lower()


def test_the_page_works_without_script_and_enhances_with_an_external_one(client, practice_index, sample_practices):
    content = page(client, practice_index).content.decode()
    assert re.search(r'<form class="practice-search" method="get" action="/en/practices/">', content)
    assert '<button type="submit">Search</button>' in content
    assert '<button type="submit">Apply filters</button>' in content
    assert 'data-autocomplete-url="/api/practices/autocomplete"' in content
    scripts = re.findall(r"<script([^>]*)>", content)
    assert scripts == [
        ' src="/static/js/site-menu.js" defer',
        ' src="/static/js/practice-search.js" defer',
        ' src="/static/js/practice-filters.js" defer',
    ]


def test_the_filters_fold_into_a_panel_that_counts_the_active_ones(client, practice_index, sample_practices):
    """On a phone every facet once came before the first result: now they fold away, results follow."""
    plain = page(client, practice_index).content.decode()
    assert re.search(r'<details class="filter-panel" id="practice-filters">\s*<summary', plain)
    assert "filter-panel__count" not in plain

    content = page(client, practice_index, region=["WCA", "EUR"], year="2021").content.decode()
    summary = re.search(r'<details class="filter-panel"[^>]*>\s*<summary[^>]*>(.*?)</summary>', content, re.S).group(1)
    assert '<span class="filter-panel__count">3 active</span>' in summary
    # The box, then the folded filters (with their one Apply button), then the results.
    markers = ('id="practice-search-text"', '<details class="filter-panel"', "Apply filters", 'id="results-heading"')
    order = [content.index(marker) for marker in markers]
    assert order == sorted(order)


@override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9", ELASTICSEARCH_TIMEOUT=1)
def test_an_elasticsearch_outage_answers_from_the_database_and_says_so(client, practice_index, sample_practices):
    response = page(client, practice_index, q="rotation")
    assert response.context["results"].degraded
    assert titles(response) == {sample_practices["rotation"].title}
    assert "Search is running in reduced mode" in response.content.decode()
