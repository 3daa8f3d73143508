"""The rows a page of site search results shows, read in one fixed SQL statement.

A page of hits used to be one queryset per page type (up to six): building
and compiling them cost a cold search more Python than the rest of its
work together. One statement joins each searchable type's table on the
page's id and reads what a hit shows: the title, the URL path, the search
description, the type's excerpt field and a practice's language, plus the
content type, which names the hit's type label without Django's
content-type memo. It runs on SQLite and PostgreSQL alike (home.sql_rows).
"""

from functools import cache
from typing import NamedTuple

from django.apps import apps
from django.utils.text import capfirst

from home.sql_rows import fetch_rows, placeholders

from .content_types import EXCERPT_FIELDS, SEARCHABLE_TYPES

# Columns a searchable type may have beside the page's own: its excerpt fields, and a practice's language.
OWN_FIELDS = (*EXCERPT_FIELDS, "language")


class HitRow(NamedTuple):
    """One matching page as a hit shows it; `excerpt_fields` is {field name: value} for `excerpt_of_row`."""

    pk: int
    title: str
    url_path: str
    type_label: str
    excerpt_fields: dict
    language: str


@cache
def hit_statement_parts():
    """(the columns and joins of the statement, the names of `OWN_FIELDS` it selects): from the models' metadata.

    Each own field is the first non-null value among the tables that have
    it: a page has exactly one type, so only its own table's row joins.
    Built once: it depends on the code, never on data.
    """
    joins, columns, selected = [], [], []
    tables_by_field = {name: [] for name in OWN_FIELDS}
    for number, model in enumerate(SEARCHABLE_TYPES.models):
        alias = f"t{number}"
        joins.append(f"LEFT JOIN {model._meta.db_table} {alias} ON {alias}.{model._meta.pk.column} = p.id")
        for field in model._meta.concrete_fields:
            if field.name in tables_by_field and field.model is model:
                tables_by_field[field.name].append(f"{alias}.{field.column}")
    for name, sources in tables_by_field.items():
        if sources:
            columns.append(f"COALESCE({', '.join(sources)})" if len(sources) > 1 else sources[0])
            selected.append(name)
    return ", ".join(columns), "\n".join(joins), tuple(selected)


def read_hit_rows(page_ids):
    """{page id: HitRow} of the pages `page_ids` (searchable types only): one query."""
    if not page_ids:
        return {}
    columns, joins, own_names = hit_statement_parts()
    statement = f"""
SELECT p.id, p.title, p.url_path, p.search_description, ct.app_label, ct.model, {columns}
FROM wagtailcore_page p
INNER JOIN django_content_type ct ON ct.id = p.content_type_id
{joins}
WHERE p.id IN ({placeholders(len(page_ids))})
"""  # noqa: S608 - table and column names come from the models' metadata, values are parameters  # nosec B608
    rows, labels = {}, {}
    for pk, title, url_path, search_description, app_label, model_name, *own_values in fetch_rows(
        statement, list(page_ids)
    ):
        own = dict(zip(own_names, own_values, strict=True))
        if (app_label, model_name) not in labels:  # a label is translated once per type, not once per hit
            labels[app_label, model_name] = type_label(app_label, model_name)
        rows[pk] = HitRow(
            pk=pk,
            title=title,
            url_path=url_path,
            type_label=labels[app_label, model_name],
            excerpt_fields={"search_description": search_description, **own},
            language=own.get("language") or "",
        )
    return rows


def type_label(app_label, model_name):
    """What a hit of this page model says it is: the model's verbose name, capitalised, in the active language."""
    return str(capfirst(apps.get_model(app_label, model_name)._meta.verbose_name))
