"""The site shell: home page, standard pages and site-wide settings."""

from django.db import models
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from .blocks import BaseStreamBlock
from .routing import route_in_one_step

HOME_SECTIONS_HOOK = "register_home_page_section"
RENDERED_SECTION_TEMPLATE = "home/rendered_section.html"


class HomePage(Page):
    """The front door: an introduction plus sections the other apps provide.

    Other apps register sections (featured courses, latest guide sections,
    latest practices, key-factor navigation) with the
    `register_home_page_section` hook, so the home app never imports them.
    """

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Every page of a language's site is routed from its home: in two queries where the walk is not needed."""
        if path_components and (result := route_in_one_step(self, request, path_components)) is not None:
            return result
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Imported here: the page values read the request's audience, which the models need not know.
        from .page_values import shared_page_value

        context["sections"] = shared_page_value("home-sections", request, self, lambda: self.rendered_sections(request))
        return context

    def rendered_sections(self, request):
        """The sections, each rendered by its own template, as `{"template", "html"}` for the page's include loop.

        Every section shows published content filtered by what the reader's
        audience may see (never anything personal), so the rendered HTML is
        shared between readers of the same language and audience.
        """
        sections = []
        for provider in sorted(hooks.get_hooks(HOME_SECTIONS_HOOK), key=lambda hook: getattr(hook, "order", 100)):
            section = provider(request, self)
            if section:
                # Without the request: no context processor runs, and nothing about the reader can reach shared HTML.
                html = render_to_string(section["template"], {"section": section, "page": self})
                sections.append({"template": RENDERED_SECTION_TEMPLATE, "html": html})
        return sections


class StandardPage(Page):
    """A plain content page such as About or Privacy."""

    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("introduction"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


class FooterText(TranslatableMixin, models.Model):
    """The footer's words, one per language, so the footer is never mixed-language."""

    body = RichTextField(_("footer text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self):
        return _("Footer text ({language})").format(language=self.locale.get_display_name())


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """What the footer and contact links show, editable per site."""

    contact_email = models.EmailField(_("contact email"), blank=True)
    about_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("about page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        FieldPanel("contact_email"),
        MultiFieldPanel([FieldPanel("about_page"), FieldPanel("privacy_page")], heading=_("Footer links")),
    ]

    class Meta:
        verbose_name = _("site settings")
