"""The explicit mapping of a practice in Elasticsearch.

Facets and filters are `keyword`/`integer` fields holding the same keys a
URL carries. Text is stored twice: once in the object of the practice's own
language (`en`, `fr` or `es`, analysed with that language's stemmer and
stop words, the other two objects left empty) and once in language-neutral
fields. `locale` is the page's Wagtail locale and `reader_languages` the
languages whose readers are shown this version of the practice (its own,
and for the original those no version is in), so a query shows one version
per practice; every version holds the text of all of them in the language
objects, so any of them finds the practice.
`concepts` holds the keys of the vocabulary's concepts the practice names,
found in Python at indexing (as the database engine finds them);
`headline_concepts` those named in a title, summary or tag, so that a
concept mentioned only in a narrative can weigh less (`matching`).
`audience` says who may read it (`knowledgebase.audience`): a query keeps
the audiences its reader passes; `revision_id`, `audience` and
`last_published_at` let `check_practice_index` spot stale documents.
"""

from elasticsearch_dsl import Completion, Date, Document, InnerDoc, Integer, Keyword, MetaField, Object, Text

from . import analysis


def _language_text(language, **kwargs):
    return Text(analyzer=analysis.LANGUAGE_ANALYZERS[language], **kwargs)


def _language_object(language):
    class LanguageText(InnerDoc):
        title = _language_text(language)
        summary = _language_text(language)
        body = _language_text(language)

    LanguageText.__name__ = f"{language.capitalize()}Text"
    return Object(LanguageText)


def _neutral_text(**kwargs):
    return Text(analyzer=analysis.neutral, **kwargs)


# Facet fields build their global ordinals at refresh, not in the first search after a publish.
def _facet_keyword(**kwargs):
    return Keyword(eager_global_ordinals=True, **kwargs)


class PracticeDocument(Document):
    page_id = Integer()
    external_id = Keyword()
    translation_key = Keyword()
    locale = Keyword()
    reader_languages = Keyword()
    audience = Keyword()
    url = Keyword(index=False)
    language = _facet_keyword()
    key_factors = Integer()
    region = _facet_keyword()
    administration_slug = _facet_keyword()
    administration_name = Keyword(fields={"text": _neutral_text()})
    tags = _facet_keyword()  # slugs
    # What the administration and tag facets count: value and label as one key (`facets.LABEL_SEPARATOR`).
    administration_labelled = _facet_keyword()
    tags_labelled = _facet_keyword()
    tag_names = Keyword(
        fields={
            "text": _neutral_text(),
            "english": _language_text("en"),
            "whole": Text(analyzer=analysis.whole_tag),
        },
    )
    # Keys of the concepts the practice names in its language (`search.practices.text.concepts`).
    concepts = Keyword()
    # Those of them named in a title, summary or tag (not only in a narrative): what the practice is about.
    headline_concepts = Keyword()
    year = Integer()
    published_at = Date()
    last_published_at = Date()
    revision_id = Integer()

    # Language-neutral copies of the text: every practice fills them.
    title = _neutral_text(fields={"raw": Keyword(ignore_above=512)})
    summary = _neutral_text()
    body = _neutral_text()
    # The other live versions' title, summary and body, as written: a word only a translation holds
    # (a name, a term spelt alike) finds the practice in whatever version the reader is shown.
    other_versions = _neutral_text()
    spelling = Text(analyzer=analysis.spelling)

    en = _language_object("en")
    fr = _language_object("fr")
    es = _language_object("es")

    title_suggest = Completion(analyzer=analysis.folding, max_input_length=100)
    tag_suggest = Completion(analyzer=analysis.folding, max_input_length=100)

    class Meta:
        # A field written by mistake fails loudly instead of growing the mapping by guesswork.
        dynamic = MetaField("strict")
