"""How practice text is cut into searchable terms, per language.

Each of the site's languages gets an index analyzer (its stop words, its
stemmer, accent folding) and a search analyzer that is the same chain with
the synonym groups of `search/synonyms.txt` inserted, so synonyms are
applied when a query is read and editors can change them with a rebuild
but no re-analysis of stored text. The synonym filter sits before stop
words and stemming: rules are matched on the words as written (lower-cased),
and multi-word rules such as "declaration of assets" keep their stop words.

A language-neutral analyzer (lower case and accent folding only) serves
the fields every practice fills, whatever its language; it is the field
typo tolerance (fuzzy matching) runs on, since stemmed terms make poor
targets for edit distances.
"""

from elasticsearch_dsl import analyzer, token_filter

from search.vocabulary import synonym_groups

TEXT_LANGUAGES = ("en", "fr", "es")

FRENCH_ELIDED_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

synonyms = token_filter(
    "practice_synonyms",
    type="synonym_graph",
    # A rule whose terms all analyse away is skipped, not fatal: an editor's
    # line should never stop the index from being created.
    lenient=True,
    synonyms=[", ".join(group) for group in synonym_groups()],
)

_LANGUAGE_CHAINS = {
    # language: (filters before synonyms, filters after synonyms)
    "en": (
        ["lowercase", token_filter("english_possessive", type="stemmer", language="possessive_english")],
        [
            token_filter("english_stop", type="stop", stopwords="_english_"),
            "asciifolding",
            token_filter("english_stemmer", type="stemmer", language="english"),
        ],
    ),
    "fr": (
        [
            token_filter("french_elision", type="elision", articles_case=True, articles=FRENCH_ELIDED_ARTICLES),
            "lowercase",
        ],
        [
            token_filter("french_stop", type="stop", stopwords="_french_"),
            "asciifolding",
            token_filter("french_stemmer", type="stemmer", language="light_french"),
        ],
    ),
    "es": (
        ["lowercase"],
        [
            token_filter("spanish_stop", type="stop", stopwords="_spanish_"),
            "asciifolding",
            token_filter("spanish_stemmer", type="stemmer", language="light_spanish"),
        ],
    ),
}


def _language_analyzers(language):
    before, after = _LANGUAGE_CHAINS[language]
    index_analyzer = analyzer(f"{language}_text", tokenizer="standard", filter=before + after)
    search_analyzer = analyzer(f"{language}_text_search", tokenizer="standard", filter=before + [synonyms] + after)
    return index_analyzer, search_analyzer


LANGUAGE_ANALYZERS = {language: _language_analyzers(language) for language in TEXT_LANGUAGES}

# The stop words of all three languages, so a question's "how", "les" or "para"
# do not turn into fuzzy matches of unrelated words.
neutral = analyzer(
    "neutral_text",
    tokenizer="standard",
    filter=[
        "lowercase",
        token_filter("neutral_english_stop", type="stop", stopwords="_english_"),
        token_filter("neutral_french_stop", type="stop", stopwords="_french_"),
        token_filter("neutral_spanish_stop", type="stop", stopwords="_spanish_"),
        "asciifolding",
    ],
)

# Autocomplete matches what is typed letter by letter, stop words included.
folding = analyzer("folding", tokenizer="standard", filter=["lowercase", "asciifolding"])

# "Did you mean": the phrase suggester scores corrections with word pairs
# and triples, so it needs a field holding them.
spelling = analyzer(
    "spelling_shingles",
    tokenizer="standard",
    filter=["lowercase", token_filter("spelling_shingle", type="shingle", min_shingle_size=2, max_shingle_size=3)],
)
