"""Admin screens for the footer text."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FooterText


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]


register_snippet(FooterTextViewSet)
