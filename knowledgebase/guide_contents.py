"""The guide's table of contents, as HTML written in Python rather than by a template.

Every page of the guide shows the whole outline, with the page being read
marked. On a cold request (every cache emptied) that loop over every
chapter and section was most of what rendering the guide's content cost:
a template (or `format_html`) spends some hundred calls on each entry's
link, escaping each value and joining strings a tenth of that. The markup
is the one the template had, every value escaped as it escaped them.
"""

from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

CURRENT_PAGE = ' aria-current="page"'


def contents_html(outline, current_pk):
    """The contents of `outline` (a GuideOutline), the entry of the page `current_pk` marked as the current page."""

    def link(entry):
        current = CURRENT_PAGE if entry.pk == current_pk else ""
        return (
            f'<a href="{escape(entry.url)}"{current}><span class="guide-number">{escape(entry.number)}</span> '
            f"{escape(entry.title)}</a>"
        )

    chapters = []
    for chapter in outline.chapters:
        sections = "".join(f"<li>{link(section)}</li>" for section in chapter.children)
        chapters.append(f"<li>{link(chapter)}{f'<ol>{sections}</ol>' if sections else ''}</li>")
    html = (
        '<nav class="guide-contents" aria-labelledby="guide-contents-heading">'
        f'<h2 id="guide-contents-heading">{escape(gettext("Contents"))}</h2>'
        f'<ol class="guide-contents__chapters">{"".join(chapters)}</ol></nav>'
    )
    return mark_safe(html)  # noqa: S308 - every value in it is escaped above
