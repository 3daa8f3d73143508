"""Factories for search: concepts of the vocabulary, for tests that must not depend on the seed file."""

import factory

from .models import SearchConcept
from .vocabulary import concepts_changed

__all__ = ["SearchConceptFactory"]


def lines(entries):
    return "\n".join(entries)


class SearchConceptFactory(factory.django.DjangoModelFactory):
    """A concept, in force at once: searches and indexing read it from the next call (as after its reindex).

    Terms are given as lists: `SearchConceptFactory(key="gifts", en=["gift"], fr=["cadeau"], es=["regalo"])`.
    """

    key = factory.Sequence(lambda n: f"concept-{n}")

    class Meta:
        model = SearchConcept

    class Params:
        en = ()
        fr = ()
        es = ()
        acronym_list = ()

    english_terms = factory.LazyAttribute(lambda concept: lines(concept.en))
    french_terms = factory.LazyAttribute(lambda concept: lines(concept.fr))
    spanish_terms = factory.LazyAttribute(lambda concept: lines(concept.es))
    acronyms = factory.LazyAttribute(lambda concept: lines(concept.acronym_list))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        concept = super()._create(model_class, *args, **kwargs)
        concepts_changed()
        return concept
