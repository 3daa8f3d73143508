"""What a search text matches in the practice index, and how each match scores.

A search scores in three steps, each on fewer practices:

1. every match (`text_query`), in the request that finds them;
2. the best FEEDBACK_WINDOW (`querying`) again, exactly (`exact_query`),
   rescored in that same request;
3. those again with pseudo-relevance feedback, in a second request
   (`feedback_clause`).

The text is read in the reader's language only (`language`): its words are
stemmed by that language's analyzer and matched in the practices written
in it. Step 1 adds up:

- the words typed, over title, summary and body of the practices in the
  reader's language (and, for an English reader, the tags), weighted as one
  document (BM25F, as the database engine weighs them): each word counted
  once and weighted by its rarity, so a practice holding more of the
  query's words wins over one repeating a single word; a word no practice
  holds is searched as its correction (`querying.spelled`);
- one clause per concept of the vocabulary the query names in the
  reader's language (`search.practices.text.concepts`, found in Python as
  the database engine finds them), matching the practices carrying the
  concept's key, in any language, at PRACTICE_SEARCH_CONCEPT_WEIGHT scaled
  to Elasticsearch's scores (`concept_scale`), a practice naming it only in
  its narrative getting `body_concept_share` of it: this is how an English
  query finds a French or Spanish practice;
- the tags (always English): for an English reader as whole tags, a run
  of query words that is a practice's tag
  ("lifestyle audits" and the tag "lifestyle audit") saying what the
  practice is about far better than one word of a tag; for the others the
  words as written;
- the administration's name as written, lightly;
- typo tolerance, for the words no practice holds (`known_words`) and
  without a correction, on the language-neutral fields (stemmed terms make
  poor targets for edit distances).

Step 1 also asks for the words as written, lightly, on the language-neutral
fields (title, summary, body, the other versions, tags, administration): the exact form of a
word, in a practice of any language ("CCTV", a name). Step 2 adds a bonus for the query's words close together
in a title or summary, one per pair of neighbouring query words side by
side; and PRACTICE_SEARCH_READER_LANGUAGE_BOOST for a practice in the
reader's language, a tie-breaker. The weights are `RANKING`'s, chosen by
the relevance benchmark's cross-validation (docs/search.md).

Each step is there for speed at 100 000 practices: typo tolerance on words
spelt right cost more than the rest of the search and found nothing more;
proximity and feedback read positions and a few dozen more terms per
practice, when only the order of the first pages depends on them.
"""

import re

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from elasticsearch_dsl import Q

from ..text.query import content_words
from .analysis import TEXT_LANGUAGES

# The weights and bounds of the ranking. Each can be overridden by a key of the setting
# PRACTICE_SEARCH_ELASTIC_RANKING, so that the relevance benchmark's candidates
# (benchmarks/relevance/candidates.py) compare them by cross-validation; these are the values
# the cross-validated choice kept.
RANKING = {
    "title_boost": 3,
    "summary_boost": 2,
    "tag_boost": 3,
    # English readers: the tags as one more field of the words' document (`language_query`).
    "english_tags_with_words": True,
    "whole_tag_weight": 1,
    # Elasticsearch's BM25 gives a word in a boosted title several times what the database
    # engine's BM25F gives it; PRACTICE_SEARCH_CONCEPT_WEIGHT (shared by both engines) is
    # multiplied by this to weigh a concept against a word on Elasticsearch's scale.
    "concept_scale": 5,
    # The share of a concept's weight that a practice naming it only in its narrative gets (the
    # rest goes to a title, summary or tag naming it, `headline_concepts`); 1 weighs every mention alike.
    "body_concept_share": 0.33,
    # How rare a concept is, for both its clauses: counted over every practice carrying it, as the
    # database engine counts it (True), or per clause (False), where the headline clause counted only
    # the practices naming it in a title, summary or tag, and a concept common in narratives but
    # rarer in headlines ("customs office", "importer") weighed as a rare one there.
    "concept_rarity_over_all_carriers": False,
    # How the words' fields blend in the reader's language (cross_fields): 0 takes the best
    # field of each word alone, 1 adds them all up.
    "language_tie_breaker": 0.0,
    # The words scored as the database engine scores them, BM25F (combined_fields): each field's
    # count of a word times the field's boost, added up, then saturated once, so a word in the title
    # weighs about one and a half times one in the body, not the title boost times (cross_fields).
    "words_as_bm25f": True,
    "fuzzy_weight": 0.3,
    # A word no practice holds is searched as the known word nearest to it (`known_words.closest_word`,
    # the database engine's correction), in every clause (so it also names its concepts); typo
    # tolerance is left to the words without a correction.
    "spelling_corrections": True,
    # The edits a correction may make by the word's length (`known_words.CORRECTION_EDITS`: the fewest
    # letters for one edit, for two), and whether a word of the concept vocabulary is left as typed
    # (a word of the language the corpus lacks, "threat" or "courage", is no typo for "three" or "course").
    "correction_edits": (4, 6),
    "corrections_spare_concept_words": False,
    # The concepts the words name as typed are kept beside those of the corrected words.
    "corrections_keep_typed_concepts": True,
    "as_written_weight": 0.3,
    # The words as written scored as BM25F over the neutral fields (combined_fields), each word counted
    # once, instead of once per field holding it (most_fields).
    "as_written_as_bm25f": False,
    "proximity_weight": 1.5,
    "proximity_slop": 3,
    "feedback_documents": 4,
    "feedback_terms": 40,
    "feedback_minimum_match": "20%",
    "feedback_weight": 0.25,
    # Feedback also asks for the concepts the best matches carry (in any language).
    "feedback_concepts": False,
    # Each pair of neighbouring content words of the query found side by side (PAIR_SLOP)
    # in a title, summary or body of the reader's language, as the database engine counts them.
    "pair_weight": 0.7,
    # BM25 of every field, set when the index is created (`indexing.create_index`): Elasticsearch's defaults.
    "bm25_k1": 1.2,
    "bm25_b": 0.75,
}
# Longest run of query words tried as a whole tag ("one stop border post").
WHOLE_TAG_WORDS = 4
# No edits up to 4 letters ("pay" must not find "day"), one up to 7, two beyond.
FUZZINESS = "AUTO:5,8"
MIN_FUZZY_LENGTH = 5
# Typos rarely touch a word's first two letters, and a typo has few close spellings:
# both bounds keep the clause cheap on a large index.
FUZZY_PREFIX_LENGTH = 2
FUZZY_EXPANSIONS = 10
FEEDBACK_FIELDS = ("title", "summary", "body")
# Two neighbouring content words of a query may have two stop words between them in a
# practice ("signalement de la corruption"), where the analyzer keeps their places.
PAIR_SLOP = 2

WORD = re.compile(r"[^\W_]+")


def ranking(name):
    """The ranking value `name`: PRACTICE_SEARCH_ELASTIC_RANKING's if it sets it, else RANKING's."""
    overrides = settings.PRACTICE_SEARCH_ELASTIC_RANKING
    unknown = overrides.keys() - RANKING.keys()
    if unknown:
        raise ImproperlyConfigured(f"PRACTICE_SEARCH_ELASTIC_RANKING: unknown key(s) {', '.join(sorted(unknown))}.")
    return overrides.get(name, RANKING[name])


def neutral_fields():
    return [
        f"title^{ranking('title_boost')}",
        f"summary^{ranking('summary_boost')}",
        "body",
        "other_versions",
        f"tag_names.text^{ranking('tag_boost')}",
        "administration_name.text",
    ]


def text_fields(language):
    title, summary = ranking("title_boost"), ranking("summary_boost")
    return [f"{language}.title^{title}", f"{language}.summary^{summary}", f"{language}.body"]


def language_query(text, language):
    """The words typed over title, summary and body of the practices in the reader's `language`, scored as one document.

    cross_fields blends each word's statistics across the three fields;
    with `words_as_bm25f`, combined_fields scores them as one field (BM25F).
    With `english_tags_with_words`, an English reader's words are also
    looked for in the (English, stemmed alike) tags as a fourth field of
    that one document, so a word in a tag and a title counts once, as in
    the database engine, instead of once per clause.
    """
    fields = text_fields(language)
    if tags_with_words(language):
        fields.append(f"tag_names.english^{ranking('tag_boost')}")
    if ranking("words_as_bm25f"):
        return Q("combined_fields", query=text, fields=fields)
    return Q(
        "multi_match",
        query=text,
        type="cross_fields",
        fields=fields,
        tie_breaker=ranking("language_tie_breaker"),
    )


def concept_queries(concepts):
    """One clause per concept the query names: the practices carrying its key, in any language, weighted by rarity.

    With `body_concept_share` below 1, a practice naming the concept only in
    its narrative gets that share of the weight, and one naming it in a
    title, summary or tag the whole (a passing mention weighs less, as in
    the database engine with PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY).
    """
    weight = settings.PRACTICE_SEARCH_CONCEPT_WEIGHT * ranking("concept_scale")
    share = ranking("body_concept_share")
    if share >= 1:
        return [Q("term", concepts={"value": key, "boost": weight}) for key in concepts]
    if ranking("concept_rarity_over_all_carriers"):
        # cross_fields scores both fields with one rarity, the more common field's: `concepts`'.
        fields = [f"concepts^{weight * share}", f"headline_concepts^{weight * (1 - share)}"]
        return [Q("multi_match", query=key, type="cross_fields", fields=fields, tie_breaker=1.0) for key in concepts]
    return [
        Q(
            "bool",
            should=[
                Q("term", concepts={"value": key, "boost": weight * share}),
                Q("term", headline_concepts={"value": key, "boost": weight * (1 - share)}),
            ],
        )
        for key in concepts
    ]


def tags_with_words(language):
    """Whether the tags' words are scored with the words of the reader's `language` (`language_query`): English only."""
    return language == "en" and ranking("english_tags_with_words")


def tag_queries(text, language):
    """The tags' words, and runs of query words that are whole tags (tags are English: stemmed for English readers)."""
    if language != "en":
        return [Q("match", **{"tag_names.text": {"query": text, "boost": ranking("tag_boost")}})]
    if tags_with_words(language):
        return [whole_tag_query(text)]
    words = Q("match", **{"tag_names.english": {"query": text, "boost": ranking("tag_boost")}})
    return [words, whole_tag_query(text)]


def word_runs(text, longest=WHOLE_TAG_WORDS):
    """Every run of 1 to `longest` consecutive words of `text`, lower-cased, each once."""
    words = WORD.findall(text.lower())
    runs = (
        " ".join(words[start : start + size])
        for size in range(1, longest + 1)
        for start in range(len(words) - size + 1)
    )
    return list(dict.fromkeys(runs))


def whole_tag_query(text):
    """Practices having a tag that a run of the query's words spells out."""
    return Q(
        "bool",
        should=[Q("match", **{"tag_names.whole": run}) for run in word_runs(text)],
        boost=ranking("whole_tag_weight"),
    )


def text_query(text, language, concepts=(), likely_typos=()):
    """What the text matches, and how it scores: its words in the reader's `language`, its `concepts`, tags, typos.

    `concepts` are the keys of the concepts the query names
    (`text.query.analyse_query`); `likely_typos` the query's words no
    practice holds (`known_words.unknown_words`): only they are matched
    with typo tolerance. Every practice the query matches is a hit.
    """
    return Q(
        "bool",
        should=[
            language_query(text, language),
            *concept_queries(concepts),
            *tag_queries(text, language),
            as_written_query(text),
            *typo_queries(likely_typos),
        ],
        minimum_should_match=1,
    )


def as_written_query(text):
    """The words as written on the neutral fields, lightly: the exact form of a word, in a practice of any language.

    The query's words are stemmed in the reader's language only, which finds
    the practices written in it; a name or a word spelt alike in another
    language ("Quintavalle", "CCTV") is found here, unstemmed, in every
    practice, as the database engine finds a word stemmed alike. (Before the
    query was read in the reader's language only, the first pass asked the
    administration's name alone, each language's own fields finding the
    rest; these fields doubled the postings a broad search reads.)
    """
    if ranking("as_written_as_bm25f"):
        return Q("combined_fields", query=text, fields=neutral_fields(), boost=ranking("as_written_weight"))
    return Q("multi_match", query=text, fields=neutral_fields(), type="most_fields", boost=ranking("as_written_weight"))


def typo_queries(words):
    """Practices holding a word one or two edits away from one of `words`, on the language-neutral fields."""
    if not words:
        return []
    return [
        Q(
            "multi_match",
            query=" ".join(words),
            fields=neutral_fields(),
            type="most_fields",
            fuzziness=FUZZINESS,
            prefix_length=FUZZY_PREFIX_LENGTH,
            max_expansions=FUZZY_EXPANSIONS,
            boost=ranking("fuzzy_weight"),
        )
    ]


def proximity_clause(text, language):
    """A bonus for the query's words close together in a title or summary of a practice in the reader's `language`.

    A practice with the words close together holds every one of them, so
    the clause never finds a practice `text_query` misses: it only re-ranks.
    """
    fields = [f"{language}.title", f"{language}.summary"]
    return Q(
        "multi_match",
        query=text,
        fields=fields,
        type="phrase",
        slop=ranking("proximity_slop"),
        boost=ranking("proximity_weight"),
    )


def pair_clauses(text, language):
    """A bonus per pair of neighbouring query words found side by side in a practice in the reader's `language`.

    Like `proximity_clause`, it only re-ranks: a practice with both words
    already matches. A long query rarely has all its words close together
    anywhere; two of them ("border posts", "notes and coins") often are.
    The database engine counts such pairs the same way (`text.query.PAIR_WEIGHT`).
    """
    weight = ranking("pair_weight")
    if not weight:
        return []
    words = content_words(text)
    pairs = dict.fromkeys(f"{first} {second}" for first, second in zip(words, words[1:], strict=False))
    return [
        Q("multi_match", query=pair, fields=text_fields(language), type="phrase", slop=PAIR_SLOP, boost=weight)
        for pair in pairs
    ]


def reader_language_clause(language):
    """PRACTICE_SEARCH_READER_LANGUAGE_BOOST for a practice in the reader's `language`: a tie-breaker, not a filter."""
    return Q(
        "constant_score", filter=Q("term", language=language), boost=settings.PRACTICE_SEARCH_READER_LANGUAGE_BOOST
    )


def exact_query(text, language, concepts=(), likely_typos=()):
    """How the best matches of `text_query` are scored again: with proximity and the reader's language."""
    return Q(
        "bool",
        must=[text_query(text, language, concepts, likely_typos)],
        should=[proximity_clause(text, language), *pair_clauses(text, language), reader_language_clause(language)],
    )


def feedback_clause(liked):
    """Pseudo-relevance feedback: the best few matches (`liked`) describe the topic in the corpus's own words.

    Their most telling terms (more_like_this) make an optional clause, so
    practices on the same subject worded otherwise rise; the set of
    matches, and so totals and facets, does not change. `querying` adds it
    when re-ranking the best matches. Measured on the public queries:
    nDCG@10 0.902 with feedback, 0.891 without (recall@10 0.799 against 0.777).
    """
    fields = [f"{language}.{field}" for language in TEXT_LANGUAGES for field in FEEDBACK_FIELDS]
    if ranking("feedback_concepts"):
        fields.append("concepts")
    return Q(
        "more_like_this",
        fields=fields,
        like=liked,
        min_term_freq=1,
        min_doc_freq=2,
        max_query_terms=ranking("feedback_terms"),
        minimum_should_match=ranking("feedback_minimum_match"),
        include=True,
        boost=ranking("feedback_weight"),
    )
