"""Writing practices to Elasticsearch: one at a time on publish, all at once on rebuild.

The index is always reached through an alias. `rebuild` writes a new,
timestamped index while the old one keeps answering, then moves the alias
in one atomic `_aliases` call and deletes the old index, so readers never
see a half-built index. `refresh_practice` runs from a background task after
publish, unpublish or delete; it logs, never raises, when Elasticsearch is
unreachable (publishing must not depend on it), and `check_practice_index`
reports what was missed.
"""

import functools
import html
import logging
import re
from collections import defaultdict
from datetime import UTC, datetime

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import slugify
from elasticsearch import ApiError, NotFoundError, TransportError, helpers
from elasticsearch_dsl import Index

from knowledgebase.audience import Audiences
from knowledgebase.models import PracticePage
from search.vocabulary import current_lexicon

from ..text.concepts import concepts_in_versions
from . import index_token, vectors
from .analysis import TEXT_LANGUAGES
from .connection import alias_name, client
from .document import PracticeDocument
from .matching import ranking

logger = logging.getLogger(__name__)

BULK_CHUNK = 200
# How long a rebuild waits for its new index to be merged into one segment before giving it up (and
# deleting it). With hybrid search on, the merge builds one HNSW graph of every vector: 6.2 minutes for
# the ~636 000 vectors of 100 000 synthetic practices on 2 shared cores (docs/benchmarks.md), which was
# 62 % of the 600 s this used to be: a busier machine or a larger site would have lost the whole rebuild.
FORCE_MERGE_TIMEOUT_SECONDS = 3 * 3600
MAX_SUGGEST_INPUTS = 12
SUGGEST_WORD_MIN_LENGTH = 4
ADMINISTRATION_SLUG_LENGTH = 220
NARRATIVE_FIELDS = ("problem", "actions", "results", "lessons_learned")


def administration_slug(name):
    """The URL key of an administration: its name, slugified (names are unique), as the database engine keys it."""
    return slugify(name)[:ADMINISTRATION_SLUG_LENGTH]


def plain_text(rich_text):
    """Rich text as words: tags dropped, entities decoded, whitespace collapsed."""
    return re.sub(r"\s+", " ", html.unescape(strip_tags(rich_text or ""))).strip()


def suggest_inputs(text):
    """The text, and the text from each later word on, so "rotation" completes "Planned staff rotation ..."."""
    words = text.split()
    inputs = [text]
    for position in range(1, len(words)):
        if len(inputs) >= MAX_SUGGEST_INPUTS:
            break
        if len(words[position]) >= SUGGEST_WORD_MIN_LENGTH:
            inputs.append(" ".join(words[position:]))
    return inputs


def practices_to_index():
    """Live practices with everything a document needs, in a fixed number of queries."""
    return (
        PracticePage.objects.live()
        .select_related("administration", "region", "locale")
        .prefetch_related("practice_key_factors__key_factor", "tags")
        .order_by("pk")
    )


class LiveVersions:
    """The live versions of practices, by translation key: which readers each is shown to, and their text.

    A practice translated by moderators is one practice. Each version's
    document holds the text of every version (in their language objects),
    so any of them finds it, and `reader_languages`, the languages whose
    readers are shown that version: its own, and for the original (the
    oldest version, its author's) every language no version is in. The
    database engine applies the same rule when it searches.
    """

    def __init__(self, translation_keys=None):
        practices = PracticePage.objects.live()
        if translation_keys is not None:
            practices = practices.filter(translation_key__in=translation_keys)
        self.versions = defaultdict(list)
        rows = practices.order_by("pk").values_list("translation_key", "pk", "locale__language_code")
        for translation_key, page_id, locale in rows:
            self.versions[str(translation_key)].append((page_id, locale))
        translated = [page_id for versions in self.versions.values() if len(versions) > 1 for page_id, _ in versions]
        texts = PracticePage.objects.filter(pk__in=translated).only("language", "title", "summary", *NARRATIVE_FIELDS)
        self.texts = texts.in_bulk() if translated else {}

    def reader_languages(self, page):
        own = page.locale.language_code
        versions = self.versions.get(str(page.translation_key)) or [(page.pk, own)]
        if versions[0][0] != page.pk:
            return [own]
        covered = {locale for _page_id, locale in versions}
        return [own, *(code for code, _name in settings.LANGUAGES if code not in covered)]

    def other_versions(self, page):
        versions = self.versions.get(str(page.translation_key), ())
        return [self.texts[page_id] for page_id, _locale in versions if page_id != page.pk and page_id in self.texts]


# Between a facet value and its label in one keyword: a control character no name holds.
LABEL_SEPARATOR = "\u001f"


def labelled(value, label):
    return f"{value}{LABEL_SEPARATOR}{label}"


def narrative(page):
    return " ".join(text for text in (plain_text(getattr(page, name)) for name in NARRATIVE_FIELDS) if text)


def language_texts(page, body, other_versions):
    """{language: {"title", "summary", "body"}}: the page's text and its other versions', each in its language."""
    texts = {}
    for language, text in [
        (page.language, {"title": page.title, "summary": page.summary, "body": body}),
        *(
            (version.language, {"title": version.title, "summary": version.summary, "body": narrative(version)})
            for version in other_versions
        ),
    ]:
        if language not in TEXT_LANGUAGES:
            continue
        if language in texts:  # two versions in one language: both are found
            text = {field: f"{texts[language][field]} {value}" for field, value in text.items()}
        texts[language] = text
    return texts


def document_for(page, versions, audience, lexicon=None):
    """The practice's document: every live version's text, and the concepts each names in its own language."""
    lexicon = current_lexicon() if lexicon is None else lexicon
    body = narrative(page)
    texts = language_texts(page, body, versions.other_versions(page))
    tags = sorted(page.tags.all(), key=lambda tag: tag.name)
    administration_name = page.administration.name if page.administration else ""
    concepts, headline_concepts = concepts_in_versions(texts, lexicon, " ".join(tag.name for tag in tags))
    document = PracticeDocument(
        meta={"id": page.pk},
        page_id=page.pk,
        external_id=page.external_id,
        translation_key=str(page.translation_key),
        locale=page.locale.language_code,
        reader_languages=versions.reader_languages(page),
        audience=audience,
        url=page.get_url() or page.url_path,
        language=page.language,
        key_factors=page.key_factor_numbers(),
        region=page.region.code if page.region else None,
        administration_slug=administration_slug(administration_name) if administration_name else None,
        administration_name=administration_name or None,
        tags=[tag.slug for tag in tags],
        tag_names=[tag.name for tag in tags],
        concepts=concepts,
        headline_concepts=headline_concepts,
        administration_labelled=labelled(administration_slug(administration_name), administration_name)
        if administration_name
        else None,
        tags_labelled=[labelled(tag.slug, tag.name) for tag in tags],
        year=page.year,
        published_at=page.first_published_at,
        last_published_at=page.last_published_at,
        revision_id=page.live_revision_id,
        title=page.title,
        summary=page.summary,
        body=body,
        other_versions=" ".join(
            " ".join((text["title"], text["summary"], text["body"]))
            for language, text in texts.items()
            if language != page.language
        ),
        spelling=" ".join((page.title, page.summary, body)),
        title_suggest={"input": suggest_inputs(page.title)},
        tag_suggest={"input": [text for tag in tags for text in suggest_inputs(tag.name)]},
    )
    # Unknown languages still get the neutral fields; only known ones get stemming.
    for language, text in texts.items():
        setattr(document, language, text)
    return document


def _action(document, index_name):
    action = document.to_dict(include_meta=True)
    action["_index"] = index_name
    return action


def new_index_name():
    return f"{alias_name()}_{datetime.now(UTC):%Y%m%d%H%M%S%f}"


def create_index(name):
    """An empty index with the practice mapping and analysis (one shard: the corpus is small).

    Every field is scored with BM25 under the ranking's `bm25_k1` (how soon
    a word's repeats stop counting) and `bm25_b` (how much a long field is
    discounted), Elasticsearch's own defaults unless the ranking says otherwise.
    """
    index = Index(name)
    similarity = {"type": "BM25", "k1": ranking("bm25_k1"), "b": ranking("bm25_b")}
    index.settings(number_of_shards=1, number_of_replicas=0, similarity={"default": similarity})
    index.document(PracticeDocument)
    client().indices.create(index=name, **vectors.add_to_mapping(index.to_dict()))


def indices_behind_alias():
    try:
        return sorted(client().indices.get_alias(name=alias_name()))
    except NotFoundError:
        return []


def renews_index_token(write):
    """Renew the index token (`index_token`) once `write` has changed the index, or failed part way."""

    @functools.wraps(write)
    def writing(*args, **kwargs):
        try:
            return write(*args, **kwargs)
        finally:
            index_token.renew()

    return writing


def ensure_index():
    """The alias, creating an empty index behind it if there is none yet."""
    if not indices_behind_alias():
        name = new_index_name()
        create_index(name)
        client().indices.put_alias(index=name, name=alias_name())
    return alias_name()


@renews_index_token
def refresh_practice(page_id):
    """Index the page if it is live, else remove it; log, never raise, if Elasticsearch fails.

    The other versions of a translated practice hold its text and say which
    readers see which version, so they are written again with it.
    """
    try:
        page = practices_to_index().filter(pk=page_id).first()
        index_name = ensure_index()
        translation_keys = set(indexed_translation_keys(index_name, page_id))
        if page is not None:
            translation_keys.add(str(page.translation_key))
        else:
            client().options(ignore_status=404).delete(index=index_name, id=page_id, refresh=True)
        versions = LiveVersions(translation_keys)
        pages = list(practices_to_index().filter(translation_key__in=translation_keys))
        audiences = Audiences.above([version.path for version in pages])
        documents = vectors.with_vectors(
            [document_for(version, versions, audiences.of(version.path)).to_dict() for version in pages]
        )
        for version, document in zip(pages, documents, strict=True):
            client().index(index=index_name, id=version.pk, document=document, refresh=True)
    except (TransportError, ApiError) as error:
        logger.warning(
            "Practice %s not updated in Elasticsearch (%s); check_practice_index will report it.", page_id, error
        )


@renews_index_token
def refresh_practices(page_ids):
    """`refresh_practice` for many practices (a bulk write such as an import), in one bulk request and one refresh.

    Each live practice is (re)written, every other one removed, and the
    other versions of their translations are written again too. Logs,
    never raises, like `refresh_practice`.
    """
    page_ids = sorted(set(page_ids))
    try:
        index_name = ensure_index()
        pages = list(practices_to_index().filter(pk__in=page_ids))
        live_ids = {page.pk for page in pages}
        ids = [str(page_id) for page_id in page_ids]
        indexed = client().mget(index=index_name, ids=ids, source=["translation_key"])
        translation_keys = {document["_source"]["translation_key"] for document in indexed["docs"] if document["found"]}
        translation_keys |= {str(page.translation_key) for page in pages}
        versions = LiveVersions(translation_keys)
        pages += practices_to_index().filter(translation_key__in=translation_keys).exclude(pk__in=page_ids)
        audiences = Audiences.above([page.path for page in pages])
        lexicon = current_lexicon()
        actions = [
            _action(document_for(page, versions, audiences.of(page.path), lexicon), index_name) for page in pages
        ]
        actions += [
            {"_op_type": "delete", "_index": index_name, "_id": page_id}
            for page_id in page_ids
            if page_id not in live_ids
        ]
        _written, errors = helpers.bulk(
            client(), vectors.with_vectors(actions), chunk_size=BULK_CHUNK, raise_on_error=False
        )
        client().indices.refresh(index=index_name)
    except (TransportError, ApiError) as error:
        logger.warning(
            "%s practices not updated in Elasticsearch (%s); check_practice_index will report them.",
            len(page_ids),
            error,
        )
        return
    missed = [error for error in errors if error.get("delete", {}).get("status") != 404]  # already gone: fine
    if missed:
        logger.warning(
            "%s of %s practices not updated in Elasticsearch (first: %s); check_practice_index will report them.",
            len(missed),
            len(page_ids),
            missed[0],
        )


def indexed_translation_keys(index_name, page_id):
    """The translation key the index holds for `page_id` (none if it holds no document)."""
    indexed = client().options(ignore_status=404)
    response = indexed.get(index=index_name, id=page_id, source_includes=["translation_key"])
    if not response.get("found"):
        return []
    return [response["_source"]["translation_key"]]


@renews_index_token
def rebuild(progress=None):
    """Write every live practice into a new index, swap the alias to it, drop the old one; returns documents written."""
    started_at = datetime.now(UTC)
    pages = practices_to_index()
    total = pages.count()
    name = new_index_name()
    create_index(name)
    written = 0
    try:
        versions = LiveVersions()
        audiences = Audiences.everywhere()
        lexicon = current_lexicon()
        actions = vectors.with_vectors(
            _action(document_for(page, versions, audiences.of(page.path), lexicon), name)
            for page in pages.iterator(chunk_size=BULK_CHUNK)
        )
        for ok, _item in helpers.streaming_bulk(client(), actions, chunk_size=BULK_CHUNK, raise_on_error=True):
            written += ok
            if progress:
                progress(written, total)
        client().indices.refresh(index=name)
        # A bulk-built index has dozens of segments; merged into one, each search reads one
        # term dictionary per field instead of one per segment (a third faster at 100 000 practices).
        client().options(request_timeout=FORCE_MERGE_TIMEOUT_SECONDS).indices.forcemerge(index=name, max_num_segments=1)
    except Exception:
        client().indices.delete(index=name, ignore_unavailable=True)
        raise
    old_indices = indices_behind_alias()
    swap_alias(old_indices, name)
    for old in old_indices:
        client().indices.delete(index=old, ignore_unavailable=True)
    _catch_up(started_at)
    return written


def swap_alias(old_indices, new_index):
    """Point the alias at `new_index` only, in one atomic request."""
    actions = [{"remove": {"index": old, "alias": alias_name()}} for old in old_indices]
    actions.append({"add": {"index": new_index, "alias": alias_name()}})
    client().indices.update_aliases(actions=actions)


def _catch_up(since):
    """Re-apply practices published while the rebuild ran (their update may have gone to the old index)."""
    for page_id in PracticePage.objects.filter(last_published_at__gte=since).values_list("pk", flat=True):
        refresh_practice(page_id)


def indexed_states():
    """{page_id: (revision_id, last_published_at, audience)} of every document in the index."""
    states = {}
    hits = helpers.scan(
        client(),
        index=alias_name(),
        query={"query": {"match_all": {}}},
        _source=["page_id", "revision_id", "last_published_at", "audience"],
    )
    for hit in hits:
        source = hit["_source"]
        states[int(hit["_id"])] = (source.get("revision_id"), source.get("last_published_at"), source.get("audience"))
    return states
