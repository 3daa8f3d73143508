"""How practice text is cut into searchable terms, per language.

Each of the site's languages gets one analyzer (its stop words, its
stemmer, accent folding), used to index the practices written in it and
to read a query in the reader's language: no text is stemmed in another
language than its own. Meaning crosses languages through the concept
vocabulary (`search.practices.text.concepts`): indexing stores the keys of
the concepts a practice names in a keyword field, and a query asks for the
concepts it names in the reader's language (`matching.concept_queries`).

A language-neutral analyzer (lower case and accent folding only) serves
the fields every practice fills, whatever its language; it is the field
typo tolerance (fuzzy matching) runs on, since stemmed terms make poor
targets for edit distances.
"""

from elasticsearch_dsl import analyzer, char_filter, token_filter

TEXT_LANGUAGES = ("en", "fr", "es")

FRENCH_ELIDED_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

_LANGUAGE_CHAINS = {
    "en": [
        "lowercase",
        token_filter("english_possessive", type="stemmer", language="possessive_english"),
        token_filter("english_stop", type="stop", stopwords="_english_"),
        "asciifolding",
        token_filter("english_stemmer", type="stemmer", language="english"),
    ],
    "fr": [
        token_filter("french_elision", type="elision", articles_case=True, articles=FRENCH_ELIDED_ARTICLES),
        "lowercase",
        token_filter("french_stop", type="stop", stopwords="_french_"),
        "asciifolding",
        token_filter("french_stemmer", type="stemmer", language="light_french"),
    ],
    "es": [
        "lowercase",
        token_filter("spanish_stop", type="stop", stopwords="_spanish_"),
        "asciifolding",
        token_filter("spanish_stemmer", type="stemmer", language="light_spanish"),
    ],
}

LANGUAGE_ANALYZERS = {
    language: analyzer(f"{language}_text", tokenizer="standard", filter=chain)
    for language, chain in _LANGUAGE_CHAINS.items()
}


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

# Autocomplete matches what is typed letter by letter, stop words included.
folding = analyzer("folding", tokenizer="standard", filter=["lowercase", "asciifolding"])

# "Did you mean": the phrase suggester scores corrections with word pairs
# and triples, so it needs a field holding them.
spelling = analyzer(
    "spelling_shingles",
    tokenizer="standard",
    filter=["lowercase", token_filter("spelling_shingle", type="shingle", min_shingle_size=2, max_shingle_size=3)],
)
