"""The seed of the concept vocabulary, `search/concepts.jsonl`, loaded without undoing editors' work.

One JSON object a line: {"key": "staff-rotation", "en": [...], "fr": [...],
"es": [...], "acronyms": [...], "notes": "..."}. Loading it (the data
migration of a fresh site, `manage.py load_search_concepts` on every
deployment) is idempotent:

- a concept missing from the database is added;
- a concept nobody changed since the seed last loaded it (its content still
  has the digest recorded then, `SearchConcept.seed_digest`) takes the
  file's new wording;
- a concept an editor changed, or added, is left as the editor left it;
- nothing is deleted: a concept the file drops stays until an editor removes it.
"""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.text import slugify

SEED_FILE = Path(__file__).with_name("concepts.jsonl")
# Seed file name → model field; each holds one entry a line.
LIST_FIELDS = {"en": "english_terms", "fr": "french_terms", "es": "spanish_terms", "acronyms": "acronyms"}
CONTENT_FIELDS = (*LIST_FIELDS.values(), "notes")


class SeedError(ValueError):
    """A line of the seed file that is not a concept."""


@dataclass
class LoadReport:
    added: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    kept_as_edited: list = field(default_factory=list)
    unchanged: int = 0


def read_seed(path=SEED_FILE):
    """[{model field: value}] of the concepts of the seed file at `path`, in file order."""
    concepts = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise SeedError(f"{path}, line {number}: not JSON ({error.msg}).") from error
        concepts[record_key(record, path, number)] = fields_of(record, path, number)
    return list(concepts.values())


def record_key(record, path, number):
    key = record.get("key") if isinstance(record, dict) else None
    if not isinstance(key, str) or not key or slugify(key) != key:
        raise SeedError(f"{path}, line {number}: the key must be a slug such as 'staff-rotation'.")
    return key


def fields_of(record, path, number):
    values = {"key": record["key"], "notes": str(record.get("notes") or "").strip()}
    for name, model_field in LIST_FIELDS.items():
        entries = record.get(name) or []
        if not isinstance(entries, list) or not all(isinstance(entry, str) for entry in entries):
            raise SeedError(f"{path}, line {number}: '{name}' must be a list of strings.")
        values[model_field] = "\n".join(dict.fromkeys(entry.strip() for entry in entries if entry.strip()))
    return values


def content_digest(values):
    """A digest of a concept's wording (`values`: a dict or a model instance), to tell whether it changed."""
    read = values.get if isinstance(values, dict) else lambda name: getattr(values, name)
    content = "\x1e".join((read(name) or "").strip() for name in CONTENT_FIELDS)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def load_concepts(concept_model, seed):
    """Apply the `seed` (from `read_seed`) to `concept_model`'s rows as the module docstring says; a `LoadReport`."""
    report = LoadReport()
    existing = concept_model.objects.in_bulk([values["key"] for values in seed], field_name="key")
    for values in seed:
        digest = content_digest(values)
        concept = existing.get(values["key"])
        if concept is None:
            concept_model.objects.create(**values, seed_digest=digest)
            report.added.append(values["key"])
        elif content_digest(concept) == digest:
            report.unchanged += 1
            if concept.seed_digest != digest:
                concept_model.objects.filter(pk=concept.pk).update(seed_digest=digest)
        elif concept.seed_digest and content_digest(concept) == concept.seed_digest:
            for name in CONTENT_FIELDS:
                setattr(concept, name, values[name])
            concept.seed_digest = digest
            concept.save()
            report.updated.append(values["key"])
        else:
            report.kept_as_edited.append(values["key"])
    return report
