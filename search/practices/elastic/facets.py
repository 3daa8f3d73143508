"""Facet aggregations and their labels.

Each facet is a `filter` aggregation holding every selected filter except
the facet's own, around a `terms` aggregation on its keyword field, so a
count is exactly what a click on that value would return. Administrations
and tags are counted on keys holding value and label together (indexed as
`administration_labelled` and `tags_labelled`), so their labels are read
from the answer, as indexed: reading them from the database took three
queries a search. Key factor names come from the database in one query;
only a selected value no hit carries any more has its label looked up.
"""

from django.conf import settings
from django.utils.translation import gettext
from elasticsearch_dsl import A, Q
from taggit.models import Tag

from accounts.models import PartnerAdministration
from accounts.regions import REGION_NAMES
from knowledgebase.models.key_factors import key_factor_names
from search.practices import contract

from .indexing import LABEL_SEPARATOR, administration_slug

FACET_FIELDS = {
    contract.KEY_FACTOR: "key_factors",
    contract.REGION: "region",
    contract.ADMINISTRATION: "administration_slug",
    contract.TAG: "tags",
    contract.YEAR: "year",
    contract.LANGUAGE: "language",
}
# As many values as the database engine shows; a selected value always shows.
MAX_VALUES_PER_FACET = 30


# Facets counted on keys carrying their labels, and the separator between the two.
COUNTED_FIELDS = {**FACET_FIELDS, contract.ADMINISTRATION: "administration_labelled", contract.TAG: "tags_labelled"}
LABELLED = (contract.ADMINISTRATION, contract.TAG)


def facet_aggregation(name, other_filters):
    aggregation = A("filter", Q("bool", filter=other_filters))
    aggregation.bucket("values", "terms", field=COUNTED_FIELDS[name], size=MAX_VALUES_PER_FACET)
    return aggregation


def facet_values(aggregations, query):
    """{facet: [FacetValue]} from the facet aggregations of a response."""
    filters = query.filters()
    buckets = {name: aggregations[name]["values"]["buckets"] for name in contract.FACETS}
    return {
        name: values_of(name, buckets[name], {str(value) for value in filters.get(name, ())})
        for name in contract.FACETS
    }


def values_of(name, buckets, selected):
    counts, labels = {}, {}
    for bucket in buckets:
        key, _separator, label = str(bucket["key"]).partition(LABEL_SEPARATOR)
        counts[key] = bucket["doc_count"]
        if name in LABELLED:
            labels[key] = label
    # A selected value no hit carries any more still shows, so it can be unselected.
    for key in selected - counts.keys():
        counts[key] = 0
    label = labeller(name, counts.keys() - labels.keys())
    values = [
        contract.FacetValue(value=key, label=labels.get(key) or label(key), count=count, selected=key in selected)
        for key, count in counts.items()
    ]
    return sorted(values, key=_ordering(name))


def labeller(name, keys):
    """key -> label for the facet `name`, reading from the database only the names `keys` need."""
    if name == contract.KEY_FACTOR:
        names = key_factor_names() if keys else {}
        return lambda key: names.get(int(key), key) if key.isdigit() else key
    if name == contract.REGION:
        return lambda key: gettext(REGION_NAMES[key]) if key in REGION_NAMES else key
    if name == contract.LANGUAGE:
        languages = dict(settings.LANGUAGES)
        return lambda key: str(languages.get(key, key))
    if name == contract.ADMINISTRATION:
        administrations = PartnerAdministration.objects.values_list("name", flat=True) if keys else []
        names = {administration_slug(name): name for name in administrations}
        return lambda key: names.get(key, key)
    if name == contract.TAG:
        names = dict(Tag.objects.filter(slug__in=list(keys)).values_list("slug", "name")) if keys else {}
        return lambda key: names.get(key, key)
    return lambda key: key


def _ordering(name):
    if name == contract.KEY_FACTOR:
        return lambda value: int(value.value) if value.value.isdigit() else 0
    if name == contract.YEAR:
        return lambda value: -int(value.value) if value.value.isdigit() else 0
    return lambda value: (-value.count, value.value)
