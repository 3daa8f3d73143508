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

from django.utils.html import strip_tags
from django.utils.text import slugify
from elasticsearch import ApiError, NotFoundError, TransportError, helpers
from elasticsearch_dsl import Index

from knowledgebase.audience import Audiences
from knowledgebase.models import PracticePage
from search.vocabulary import current_lexicon

from ..text.concepts import concepts_in_practice
from . import index_token
from .analysis import TEXT_LANGUAGES
from .connection import alias_name, client
from .document import PracticeDocument

logger = logging.getLogger(__name__)

BULK_CHUNK = 200
FORCE_MERGE_TIMEOUT_SECONDS = 600
MAX_SUGGEST_INPUTS = 12
SUGGEST_WORD_MIN_LENGTH = 4
ADMINISTRATION_SLUG_LENGTH = 220
# More versions of one practice than languages on any site.
MAX_VERSIONS = 100
MAX_RESULT_WINDOW = 10_000


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


def live_locales_by_translation(translation_keys=None):
    """{translation_key: sorted locales of its live practices}, for all practices or those `translation_keys`."""
    practices = PracticePage.objects.live()
    if translation_keys is not None:
        practices = practices.filter(translation_key__in=translation_keys)
    locales = defaultdict(set)
    for translation_key, locale in practices.values_list("translation_key", "locale__language_code"):
        locales[str(translation_key)].add(locale)
    return {translation_key: sorted(codes) for translation_key, codes in locales.items()}


# Between a facet value and its label in one keyword: a control character no name holds.
LABEL_SEPARATOR = "\u001f"


def labelled(value, label):
    return f"{value}{LABEL_SEPARATOR}{label}"


def document_for(page, translation_locales, audience, lexicon=None):
    """The practice's document; `concepts` holds the keys of the concepts its text names in its language."""
    lexicon = current_lexicon() if lexicon is None else lexicon
    body = " ".join(
        text
        for text in (plain_text(getattr(page, name)) for name in ("problem", "actions", "results", "lessons_learned"))
        if text
    )
    tags = sorted(page.tags.all(), key=lambda tag: tag.name)
    administration_name = page.administration.name if page.administration else ""
    language_text = {"title": page.title, "summary": page.summary, "body": body}
    document = PracticeDocument(
        meta={"id": page.pk},
        page_id=page.pk,
        external_id=page.external_id,
        translation_key=str(page.translation_key),
        locale=page.locale.language_code,
        translation_locales=translation_locales,
        audience=audience,
        url=page.get_url() or page.url_path,
        language=page.language,
        key_factors=page.key_factor_numbers(),
        region=page.region.code if page.region else None,
        administration_slug=administration_slug(administration_name) if administration_name else None,
        administration_name=administration_name or None,
        tags=[tag.slug for tag in tags],
        tag_names=[tag.name for tag in tags],
        concepts=concepts_in_practice(
            [page.title, page.summary, body], page.language, lexicon, tag_names=" ".join(tag.name for tag in tags)
        ),
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
        spelling=" ".join((page.title, page.summary, body)),
        title_suggest={"input": suggest_inputs(page.title)},
        tag_suggest={"input": [text for tag in tags for text in suggest_inputs(tag.name)]},
    )
    # Unknown languages still get the neutral fields; only known ones get stemming.
    if page.language in TEXT_LANGUAGES:
        setattr(document, page.language, language_text)
    return document


def _action(document, index_name):
    action = document.to_dict(include_meta=True)
    action["_index"] = index_name
    return action


def new_index_name():
    return f"{alias_name()}_{datetime.now(UTC):%Y%m%d%H%M%S%f}"


def create_index(name):
    """An empty index with the practice mapping and analysis (one shard: the corpus is small)."""
    index = Index(name)
    index.settings(number_of_shards=1, number_of_replicas=0)
    index.document(PracticeDocument)
    index.create(using=client())


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

    Publishing or withdrawing one translation changes which version the
    others' readers see, so the sibling versions' `translation_locales` are
    brought up to date too.
    """
    try:
        page = practices_to_index().filter(pk=page_id).first()
        index_name = ensure_index()
        translation_keys = set(indexed_translation_keys(index_name, page_id))
        if page is not None:
            translation_keys.add(str(page.translation_key))
        locales = live_locales_by_translation(translation_keys)
        if page is None:
            client().options(ignore_status=404).delete(index=index_name, id=page_id, refresh=True)
        else:
            audience = Audiences.above([page.path]).of(page.path)
            document = document_for(page, locales.get(str(page.translation_key), []), audience)
            client().index(index=index_name, id=page_id, document=document.to_dict(), refresh=True)
        for translation_key in translation_keys:
            update_translation_locales(index_name, translation_key, locales.get(translation_key, []))
    except (TransportError, ApiError) as error:
        logger.warning(
            "Practice %s not updated in Elasticsearch (%s); check_practice_index will report it.", page_id, error
        )


@renews_index_token
def refresh_practices(page_ids):
    """`refresh_practice` for many practices (a bulk write such as an import), in one bulk request and one refresh.

    Each live practice is (re)written, every other one removed, and the
    versions of their translations outside `page_ids` get their
    `translation_locales` brought up to date. Logs, never raises, like
    `refresh_practice`.
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
        locales = live_locales_by_translation(translation_keys)
        audiences = Audiences.above([page.path for page in pages])
        lexicon = current_lexicon()
        actions = [
            _action(
                document_for(page, locales.get(str(page.translation_key), []), audiences.of(page.path), lexicon),
                index_name,
            )
            for page in pages
        ]
        actions += [
            {"_op_type": "delete", "_index": index_name, "_id": page_id}
            for page_id in page_ids
            if page_id not in live_ids
        ]
        actions += [
            {"_op_type": "update", "_index": index_name, "_id": page_id, "doc": {"translation_locales": page_locales}}
            for page_id, page_locales in other_versions(index_name, translation_keys, live_ids, locales)
        ]
        _written, errors = helpers.bulk(client(), actions, chunk_size=BULK_CHUNK, raise_on_error=False)
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


def other_versions(index_name, translation_keys, page_ids, locales):
    """(page id, live locales of its translation) of the indexed versions of `translation_keys` not in `page_ids`."""
    if not translation_keys:
        return []
    versions = client().search(
        index=index_name,
        query={
            "bool": {
                "filter": [{"terms": {"translation_key": sorted(translation_keys)}}],
                "must_not": [{"ids": {"values": [str(page_id) for page_id in page_ids]}}],
            }
        },
        source=["translation_key"],
        size=min(len(translation_keys) * MAX_VERSIONS, MAX_RESULT_WINDOW),
    )
    return [(hit["_id"], locales.get(hit["_source"]["translation_key"], [])) for hit in versions["hits"]["hits"]]


def indexed_translation_keys(index_name, page_id):
    """The translation key the index holds for `page_id` (none if it holds no document)."""
    indexed = client().options(ignore_status=404)
    response = indexed.get(index=index_name, id=page_id, source_includes=["translation_key"])
    if not response.get("found"):
        return []
    return [response["_source"]["translation_key"]]


def update_translation_locales(index_name, translation_key, locales):
    """Write `locales` into every indexed version of `translation_key` (a handful of documents)."""
    versions = client().search(
        index=index_name,
        query={"term": {"translation_key": translation_key}},
        source=False,
        size=MAX_VERSIONS,
    )
    for hit in versions["hits"]["hits"]:
        client().update(index=index_name, id=hit["_id"], doc={"translation_locales": locales}, refresh=True)


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
        locales = live_locales_by_translation()
        audiences = Audiences.everywhere()
        lexicon = current_lexicon()
        actions = (
            _action(
                document_for(page, locales.get(str(page.translation_key), []), audiences.of(page.path), lexicon), name
            )
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
