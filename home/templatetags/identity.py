"""`{% key_factor_icon factor %}`: the inline SVG icon of a key factor, for any template.

`factor` is a KeyFactor, or its number (an int or a string such as a facet
value). The icon is decorative and takes the colour of the text around it;
write the factor's name next to it.
"""

from django import template

from home.identity.key_factor_icons import key_factor_icon_svg

register = template.Library()


@register.simple_tag
def key_factor_icon(factor):
    return key_factor_icon_svg(factor)
