"""Every URL parameter the site reads, with any value: never a server error, and the answer parses.

The demo site is built once for the module (it has every kind of page);
each property picks the parameters one URL reads and sends any values, as
an old bookmark, a crawler or a hand-edited link would, anonymously and as
a coordinator. Query strings are also sent as raw bytes, which need not be
UTF-8 at all.
"""

from urllib.parse import quote, quote_from_bytes

import pytest
from django.test import Client
from hypothesis import event, given
from hypothesis import strategies as st

from elearning.models import CourseIndexPage, LessonPage
from knowledgebase.factories import make_coordinator
from knowledgebase.models import GuidePage, PracticeIndexPage, PracticePage

from .checks import assert_html_parses, assert_json_parses, assert_not_a_server_error
from .conftest import property_settings
from .strategies import hostile_text, parameter_value

PRACTICE_SEARCH = ["q", "key_factor", "region", "administration", "tag", "year", "language", "sort", "page"]
JSON = "json"
HTML = "html"
ANY = "any"


def demo_url(model, suffix=""):
    return lambda: model.objects.live().filter(locale__language_code="en").first().url + suffix


# (name, path or a function giving it, parameters it reads, what it answers)
TARGETS = [
    ("practice search page", lambda: demo_url(PracticeIndexPage)(), PRACTICE_SEARCH, HTML),
    ("practice search API", "/api/practices/search", [*PRACTICE_SEARCH, "lang"], JSON),
    ("practice autocomplete API", "/api/practices/autocomplete", ["q", "limit", "lang"], JSON),
    (
        "practices JSON",
        "/en/knowledge-base/api/practices/",
        ["key_factor", "region", "language", "year", "tag", "page"],
        JSON,
    ),
    ("tag suggestions", "/en/knowledge-base/tags/", ["q"], JSON),
    ("site search", "/en/search/", ["q", "type", "page"], HTML),
    ("course catalogue", lambda: demo_url(CourseIndexPage)(), ["key_factor", "language"], HTML),
    ("lesson scenario", lambda: demo_url(LessonPage)(), ["scenario", "choice"], HTML),
    ("guide", lambda: demo_url(GuidePage)(), ["page"], HTML),
    ("printable guide", lambda: demo_url(GuidePage, "print/")(), ["page"], HTML),
    ("practice page", lambda: demo_url(PracticePage)(), ["page"], HTML),
    ("reports", "/en/learn/reports/", ["administration"], HTML),
    ("reports export", "/en/learn/reports/export.csv", ["administration"], ANY),
    ("certificate lookup", "/en/certificates/", ["code"], HTML),
    ("two-factor next", "/en/profile/two-factor/verify/", ["next"], ANY),
    ("feed", "/en/knowledge-base/feed/", ["page"], ANY),
]

pytestmark = pytest.mark.django_db


@pytest.fixture
def coordinator(built_demo_site):
    return make_coordinator()


def query(names):
    """A query string reading `names`: as pairs encoded by the client, or as raw bytes."""
    pairs = st.lists(st.tuples(st.sampled_from(names), parameter_value), max_size=6)
    raw = st.lists(st.tuples(st.sampled_from(names), st.binary(max_size=12)), min_size=1, max_size=4).map(
        lambda items: "&".join(f"{name}={quote_from_bytes(value)}" for name, value in items)
    )
    return st.one_of(pairs, raw)


def get(client, path, parameters):
    if isinstance(parameters, str):
        return client.get(f"{path}?{parameters}")
    data = {}
    for name, value in parameters:
        data.setdefault(name, []).append(value)
    return client.get(path, data)


def check_answer(response, answers):
    assert_not_a_server_error(response)
    event(f"answered {response.status_code}")
    if response.status_code in (301, 302):
        return
    content = b"".join(response) if response.streaming else response.content
    if answers == JSON:
        body = assert_json_parses(content)
        if response.status_code == 422:
            assert body["errors"], body
    elif answers == HTML and response["Content-Type"].startswith("text/html"):
        assert_html_parses(content.decode())


@pytest.mark.parametrize(("target", "path", "names", "answers"), TARGETS, ids=[target[0] for target in TARGETS])
@property_settings
@given(data=st.data(), signed_in=st.booleans())
def test_any_parameter_value_is_answered(
    example, built_demo_site, coordinator, target, path, names, answers, data, signed_in
):
    with example():
        client = Client()
        if signed_in:
            client.force_login(coordinator)
        url = path() if callable(path) else path
        check_answer(get(client, url, data.draw(query(names))), answers)


CODE_PATHS = ["/en/certificates/{}/", "/en/certificates/{}/pdf/"]


@property_settings
@given(
    code=st.one_of(hostile_text, st.binary(min_size=1, max_size=12)),
    template=st.sampled_from(CODE_PATHS),
    signed_in=st.booleans(),
)
def test_any_certificate_code_in_the_path_is_answered(example, built_demo_site, coordinator, code, template, signed_in):
    with example():
        client = Client()
        if signed_in:
            client.force_login(coordinator)
        encoded = quote_from_bytes(code, safe="") if isinstance(code, bytes) else quote(code, safe="")
        response = client.get(template.format(encoded or "-"), follow=True)
        check_answer(response, HTML)


SUFFIXES = ["", "search/", "knowledge-base/feed/", "certificates/", "learn/", "profile/", "accounts/login/"]


@property_settings
@given(
    prefix=st.one_of(
        st.sampled_from(["en", "fr", "es", "EN", "en-us", "fr-CA", "zh-hans", "de", "xx", ""]), hostile_text
    ),
    suffix=st.sampled_from(SUFFIXES),
)
def test_any_language_prefix_is_answered(example, built_demo_site, prefix, suffix):
    with example():
        response = Client().get(f"/{quote(prefix, safe='')}/{suffix}", follow=True)
        check_answer(response, HTML)
