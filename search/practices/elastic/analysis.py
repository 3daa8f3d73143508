"""How practice text is cut into searchable terms, per language.

Each of the site's languages gets an index analyzer (its stop words, its
stemmer, accent folding) and a search analyzer that is the same chain with
the synonym groups of `search/synonyms.txt` inserted, so synonyms are
applied when a query is read and editors can change them with a rebuild
but no re-analysis of stored text. The synonym filter sits before stop
words and stemming: rules are matched on the words as written (lower-cased),
and multi-word rules such as "declaration of assets" keep their stop words.
That filter serves the proximity clause; how much a
synonym group adds to a practice's score is `matching`'s (one bounded
clause per group, found on stems).

A language-neutral analyzer (lower case and accent folding only) serves
the fields every practice fills, whatever its language; it is the field
typo tolerance (fuzzy matching) runs on, since stemmed terms make poor
targets for edit distances.
"""

import hashlib

from elasticsearch_dsl import analyzer, char_filter, token_filter

from search.vocabulary import synonym_groups

TEXT_LANGUAGES = ("en", "fr", "es")

FRENCH_ELIDED_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]


def synonym_rules():
    """One Solr-format rule per group of `search/synonyms.txt`."""
    return [", ".join(group) for group in synonym_groups()]


synonyms = token_filter(
    "practice_synonyms",
    type="synonym_graph",
    # A rule whose terms all analyse away is skipped, not fatal: an editor's
    # line should never stop the index from being created.
    lenient=True,
    synonyms=synonym_rules(),
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


def concept_token(group):
    """The term standing for a synonym group in the `.concepts` fields: digits, which no filter of a chain alters."""
    digest = hashlib.sha1("\n".join(group).encode("utf-8")).hexdigest()  # noqa: S324 - a name, not a secret  # nosec B324
    return str(int(digest[:12], 16))


CONCEPT_TOKENS = [concept_token(group) for group in synonym_groups()]

# Each practice's text also as the synonym groups it names, one term per group: the
# language's chain (so "border posts" and "border post" are one), then every term of a
# group replaced by the group's token, then nothing but those tokens kept. A search asks
# for a group as that one term, where asking for each of its terms (phrases among them,
# in three languages) was most of the cost of a broad search: a dozen terms' postings and
# positions read for every practice holding common words.
_concepts = token_filter(
    "practice_concepts",
    type="synonym",
    lenient=True,
    synonyms=[f"{', '.join(group)} => {concept_token(group)}" for group in synonym_groups()],
)
_only_concepts = token_filter("only_concepts", type="keep", keep_words=CONCEPT_TOKENS or ["0"])
CONCEPT_ANALYZERS = {
    language: analyzer(
        f"{language}_concepts", tokenizer="standard", filter=[*before, *after, _concepts, _only_concepts]
    )
    for language, (before, after) in _LANGUAGE_CHAINS.items()
}


def concepts_analyzer_name(language):
    return CONCEPT_ANALYZERS[language]._name


def index_analyzer_name(language):
    """The analyzer of `language`'s text without synonyms: a query naming it matches the words as typed."""
    return LANGUAGE_ANALYZERS[language][0]._name


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

# A tag as one term: "Customs brokers" and "customs-broker" are both "customs broker", so a
# query can ask whether it names a whole tag (matching.py's whole-tag clause) rather than
# one of its words. The last word is stemmed (English: tags are always English), which is
# where a tag's plural or verb form sits ("lifestyle audits" → "lifestyle audit").
TAG_SEPARATORS = "-‐–—/_.,;:'’()&+"
_tag_separators = char_filter(
    "tag_separators", type="mapping", mappings=[f"{separator} => \\u0020" for separator in TAG_SEPARATORS]
)
_whole_tag_before = ["lowercase", "asciifolding", "trim"]
_whole_tag_stemmer = token_filter("whole_tag_stemmer", type="stemmer", language="english")
whole_tag = analyzer(
    "whole_tag", tokenizer="keyword", char_filter=[_tag_separators], filter=[*_whole_tag_before, _whole_tag_stemmer]
)
# Searching, a run of query words that is a synonym of a tag names that tag too ("electronic payment" → "e-payment").
whole_tag_search = analyzer(
    "whole_tag_search",
    tokenizer="keyword",
    char_filter=[_tag_separators],
    filter=[
        *_whole_tag_before,
        token_filter(
            "whole_tag_synonyms",
            type="synonym",
            lenient=True,
            synonyms=synonym_rules(),
        ),
        _whole_tag_stemmer,
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
