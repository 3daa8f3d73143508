"""The ten Revised Arusha Declaration key factors, seeded in three languages."""

import pytest
from django.db import IntegrityError
from wagtail.models import Locale

from knowledgebase.models import KeyFactor

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language_code", ["en", "fr", "es"])
def test_ten_key_factors_exist_in_each_language(language_code):
    factors = KeyFactor.objects.filter(locale__language_code=language_code).order_by("number")
    assert list(factors.values_list("number", flat=True)) == list(range(1, 11))
    assert all(factor.name and factor.slug and factor.description for factor in factors)


@pytest.mark.parametrize(
    ("language_code", "number", "name"),
    [
        ("en", 1, "Leadership and Commitment"),
        ("fr", 1, "Leadership et engagement"),
        ("es", 1, "Liderazgo y compromiso"),
        ("en", 10, "Relationship with the Private Sector"),
        ("fr", 10, "Relations avec le secteur privé"),
        ("es", 10, "Relación con el sector privado"),
        ("fr", 8, "Gestion des ressources humaines"),
        ("es", 4, "Automatización"),
    ],
)
def test_key_factor_names_are_translated(language_code, number, name):
    assert KeyFactor.objects.get(locale__language_code=language_code, number=number).name == name


def test_translations_of_a_factor_share_one_translation_key():
    for number in range(1, 11):
        keys = set(KeyFactor.objects.filter(number=number).values_list("translation_key", flat=True))
        assert len(keys) == 1


def test_a_factor_knows_its_translations():
    english = KeyFactor.objects.get(locale__language_code="en", number=3)
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    assert french.name == "Transparence"


def test_a_number_cannot_be_used_twice_in_one_language():
    english = Locale.objects.get(language_code="en")
    with pytest.raises(IntegrityError):
        KeyFactor.objects.create(locale=english, number=1, name="Duplicate", slug="duplicate", description="x")
