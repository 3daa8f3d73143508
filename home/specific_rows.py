"""A page in its specific class, its own fields read by one fixed statement.

Routing reads every page on the way as a plain `Page` (home.routing), then
the page served in its specific class. Wagtail's `page.specific` does that
with `Model._default_manager.get(id=...)`: reading the Page columns again
and building, resolving and compiling a queryset, which cost more Python
than the rest of the routing. Here only the columns the specific class adds
are read, by a statement written once per class, converted as the ORM
converts them, and the instance is built with the Page values already in
hand, as `Model.from_db` builds any instance.
"""

from functools import cache

from django.db import connection
from wagtail.models import Page

from .sql_rows import converter, fetch_rows


def specific_page(page):
    """`page.specific` for a `Page` read from the database: the same instance Wagtail would return."""
    model = page.specific_class
    if model is None or isinstance(page, model) or not page.pk:
        return page.specific
    statement, own_fields = specific_columns(model)
    rows = fetch_rows(statement, [page.pk])
    if not rows:
        return page.specific
    own_values = dict(zip((field.attname for field in own_fields), rows[0], strict=True))
    fields = model._meta.concrete_fields
    values = [
        converter(field)(own_values[field.attname]) if field.attname in own_values else getattr(page, field.attname)
        for field in fields
    ]
    specific = model.from_db(page._state.db or connection.alias, [field.attname for field in fields], values)
    # As Wagtail's get_specific: what was set on the generic page (its cached parent, among others) carries over.
    for name, value in page.__dict__.items():
        specific.__dict__.setdefault(name, value)
    page.__dict__["specific"] = specific
    return specific


@cache
def specific_columns(model):
    """(SQL reading the columns `model` adds to Page, by page id; those fields in the statement's order)."""
    quote = connection.ops.quote_name
    own_fields = [field for field in model._meta.concrete_fields if field.model is not Page]
    tables = []
    for field in own_fields:
        if field.model not in tables:
            tables.append(field.model)
    columns = ", ".join(f"{quote(field.model._meta.db_table)}.{quote(field.column)}" for field in own_fields)
    first, *others = tables
    first_key = f"{quote(first._meta.db_table)}.{quote(first._meta.pk.column)}"
    joins = "".join(
        f" INNER JOIN {quote(table._meta.db_table)} ON {quote(table._meta.db_table)}.{quote(table._meta.pk.column)}"
        f" = {first_key}"
        for table in others
    )
    statement = f"SELECT {columns} FROM {quote(first._meta.db_table)}{joins} WHERE {first_key} = %s"  # noqa: S608
    return statement, own_fields
