"""Facet aggregations and their labels.

Each facet is a `filter` aggregation holding every selected filter except
the facet's own, around a `terms` aggregation on its keyword field; the
hits themselves are narrowed by all filters in `post_filter`. So a count is
exactly what a click on that value would return. Administrations and tags
carry their display name in a one-bucket sub-aggregation, so labels cost
no database query; key factor names come from the database in one query.
"""

from django.conf import settings
from django.utils.translation import gettext
from elasticsearch_dsl import A, Q

from accounts.regions import REGION_NAMES
from knowledgebase.models.key_factors import key_factor_names
from search.practices import contract

FACET_FIELDS = {
    contract.KEY_FACTOR: "key_factors",
    contract.REGION: "region",
    contract.ADMINISTRATION: "administration_slug",
    contract.TAG: "tags",
    contract.YEAR: "year",
    contract.LANGUAGE: "language",
}
LABEL_FIELDS = {contract.ADMINISTRATION: "administration_name", contract.TAG: "tag_names"}
# As many values as the database engine shows; a selected value always shows.
MAX_VALUES_PER_FACET = 30


def facet_aggregation(name, other_filters):
    terms = A("terms", field=FACET_FIELDS[name], size=MAX_VALUES_PER_FACET)
    if name in LABEL_FIELDS:
        terms.bucket("label", "terms", field=LABEL_FIELDS[name], size=1 if name == contract.ADMINISTRATION else 20)
    aggregation = A("filter", Q("bool", filter=other_filters))
    aggregation.bucket("values", terms)
    return aggregation


def facet_values(name, aggregation, query):
    selected = {str(value) for value in query.filters().get(name, ())}
    labeller = _labeller(name)
    values = []
    for bucket in aggregation["values"]["buckets"]:
        key = str(bucket["key"])
        label = _bucket_label(name, bucket) or labeller(key)
        values.append(contract.FacetValue(value=key, label=label, count=bucket["doc_count"], selected=key in selected))
    present = {value.value for value in values}
    # A selected value no hit carries any more still shows, so it can be unselected.
    for key in sorted(selected - present):
        values.append(contract.FacetValue(value=key, label=labeller(key), count=0, selected=True))
    return sorted(values, key=_ordering(name))


def _bucket_label(name, bucket):
    if name not in LABEL_FIELDS:
        return None
    label_buckets = bucket["label"]["buckets"]
    if name == contract.TAG:
        # A tag's slug may have several spellings across documents; any is fine, but prefer a stable one.
        return min((label["key"] for label in label_buckets), default=None)
    return label_buckets[0]["key"] if label_buckets else None


def _labeller(name):
    if name == contract.KEY_FACTOR:
        names = key_factor_names()
        return lambda key: names.get(int(key), key) if key.isdigit() else key
    if name == contract.REGION:
        return lambda key: gettext(REGION_NAMES[key]) if key in REGION_NAMES else key
    if name == contract.LANGUAGE:
        languages = dict(settings.LANGUAGES)
        return lambda key: str(languages.get(key, key))
    return lambda key: key


def _ordering(name):
    if name == contract.KEY_FACTOR:
        return lambda value: int(value.value) if value.value.isdigit() else 0
    if name == contract.YEAR:
        return lambda value: -int(value.value) if value.value.isdigit() else 0
    return lambda value: (-value.count, value.value)
