"""The Integrity Development Guide's reading order: numbers, contents and previous/next.

Chapters are numbered 1, 2, 3… and sections 1.1, 1.2… in tree order. The
outline is built from one query over the guide's live descendants that the
reader may see, so numbering, the table of contents and the previous/next
links always agree, and cost the same however long the guide grows.
"""

from dataclasses import dataclass, field

from .visibility import visible_to


@dataclass
class OutlineEntry:
    page: object
    number: str
    children: list = field(default_factory=list)

    @property
    def is_chapter(self):
        return "." not in self.number


class GuideOutline:
    """Chapters (with their sections) of `guide`, as `user` may see them."""

    def __init__(self, guide, user):
        self.guide = guide
        pages = visible_to(guide.get_descendants().live(), user).filter(depth__lte=guide.depth + 2).order_by("path")
        self.chapters = []
        for page in pages:
            if page.depth == guide.depth + 1:
                self.chapters.append(OutlineEntry(page, str(len(self.chapters) + 1)))
            elif self.chapters and page.path.startswith(self.chapters[-1].page.path):
                chapter = self.chapters[-1]
                chapter.children.append(OutlineEntry(page, f"{chapter.number}.{len(chapter.children) + 1}"))
        self.reading_order = [entry for chapter in self.chapters for entry in (chapter, *chapter.children)]
        self._position = {entry.page.pk: position for position, entry in enumerate(self.reading_order)}

    def entry_for(self, page):
        position = self._position.get(page.pk)
        return None if position is None else self.reading_order[position]

    def chapter_of(self, page):
        """The chapter entry a section belongs to (None for chapters and unknown pages)."""
        for chapter in self.chapters:
            if any(section.page.pk == page.pk for section in chapter.children):
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
        dates = [entry.page.last_published_at for entry in self.reading_order]
        dates.append(self.guide.last_published_at)
        return max((date for date in dates if date), default=None)
