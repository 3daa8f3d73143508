"""Template tags for the header, navigation, language switcher, footer and editing bar.

What they show is computed in `home.shell`, once per request and cached
across requests; the tags only hand it to the templates.
"""

from django import template
from django.conf import settings
from django.utils import translation
from wagtail.admin.templatetags.wagtailuserbar import wagtailuserbar

from home import shell
from home.readers import may_open_admin

register = template.Library()


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """{"home_url", "items"}: the brand link and the menu in the active language."""
    return shell.navigation(context["request"])


@register.simple_tag(takes_context=True)
def language_links(context):
    return shell.language_links(context["request"], context.get("page"))


@register.simple_tag(takes_context=True)
def untranslated_notice(context):
    """The active language's name when the switcher brought the reader here for lack of a translation, else ""."""
    request = context.get("request")
    if request is None or request.GET.get(shell.UNTRANSLATED_PARAMETER) != "1":
        return ""
    return dict(settings.LANGUAGES).get(translation.get_language(), "")


@register.simple_tag(takes_context=True)
def site_footer(context):
    """The footer, rendered by its own template (a `SafeString`, which the shared cache keeps as one)."""
    return shell.footer_html(context["request"])


@register.simple_tag(takes_context=True)
def editor_userbar(context):
    """Wagtail's userbar, for those who may edit; nothing, and no permission query, for everyone else."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not may_open_admin(user):
        return ""
    return wagtailuserbar(context)
