"""Filters and facet counts of the database engine, in SQL over the matched documents.

A filter keeps documents having any of the selected values of its facet
(OR within a facet); filters of different facets all apply (AND). Each
facet is counted over the documents that pass every filter except its own,
so a value's count is exactly the total a click on it gives. On SQLite the
six counts, and the total when asked, run as one UNION ALL statement over
`PracticeSearchFacetValue`; on PostgreSQL `postgresql` counts them from
the document rows, and only the ordering, selection and labels here apply.

The statements are fixed SQL around the documents' own (page ids as SQL,
e.g. `visibility.visible_condition`'s): built as querysets, each filter and
group cost a cold search more Python than running them (issue 12).
"""

from collections import defaultdict
from operator import itemgetter

from django.conf import settings
from django.utils.translation import gettext

from accounts.regions import REGION_NAMES
from home.sql_rows import fetch_rows, placeholders
from knowledgebase.models import key_factor_names

from ...models import PracticeSearchFacetValue
from ..contract import FACETS, KEY_FACTOR, LANGUAGE, REGION, YEAR, FacetValue

# A facet lists at most this many values (most frequent first), plus any selected one.
MAX_VALUES_PER_FACET = 30
# Facets listed in the order of their numbers, not by frequency.
NUMBERED = (KEY_FACTOR, YEAR)
FACET_VALUES = PracticeSearchFacetValue._meta.db_table


def filter_condition(filters, column, except_facet=None):
    """(SQL, params): the document whose id is `column` passes every filter of `filters` but `except_facet`'s."""
    conditions, params = ["1 = 1"], []
    for facet, values in filters.items():
        if facet != except_facet:
            values = [str(value) for value in values]
            conditions.append(
                f"{column} IN (SELECT document_id FROM {FACET_VALUES} "  # noqa: S608 - constant table and column names, values as parameters  # nosec B608
                f"WHERE facet = %s AND value IN ({placeholders(len(values))}))"
            )
            params += [facet, *values]
    return " AND ".join(conditions), params


def passing(documents, filters):
    """(SQL, params) of the page ids of `documents` ((SQL of page ids, params)) passing every filter of `filters`."""
    sql, params = documents
    condition, condition_params = filter_condition(filters, "passing.page_id")
    return f"SELECT page_id FROM ({sql}) AS passing WHERE {condition}", [*params, *condition_params]  # noqa: S608 - SQL built here, values as parameters  # nosec B608


def total_and_counted_facets(documents, filters, with_total=True):
    """(total, {facet: {value: count}}, {(facet, value): stored label}) of `documents`, in one statement.

    `documents`: (SQL of their page ids as `page_id`, params), before the
    filters. The total (None unless `with_total`) counts the documents passing
    every filter. Facets without a selection of their own are all counted
    over the same documents (every filter applied), in one GROUP BY; each
    facet with a selection needs its own, without its filter. So a search
    with no filter scans the facet values once, not six times.
    """
    sql, params = documents
    unselected = [facet for facet in FACETS if facet not in filters]
    groups = [([facet], facet) for facet in FACETS if facet in filters]
    if unselected:
        groups.append((unselected, None))
    parts, part_params = [], []
    if with_total:
        condition, condition_params = filter_condition(filters, "counted.page_id")
        parts.append(f"SELECT NULL, NULL, NULL, COUNT(*) FROM ({sql}) AS counted WHERE {condition}")  # noqa: S608 - SQL built here, values as parameters  # nosec B608
        part_params += [*params, *condition_params]
    for facets, except_facet in groups:
        condition, condition_params = filter_condition(filters, "document_id", except_facet)
        parts.append(
            f"SELECT facet, value, label, COUNT(*) FROM {FACET_VALUES} "  # noqa: S608 - SQL built here, values as parameters  # nosec B608
            f"WHERE facet IN ({placeholders(len(facets))}) AND document_id IN ({sql}) AND {condition} "
            "GROUP BY facet, value, label"
        )
        part_params += [*facets, *params, *condition_params]
    rows = fetch_rows(" UNION ALL ".join(parts), part_params)
    total = next((count for facet, _value, _label, count in rows if facet is None), None)
    return total, *counts_of_rows(row for row in rows if row[0] is not None)


def counts_of_rows(rows):
    """({facet: {value: count}}, {(facet, value): stored label}) of (facet, value, label, count) rows.

    A listing counts a few hundred values: no call a row.
    """
    counts = {facet: defaultdict(int) for facet in FACETS}
    stored_labels = {}
    for facet, value, label, count in rows:
        counts[facet][value] += count
        if (facet, value) not in stored_labels:
            stored_labels[facet, value] = label
    return {facet: dict(values) for facet, values in counts.items()}, stored_labels


def facets_of(counts, filters, stored_labels_of):
    """{facet: [FacetValue]} from {facet: {value: count}}; `stored_labels_of({facet: values shown})` gives labels.

    A value stored under two labels (a tag renamed since) is one value.
    """
    selected = {facet: {str(value) for value in filters.get(facet, ())} for facet in FACETS}
    shown = {facet: shown_values(facet, counts[facet], selected[facet]) for facet in FACETS}
    labels = Labels(
        stored_labels_of({facet: [value for value, _count in values] for facet, values in shown.items()}),
        need_key_factor_names=bool(counts[KEY_FACTOR] or filters.get(KEY_FACTOR)),
    )
    return {
        facet: [
            FacetValue(value=value, label=labels.label(facet, value), count=count, selected=value in selected[facet])
            for value, count in shown[facet]
        ]
        for facet in FACETS
    }


def shown_values(facet, counts, selected):
    """[(value, count)] a facet lists: the first MAX_VALUES_PER_FACET in its order, and every selected value."""
    counts = dict(counts)
    for value in selected:
        counts.setdefault(value, 0)
    if facet in NUMBERED:
        ordered = sorted(counts.items(), key=lambda item: numbered_order_key(facet, item[0]))
    else:
        # Most frequent first, equals by value: sorted by value, then by count (a stable sort, even reversed).
        ordered = sorted(counts.items())
        ordered.sort(key=itemgetter(1), reverse=True)
    return [item for index, item in enumerate(ordered) if index < MAX_VALUES_PER_FACET or item[0] in selected]


def numbered_order_key(facet, value):
    """Key factors by number, years newest first (other facets are listed most frequent first)."""
    if facet == KEY_FACTOR:
        return (int(value) if value.isdigit() else 0, value)
    return (-int(value) if value.isdigit() else 0, value)


class Labels:
    """What the reader sees for a facet value, in the active language (one query, for key factor names)."""

    def __init__(self, stored_labels, need_key_factor_names):
        self.stored_labels = stored_labels
        self.key_factor_names = key_factor_names() if need_key_factor_names else {}
        self.language_names = dict(settings.LANGUAGES)

    def label(self, facet, value):
        if facet == KEY_FACTOR:
            return self.key_factor_names.get(int(value), value) if value.isdigit() else value
        if facet == REGION:
            return gettext(REGION_NAMES[value]) if value in REGION_NAMES else value
        if facet == LANGUAGE:
            return str(self.language_names.get(value, value))
        return self.stored_labels.get((facet, value)) or value
