"""Admin screens for partner administrations."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PartnerAdministration


class PartnerAdministrationViewSet(SnippetViewSet):
    model = PartnerAdministration
    icon = "site"
    menu_label = _("Administrations")
    list_display = ["name", "country", "region", "acip_partner_since", "active"]
    list_filter = ["region", "active"]
    search_fields = ["name", "country"]
    add_to_admin_menu = True
    menu_order = 300


register_snippet(PartnerAdministrationViewSet)
