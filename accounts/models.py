"""People and the partner administrations they belong to.

The user model is custom from the first migration because email is the login
and every officer or coordinator belongs to one partner administration, which
is what permission checks across the site are scoped by.
"""

from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from .regions import REGION_NAMES


class Region(models.Model):
    """One of the six WCO regions; seeded by a data migration, not edited."""

    code = models.CharField(_("code"), max_length=8, unique=True)
    name = models.CharField(_("name"), max_length=100)

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The region's name in the active language."""
        return gettext(REGION_NAMES.get(self.code, self.name))


class PartnerAdministration(index.Indexed, models.Model):
    """A customs administration taking part in the A-CIP Programme.

    Coordinators see and manage only the people and practices of their own
    administration, so this is the unit of access control.
    """

    name = models.CharField(_("name"), max_length=200, unique=True)
    country = models.CharField(_("country"), max_length=100)
    region = models.ForeignKey(
        Region, verbose_name=_("region"), on_delete=models.PROTECT, related_name="administrations"
    )
    acip_partner_since = models.PositiveSmallIntegerField(
        _("A-CIP partner since"), null=True, blank=True, help_text=_("Year the administration joined the programme.")
    )
    active = models.BooleanField(_("active"), default=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("country"),
        FieldPanel("region"),
        FieldPanel("acip_partner_since"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("country"),
        index.AutocompleteField("name"),
        index.FilterField("active"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner administration")
        verbose_name_plural = _("partner administrations")

    def __str__(self):
        return self.name


class UserManager(BaseUserManager):
    """Creates users identified by a case-insensitive email address."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractUser):
    """A person using Integrity Hub; the email address is the login."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    administration = models.ForeignKey(
        PartnerAdministration,
        verbose_name=_("administration"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default=settings.LANGUAGE_CODE
    )
    learning_reminders = models.BooleanField(
        _("email me reminders about my courses"),
        default=True,
        help_text=_("A reminder when you have not worked on a course for a while, and before a certificate expires."),
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        ordering = ["email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique")]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)
