"""Admin screens for the footer text, and the page refused to signed-in readers outside its groups."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FooterText
from .view_restrictions import refuse_signed_in_readers_outside_the_groups


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    list_display = ["__str__", "locale"]


register_snippet(FooterTextViewSet)


hooks.register("before_serve_page", refuse_signed_in_readers_outside_the_groups)
