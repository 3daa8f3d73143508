"""Writing practices into the database engine's tables: one practice, or all of them.

Only live practices are indexed; anything else (a draft, an unpublished or
deleted page) is removed. Each document carries its audience (who may read
it, from the view restrictions on the page and above it): a change of
restriction reindexes the practices under it (`search.practices.indexing`).
"""

from collections import Counter

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, F
from django.db.models.signals import post_delete
from django.utils.text import slugify

from knowledgebase.audience import Audiences
from knowledgebase.models import PracticePage
from knowledgebase.sanitising import text_from_html

from ...models import (
    PracticeSearchDocument,
    PracticeSearchFacetValue,
    PracticeSearchTerm,
    PracticeSearchVectors,
    PracticeSearchWord,
)
from ...vocabulary import current_lexicon
from ..contract import ADMINISTRATION, KEY_FACTOR, LANGUAGE, REGION, TAG, YEAR
from ..text.analysis import analyse, fold, language_or_default, prefix_form, raw_words, stem
from ..text.concepts import TAG_LANGUAGE, concept_token
from ..text.stop_words import BY_LANGUAGE
from . import fulltext, vectors
from .generation import documents_changed

NARRATIVE_FIELDS = ("problem", "actions", "results", "lessons_learned")
BATCH_SIZE = 500


def practices_to_index():
    return (
        PracticePage.objects.live()
        .select_related("administration", "region", "locale")
        .prefetch_related("practice_key_factors__key_factor", "tags")
    )


def refresh_practice(page_id):
    """Index the practice `page_id` if it is live, else remove it from the index.

    The other versions of a translated practice hold its text too
    (`write_documents`): they are written again with it.
    """
    practice = practices_to_index().filter(pk=page_id).first()
    with transaction.atomic():
        previous_keys = set(PracticeSearchDocument.objects.filter(pk=page_id).values_list("translation_key", flat=True))
        if practice is None:
            PracticeSearchDocument.objects.filter(pk=page_id).delete()
            fulltext.delete([page_id])
        else:
            previous_keys.add(practice.translation_key)
        practices = [practice] if practice is not None else []
        practices += other_versions(previous_keys, [page_id])
        write_documents(practices, audiences=Audiences.above([practice.path for practice in practices]))
        mark_translations(previous_keys)
        documents_changed()


def refresh_practices(page_ids):
    """`refresh_practice` for many practices (an import): the same rows, written a batch at a time.

    One practice at a time cost each practice its own queries, full-text
    rows, vocabulary insert and generation update; here each batch of
    `BATCH_SIZE` takes a few statements, in a transaction of its own.
    """
    page_ids = sorted(set(page_ids))
    for start in range(0, len(page_ids), BATCH_SIZE):
        batch = page_ids[start : start + BATCH_SIZE]
        practices = list(practices_to_index().filter(pk__in=batch))
        with transaction.atomic():
            previous_keys = set(
                PracticeSearchDocument.objects.filter(pk__in=batch).values_list("translation_key", flat=True)
            )
            live_ids = {practice.pk for practice in practices}
            gone = [page_id for page_id in batch if page_id not in live_ids]
            if gone:
                PracticeSearchDocument.objects.filter(pk__in=gone).delete()
                fulltext.delete(gone)
            translation_keys = previous_keys | {practice.translation_key for practice in practices}
            practices += other_versions(translation_keys, batch)
            write_documents(practices, audiences=Audiences.above([practice.path for practice in practices]))
            mark_translations(translation_keys)
            documents_changed()


def other_versions(translation_keys, page_ids):
    """The live practices of `translation_keys` other than `page_ids`: translations whose documents hold their text."""
    if not translation_keys:
        return []
    return list(practices_to_index().filter(translation_key__in=translation_keys).exclude(pk__in=page_ids))


def mark_translations(translation_keys):
    """Set `has_translations` on the documents sharing any of `translation_keys`."""
    if not translation_keys:
        return
    documents = PracticeSearchDocument.objects.filter(translation_key__in=translation_keys)
    translated = (
        documents.values("translation_key")
        .annotate(versions=Count("pk"))
        .filter(versions__gt=1)
        .values("translation_key")
    )
    documents.filter(translation_key__in=translated).update(has_translations=True)
    documents.exclude(translation_key__in=translated).update(has_translations=False)


def rebuild(progress=None):
    """Reindex every live practice from scratch; returns the number of documents written."""
    practices = practices_to_index().order_by("pk")
    total = practices.count()
    written = 0
    term_counts = Counter()
    audiences = Audiences.everywhere()
    with transaction.atomic():
        delete_everything()
        batch = []
        for practice in practices.iterator(chunk_size=BATCH_SIZE):
            batch.append(practice)
            if len(batch) == BATCH_SIZE:
                written += write_documents(batch, audiences, replace=False, term_counts=term_counts)
                batch = []
                if progress:
                    progress(written, total)
        written += write_documents(batch, audiences, replace=False, term_counts=term_counts)
        PracticeSearchTerm.objects.bulk_create(
            [PracticeSearchTerm(term=term, document_count=count) for term, count in term_counts.items()],
            batch_size=BATCH_SIZE,
        )
        translated = (
            PracticeSearchDocument.objects.values("translation_key")
            .annotate(versions=Count("pk"))
            .filter(versions__gt=1)
            .values("translation_key")
        )
        PracticeSearchDocument.objects.filter(translation_key__in=translated).update(has_translations=True)
        documents_changed()
        fulltext.settle_after_rebuild()
        if progress:
            progress(written, total)
    return written


def delete_everything():
    """Empty the engine's tables in a few statements (a row-by-row delete would count terms down one by one)."""
    with connection.cursor() as cursor:
        for model in (
            PracticeSearchVectors,
            PracticeSearchFacetValue,
            PracticeSearchDocument,
            PracticeSearchWord,
            PracticeSearchTerm,
        ):
            cursor.execute(f"DELETE FROM {model._meta.db_table}")  # noqa: S608 - model table names  # nosec B608
    fulltext.delete_all()


def write_documents(practices, audiences, replace=True, term_counts=None):
    """Save the documents, facet values, vocabulary and full-text rows of `practices`, and their vectors.

    Term statistics are counted up here, or into `term_counts` for a
    rebuild to write at the end; deleting a document counts its terms down
    (see `count_terms_down`). With hybrid search on, each practice's
    sentence embeddings are written too (`vectors.rows_of`); deleting a
    document deletes them.
    """
    if not practices:
        return 0
    versions = live_versions_of(practices)
    lexicon = current_lexicon()
    documents = [
        document_of(practice, audiences.of(practice.path), lexicon, versions.get(practice.translation_key, [practice]))
        for practice in practices
    ]
    page_ids = [document.pk for document in documents]
    if replace:
        PracticeSearchDocument.objects.filter(pk__in=page_ids).delete()
    PracticeSearchDocument.objects.bulk_create(documents)
    added = Counter(term for document in documents for term in terms_of(document))
    if term_counts is None:
        change_term_counts(added, +1)
    else:
        term_counts.update(added)
    PracticeSearchFacetValue.objects.bulk_create(
        [value for practice in practices for value in facet_values_of(practice)]
    )
    add_to_vocabulary(practices)
    fulltext.write(documents)
    if vectors.enabled():
        bodies = {document.pk: document.body for document in documents}
        PracticeSearchVectors.objects.bulk_create(vectors.rows_of(practices, bodies), batch_size=BATCH_SIZE)
    return len(documents)


def terms_of(document):
    """The distinct analysed terms of a document, whatever the field."""
    return set(
        " ".join(
            [
                document.title_terms,
                document.tag_terms,
                document.summary_terms,
                document.body_terms,
                document.administration_terms,
            ]
        ).split()
    )


def change_term_counts(counts, sign):
    """Add (sign +1) or subtract (-1) `counts` ({term: documents}) to the term statistics."""
    if not counts:
        return
    if sign > 0:
        PracticeSearchTerm.objects.bulk_create(
            [PracticeSearchTerm(term=term) for term in counts], ignore_conflicts=True, batch_size=BATCH_SIZE
        )
    terms_by_count = {}
    for term, count in counts.items():
        terms_by_count.setdefault(count, []).append(term)
    for count, terms in terms_by_count.items():
        PracticeSearchTerm.objects.filter(term__in=terms).update(document_count=F("document_count") + sign * count)
    if sign < 0:
        PracticeSearchTerm.objects.filter(document_count__lte=0).delete()


def count_terms_down(sender, instance, **kwargs):
    """A document leaves the index (removed, replaced, or its page deleted): its terms are one document rarer."""
    change_term_counts(Counter(terms_of(instance)), -1)
    documents_changed(removed=1)


def register_signal_handlers():
    post_delete.connect(count_terms_down, sender=PracticeSearchDocument, dispatch_uid="search_count_terms_down")


def plain_text(practice):
    """Summary and narrative, as plain text paragraphs."""
    return "\n\n".join(text_from_html(getattr(practice, name)) for name in NARRATIVE_FIELDS if getattr(practice, name))


def live_versions_of(practices):
    """{translation key: its live versions, text only} for `practices` (one query).

    A translated practice is found through any of its versions: each
    version's document holds the analysed text of all of them (each in its
    own language), and the search shows one of them (`visibility`).
    """
    keys = {practice.translation_key for practice in practices}
    versions = {}
    rows = PracticePage.objects.live().filter(translation_key__in=keys).order_by("pk")
    for version in rows.only("translation_key", "language", "title", "summary", *NARRATIVE_FIELDS):
        versions.setdefault(version.translation_key, []).append(version)
    return versions


def analysed_version(version, body=None):
    """One version's title, summary and body analysed in its own language (`body`: its plain text, if known)."""
    language = language_or_default(version.language)
    return {
        "language": language,
        "title": analyse(version.title, language),
        "summary": analyse(version.summary, language),
        "body": analyse(plain_text(version) if body is None else body, language),
    }


def joined(analysed, field):
    return " ".join(version[field] for version in analysed if version[field])


def heading(analysed_version):
    return [analysed_version["title"], analysed_version["summary"]]


def document_of(practice, audience, lexicon, versions=()):
    """`practice`'s document, found through any of `versions` (its live versions; the practice alone by default).

    The analysed title, summary and body are those of every version, each in
    its own language. Tags are English whatever the practice's language, and
    analysed so; the tag terms end with the tokens of the concepts any
    version names (`text.concepts`): concepts sit with the tags, the field
    saying what a practice is about (weighed, and in PostgreSQL's head
    vector, as tags are). With `PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY`, a
    concept named only in the narrative (not in a title, summary or tag)
    goes with the body terms instead: a passing mention weighs as the body.
    """
    versions = versions or [practice]
    language = language_or_default(practice.language)
    body = plain_text(practice)
    # In one order whatever order the database returns them in (a prefetch has no ORDER BY, and PostgreSQL's
    # changes as rows are rewritten): the tags are analysed as one text, so their order decides which word
    # pairs and concept phrases they hold, and the same practice ranked differently after a re-import.
    tag_names = " ".join(sorted(tag.name for tag in practice.tags.all()))
    administration = practice.administration.name if practice.administration else ""
    analysed = [analysed_version(version, body if version.pk == practice.pk else None) for version in versions]
    tags_analysed = analyse(tag_names, TAG_LANGUAGE)
    in_head = [key for version in analysed for key in lexicon.keys_in(heading(version), version["language"])]
    in_body = [key for version in analysed for key in lexicon.keys_in([version["body"]], version["language"])]
    in_tags = lexicon.keys_in([tags_analysed], TAG_LANGUAGE)
    body_apart = settings.PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY
    with_tags = [*in_head, *in_tags] if body_apart else [*in_head, *in_body, *in_tags]
    concepts = [concept_token(key) for key in dict.fromkeys(with_tags)]
    body_concepts = [concept_token(key) for key in dict.fromkeys(in_body) if key not in with_tags]
    return PracticeSearchDocument(
        page_id=practice.pk,
        external_id=practice.external_id,
        audience=audience,
        translation_key=practice.translation_key,
        locale=practice.locale.language_code,
        language=practice.language,
        published_at=practice.first_published_at,
        year=practice.year,
        region=practice.region.code if practice.region else "",
        administration_slug=slugify(administration)[:220],
        administration=administration,
        key_factors=",".join(str(number) for number in practice.key_factor_numbers()),
        tag_slugs=" ".join(sorted({tag.slug for tag in practice.tags.all()})),
        title=practice.title,
        title_folded=prefix_form(practice.title),
        summary=practice.summary,
        body=body,
        title_terms=joined(analysed, "title"),
        tag_terms=" ".join([tags_analysed, *concepts]).strip(),
        summary_terms=joined(analysed, "summary"),
        body_terms=" ".join([joined(analysed, "body"), *body_concepts]).strip(),
        administration_terms=analyse(administration, language),
    )


def facet_values_of(practice):
    page_id = practice.pk
    values = [(KEY_FACTOR, str(number), "") for number in practice.key_factor_numbers()]
    values += [(TAG, tag.slug, tag.name) for tag in practice.tags.all()]
    if practice.region:
        values.append((REGION, practice.region.code, ""))
    if practice.administration:
        name = practice.administration.name
        values.append((ADMINISTRATION, slugify(name)[:220], name))
    if practice.year:
        values.append((YEAR, str(practice.year), ""))
    values.append((LANGUAGE, practice.language, ""))
    return [
        PracticeSearchFacetValue(document_id=page_id, facet=facet, value=value, label=label)
        for facet, value, label in values
    ]


def add_to_vocabulary(practices):
    """Record the words of `practices` (folded, with their stem) for spelling suggestions."""
    words = {}
    for practice in practices:
        language = language_or_default(practice.language)
        stop_words = BY_LANGUAGE[language]
        tag_names = [tag.name for tag in practice.tags.all()]
        text = " ".join([practice.title, practice.summary, plain_text(practice), *tag_names])
        for word in raw_words(text):
            folded = fold(word)
            if folded not in stop_words and folded.isalpha() and len(folded) > 2 and folded not in words:
                words[folded] = stem(word, language)
    PracticeSearchWord.objects.bulk_create(
        [PracticeSearchWord(word=word, stem=word_stem) for word, word_stem in words.items()], ignore_conflicts=True
    )
