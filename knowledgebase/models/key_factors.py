"""The Revised Arusha Declaration key factors: the taxonomy of the whole site.

Courses, guide sections and practices are all tagged with key factors, so
they live here as a translatable snippet seeded in English, French and Spanish.
"""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from home.request_memo import remember_shared
from home.sql_rows import fetch_rows


class KeyFactor(TranslatableMixin, index.Indexed, models.Model):
    """One of the ten key factors; `number` is the same in every language."""

    number = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1), MaxValueValidator(10)])
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120)
    description = models.TextField(_("short description"))

    panels = [FieldPanel("number"), FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.SearchField("description"), index.FilterField("locale")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["number"]
        verbose_name = _("key factor")
        verbose_name_plural = _("key factors")
        constraints = [
            models.UniqueConstraint(fields=["locale", "number"], name="knowledgebase_keyfactor_number_per_locale"),
            models.UniqueConstraint(fields=["locale", "slug"], name="knowledgebase_keyfactor_slug_per_locale"),
        ]

    def __str__(self):
        return f"{self.number}. {self.name}"


# A fixed statement (home.sql_rows): pages of every kind read the names whenever the cache is cold.
KEY_FACTOR_NAMES_STATEMENT = """
SELECT kf.number, kf.name FROM knowledgebase_keyfactor kf INNER JOIN wagtailcore_locale l ON l.id = kf.locale_id
WHERE l.language_code = %s ORDER BY kf.number
"""


def key_factor_names(language_code=None):
    """{number: name} in a language (the active one by default), in one query, kept while no snippet changes.

    Pages store their key factors as the default-language snippets; readers
    see them named in their own language, matched by number. The names are
    the same for every reader, so they are shared across requests under
    the content generation, which every snippet change retires.
    """
    language_code = language_code or translation.get_language()
    return remember_shared(
        "key-factor-names",
        lambda: dict(fetch_rows(KEY_FACTOR_NAMES_STATEMENT, [language_code])),
        language=language_code,
        audience="all",
    )


def default_language_key_factors():
    """The choices editors and coordinators pick from: one snippet per number."""
    return {"locale__language_code": settings.LANGUAGE_CODE}
