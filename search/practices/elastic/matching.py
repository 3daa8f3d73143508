"""What a search text matches in the practice index, and how each match scores.

A search scores in three steps, each on fewer practices:

1. every match (`text_query`), in the request that finds them;
2. the best FEEDBACK_WINDOW (`querying`) again, exactly (`exact_query`),
   rescored in that same request;
3. those again with pseudo-relevance feedback, in a second request
   (`feedback_clause`).

Step 1 adds up:

- the words typed, per language of the site (each analysed as that
  language; only the practice's own language holds text), over title,
  summary and body weighted as one document: each word counted once and
  weighted by its rarity, so a practice holding more of the query's words
  wins over one repeating a single word;
- one clause per synonym group of `search/synonyms.txt` the query names,
  at a lower weight (a synonym widens the search more than it ranks), as
  the group's one term in the `.concepts` fields (`analysis.CONCEPT_ANALYZERS`).
  Groups are found as the database engine finds them, on the stems of the
  query's words in every language, so "border posts" or "clearing agents"
  name their group as "border post" and "clearing agent" do;
- the tags (always English), word by word and as whole tags: a run of query
  words that is a practice's tag ("lifestyle audits" and the tag "lifestyle
  audit") says what the practice is about far better than one word of a tag
  ("customs" in "customs brokers");
- the administration's name as written, lightly;
- typo tolerance, for the words no practice holds (`known_words`), on the
  same fields (stemmed terms make poor targets for edit distances).

Step 2 adds the words as written, lightly, on the language-neutral fields
(title, summary, body, tags): the exact form of a word. It counts each
synonym group by its best-matching term, once (phrases for terms of
several words), instead of by the group's term, which counts
every mention of every synonym and lifted practices listing many of them
(nDCG@10 0.878 against 0.901 on the public queries); and adds a bonus for
the query's words, or their synonyms, close together in a title or summary.
Elasticsearch's own query-time synonym filter is not used for the groups'
scores: it matches rules on words as written only, and it adds up every
alternative of a group in every field.

Each step is there for speed at 100 000 practices. Asked for term by term
in three languages, phrases among them, synonyms kept Elasticsearch from
skipping any of the tens of thousands of practices holding common words;
typo tolerance on words spelt right cost more than the rest of the search
and found nothing more; proximity and feedback read positions and a few
dozen more terms per practice, when only the order of the first pages
depends on them.
"""

import re

from elasticsearch_dsl import Q

from search.practices.text.query import content_words, matched_synonym_groups

from .analysis import TEXT_LANGUAGES, concepts_analyzer_name, index_analyzer_name

TITLE_BOOST = 3
SUMMARY_BOOST = 2
TAG_BOOST = 3
# Relative to the words typed, as in the database engine: a synonym widens the search more than it ranks.
SYNONYM_WEIGHT = 0.8
WHOLE_TAG_WEIGHT = 1
# Longest run of query words tried as a whole tag ("one stop border post").
WHOLE_TAG_WORDS = 4
FUZZY_WEIGHT = 0.3
AS_WRITTEN_WEIGHT = 0.3
# No edits up to 4 letters ("pay" must not find "day"), one up to 7, two beyond.
FUZZINESS = "AUTO:5,8"
MIN_FUZZY_LENGTH = 5
# Typos rarely touch a word's first two letters, and a typo has few close spellings:
# both bounds keep the clause cheap on a large index.
FUZZY_PREFIX_LENGTH = 2
FUZZY_EXPANSIONS = 10
PROXIMITY_WEIGHT = 1.5
PROXIMITY_SLOP = 3
# From this many synonym groups named, the proximity phrase leaves synonyms out (`proximity_clause`).
MAX_PROXIMITY_GROUPS = 2
FEEDBACK_DOCUMENTS = 2
FEEDBACK_FIELDS = ("title", "summary", "body")
FEEDBACK_TERMS = 40
FEEDBACK_MINIMUM_MATCH = "20%"
FEEDBACK_WEIGHT = 0.25

WORD = re.compile(r"[^\W_]+")


def neutral_fields():
    return [
        f"title^{TITLE_BOOST}",
        f"summary^{SUMMARY_BOOST}",
        "body",
        f"tag_names.text^{TAG_BOOST}",
        "administration_name.text",
    ]


def text_fields(language, subfield=""):
    return [
        f"{language}.title{subfield}^{TITLE_BOOST}",
        f"{language}.summary{subfield}^{SUMMARY_BOOST}",
        f"{language}.body{subfield}",
    ]


def language_queries(text):
    """Per language, the words typed over title, summary and body, scored as one document.

    The fields' search analyzer applies the synonyms (for the proximity
    clause), so the clause names the index analyzer instead; cross_fields blends each
    word's statistics across the three fields.
    """
    return [
        Q(
            "multi_match",
            query=text,
            type="cross_fields",
            analyzer=index_analyzer_name(language),
            fields=text_fields(language),
        )
        for language in TEXT_LANGUAGES
    ]


def synonym_queries(text, exact):
    """One clause per synonym group the query names: the group as one term, or (`exact`) the best of its terms."""
    groups = matched_synonym_groups(content_words(text))
    if not exact:
        return [concept_query(group) for group in groups]
    return [
        Q("dis_max", queries=[query for term in group for query in term_queries(term)], boost=SYNONYM_WEIGHT)
        for group in groups
    ]


def concept_query(group):
    """Practices naming the group in their text or tags, as its token (`analysis.CONCEPT_ANALYZERS`).

    The group's first term, read by each language's concepts analyzer,
    becomes the group's token there. A practice naming the group's terms
    often scores higher, up to BM25's saturation, where the exact clause
    counts its best term once.
    """
    term = group[0]
    return Q(
        "dis_max",
        queries=[
            *(
                Q(
                    "multi_match",
                    query=term,
                    type="cross_fields",
                    analyzer=concepts_analyzer_name(language),
                    fields=text_fields(language, subfield=".concepts"),
                )
                for language in TEXT_LANGUAGES
            ),
            Q(
                "match",
                **{"tag_names.concepts": {"query": term, "analyzer": concepts_analyzer_name("en"), "boost": TAG_BOOST}},
            ),
        ],
        boost=SYNONYM_WEIGHT,
    )


def term_queries(term):
    """A term of a synonym group in each language's text (a phrase if it has several words) and in the tags."""
    kind = "phrase" if len(WORD.findall(term)) > 1 else "cross_fields"
    in_text = [
        Q("multi_match", query=term, type=kind, analyzer=index_analyzer_name(language), fields=text_fields(language))
        for language in TEXT_LANGUAGES
    ]
    in_tags = Q(
        "match_phrase",
        **{"tag_names.english": {"query": term, "analyzer": index_analyzer_name("en"), "boost": TAG_BOOST}},
    )
    return [*in_text, in_tags]


def tag_queries(text):
    """The tags' words, and the query's runs of words that are whole tags."""
    words = Q(
        "match", **{"tag_names.english": {"query": text, "analyzer": index_analyzer_name("en"), "boost": TAG_BOOST}}
    )
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
    """Practices having a tag that a run of the query's words spells out (or a synonym of it)."""
    return Q(
        "bool",
        should=[Q("match", **{"tag_names.whole": run}) for run in word_runs(text)],
        boost=WHOLE_TAG_WEIGHT,
    )


def text_query(text, likely_typos=(), exact=False):
    """What the text matches, and how it scores: stemmed words per language and on tags, synonym groups, typos.

    `likely_typos` are the query's words no practice holds
    (`known_words.unknown_words`): only they are matched with typo
    tolerance. Every practice the query matches is a hit. The first pass
    over all of them asks for each synonym group as one term
    (`concept_query`); the best few are scored again `exact`ly, each group
    by the best of its terms, with proximity (`exact_query`) and feedback on top.
    """
    return Q(
        "bool",
        should=[
            *language_queries(text),
            *synonym_queries(text, exact),
            *tag_queries(text),
            as_written_query(text, exact),
            *typo_queries(likely_typos),
        ],
        minimum_should_match=1,
    )


def as_written_query(text, exact):
    """The words as written on the neutral fields, lightly: the exact form of a word, and the administration's name.

    The first pass asks the administration's name only: every practice's
    language is one of the site's, whose own fields already find it by
    every other word, and the neutral text fields doubled the postings a
    broad search reads. The exact score counts them all.
    """
    fields = neutral_fields() if exact else ["administration_name.text"]
    return Q("multi_match", query=text, fields=fields, type="most_fields", boost=AS_WRITTEN_WEIGHT)


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
            boost=FUZZY_WEIGHT,
        )
    ]


def proximity_clause(text):
    """A bonus for the query's words close together in a title or summary, or their synonyms when one group is named.

    A practice with the words close together holds every one of them, so
    the clause never finds a practice `text_query` misses: it only re-ranks.
    The fields' search analyzer writes the synonyms into the phrase: each
    way of reading the query becomes a phrase of its own, so two groups
    named ("staff rotation at border posts": 13 × 14 readings) made 182
    phrases in each of six fields, half the cost of a search; with two
    groups or more the phrase is the words as typed.
    """
    if len(matched_synonym_groups(content_words(text))) < MAX_PROXIMITY_GROUPS:
        fields = [f"{language}.{field}" for language in TEXT_LANGUAGES for field in ("title", "summary")]
        return Q("multi_match", query=text, fields=fields, type="phrase", slop=PROXIMITY_SLOP, boost=PROXIMITY_WEIGHT)
    as_typed = [
        Q(
            "multi_match",
            query=text,
            fields=[f"{language}.title", f"{language}.summary"],
            type="phrase",
            slop=PROXIMITY_SLOP,
            analyzer=index_analyzer_name(language),
        )
        for language in TEXT_LANGUAGES
    ]
    return Q("bool", should=as_typed, boost=PROXIMITY_WEIGHT)


def exact_query(text, likely_typos=()):
    """How the best matches of `text_query` are scored again: each synonym group by its best term, and proximity."""
    return Q("bool", must=[text_query(text, likely_typos, exact=True)], should=[proximity_clause(text)])


def feedback_clause(liked):
    """Pseudo-relevance feedback: the best few matches (`liked`) describe the topic in the corpus's own words.

    Their most telling terms (more_like_this) make an optional clause, so
    practices on the same subject worded otherwise rise; the set of
    matches, and so totals and facets, does not change. `querying` adds it
    when re-ranking the best matches. Measured on the public queries:
    nDCG@10 0.902 with feedback, 0.891 without (recall@10 0.799 against 0.777).
    """
    return Q(
        "more_like_this",
        fields=[f"{language}.{field}" for language in TEXT_LANGUAGES for field in FEEDBACK_FIELDS],
        like=liked,
        min_term_freq=1,
        min_doc_freq=2,
        max_query_terms=FEEDBACK_TERMS,
        minimum_should_match=FEEDBACK_MINIMUM_MATCH,
        include=True,
        boost=FEEDBACK_WEIGHT,
    )
