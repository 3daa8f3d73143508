"""Synthetic practices for the search benchmarks: N records in the corpus schema, and a fast bulk loader.

    .venv/bin/python benchmarks/synthetic_practices.py 10000 --jsonl /tmp/practices-10k.jsonl
    .venv/bin/python benchmarks/synthetic_practices.py 100000 --load --database-name ih_bench_100k   # then
    .venv/bin/python benchmarks/search_latency.py --sizes 100000 --reuse

Records are written from `practice_vocabulary`: sixteen integrity topics with
several wordings each in English, French and Spanish, places, risks, units
and numbers, so the words vary across records and languages as on the real
exchange; tags are English, three in four records are English, about 15% are
for coordinators only, years run from 2005 to 2026, ~180 administrations
spread over the six WCO regions; one record in ten is a version of the
practice before it in another language (same practice, its own text), so
the engines index other versions as on the exchange. The same seed gives
the same records.

Two routes into a site:

- `--jsonl FILE` writes the records as JSON Lines, which
  `manage.py import_practices FILE` accepts as it stands. That route
  publishes each page through Wagtail (a revision, signals, privacy): right
  for hundreds, too slow for 100 000 (see docs/benchmarks.md for the rate).
- `--load` (or `bulk_load()`) writes the same rows the importer would, in
  batches of plain INSERTs: the page rows with their tree paths computed
  here (treebeard's materialised path: parent path + a 4-character base-36
  step), then the practice rows, key factors, tags and the page view
  restrictions that make coordinators-only practices private. It skips what
  search never reads (revisions, publication signals, notifications), so
  the engines' indexes must be rebuilt afterwards (`engine.rebuild()`).
"""

import argparse
import json
import random
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks import practice_vocabulary as vocabulary  # noqa: E402

LANGUAGE_WEIGHTS = {"en": 0.75, "fr": 0.15, "es": 0.10}
REGIONS = ("AMS", "AP", "ESA", "EUR", "MENA", "WCA")
COORDINATORS_ONLY_SHARE = 0.15
# One record in ten is another language's version of the practice before it (`version_of`).
TRANSLATED_SHARE = 0.10
ADMINISTRATION_COUNT = 180
FIRST_YEAR, LAST_YEAR = 2005, 2026
BATCH_SIZE = 2000


# ---------------------------------------------------------------- records


class PracticeWriter:
    """Writes one synthetic record at a time from a seeded random generator."""

    def __init__(self, seed=1):
        self.random = random.Random(seed)
        self.administrations = [self.new_administration() for _ in range(ADMINISTRATION_COUNT)]
        self.previous = None  # (last new practice, its administration, its topics' wordings): what a version translates

    def country(self):
        syllables = self.random.choices(vocabulary.COUNTRY_SYLLABLES, k=self.random.randint(2, 3))
        return "".join(syllables).capitalize()

    def new_administration(self):
        language = self.pick_language()
        country = self.country()
        name = self.random.choice(vocabulary.ADMINISTRATION_PATTERNS[language]).format(country=country)
        return {"name": name, "country": country, "language": language, "region": self.random.choice(REGIONS)}

    def pick_language(self):
        return self.random.choices(list(LANGUAGE_WEIGHTS), weights=list(LANGUAGE_WEIGHTS.values()))[0]

    def sentences(self, patterns, words, low, high):
        chosen = self.random.sample(patterns, k=min(len(patterns), self.random.randint(low, high)))
        return " ".join(pattern.format(**words()) for pattern in chosen)

    def record(self, number):
        """Record `number`: a new practice, or (one in TRANSLATED_SHARE) a version of the one before it."""
        if self.previous is not None and self.random.random() < TRANSLATED_SHARE:
            original, administration, topics = self.previous
            self.previous = None  # one version per practice, as most translated practices on the exchange have
            language = self.random.choice([code for code in LANGUAGE_WEIGHTS if code != original["language"]])
            return {
                **original,
                "external_id": f"syn-{number:06d}",
                "language": language,
                **self.texts(administration, language, *topics),
                "version_of": original["external_id"],
            }
        administration = self.random.choice(self.administrations)
        # Most records are in their administration's language, some in English whatever it speaks.
        language = administration["language"] if self.random.random() < 0.85 else "en"
        topic_tags, topic_key_factors, topic_wordings = self.random.choice(vocabulary.TOPICS)
        other_tags, _other_key_factors, other_wordings = self.random.choice(vocabulary.TOPICS)
        random_ = self.random
        key_factors = list(topic_key_factors[: random_.randint(1, 2)])
        if random_.random() < 0.4:
            extra = random_.randint(1, 10)
            if extra not in key_factors:
                key_factors.append(extra)
        themes = list(dict.fromkeys([*topic_tags, *random_.sample(other_tags, k=random_.randint(0, 1))]))
        themes += [tag for tag in random_.sample(vocabulary.EXTRA_TAGS, k=random_.randint(0, 2)) if tag not in themes]
        record = {
            "external_id": f"syn-{number:06d}",
            "language": language,
            "administration": administration["name"],
            "region": administration["region"],
            "key_factors": key_factors,
            "themes": themes,
            "year": min(LAST_YEAR, int(random_.triangular(FIRST_YEAR, LAST_YEAR + 1, 2019))),
            "visibility": "coordinators" if random_.random() < COORDINATORS_ONLY_SHARE else "public",
            **self.texts(administration, language, topic_wordings, other_wordings),
        }
        self.previous = (record, administration, (topic_wordings, other_wordings))
        return record

    def texts(self, administration, language, topic_wordings, other_wordings):
        """Title, narrative and contact of a practice on the topic (`topic_wordings`), written in `language`."""
        topics = topic_wordings[language]
        random_ = self.random

        def words():
            before = random_.randint(20, 70)
            return {
                "topic": random_.choice(topics),
                "Topic": capitalised(random_.choice(topics)),
                "other": random_.choice(other_wordings[language]),
                "place": random_.choice(vocabulary.PLACES[language]),
                "risk": random_.choice(vocabulary.RISKS[language]),
                "unit": random_.choice(vocabulary.UNITS[language]),
                "country": administration["country"],
                "number": random_.randint(3, 60),
                "before": before,
                "after": random_.randint(2, before - 1),
                "months": random_.randint(3, 36),
                "years": random_.randint(1, 5),
            }

        return {
            "title": random_.choice(vocabulary.TITLES[language]).format(**words()),
            "summary": self.sentences(vocabulary.SUMMARIES[language], words, 1, 1),
            "problem": self.sentences(vocabulary.PROBLEMS[language], words, 2, 3),
            "actions": self.sentences(vocabulary.ACTIONS[language], words, 3, 4),
            "results": self.sentences(vocabulary.RESULTS[language], words, 2, 2),
            "lessons_learned": self.sentences(vocabulary.LESSONS[language], words, 2, 3),
            "contact": {
                "unit": random_.choice(vocabulary.UNITS[language]),
                "email": f"integrity@{administration['country'].lower()}.example",
            },
        }


def capitalised(text):
    return text[:1].upper() + text[1:]


def generate_records(count, seed=1, start=1):
    """`count` synthetic records in the corpus schema (a generator), numbered from syn-{start:06d}.

    A version of another practice also has `version_of`, the original's
    external id, which the corpus schema has no key for: `write_jsonl`
    leaves it out, `bulk_load` gives the version the original's translation key.
    """
    writer = PracticeWriter(seed)
    for number in range(start, start + count):
        yield writer.record(number)


def in_corpus_schema(record):
    """The record as the importer reads it: a version becomes a practice of its own (the schema has no link)."""
    return {key: value for key, value in record.items() if key != "version_of"}


def write_jsonl(records, path):
    with open(path, "w", encoding="utf-8") as target:
        for record in records:
            target.write(json.dumps(in_corpus_schema(record), ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- bulk loading


class BulkLoader:
    """Writes practices as the importer would leave them, minus revisions, in a few INSERTs per batch."""

    def __init__(self):
        from django.conf import settings
        from django.contrib.contenttypes.models import ContentType

        from accounts.models import PartnerAdministration, Region
        from knowledgebase.models import KeyFactor, PracticePage
        from knowledgebase.practice_privacy import exchange_groups

        self.content_type = ContentType.objects.get_for_model(PracticePage)
        self.regions = {region.code: region.pk for region in Region.objects.all()}
        self.key_factors = {
            factor.number: factor.pk
            for factor in KeyFactor.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        }
        self.administrations = dict(PartnerAdministration.objects.values_list("name", "pk"))
        self.tags = {}
        self.group_ids = [group.pk for group in exchange_groups()]
        self.parents = {}
        self.translation_keys = {}  # external id -> translation key, for the versions that follow

    def parent_for(self, language):
        """The practice index of `language`'s locale, translated from the default one first if it has none.

        A version shares its original's translation key, and Wagtail allows one
        page per key and locale: each language needs its own index, as on the exchange.
        """
        from knowledgebase.practice_index import ensure_practice_index, practice_index_for_language

        if language not in self.parents:
            default_index, _created = ensure_practice_index()
            index = practice_index_for_language(language)
            if index.locale.language_code != language:
                index = published_translation(default_index, language)
            self.parents[language] = index
        return self.parents[language]

    def administration_ids(self, records):
        from accounts.models import PartnerAdministration

        missing = {}
        for record in records:
            if record["administration"] not in self.administrations:
                missing[record["administration"]] = record["region"]
        PartnerAdministration.objects.bulk_create(
            [
                PartnerAdministration(name=name, country="", region_id=self.regions[code])
                for name, code in missing.items()
            ]
        )
        self.administrations.update(PartnerAdministration.objects.filter(name__in=missing).values_list("name", "pk"))

    def tag_ids(self, records):
        from django.utils.text import slugify
        from taggit.models import Tag

        names = {theme.strip().lower() for record in records for theme in record["themes"]} - set(self.tags)
        if names:
            existing = dict(Tag.objects.filter(name__in=names).values_list("name", "pk"))
            Tag.objects.bulk_create([Tag(name=name, slug=slugify(name)) for name in names - set(existing)])
            self.tags.update(Tag.objects.filter(name__in=names).values_list("name", "pk"))

    def load(self, records):
        """Insert one batch of records (as one transaction); returns the page ids created."""
        from django.db import transaction

        with transaction.atomic():
            self.administration_ids(records)
            self.tag_ids(records)
            by_parent = {}
            for record in records:
                self.assign_translation_key(record)
                by_parent.setdefault(self.parent_for(record["language"]).pk, []).append(record)
            page_ids = []
            for parent_id, parent_records in by_parent.items():
                page_ids += self.load_under(parent_id, parent_records)
        return page_ids

    def assign_translation_key(self, record):
        """A new key for a practice; its original's for a version (`version_of`), so the two are one practice."""
        original = record.get("version_of")
        key = self.translation_keys[original] if original else uuid.uuid4()
        self.translation_keys[record["external_id"]] = key

    def load_under(self, parent_id, records):
        from django.db.models import F
        from django.utils.text import slugify
        from wagtail.models import BaseViewRestriction, Page, PageViewRestriction

        from knowledgebase.models import PracticeKeyFactor, PracticeTag
        from knowledgebase.practice_records import SLUG_LENGTH, normalised

        parent = Page.objects.select_for_update().get(pk=parent_id)
        last_child = parent.get_last_child()
        first_step = last_child._get_lastpos_in_path() + 1 if last_child else 1
        stored = [normalised(record) for record in records]
        pages = []
        for offset, record in enumerate(stored):
            slug = f"{slugify(record['title'])[: SLUG_LENGTH - 8]}-{record['external_id']}"
            published_at = datetime(record["year"], 1 + offset % 12, 1 + offset % 28, 9, tzinfo=UTC)
            pages.append(
                Page(
                    title=record["title"],
                    draft_title=record["title"],
                    slug=slug,
                    path=Page._get_path(parent.path, parent.depth + 1, first_step + offset),
                    depth=parent.depth + 1,
                    numchild=0,
                    url_path=f"{parent.url_path}{slug}/",
                    content_type=self.content_type,
                    locale_id=parent.locale_id,
                    translation_key=self.translation_keys[record["external_id"]],
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published_at,
                    last_published_at=published_at,
                )
            )
        pages = Page.objects.bulk_create(pages)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
        self.insert_practice_rows(pages, stored)

        PracticeKeyFactor.objects.bulk_create(
            PracticeKeyFactor(page_id=page.pk, key_factor_id=self.key_factors[number], sort_order=position)
            for page, record in zip(pages, stored, strict=True)
            for position, number in enumerate(record["key_factors"])
        )
        PracticeTag.objects.bulk_create(
            PracticeTag(content_object_id=page.pk, tag_id=self.tags[theme])
            for page, record in zip(pages, stored, strict=True)
            for theme in record["themes"]
        )
        private_page_ids = [
            page.pk for page, record in zip(pages, stored, strict=True) if record["visibility"] == "coordinators"
        ]
        restrictions = PageViewRestriction.objects.bulk_create(
            PageViewRestriction(page_id=page_id, restriction_type=BaseViewRestriction.GROUPS)
            for page_id in private_page_ids
        )
        PageViewRestriction.groups.through.objects.bulk_create(
            PageViewRestriction.groups.through(pageviewrestriction_id=restriction.pk, group_id=group_id)
            for restriction in restrictions
            for group_id in self.group_ids
        )
        return [page.pk for page in pages]

    def insert_practice_rows(self, pages, records):
        """The `PracticePage` half of each page: Django's bulk_create refuses multi-table models."""
        from django.db import connection

        from knowledgebase.models import PracticePage
        from knowledgebase.practice_records import NARRATIVE_KEYS
        from knowledgebase.sanitising import paragraphs_from_text

        fields = PracticePage._meta.local_concrete_fields
        rows = []
        for page, record in zip(pages, records, strict=True):
            values = {
                "page_ptr_id": page.pk,
                "summary": record["summary"],
                "language": record["language"],
                "administration_id": self.administrations[record["administration"]],
                "region_id": self.regions[record["region"]],
                "year": record["year"],
                "contact_unit": record["contact"]["unit"],
                "contact_email": record["contact"]["email"],
                "visibility": record["visibility"],
                "external_id": record["external_id"],
                **{key: paragraphs_from_text(record[key]) for key in NARRATIVE_KEYS},
            }
            rows.append([field.get_db_prep_save(values[field.attname], connection) for field in fields])
        columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
        placeholders = ", ".join(["%s"] * len(fields))
        table = connection.ops.quote_name(PracticePage._meta.db_table)
        with connection.cursor() as cursor:
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})", rows)  # noqa: S608


def published_translation(page, language):
    """`page` copied into `language`'s locale (with any missing parents) and published, parents first."""
    from wagtail.models import Locale

    translated = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    for copied in [*translated.get_ancestors().filter(live=False, depth__gt=1), translated]:
        copied.specific.save_revision().publish()
    translated.refresh_from_db()
    return translated


def bulk_load(records, batch_size=BATCH_SIZE, progress=None):
    """Load `records` (an iterable) in batches; returns how many were loaded. `progress(n)` after each batch."""
    loader = BulkLoader()
    loaded, batch = 0, []
    for record in records:
        batch.append(record)
        if len(batch) == batch_size:
            loaded += len(loader.load(batch))
            batch = []
            if progress:
                progress(loaded)
    if batch:
        loaded += len(loader.load(batch))
        if progress:
            progress(loaded)
    return loaded


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, help="how many practices")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jsonl", type=Path, help="write the records to this JSON Lines file")
    parser.add_argument("--load", action="store_true", help="bulk-load them into a fresh benchmark database")
    parser.add_argument("--database-name", default="ih_bench_synthetic", help="database name (ih_bench_<n>k to reuse)")
    arguments = parser.parse_args()
    if not arguments.jsonl and not arguments.load:
        parser.error("say where the practices go: --jsonl FILE and/or --load")

    if arguments.jsonl:
        started = time.monotonic()
        write_jsonl(generate_records(arguments.count, arguments.seed), arguments.jsonl)
        print(f"Wrote {arguments.count} records to {arguments.jsonl} in {time.monotonic() - started:.1f} s.")
    if arguments.load:
        from benchmarks.search_environment import migrate, set_up_django

        site = set_up_django(arguments.database_name, elasticsearch=False, keep=True)
        print(f"Migrated {site.describe()} in {migrate():.1f} s.")
        started = time.monotonic()
        loaded = bulk_load(
            generate_records(arguments.count, arguments.seed),
            progress=lambda done: print(f"  {done} loaded, {time.monotonic() - started:.0f} s", file=sys.stderr),
        )
        print(f"Loaded {loaded} practices in {time.monotonic() - started:.1f} s.")
        print(f"The site stays for `search_latency.py --reuse`: {site.describe()}.")


if __name__ == "__main__":
    main()
