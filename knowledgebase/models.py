"""The Revised Arusha Declaration key factors: the taxonomy of the whole site.

Courses, guide sections and practices are all tagged with key factors, so
they live here as a translatable snippet seeded in English, French and Spanish.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


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
