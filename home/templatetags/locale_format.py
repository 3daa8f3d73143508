"""`{{ value|percent }}` and `{{ value|number }}`: see home/locale_format.py."""

from django import template

from home.locale_format import format_number, format_percent

register = template.Library()


@register.filter
def percent(value, decimals=1):
    return format_percent(value, int(decimals))


@register.filter
def number(value, decimals=1):
    if value is None or value == "":
        return ""
    return format_number(value, int(decimals))
