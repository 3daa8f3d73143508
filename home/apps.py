from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")

    def ready(self):
        from wagtail import hooks

        from integrityhub.page_cache import mark_public_page

        from .content_invalidation import connect_invalidation_signals
        from .request_memo import connect_request_memo
        from .text_cleaning import register_admin_text_cleaning

        connect_invalidation_signals()
        connect_request_memo()
        hooks.register("before_serve_page", mark_public_page)
        register_admin_text_cleaning()
