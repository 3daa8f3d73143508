"""The Integrity Development Guide's reading order: numbers, contents and previous/next.

Chapters are numbered 1, 2, 3… and sections 1.1, 1.2… in tree order. The
outline is built from one query over the guide's live descendants that the
reader may see, so numbering, the table of contents and the previous/next
links always agree, and cost the same however long the guide grows.

Every page of the guide shows the whole outline, so it is built from plain
rows (id, title, paths, depth, publication date) rather than page objects,
and each entry's URL is the guide's own URL followed by the entry's path
below the guide: chapters and sections always sit in the guide's locale and
site, so no per-page URL routing is needed. Given the request, the rows are
kept in the shared cache per guide, language and audience (see
`home.content_cache`): they are published content, the same for everyone
who may see the same pages.
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.utils import translation

from home.content_cache import audience_of, fragment_cache_key
from home.shell import page_url
from home.sql_rows import as_datetime, fetch_rows, prefix_pattern

from .visibility import visible_condition

OUTLINE_FIELDS = ("pk", "title", "path", "url_path", "depth", "last_published_at")
# The cache entry only ever holds the current content generation's outline; a day bounds its life.
OUTLINE_CACHE_SECONDS = 24 * 3600


@dataclass
class OutlineEntry:
    pk: int
    title: str
    url: str | None
    number: str
    last_published_at: object = None
    children: list = field(default_factory=list)

    @property
    def is_chapter(self):
        return "." not in self.number


OUTLINE_STATEMENT = """
SELECT p.id, p.title, p.path, p.url_path, p.depth, p.last_published_at
FROM wagtailcore_page p
WHERE p.path LIKE %s AND p.depth > %s AND p.depth <= %s AND p.live AND {visible}
ORDER BY p.path
"""


def outline_rows(guide, user):
    """The guide's chapters and sections that `user` may see, in tree order, as plain dicts: one query."""
    visible, visible_params = visible_condition(user, "p.path")
    rows = fetch_rows(
        OUTLINE_STATEMENT.format(visible=visible),
        [prefix_pattern(guide.path), guide.depth, guide.depth + 2, *visible_params],
    )
    return [
        dict(zip(OUTLINE_FIELDS, (*values, as_datetime(last_published_at)), strict=True))
        for *values, last_published_at in rows
    ]


def cached_outline_rows(guide, request):
    key = fragment_cache_key(
        "guide-outline", language=translation.get_language(), audience=audience_of(request), extra=(guide.pk,)
    )
    rows = cache.get(key)
    if rows is None:
        rows = outline_rows(guide, request.user)
        cache.set(key, rows, OUTLINE_CACHE_SECONDS)
    return rows


class GuideOutline:
    """Chapters (with their sections) of `guide`, as `user` may see them (cached when `request` is given)."""

    def __init__(self, guide, user, request=None):
        self.guide = guide
        rows = cached_outline_rows(guide, request) if request is not None else outline_rows(guide, user)
        self.guide_url = guide_url = page_url(request, guide) if request is not None else guide.get_url()
        self.chapters = []
        chapter_path = None
        for row in rows:
            url = guide_url + row["url_path"][len(guide.url_path) :] if guide_url else None
            if row["depth"] == guide.depth + 1:
                chapter_path = row["path"]
                self.chapters.append(
                    OutlineEntry(row["pk"], row["title"], url, str(len(self.chapters) + 1), row["last_published_at"])
                )
            elif chapter_path and row["path"].startswith(chapter_path):
                chapter = self.chapters[-1]
                number = f"{chapter.number}.{len(chapter.children) + 1}"
                chapter.children.append(OutlineEntry(row["pk"], row["title"], url, number, row["last_published_at"]))
        self.reading_order = [entry for chapter in self.chapters for entry in (chapter, *chapter.children)]
        self._position = {entry.pk: position for position, entry in enumerate(self.reading_order)}

    def entry_for(self, page):
        position = self._position.get(page.pk)
        return None if position is None else self.reading_order[position]

    def chapter_of(self, page):
        """The chapter entry a section belongs to (None for chapters and unknown pages)."""
        for chapter in self.chapters:
            if any(section.pk == page.pk for section in chapter.children):
                return chapter
        return None

    def previous_and_next(self, page):
        """The entries before and after `page` in reading order (None at either end)."""
        position = self._position.get(page.pk)
        if position is None:
            return None, None
        previous = self.reading_order[position - 1] if position > 0 else None
        following = self.reading_order[position + 1] if position + 1 < len(self.reading_order) else None
        return previous, following

    @property
    def last_updated(self):
        """When anything in the guide was last published."""
        dates = [entry.last_published_at for entry in self.reading_order]
        dates.append(self.guide.last_published_at)
        return max((date for date in dates if date), default=None)
