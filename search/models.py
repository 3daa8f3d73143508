"""What the database search engine stores: one denormalised row per live practice.

Wagtail's database search backend matches words but knows nothing of
facets, stemming on SQLite, several languages on PostgreSQL or concepts, so
the practice search keeps its own table, written by
`search.practices.database.indexing` whenever a practice is published,
unpublished, moved or deleted. Text columns hold the analysed terms (see
`search.practices.text.analysis`); the full-text index over them is an
FTS5 table on SQLite and a weighted `tsvector` column with a GIN index on
PostgreSQL, both created by this app's migrations.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class PracticeSearchDocument(models.Model):
    """A live practice as the database engine searches, filters, sorts and shows it."""

    page = models.OneToOneField("wagtailcore.Page", primary_key=True, on_delete=models.CASCADE, related_name="+")
    external_id = models.CharField(max_length=64)
    # Who may read it (knowledgebase.audience): a search keeps the audiences its reader passes.
    # No index: a few audiences cover every document, and an index on them tempted PostgreSQL
    # to test the text of every visible row instead of asking the full-text index.
    audience = models.CharField(max_length=255, default="public")
    translation_key = models.UUIDField(db_index=True)
    # True when another live practice shares the translation key (a translated practice).
    has_translations = models.BooleanField(default=False)
    locale = models.CharField(max_length=8)
    language = models.CharField(max_length=8)
    published_at = models.DateTimeField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    region = models.CharField(max_length=8, blank=True)
    administration_slug = models.SlugField(max_length=220, blank=True)
    administration = models.CharField(max_length=200, blank=True)
    # Key factor numbers, most relevant first, comma-separated.
    key_factors = models.CharField(max_length=40, blank=True)
    # Tag slugs, space-separated: facet counts and filters read them from the row (PostgreSQL).
    tag_slugs = models.TextField(blank=True, default="")

    # What a hit shows: plain text, for snippets.
    title = models.CharField(max_length=255)
    title_folded = models.CharField(max_length=255, help_text="Lower case, no accents: for autocomplete.")
    summary = models.TextField(blank=True)
    body = models.TextField(blank=True, help_text="Problem, actions, results and lessons learned, as plain text.")

    # Analysed terms, one column per ranked field (see analysis.analyse).
    title_terms = models.TextField(blank=True)
    tag_terms = models.TextField(blank=True)
    summary_terms = models.TextField(blank=True)
    body_terms = models.TextField(blank=True)
    administration_terms = models.TextField(blank=True)

    class Meta:
        verbose_name = _("practice search document")
        indexes = [
            models.Index(fields=["published_at"], name="search_doc_published_at"),
            # The few translated practices, for the rule that shows one version per reader's language.
            models.Index(fields=["locale"], name="search_doc_translated", condition=models.Q(has_translations=True)),
        ]

    def __str__(self):
        return self.title


class PracticeSearchVectors(models.Model):
    """A practice's sentence embeddings, for the database engine's hybrid search (`database.vectors`).

    Written with its document while PRACTICE_SEARCH_HYBRID is on: the
    embedding of its own version's title and summary, and one per passage
    of its narrative, as the Elasticsearch engine embeds them. Stored as
    raw float32 bytes (2 KB a vector), so it needs no database extension
    on SQLite or PostgreSQL; searches compare them in the process (numpy).
    """

    document = models.OneToOneField(
        PracticeSearchDocument, primary_key=True, on_delete=models.CASCADE, related_name="vectors"
    )
    # Random, renewed at every write: a search process holding the vectors re-reads only the rows whose version changed.
    version = models.CharField(max_length=32, default="")
    # One float32 vector of `embeddings.DIMENSIONS` values; empty when the title and summary embed to nothing.
    headline = models.BinaryField(default=b"")
    # The passages' vectors one after the other (a multiple of the headline's size; empty without passages).
    passages = models.BinaryField(default=b"")

    def __str__(self):
        return f"vectors of {self.document_id}"


class PracticeSearchGeneration(models.Model):
    """A token that changes whenever the indexed documents do (with their count): it keys what searches cache.

    One row, given a new random token (never a counter: a rolled-back
    transaction must not let an old token come back) in the transaction
    that changes the documents.
    """

    token = models.CharField(max_length=32)
    # How many documents the index holds: the N of the ranking's IDF, without counting them per search.
    document_count = models.PositiveIntegerField(default=0)
    # Renewed by every change to the concept vocabulary (`search.vocabulary.concepts_changed`): read with the
    # token by every database-engine search, it tells a process whether the concepts it holds are current.
    concepts_token = models.CharField(max_length=32, blank=True, default="")

    def __str__(self):
        return self.token


class PracticeSearchFacetValue(models.Model):
    """One value of one facet of a document: a row per key factor, tag, region, ….

    Counting facets is then one GROUP BY over the documents a search
    matched, the same SQL for single- and multi-valued facets.
    """

    document = models.ForeignKey(PracticeSearchDocument, on_delete=models.CASCADE, related_name="facet_values")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=220)
    label = models.CharField(max_length=220, blank=True)

    class Meta:
        indexes = [
            models.Index(fields=["facet", "value"], name="search_facet_value"),
            models.Index(fields=["document", "facet"], name="search_facet_document"),
        ]

    def __str__(self):
        return f"{self.facet}={self.value}"


class PracticeSearchWord(models.Model):
    """A word that occurs in some indexed practice, with its stems: the "did you mean" vocabulary.

    Words are added as practices are indexed and dropped only by a rebuild;
    a suggestion is only offered once it is shown to find practices the
    user may see, so a stale word never reveals anything.
    """

    word = models.CharField(max_length=40, unique=True)
    stem = models.CharField(max_length=40, db_index=True)

    def __str__(self):
        return self.word


class PracticeSearchTerm(models.Model):
    """How many indexed practices hold an analysed term: the rarity (IDF) the ranking weighs words by.

    Kept up to date as practices are indexed and removed, so both databases
    rank with the same statistics without scanning the documents.
    """

    term = models.CharField(max_length=40, unique=True)
    document_count = models.PositiveIntegerField(default=0)

    def __str__(self):
        return self.term


class SearchConcept(models.Model):
    """A customs-integrity concept and how it is worded in each language: what practice search matches across languages.

    Indexing stores on each practice the keys of the concepts whose terms
    (in the practice's own language) or acronyms it holds; a query naming a
    concept in the reader's language then also finds practices carrying its
    key, whatever their language (`search.practices.text.concepts`).
    `seed_digest` is the digest of the seed file's version of the concept
    last loaded (`search.concept_seed`): a concept whose content no longer
    matches it was changed by an editor, and loading the seed again leaves it alone.
    """

    key = models.SlugField(
        _("key"),
        max_length=80,
        unique=True,
        help_text=_("A short, stable name in English (letters, digits, hyphens), e.g. staff-rotation."),
    )
    english_terms = models.TextField(_("English terms"), blank=True, help_text=_("One term a line."))
    french_terms = models.TextField(_("French terms"), blank=True, help_text=_("One term a line."))
    spanish_terms = models.TextField(_("Spanish terms"), blank=True, help_text=_("One term a line."))
    acronyms = models.TextField(
        _("acronyms"), blank=True, help_text=_("One a line; matched in practices and queries of every language.")
    )
    notes = models.TextField(_("notes"), blank=True, help_text=_("What the concept covers; not searched."))
    seed_digest = models.CharField(max_length=64, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("search concept")
        verbose_name_plural = _("search concepts")
        ordering = ["key"]

    def __str__(self):
        return self.key

    def terms_in(self, language):
        """The terms of `language` ("en", "fr" or "es"), one per non-empty line."""
        return lines_of(getattr(self, TERM_FIELDS[language]))

    def acronym_list(self):
        return lines_of(self.acronyms)


TERM_FIELDS = {"en": "english_terms", "fr": "french_terms", "es": "spanish_terms"}


def lines_of(text):
    """The non-empty lines of `text`, stripped, each once, in order."""
    return list(dict.fromkeys(line.strip() for line in (text or "").splitlines() if line.strip()))


# The site search's query log lives with the rest of the site search (search/site_search/).
from .site_search.models import SearchQueryLog  # noqa: E402, F401
