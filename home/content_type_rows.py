"""Django's content types read into its memo in one fixed statement, where each lookup would ask on its own.

`ContentType.objects` keeps every content type it has read for the life of
the process; whenever that memo is empty (a new process, the cold
benchmark) each `get_for_id` or `get_for_models` that misses costs a query,
and a queryset's worth of Python. The readers here fill it for a whole set
at once, with the rows the manager would have read.
"""

from django.contrib.contenttypes.models import ContentType

from .sql_rows import fetch_rows, placeholders

COLUMNS = ["id", "app_label", "model"]


def remember_content_types(statement, params):
    manager = ContentType.objects
    for row in fetch_rows(statement, params):
        manager._add_to_cache(manager.db, ContentType.from_db(manager.db, COLUMNS, row))


def read_content_types(ids):
    """Put the content types `ids` into Django's memo in one query, when it lacks more than one of them.

    Deciding whether each page on the way hands on to its child, and
    reading the page served in its class, each ask for a page's content
    type: a query each whenever the memo is empty (a new process, or the
    cold benchmark). Read together, they cost one.
    """
    manager = ContentType.objects
    known = manager._cache.get(manager.db, {})
    missing = sorted(pk for pk in ids if pk not in known)
    if len(missing) < 2:
        return
    statement = f"SELECT id, app_label, model FROM django_content_type WHERE id IN ({placeholders(len(missing))})"  # noqa: S608 - only placeholders are added, the ids are parameters  # nosec B608
    remember_content_types(statement, missing)


def read_content_types_of_models(models):
    """Put the content types of `models` (of their concrete models, as `get_for_models` reads them) into Django's memo.

    One query, when the memo lacks any. A model whose content type does not
    exist yet is left to the manager, which creates it.
    """
    manager = ContentType.objects
    known = manager._cache.get(manager.db, {})
    concrete = {model._meta.concrete_model._meta for model in models}
    missing = {(opts.app_label, opts.model_name) for opts in concrete} - set(known)
    if not missing:
        return
    app_labels = sorted({app_label for app_label, _model_name in missing})
    model_names = sorted({model_name for _app_label, model_name in missing})
    statement = f"""
SELECT id, app_label, model FROM django_content_type
WHERE app_label IN ({placeholders(len(app_labels))}) AND model IN ({placeholders(len(model_names))})
"""  # noqa: S608 - only placeholders are added, the names are parameters  # nosec B608
    remember_content_types(statement, [*app_labels, *model_names])
