"""Demo steps for people: fictional partner administrations and one account per role.

Administrations, countries and people are invented, so the demo never
speaks for a real customs administration. Accounts get the demo password only
when they are created; an existing account's password is never touched.
"""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import CommandError

from accounts.models import PartnerAdministration, Region
from accounts.roles import COORDINATORS, EDITORS, LEARNERS, MODERATORS

from .context import AccountSummary, demo_step

EMAIL_DOMAIN = "integrityhub.example"


@dataclass(frozen=True)
class DemoAdministration:
    name: str
    country: str
    region_code: str
    partner_since: int


@dataclass(frozen=True)
class DemoAccount:
    key: str
    first_name: str
    last_name: str
    description: str
    role: str | None = None
    administration: str | None = None
    is_staff: bool = False
    is_superuser: bool = False
    preferred_language: str = "en"

    @property
    def email(self):
        return f"{self.key}@{EMAIL_DOMAIN}"


NORVANIA = "Norvania Revenue Authority – Customs Department"

DEMO_ADMINISTRATIONS = (
    DemoAdministration(NORVANIA, "Norvania", "EUR", 2016),
    DemoAdministration("Kasoria Customs and Excise Service", "Kasoria", "ESA", 2017),
    DemoAdministration("Tavaland Customs Administration", "Tavaland", "AP", 2018),
    DemoAdministration("Maravelle National Customs Directorate", "Maravelle", "AMS", 2019),
    DemoAdministration("Sahelia General Directorate of Customs", "Sahelia", "WCA", 2020),
    DemoAdministration("Almara Customs Authority", "Almara", "MENA", 2021),
)

DEMO_ACCOUNTS = (
    DemoAccount(
        "admin",
        "Alex",
        "Morgan",
        "superuser: everything, including the Wagtail admin",
        is_staff=True,
        is_superuser=True,
    ),
    DemoAccount("editor", "Elena", "Ruiz", "Editors: writes courses, the guide and pages", role=EDITORS, is_staff=True),
    DemoAccount(
        "moderator",
        "Claire",
        "Martin",
        "Moderators: reviews and publishes practices",
        role=MODERATORS,
        is_staff=True,
        preferred_language="fr",
    ),
    DemoAccount(
        "coordinator", "Ingrid", "Solberg", f"Coordinators: {NORVANIA}", role=COORDINATORS, administration=NORVANIA
    ),
    DemoAccount(
        "learner", "Jonas", "Berg", f"Learners: an officer of {NORVANIA}", role=LEARNERS, administration=NORVANIA
    ),
)


@demo_step(order=60)
def build_partner_administrations(context):
    """Fictional partner administrations, one per WCO region."""
    for spec in DEMO_ADMINISTRATIONS:
        administration = PartnerAdministration.objects.filter(name=spec.name).first()
        if administration is None:
            try:
                region = Region.objects.get(code=spec.region_code)
            except Region.DoesNotExist as error:
                raise CommandError(f"Region {spec.region_code} is missing. Run `manage.py migrate` first.") from error
            administration = PartnerAdministration.objects.create(
                name=spec.name, country=spec.country, region=region, acip_partner_since=spec.partner_since
            )
            context.record_created(f"administration '{spec.name}'")
        else:
            context.record_existing(f"administration '{spec.name}'")
        context.administrations[spec.name] = administration


@demo_step(order=70)
def build_demo_accounts(context):
    """Demo accounts, one per role, with verified email addresses."""
    user_model = get_user_model()
    for spec in DEMO_ACCOUNTS:
        user = user_model.objects.filter(email__iexact=spec.email).first()
        created = user is None
        if created:
            user = create_account(context, user_model, spec)
            context.record_created(f"account {spec.email}")
        else:
            context.record_existing(f"account {spec.email}")
        ensure_verified_email(user)
        context.users[spec.key] = user
        context.accounts.append(AccountSummary(spec.email, spec.description, created))


def create_account(context, user_model, spec):
    """A new account with the demo password and its role; roles are not re-applied to existing accounts."""
    administration = None
    if spec.administration:
        administration = context.administrations.get(spec.administration) or PartnerAdministration.objects.get(
            name=spec.administration
        )
    user = user_model(
        email=spec.email,
        first_name=spec.first_name,
        last_name=spec.last_name,
        is_staff=spec.is_staff,
        is_superuser=spec.is_superuser,
        administration=administration,
        preferred_language=spec.preferred_language,
    )
    user.set_password(context.password)
    user.save()
    if spec.role:
        try:
            user.groups.add(Group.objects.get(name=spec.role))
        except Group.DoesNotExist as error:
            raise CommandError(f"Group '{spec.role}' is missing. Run `manage.py migrate` first.") from error
    return user


def ensure_verified_email(user):
    """allauth requires a verified address before login; demo addresses cannot receive mail."""
    address = EmailAddress.objects.filter(user=user, email__iexact=user.email).first()
    if address is None:
        has_primary = EmailAddress.objects.filter(user=user, primary=True).exists()
        EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=not has_primary)
    elif not address.verified:
        address.verified = True
        address.save(update_fields=["verified"])
