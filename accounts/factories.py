"""Factories for people, regions and partner administrations.

Every factory-made user can log in straight away with `KNOWN_PASSWORD`: the
password is hashed the normal way and the email address is verified, as it
would be for a real account, so tests exercise the real login flow.
"""

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from .models import PartnerAdministration, Region, User
from .regions import REGION_NAMES

__all__ = [
    "KNOWN_PASSWORD",
    "EmailAddressFactory",
    "PartnerAdministrationFactory",
    "RegionFactory",
    "UserFactory",
    "add_to_role",
]

KNOWN_PASSWORD = "correct-horse-battery-staple"  # noqa: S105 - the shared password of factory-made test users


class RegionFactory(factory.django.DjangoModelFactory):
    """One of the seeded WCO regions; reuses the row the data migration made."""

    code = factory.Iterator(REGION_NAMES)
    name = factory.LazyAttribute(lambda region: REGION_NAMES[region.code])

    class Meta:
        model = Region
        django_get_or_create = ("code",)


class PartnerAdministrationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Customs Administration {n}")
    country = factory.Sequence(lambda n: f"Country {n}")
    region = factory.SubFactory(RegionFactory)
    acip_partner_since = 2015
    active = True

    class Meta:
        model = PartnerAdministration


class EmailAddressFactory(factory.django.DjangoModelFactory):
    """allauth's record of an address; login needs a verified one."""

    user = factory.SubFactory("accounts.factories.UserFactory", verified_email=None)
    email = factory.SelfAttribute("user.email")
    verified = True
    primary = True

    class Meta:
        model = EmailAddress


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@customs.example")
    first_name = "Amina"
    last_name = "Diallo"
    password = factory.django.Password(KNOWN_PASSWORD)
    preferred_language = "en"
    verified_email = factory.RelatedFactory(EmailAddressFactory, factory_related_name="user")

    class Meta:
        model = User
        skip_postgeneration_save = True

    class Params:
        staff = factory.Trait(is_staff=True)


def add_to_role(user, role):
    """Put `user` in the group named `role` (one of the names in accounts.roles)."""
    group, _ = Group.objects.get_or_create(name=role)
    user.groups.add(group)
    user.__dict__.pop("_role_names", None)  # accounts.roles caches the user's groups
    return user
