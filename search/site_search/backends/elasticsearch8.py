"""Wagtail's Elasticsearch 8 backend, with each page's text in a field analysed in the page's language.

Wagtail copies every searchable field into `_all_text` (and `_all_text_boost_N`
for boosted ones, the title) and searches those, with one analyser for every
page. Here each document also carries that same text in `_all_text_<language>`
(and `_all_text_boost_N_<language>`) for its own language only, a field whose
analyser stems in that language; a query is matched against its language's
fields, so the reader's words are stemmed like the page's and a page is never
stemmed in another language. A query that names no language (the admin's)
is matched against every language's fields: each page by its own analyser.
One index and one mapping for all languages: `update_index` builds it as before.
"""

import copy
import logging
from functools import cached_property

from modelsearch.backends.elasticsearchbase import Field
from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
    Elasticsearch8SearchResults,
)
from wagtail.search.utils import deep_update

from integrityhub.settings.page_search_index import FRENCH_ELIDED_ARTICLES

from .languages import SEARCH_LANGUAGES, LanguageQueryCompilerMixin, language_of, load_locales

logger = logging.getLogger(__name__)

# Snowball stemmers, as on the database backend. French and Spanish stem before folding accents, English after.
LANGUAGE_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "stemmed_fr_elision": {"type": "elision", "articles_case": True, "articles": FRENCH_ELIDED_ARTICLES},
                "stemmed_en_snowball": {"type": "stemmer", "language": "porter2"},
                "stemmed_fr_snowball": {"type": "stemmer", "language": "french"},
                "stemmed_es_snowball": {"type": "stemmer", "language": "spanish"},
            },
            "analyzer": {
                "stemmed_en": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "stemmed_en_snowball"],
                },
                "stemmed_fr": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["stemmed_fr_elision", "lowercase", "stemmed_fr_snowball", "asciifolding"],
                },
                "stemmed_es": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "stemmed_es_snowball", "asciifolding"],
                },
            },
        }
    }
}


def language_field(all_text_field, language):
    return f"{all_text_field}_{language}"


def copy_targets(field_mapping):
    targets = field_mapping.get("copy_to", [])
    return [targets] if isinstance(targets, str) else targets


def all_text_fields(properties):
    """The fields Wagtail copies searchable text into (`_all_text`, `_all_text_boost_2_0`, ...), from nested too."""
    fields = set()
    for field_mapping in properties.values():
        fields.update(copy_targets(field_mapping))
        fields.update(all_text_fields(field_mapping.get("properties", {})))
    return fields


def copied_texts(properties, document):
    """{all-text field: the document's values Wagtail's mapping copies into it}."""
    texts = {}
    for name, field_mapping in properties.items():
        value = document.get(name)
        if value is None or value == "" or value == []:
            continue
        values = value if isinstance(value, list) else [value]
        if field_mapping.get("type") == "nested":
            for nested_document in values:
                for field, nested_values in copied_texts(field_mapping["properties"], nested_document).items():
                    texts.setdefault(field, []).extend(nested_values)
        for field in copy_targets(field_mapping):
            texts.setdefault(field, []).extend(values)
    return texts


class LanguageMapping(Elasticsearch8Mapping):
    @cached_property
    def properties(self):
        return super().get_mapping()["properties"]

    def get_mapping(self):
        properties = copy.deepcopy(self.properties)
        for field in all_text_fields(self.properties):
            for language in SEARCH_LANGUAGES:
                properties[language_field(field, language)] = {"type": "text", "analyzer": f"stemmed_{language}"}
        return {"properties": properties}

    def get_document(self, obj):
        document = super().get_document(obj)
        language = language_of(obj)
        for field, values in copied_texts(self.properties, document).items():
            document[language_field(field, language)] = values
        return document


class LanguageIndex(Elasticsearch8Index):
    def add_items(self, model, items):
        """Wagtail's bulk indexing, with the items' locales (their language) fetched in one query."""
        items = list(items)
        load_locales(items)
        super().add_items(model, items)


class LanguageSearchQueryCompiler(LanguageQueryCompilerMixin, Elasticsearch8SearchQueryCompiler):
    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        """Wagtail's all-text fields, in the query's language(s); fields named by the caller stay as they are."""
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        return [
            Field(language_field(field.field_name, language), field.boost)
            for language in self.query_languages
            for field in remapped
        ]


class LanguageSearchResults(Elasticsearch8SearchResults):
    def _get_results_from_hits(self, hits):
        """Wagtail's, leaving out hits without their stored `pk`: an index Elasticsearch created on its own.

        Pages saved before `update_index` made the index are written into one
        with a dynamic mapping, which stores no `pk`; the language fields this
        backend writes are found there all the same. Wagtail's mapping found
        nothing in such an index; a search here answers without those hits
        (and says what to run) instead of failing.
        """
        stored = [hit for hit in hits if "fields" in hit]
        if len(stored) < len(hits):
            logger.warning("Site search index without its mapping: run `manage.py update_index`.")
        return super()._get_results_from_hits(stored)


class LanguageElasticsearchBackend(Elasticsearch8SearchBackend):
    results_class = LanguageSearchResults
    mapping_class = LanguageMapping
    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler
    settings = deep_update(copy.deepcopy(Elasticsearch8SearchBackend.settings), LANGUAGE_ANALYSIS)


SearchBackend = LanguageElasticsearchBackend
