"""Filters and facet counts of the database engine, in SQL over the matched documents.

A filter keeps documents having any of the selected values of its facet
(OR within a facet); filters of different facets all apply (AND). Each
facet is counted over the documents that pass every filter except its own,
so a value's count is exactly the total a click on it gives. On SQLite the
six counts run as one UNION ALL query over `PracticeSearchFacetValue`; on
PostgreSQL `postgresql` counts them from the document rows, and only the
ordering, selection and labels here apply.
"""

from django.conf import settings
from django.db import connection
from django.db.models import Count
from django.utils.translation import gettext

from accounts.regions import REGION_NAMES
from knowledgebase.models import key_factor_names

from ...models import PracticeSearchFacetValue
from ..contract import FACETS, KEY_FACTOR, LANGUAGE, REGION, YEAR, FacetValue

# A facet lists at most this many values (most frequent first), plus any selected one.
MAX_VALUES_PER_FACET = 30


def filtered(documents, filters, except_facet=None):
    """`documents` passing every filter of `filters` ({facet: values}) but `except_facet`'s."""
    for facet, values in filters.items():
        if facet != except_facet:
            with_value = PracticeSearchFacetValue.objects.filter(facet=facet, value__in=[str(v) for v in values])
            documents = documents.filter(pk__in=with_value.values("document_id"))
    return documents


def facet_counts(documents, filters):
    """{facet: [FacetValue]} for `documents` (visible and matching the text, before filters)."""
    counts, stored_labels = counted_facets(documents, filters)
    return facets_of(counts, filters, lambda _shown: stored_labels)


def counted_facets(documents, filters):
    """({facet: {value: count}}, {(facet, value): stored label}) for `documents`, before filters."""
    return counts_of_rows(facet_rows(documents, filters))


def counts_of_rows(rows):
    """({facet: {value: count}}, {(facet, value): stored label}) of (facet, value, label, count) rows."""
    counts = {facet: {} for facet in FACETS}
    stored_labels = {}
    for facet, value, label, count in rows:
        counts[facet][value] = counts[facet].get(value, 0) + count
        stored_labels.setdefault((facet, value), label)
    return counts, stored_labels


# The empty search's total and facet counts in one statement (any database): the visible documents'
# SQL is compiled once and read twice, where `count()` and `facet_rows` compiled it twice, in two queries.
TOTAL_AND_FACETS = """
SELECT NULL, NULL, NULL, COUNT(*) FROM search_practicesearchdocument WHERE page_id IN ({visible})
UNION ALL
SELECT facet, value, label, COUNT(*) FROM search_practicesearchfacetvalue
WHERE document_id IN ({visible}) GROUP BY facet, value, label
"""


def total_and_counted_facets(documents):
    """(total, {facet: {value: count}}, {(facet, value): stored label}) of `documents`, unfiltered: one query."""
    visible, parameters = documents.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(TOTAL_AND_FACETS.format(visible=visible), [*parameters, *parameters])
        rows = cursor.fetchall()
    total = next(count for facet, _value, _label, count in rows if facet is None)
    return total, *counts_of_rows(row for row in rows if row[0] is not None)


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


def facet_rows(documents, filters):
    """(facet, value, label, count) rows, in one UNION query.

    Facets without a selection of their own are all counted over the same
    documents (every filter applied), in one GROUP BY; each facet with a
    selection needs its own, without its filter. So a search with no
    filter scans the facet values once, not six times.
    """
    unselected = [facet for facet in FACETS if facet not in filters]
    groups = [([facet], filtered(documents, filters, except_facet=facet)) for facet in FACETS if facet in filters]
    if unselected:
        groups.append((unselected, filtered(documents, filters)))
    per_group = [
        PracticeSearchFacetValue.objects.filter(facet__in=facets, document_id__in=matching.values("pk"))
        .values("facet", "value", "label")
        .annotate(count=Count("pk"))
        .values_list("facet", "value", "label", "count")
        .order_by()
        for facets, matching in groups
    ]
    return per_group[0].union(*per_group[1:], all=True)


def shown_values(facet, counts, selected):
    """[(value, count)] a facet lists: the first MAX_VALUES_PER_FACET in its order, and every selected value."""
    counts = dict(counts)
    for value in selected:
        counts.setdefault(value, 0)
    ordered = sorted(counts.items(), key=lambda item: order_key(facet, item))
    return [item for index, item in enumerate(ordered) if index < MAX_VALUES_PER_FACET or item[0] in selected]


def order_key(facet, item):
    """Key factors by number, years newest first, other facets most frequent first."""
    value, count = item
    if facet == KEY_FACTOR:
        return (int(value) if value.isdigit() else 0, value)
    if facet == YEAR:
        return (-int(value) if value.isdigit() else 0, value)
    return (-count, value)


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
