"""The public JSON API (django-ninja), mounted at /api/ outside the language prefix.

Read-only GETs. A caller is whoever the site's session cookie says it is,
so a signed-in coordinator sees coordinators-only practices and an anonymous
caller gets public results; nothing here answers 401. Parameters are read by
the same parser as the search page (`search.query_params`), so the page and
the API accept exactly the same URLs, and a bad value is a 422 whose JSON
names the parameter and says what is wrong.

Labels (key factor names, facet labels) follow `?lang=` when given, else the
Accept-Language header (Django's LocaleMiddleware), else English.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError as NinjaValidationError

from knowledgebase.models import key_factor_names

from .practices.contract import FACETS
from .practices.service import complete_practices, search_practices
from .query_params import MAX_TEXT_LENGTH, ParameterProblem, parse_practice_query

MAX_COMPLETIONS = 20
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

api = NinjaAPI(
    title="Integrity Hub API",
    version="1",
    description=(
        "Read-only search over the best-practice exchange. Callers signed in to the site (session cookie) "
        "see what they may read on the site; anonymous callers see public practices."
    ),
    urls_namespace="api",
)


class ParameterProblemOut(Schema):
    parameter: str
    value: str
    message: str


class ErrorOut(Schema):
    detail: str
    errors: list[ParameterProblemOut]


class KeyFactorOut(Schema):
    number: int
    name: str


class HitOut(Schema):
    external_id: str
    title: str
    url: str = Field(description="Absolute URL of the practice page.")
    snippet: str = Field(description="HTML: the matching passage, matched words in <mark>, everything else escaped.")
    key_factors: list[KeyFactorOut]
    region: str = Field(description="WCO region code, empty if none.")
    administration: str
    year: int | None
    language: str
    score: float
    restricted: bool = Field(description="True when the practice is not public (shared with coordinators only).")


class FacetValueOut(Schema):
    value: str = Field(description="The value to pass back as this facet's filter parameter.")
    label: str
    count: int
    selected: bool


class SearchOut(Schema):
    total: int
    page: int
    page_count: int
    hits: list[HitOut]
    facets: dict[str, list[FacetValueOut]] = Field(description=f"Keyed by facet: {', '.join(FACETS)}.")
    suggestion: str | None = Field(description="A corrected query when the words look misspelt.")
    engine: str = Field(description="elasticsearch or database.")
    degraded: bool = Field(description="True when Elasticsearch did not answer and the database answered instead.")


class CompletionOut(Schema):
    text: str
    kind: str = Field(description="title or tag.")
    url: str = Field(description="Absolute URL of the practice for a title; empty for a tag.")


class AutocompleteOut(Schema):
    completions: list[CompletionOut]


LANG_DESCRIPTION = f"Language of labels: {', '.join(LANGUAGE_CODES)}. Default: the Accept-Language header."


class SearchParameters(Schema):
    """Documented as strings on purpose: `search.query_params` checks them and explains any mistake."""

    q: str = Field("", description=f"Words to search for, at most {MAX_TEXT_LENGTH} characters.")
    key_factor: list[str] = Field([], description="Key factor number, 1–10. Repeat for any of several.")
    region: list[str] = Field([], description="WCO region code, such as EUR. Repeatable.")
    administration: list[str] = Field([], description="Administration short name (slug). Repeatable.")
    tag: list[str] = Field([], description="Tag slug or name. Repeatable.")
    year: list[str] = Field([], description="Year the practice started. Repeatable.")
    language: list[str] = Field([], description=f"Language of the practice: {', '.join(LANGUAGE_CODES)}. Repeatable.")
    sort: str = Field("relevance", description="relevance or date (newest first).")
    page: str = Field("1", description="Page number, from 1; 20 hits a page.")
    lang: str = Field("", description=LANG_DESCRIPTION)


class AutocompleteParameters(Schema):
    q: str = Field("", description="The beginning of a title or tag.")
    limit: str = Field("8", description=f"How many completions, 1–{MAX_COMPLETIONS}.")
    lang: str = Field("", description=LANG_DESCRIPTION)


class ParameterError(Exception):
    def __init__(self, problems):
        self.problems = problems
        super().__init__(problems)


@api.exception_handler(ParameterError)
def refuse_bad_parameters(request, error):
    return api.create_response(
        request,
        {
            "detail": _("Some parameters are not valid: %(names)s.")
            % {"names": ", ".join(dict.fromkeys(problem.parameter for problem in error.problems))},
            "errors": [vars(problem) for problem in error.problems],
        },
        status=422,
    )


@api.exception_handler(NinjaValidationError)
def refuse_malformed_request(request, error):
    """Ninja's own checks (a parameter given in an unexpected shape), answered in our error format."""
    problems = [
        ParameterProblem(parameter=str(detail.get("loc", ["", "?"])[-1]), value="", message=str(detail.get("msg", "")))
        for detail in error.errors
    ]
    return refuse_bad_parameters(request, ParameterError(problems))


def reader_language(lang):
    if not lang:
        return translation.get_language()
    if lang.lower() not in LANGUAGE_CODES:
        raise ParameterError(
            [
                ParameterProblem(
                    "lang", lang, _("Choose one of the languages %(codes)s.") % {"codes": ", ".join(LANGUAGE_CODES)}
                )
            ]
        )
    return lang.lower()


@api.get(
    "/practices/search",
    response={200: SearchOut, 422: ErrorOut},
    url_name="practice_search",
    summary="Search practices",
    tags=["practices"],
)
def search(request, parameters: Query[SearchParameters]):
    """Full-text search with facets; filters combine with AND across facets and OR within one."""
    values = parameters.dict()
    with translation.override(reader_language(values.pop("lang"))):
        parsed = parse_practice_query(
            {name: value if isinstance(value, list) else [value] for name, value in values.items()}
        )
        if parsed.problems:
            raise ParameterError(parsed.problems)
        results = search_practices(parsed.query, request.user)
        names = key_factor_names() if any(hit.key_factors for hit in results.hits) else {}
        return {
            "total": results.total,
            "page": results.page,
            "page_count": results.page_count,
            "hits": [hit_as_json(request, hit, names) for hit in results.hits],
            "facets": {name: [vars(value) for value in facet] for name, facet in results.facets.items()},
            "suggestion": results.suggestion,
            "engine": results.engine,
            "degraded": results.degraded,
        }


def hit_as_json(request, hit, key_factor_names):
    return {
        "external_id": hit.external_id,
        "title": hit.title,
        "url": request.build_absolute_uri(hit.url),
        "snippet": hit.snippet,
        "key_factors": [{"number": number, "name": key_factor_names.get(number, "")} for number in hit.key_factors],
        "region": hit.region,
        "administration": hit.administration,
        "year": hit.year,
        "language": hit.language,
        "score": hit.score,
        "restricted": hit.restricted,
    }


@api.get(
    "/practices/autocomplete",
    response={200: AutocompleteOut, 422: ErrorOut},
    url_name="practice_autocomplete",
    summary="Complete a practice title or tag",
    tags=["practices"],
)
def autocomplete(request, parameters: Query[AutocompleteParameters]):
    """Titles and tags of practices the caller may read that start with `q`."""
    prefix = " ".join(parameters.q.split())
    problems = []
    if len(prefix) > MAX_TEXT_LENGTH:
        problems.append(
            ParameterProblem(
                "q", prefix[:40] + "…", _("Use at most %(count)s characters.") % {"count": MAX_TEXT_LENGTH}
            )
        )
    limit = parameters.limit.strip()
    if not (limit.isascii() and limit.isdigit() and 1 <= int(limit) <= MAX_COMPLETIONS):
        problems.append(
            ParameterProblem("limit", limit, _("Give a number from 1 to %(count)s.") % {"count": MAX_COMPLETIONS})
        )
    if problems:
        raise ParameterError(problems)
    if not prefix:
        return {"completions": []}
    with translation.override(reader_language(parameters.lang)):
        completions = complete_practices(prefix, request.user, limit=int(limit))
    return {
        "completions": [
            {"text": completion.text, "kind": completion.kind, "url": absolute(request, completion.url)}
            for completion in completions
        ]
    }


def absolute(request, url):
    return request.build_absolute_uri(url) if url else ""
