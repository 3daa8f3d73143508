"""Practices as JSON Lines records: validation, import and export.

The format is the one of the shared test corpus (`practices.jsonl`): one
JSON object per line with exactly the keys of `RECORD_KEYS`, in that order.
Narrative fields are plain text; paragraphs are separated by a blank line.

Import is all-or-nothing per line and idempotent per `external_id`:

1. every line is validated first, and a line with any problem is reported
   (line number and reasons) and skipped as a whole; texts are cleaned by
   `home.text_cleaning` first, like text typed in a form, and a control
   character in one is such a problem;
2. the remaining records create or update practices, each published, under
   the practice index of the record's language (created if the site has
   none); a record identical to the live practice is left alone, so
   importing the same file twice changes nothing.
"""

import json
import re
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import PartnerAdministration, Region
from home.text_cleaning import UnsafeTextError, clean_text

from .models import KeyFactor, PracticeKeyFactor, PracticePage, Visibility
from .models.practices import FIRST_PRACTICE_YEAR, MAX_KEY_FACTORS_PER_PRACTICE
from .practice_bulk_publishing import publish_new_practices, tags_named
from .practice_index import ensure_practice_index, practice_index_for_language
from .sanitising import paragraphs_from_text, text_from_html

RECORD_KEYS = (
    "external_id",
    "title",
    "language",
    "administration",
    "region",
    "key_factors",
    "themes",
    "year",
    "summary",
    "problem",
    "actions",
    "results",
    "lessons_learned",
    "contact",
    "visibility",
)
NARRATIVE_KEYS = ("problem", "actions", "results", "lessons_learned")
SINGLE_LINE_TEXT_KEYS = ("title", "administration")
MULTI_LINE_TEXT_KEYS = ("summary", *NARRATIVE_KEYS)
EXTERNAL_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
MAX_THEMES = 10
MAX_THEME_LENGTH = 50
MAX_NARRATIVE_LENGTH = 20000
SLUG_LENGTH = 80


@dataclass(frozen=True)
class BadLine:
    line_number: int
    reasons: tuple

    def __str__(self):
        return f"line {self.line_number}: {'; '.join(self.reasons)}"


@dataclass
class ImportSummary:
    """External ids of the practices created, updated and left unchanged."""

    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    created_administrations: list = field(default_factory=list)
    created_index: bool = False


def read_records(lines):
    """`(records, bad_lines)`: `[(line number, record)]` of valid lines, and a `BadLine` per invalid one."""
    region_codes = set(Region.objects.values_list("code", flat=True))
    key_factor_numbers = set(
        KeyFactor.objects.filter(locale__language_code=settings.LANGUAGE_CODE).values_list("number", flat=True)
    )
    records, bad_lines, first_line_of = [], [], {}
    for line_number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            bad_lines.append(BadLine(line_number, (f"not valid JSON ({error.msg} at column {error.colno})",)))
            continue
        except RecursionError:
            bad_lines.append(BadLine(line_number, ("not readable: JSON nested too deeply",)))
            continue
        except ValueError as error:  # such as an integer of more digits than Python converts
            bad_lines.append(BadLine(line_number, (f"not readable: {error}",)))
            continue
        record, reasons = cleaned_record(record)
        reasons += record_problems(record, region_codes, key_factor_numbers)
        external_id = record.get("external_id") if isinstance(record, dict) else None
        if isinstance(external_id, str) and external_id in first_line_of:
            reasons.append(f"external_id {external_id} is already used on line {first_line_of[external_id]}")
        if reasons:
            bad_lines.append(BadLine(line_number, tuple(reasons)))
            continue
        first_line_of[external_id] = line_number
        records.append((line_number, record))
    return records, bad_lines


def cleaned_record(record):
    """`(record, problems)`: `record` with its texts cleaned as a form cleans them, and the texts it could not clean."""
    if not isinstance(record, dict):
        return record, []
    record, problems = dict(record), []

    def cleaned(key, value, multiline=False):
        if not isinstance(value, str):
            return value
        try:
            return clean_text(value, multiline=multiline)
        except UnsafeTextError as error:
            problems.append(f"{key}: {error}")
            return value

    for key in SINGLE_LINE_TEXT_KEYS + MULTI_LINE_TEXT_KEYS:
        if key in record:
            record[key] = cleaned(key, record[key], multiline=key in MULTI_LINE_TEXT_KEYS)
    if isinstance(record.get("themes"), list):
        record["themes"] = [cleaned("themes", theme) for theme in record["themes"]]
    if isinstance(record.get("contact"), dict):
        record["contact"] = {key: cleaned(f"contact {key}", value) for key, value in record["contact"].items()}
    return record, problems


def record_problems(record, region_codes, key_factor_numbers):
    """Every reason `record` cannot be imported (empty when it can)."""
    if not isinstance(record, dict):
        return ["a record must be a JSON object"]
    problems = []
    missing = [key for key in RECORD_KEYS if key not in record]
    unexpected = sorted(set(record) - set(RECORD_KEYS))
    if missing:
        problems.append(f"missing keys: {', '.join(missing)}")
    if unexpected:
        problems.append(f"unexpected keys: {', '.join(unexpected)}")

    def check(key, is_valid, message):
        if key in record and not is_valid(record[key]):
            problems.append(f"{key}: {message}")

    check(
        "external_id",
        lambda value: isinstance(value, str) and EXTERNAL_ID.match(value),
        "letters, digits, '.', '_' or '-', at most 64",
    )
    check("title", lambda value: is_text(value, 255), "a non-empty text of at most 255 characters")
    languages = dict(settings.LANGUAGES)
    check("language", lambda value: is_one_of(value, languages), f"one of {', '.join(languages)}")
    check("administration", lambda value: is_text(value, 200), "a non-empty name of at most 200 characters")
    check("region", lambda value: is_one_of(value, region_codes), f"one of {', '.join(sorted(region_codes))}")
    check(
        "key_factors",
        lambda value: are_key_factors(value, key_factor_numbers),
        f"1 to {MAX_KEY_FACTORS_PER_PRACTICE} different key factor numbers from 1 to 10",
    )
    check("themes", are_themes, f"a list of at most {MAX_THEMES} texts of at most {MAX_THEME_LENGTH} characters")
    check("year", is_year, f"a year from {FIRST_PRACTICE_YEAR} to {timezone.now().year + 1}")
    check("summary", lambda value: is_text(value, 800), "a non-empty text of at most 800 characters")
    for key in NARRATIVE_KEYS:
        check(
            key,
            lambda value: is_text(value, MAX_NARRATIVE_LENGTH),
            f"a non-empty text of at most {MAX_NARRATIVE_LENGTH} characters",
        )
    check("contact", is_contact, 'an object {"unit": text, "email": a valid address or ""}')
    check("visibility", lambda value: is_one_of(value, Visibility.values), f"one of {', '.join(Visibility.values)}")
    return problems


def is_one_of(value, codes):
    """Whether `value` is one of the text `codes`; a list or an object in its place is not (nor a crash)."""
    return isinstance(value, str) and value in codes


def is_text(value, max_length):
    return isinstance(value, str) and bool(value.strip()) and len(value) <= max_length


def are_key_factors(value, known_numbers):
    return (
        isinstance(value, list)
        and 1 <= len(value) <= MAX_KEY_FACTORS_PER_PRACTICE
        and all(type(number) is int and number in known_numbers for number in value)
        and len(set(value)) == len(value)
    )


def are_themes(value):
    return (
        isinstance(value, list)
        and len(value) <= MAX_THEMES
        and all(is_text(theme, MAX_THEME_LENGTH) for theme in value)
    )


def is_year(value):
    return type(value) is int and FIRST_PRACTICE_YEAR <= value <= timezone.now().year + 1


def is_contact(value):
    if not isinstance(value, dict) or set(value) != {"unit", "email"}:
        return False
    if not isinstance(value["unit"], str) or len(value["unit"]) > 200 or not isinstance(value["email"], str):
        return False
    if value["email"]:
        try:
            validate_email(value["email"])
        except ValidationError:
            return False
    return True


def record_from_practice(practice):
    """The JSON Lines record of a practice (its live version), keys in `RECORD_KEYS` order."""
    return {
        "external_id": practice.external_id,
        "title": practice.title,
        "language": practice.language,
        "administration": practice.administration.name if practice.administration else "",
        "region": practice.region.code if practice.region else "",
        "key_factors": practice.key_factor_numbers(),
        "themes": sorted(tag.name for tag in practice.tags.all()),
        "year": practice.year,
        "summary": practice.summary,
        **{key: text_from_html(getattr(practice, key)) for key in NARRATIVE_KEYS},
        "contact": {"unit": practice.contact_unit, "email": practice.contact_email},
        "visibility": practice.visibility,
    }


def normalised(record):
    """`record` as it will read back once stored, to tell whether anything would change."""
    return {
        **record,
        "title": record["title"].strip(),
        "administration": record["administration"].strip(),
        "themes": sorted({theme.strip().lower() for theme in record["themes"]}),
        "summary": record["summary"].strip(),
        **{key: text_from_html(paragraphs_from_text(record[key])) for key in NARRATIVE_KEYS},
        "contact": {"unit": record["contact"]["unit"].strip(), "email": record["contact"]["email"].strip()},
    }


class PracticeImporter:
    """Creates and updates practices from validated records, inside one transaction.

    New practices are published `BATCH_SIZE` at a time by
    `practice_bulk_publishing` (a fixed number of statements a batch, the
    same rows as Wagtail's own publishing); a practice that exists already
    and changed is updated and published through Wagtail, one at a time.
    """

    BATCH_SIZE = 250

    def __init__(self):
        self.summary = ImportSummary()
        self.regions = {region.code: region for region in Region.objects.all()}
        self.administrations = {
            administration.name: administration for administration in PartnerAdministration.objects.all()
        }
        self.key_factors = {
            factor.number: factor for factor in KeyFactor.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        }
        self.indexes = {}

    @transaction.atomic
    def run(self, records, progress=None):
        """Import `records` (from `read_records`); `progress(done, total)` is called after each batch."""
        if not records:
            return self.summary  # a file with no good line writes nothing, not even the practice index
        _index, self.summary.created_index = ensure_practice_index()
        external_ids = [record["external_id"] for _line, record in records]
        existing = {
            practice.external_id: practice
            for practice in PracticePage.objects.filter(external_id__in=external_ids)
            .select_related("administration", "region")
            .prefetch_related("practice_key_factors__key_factor", "tags")
        }
        done, total, new = 0, len(records), []
        for _line, record in records:
            wanted = normalised(record)
            practice = existing.get(record["external_id"])
            if practice is None:
                new.append(wanted)
                continue
            if record_from_practice(practice) != wanted:
                self.update(practice, wanted)
                self.summary.updated.append(wanted["external_id"])
            else:
                self.summary.unchanged.append(wanted["external_id"])
            done += 1
            if progress and done % self.BATCH_SIZE == 0:
                progress(done, total)
        if progress and done % self.BATCH_SIZE:
            progress(done, total)
        for start in range(0, len(new), self.BATCH_SIZE):
            batch = new[start : start + self.BATCH_SIZE]
            self.create_batch(batch)
            self.summary.created += [wanted["external_id"] for wanted in batch]
            done += len(batch)
            if progress:
                progress(done, total)
        return self.summary

    def create_batch(self, records):
        """Publish new practices for `records`, those of one parent index together."""
        tags = tags_named({theme for record in records for theme in record["themes"]})
        by_parent = {}
        for record in records:
            parent = self.index_for(record["language"])
            practice = PracticePage(
                external_id=record["external_id"],
                slug=slugify(record["title"])[:SLUG_LENGTH] or "practice",
                locale_id=parent.locale_id,
            )
            self.fill(practice, record, tags=[tags[theme] for theme in record["themes"]])
            by_parent.setdefault(parent.pk, (parent, []))[1].append(practice)
        for parent, practices in by_parent.values():
            publish_new_practices(parent, practices)

    def update(self, practice, record):
        self.fill(practice, record)
        practice.save_revision().publish()

    def fill(self, practice, record, tags=None):
        """Set `practice`'s fields, key factors and tags (`tags`: Tag objects, else the record's theme names)."""
        administration = self.administration(record["administration"], record["region"])
        practice.title = record["title"]
        practice.language = record["language"]
        practice.administration = administration
        practice.region = self.regions[record["region"]]
        practice.year = record["year"]
        practice.summary = record["summary"]
        for key in NARRATIVE_KEYS:
            setattr(practice, key, paragraphs_from_text(record[key]))
        practice.contact_unit = record["contact"]["unit"]
        practice.contact_email = record["contact"]["email"]
        practice.visibility = record["visibility"]
        practice.practice_key_factors.set(
            [
                PracticeKeyFactor(key_factor=self.key_factors[number], sort_order=position)
                for position, number in enumerate(record["key_factors"])
            ]
        )
        practice.tags.set(record["themes"] if tags is None else tags)

    def administration(self, name, region_code):
        """The administration called `name`, created in `region_code` when the site does not know it."""
        if name not in self.administrations:
            self.administrations[name] = PartnerAdministration.objects.create(
                name=name, country="", region=self.regions[region_code]
            )
            self.summary.created_administrations.append(name)
        return self.administrations[name]

    def index_for(self, language_code):
        if language_code not in self.indexes:
            self.indexes[language_code] = practice_index_for_language(language_code)
        return self.indexes[language_code]


def export_records(practices):
    """One record per live practice, ordered by external id."""
    queryset = (
        practices.live()
        .select_related("administration", "region")
        .prefetch_related("practice_key_factors__key_factor", "tags")
        .order_by("external_id")
    )
    return [record_from_practice(practice) for practice in queryset]
