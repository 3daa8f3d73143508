"""Admin screens for key factors and the home page's key-factor navigation."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import HOME_SECTIONS_HOOK

from .models import KeyFactor


class KeyFactorViewSet(SnippetViewSet):
    model = KeyFactor
    icon = "tag"
    menu_label = _("Key factors")
    list_display = ["number", "name", "locale"]
    ordering = ["number"]
    add_to_admin_menu = True
    menu_order = 310


register_snippet(KeyFactorViewSet)


@hooks.register(HOME_SECTIONS_HOOK)
def key_factor_navigation(request, page):
    key_factors = list(KeyFactor.objects.filter(locale=Locale.get_active()).order_by("number"))
    if not key_factors:
        return None
    return {"template": "knowledgebase/home_key_factors.html", "key_factors": key_factors}


key_factor_navigation.order = 90
