"""The header's personal links and the home page's primary action, by the reader's roles (home.account_navigation)."""

from django import template

from home.account_navigation import account_links as links_for
from home.account_navigation import primary_action as primary_action_for

register = template.Library()


@register.simple_tag(takes_context=True)
def account_links(context):
    """[{"key", "url", "label"}] for the signed-in reader; nothing for a visitor."""
    user = context["request"].user
    return links_for(user) if user.is_authenticated else []


@register.simple_tag(takes_context=True)
def primary_action(context):
    return primary_action_for(context["request"].user)
