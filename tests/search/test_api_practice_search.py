"""GET /api/practices/search and /api/practices/autocomplete: shape, filters, visibility, errors, labels."""

import pytest

from search.practices.contract import FACETS
from tests.search.page_fixtures import *  # noqa: F403 - fixtures
from tests.search.page_fixtures import SECRET_TITLE

pytestmark = pytest.mark.django_db

SEARCH = "/api/practices/search"
AUTOCOMPLETE = "/api/practices/autocomplete"
HIT_FIELDS = {
    "external_id",
    "title",
    "url",
    "snippet",
    "key_factors",
    "region",
    "administration",
    "year",
    "language",
    "score",
    "restricted",
}


def search(client, **parameters):
    response = client.get(SEARCH, parameters)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/json; charset=utf-8"
    return response.json()


def titles(answer):
    return {hit["title"] for hit in answer["hits"]}


def counts(answer, facet):
    return {value["value"]: value["count"] for value in answer["facets"].get(facet, [])}


def test_a_search_answers_hits_facets_and_totals(client, sample_practices):
    answer = search(client, q="rotation")
    assert set(answer) == {"total", "page", "page_count", "hits", "facets", "suggestion", "engine", "degraded"}
    assert answer["total"] == len(answer["hits"]) >= 1
    assert (answer["page"], answer["page_count"], answer["degraded"]) == (1, 1, False)
    first = answer["hits"][0]
    assert set(first) == HIT_FIELDS
    assert first["title"] == sample_practices["rotation"].title
    assert first["url"] == f"http://testserver{sample_practices['rotation'].url}"
    assert first["key_factors"] == [{"number": 8, "name": "Human Resource Management"}]
    assert (first["region"], first["administration"], first["year"], first["language"]) == (
        "EUR",
        "Dutch Customs",
        2019,
        "en",
    )
    assert "<mark>" in first["snippet"].lower()
    assert set(answer["facets"]) <= set(FACETS)
    for values in answer["facets"].values():
        for value in values:
            assert set(value) == {"value", "label", "count", "selected"}


def test_filters_combine_and_across_facets_or_within_one(client, sample_practices):
    assert titles(search(client, key_factor="4", region="WCA")) == {
        sample_practices["payment"].title,
        sample_practices["french"].title,
    }
    assert titles(search(client, key_factor=["4", "8"], language="en")) == {
        sample_practices["payment"].title,
        sample_practices["rotation"].title,
    }
    answer = search(client, year="2021", tag="e-payment")
    assert answer["total"] == 2
    assert {value["value"] for value in answer["facets"]["year"] if value["selected"]} == {"2021"}


def test_anonymous_callers_never_learn_of_coordinators_only_practices(client, sample_practices):
    everything = search(client)
    assert SECRET_TITLE not in titles(everything)
    assert everything["total"] == 4
    assert counts(everything, "key_factor").get("6") == 1
    assert "2022" not in counts(everything, "year")
    assert "integrity-testing" not in counts(everything, "tag")
    assert SECRET_TITLE not in titles(search(client, q="integrity testing airport"))
    completions = client.get(AUTOCOMPLETE, {"q": "Integrity test"}).json()["completions"]
    assert SECRET_TITLE not in {completion["text"] for completion in completions}


def test_a_signed_in_coordinator_finds_them_through_the_session_cookie(client, sample_practices, coordinator):
    client.force_login(coordinator)
    everything = search(client)
    assert SECRET_TITLE in titles(everything)
    assert everything["total"] == 5
    assert counts(everything, "key_factor").get("6") == 2
    assert counts(everything, "year").get("2022") == 1
    completions = client.get(AUTOCOMPLETE, {"q": "Integrity test"}).json()["completions"]
    assert SECRET_TITLE in {completion["text"] for completion in completions}


@pytest.mark.parametrize(
    ("parameters", "named"),
    [
        ({"year": "abc"}, ["year"]),
        ({"key_factor": ["4", "11"], "sort": "popular"}, ["key_factor", "sort"]),
        ({"q": "x" * 201}, ["q"]),
        ({"page": "0"}, ["page"]),
        ({"lang": "de"}, ["lang"]),
    ],
)
def test_bad_parameters_are_refused_with_422_and_named(client, sample_practices, parameters, named):
    response = client.get(SEARCH, parameters)
    assert response.status_code == 422
    body = response.json()
    assert [error["parameter"] for error in body["errors"]] == named
    assert all(error["message"] for error in body["errors"])
    assert all(name in body["detail"] for name in named)


def test_labels_follow_lang_then_accept_language(client, sample_practices):
    def automation_label(**headers_and_parameters):
        headers = {key: value for key, value in headers_and_parameters.items() if key.startswith("HTTP_")}
        parameters = {key: value for key, value in headers_and_parameters.items() if not key.startswith("HTTP_")}
        answer = client.get(SEARCH, {"key_factor": "4", **parameters}, **headers).json()
        facet = {value["value"]: value["label"] for value in answer["facets"]["key_factor"]}
        hit_names = {factor["name"] for hit in answer["hits"] for factor in hit["key_factors"] if factor["number"] == 4}
        assert hit_names == {facet["4"]}
        return facet["4"]

    assert "Automation" in automation_label()
    assert "Automatisation" in automation_label(lang="fr")
    assert "Automatización" in automation_label(HTTP_ACCEPT_LANGUAGE="es")
    assert "Automation" in automation_label(lang="en", HTTP_ACCEPT_LANGUAGE="es")


def test_autocomplete_offers_titles_with_absolute_links(client, sample_practices):
    response = client.get(AUTOCOMPLETE, {"q": "Electronic pay"})
    assert response.status_code == 200
    completions = response.json()["completions"]
    titles = [completion for completion in completions if completion["kind"] == "title"]
    assert titles[0]["text"] == sample_practices["payment"].title
    assert titles[0]["url"] == f"http://testserver{sample_practices['payment'].url}"
    assert client.get(AUTOCOMPLETE, {"q": "  "}).json() == {"completions": []}


@pytest.mark.parametrize("parameters", [{"q": "pay", "limit": "0"}, {"q": "pay", "limit": "many"}, {"q": "p" * 201}])
def test_autocomplete_refuses_bad_parameters(client, sample_practices, parameters):
    response = client.get(AUTOCOMPLETE, parameters)
    assert response.status_code == 422
    assert response.json()["errors"]


def test_the_api_is_read_only_and_not_language_prefixed(client, sample_practices):
    assert client.post(SEARCH, {"q": "rotation"}).status_code == 405
    assert client.get(f"/en{SEARCH}/").status_code == 404
