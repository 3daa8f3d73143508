"""The API describes itself: an OpenAPI document whose references all resolve, and a docs page under our CSP."""

import re

import pytest

pytestmark = pytest.mark.django_db


def resolve(document, reference):
    assert reference.startswith("#/"), reference
    node = document
    for part in reference[2:].split("/"):
        node = node[part]
    return node


def references(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for item in node:
            yield from references(item)


def test_the_openapi_document_lists_both_operations_with_their_parameters(client):
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    assert document["openapi"].startswith("3.")
    assert document["info"]["title"] == "Integrity Hub API"
    search = document["paths"]["/api/practices/search"]["get"]
    assert {parameter["name"] for parameter in search["parameters"]} == {
        "q",
        "key_factor",
        "region",
        "administration",
        "tag",
        "year",
        "language",
        "sort",
        "page",
        "lang",
    }
    assert {"200", "422"} <= set(search["responses"])
    assert "get" in document["paths"]["/api/practices/autocomplete"]
    assert not [path for path in document["paths"] if path.startswith("/api/") is False]
    for reference in references(document):
        assert resolve(document, reference)
    hit = resolve(document, "#/components/schemas/HitOut")
    assert {"external_id", "title", "url", "snippet", "key_factors", "score"} <= set(hit["properties"])


def test_the_docs_page_loads_its_scripts_from_our_origin(client):
    response = client.get("/api/docs")
    assert response.status_code == 200
    assert "script-src 'self'" in response["Content-Security-Policy"]
    content = response.content.decode()
    scripts = re.findall(r"<script([^>]*)>", content)
    assert scripts
    for attributes in scripts:
        assert 'src="/static/' in attributes or 'type="application/json"' in attributes, attributes
    assert "cdn." not in content
