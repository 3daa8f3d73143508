"""`{% shared_fragment name part… %}…{% endshared_fragment %}`: a block of a page rendered once for its readers.

For the heavy impersonal part of a page (a listing's facets and hits), the
same for every reader of the page's language and audience: rendered once
and kept in the shared cache by `home.page_values.shared_page_value`,
under the page, the host and the `part`s given (the query string, say),
afresh on a preview or a draft. A part that is a search's results (a
dataclass) goes into the key by its `repr`, i.e. by every hit and count:
whatever engine answered, and however late its index caught up with a
publish, the block is never rendered from other results than the page's. Only for blocks with nothing personal in
them: no CSRF token, no form bound to input, no messages, nothing about
the reader beyond their audience (see home.content_cache).
"""

from django import template

from home.page_values import shared_page_value

register = template.Library()


@register.tag("shared_fragment")
def shared_fragment(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("shared_fragment needs a name")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(
        parser.compile_filter(bits[1]), [parser.compile_filter(bit) for bit in bits[2:]], nodelist
    )


class SharedFragmentNode(template.Node):
    def __init__(self, name, parts, nodelist):
        self.name, self.parts, self.nodelist = name, parts, nodelist

    def render(self, context):
        parts = tuple(part.resolve(context) for part in self.parts)
        return shared_page_value(
            f"block:{self.name.resolve(context)}",
            context["request"],
            context["page"],
            lambda: self.nodelist.render(context),
            extra=parts,
        )
