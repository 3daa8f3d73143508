"""The search page and the API read the same parameters through one parser; every mistake is named."""

from django.http import QueryDict

from search.practices.contract import SORT_DATE, PracticeQuery
from search.query_params import MAX_PAGE, MAX_TEXT_LENGTH, MAX_VALUES_PER_FILTER, parse_practice_query


def parse(query_string):
    return parse_practice_query(QueryDict(query_string))


def problem_parameters(parsed):
    return [problem.parameter for problem in parsed.problems]


def test_no_parameters_ask_for_every_practice():
    parsed = parse("")
    assert parsed.query == PracticeQuery()
    assert parsed.problems == ()


def test_every_filter_repeats_and_keeps_each_value_once():
    parsed = parse(
        "q=+staff++rotation+&key_factor=8&key_factor=6&key_factor=8&region=eur&region=WCA"
        "&administration=ghana-revenue-authority&tag=Staff+Rotation&tag=e-payment&year=2019&year=2021"
        "&language=FR&sort=date&page=3&utm_source=newsletter"
    )
    assert parsed.problems == ()
    assert parsed.query == PracticeQuery(
        text="staff rotation",
        key_factors=(8, 6),
        regions=("EUR", "WCA"),
        administrations=("ghana-revenue-authority",),
        tags=("staff-rotation", "e-payment"),
        years=(2019, 2021),
        languages=("fr",),
        sort=SORT_DATE,
        page=3,
    )


def test_accented_tags_keep_their_letters():
    assert parse("tag=Déclaration+de+patrimoine").query.tags == ("déclaration-de-patrimoine",)


def test_bad_values_are_dropped_and_each_is_explained():
    parsed = parse(
        "key_factor=0&key_factor=4&key_factor=x&region=E1&administration=Ghana!&tag=%21%21&year=1200"
        "&year=2020&language=de&sort=popular&page=-1"
    )
    assert parsed.query.key_factors == (4,)
    assert parsed.query.years == (2020,)
    assert parsed.query.regions == () and parsed.query.administrations == () and parsed.query.tags == ()
    assert parsed.query.languages == ()
    assert parsed.query.sort == "relevance" and parsed.query.page == 1
    assert problem_parameters(parsed) == [
        "key_factor",
        "key_factor",
        "region",
        "administration",
        "tag",
        "year",
        "language",
        "sort",
        "page",
    ]
    messages = [problem.message for problem in parsed.problems]
    assert "Key factors are numbered from 1 to 10." in messages
    assert "“x” is not a whole number." in messages
    assert "Sort by “relevance” or “date”." in messages


def test_long_text_is_cut_at_a_word_and_reported():
    parsed = parse("q=" + "corruption " * 40)
    assert len(parsed.query.text) <= MAX_TEXT_LENGTH
    assert parsed.query.text.endswith("corruption")
    assert problem_parameters(parsed) == ["q"]


def test_too_many_values_and_pages_beyond_the_limit_are_refused():
    many_years = "&".join(f"year={2000 + offset}" for offset in range(MAX_VALUES_PER_FILTER + 1))
    parsed = parse(f"{many_years}&page={MAX_PAGE + 1}")
    assert len(parsed.query.years) == MAX_VALUES_PER_FILTER
    assert parsed.query.page == 1
    assert problem_parameters(parsed) == ["year", "page"]


def test_a_single_valued_parameter_given_twice_is_refused():
    parsed = parse("sort=date&sort=relevance")
    assert parsed.query.sort == "relevance"
    assert problem_parameters(parsed) == ["sort"]


def test_plain_dictionaries_of_lists_work_like_query_strings():
    parsed = parse_practice_query({"q": ["bribery"], "key_factor": ["6", "7"], "page": ["2"]})
    assert parsed.query == PracticeQuery(text="bribery", key_factors=(6, 7), page=2)
