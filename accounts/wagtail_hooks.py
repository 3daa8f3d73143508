"""Admin screens for partner administrations, and profile pictures served from private storage."""

from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_avatars
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


@hooks.register("register_admin_urls")
def admin_avatar_urls():
    """Under /admin/, so Wagtail lets only people with admin access in."""
    return [path("avatars/<int:user_id>/", admin_avatars.avatar_view, name="admin_avatar")]


hooks.register("get_avatar_url", admin_avatars.avatar_url)
