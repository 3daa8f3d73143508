"""The knowledge base's models, one module per part of the domain.

`from knowledgebase.models import KeyFactor` (and the rest) keeps working
wherever the models are used.
"""

from .audiences import ViewAudience
from .bookmarks import PracticeBookmark
from .comments import COMMENT_EDIT_WINDOW, PracticeComment
from .guide import (
    GuideChapterPage,
    GuidePage,
    GuideSectionPage,
    GuideSectionRelatedLesson,
    GuideSectionRelatedPractice,
)
from .key_factors import KeyFactor, key_factor_names
from .practices import (
    PracticeAttachment,
    PracticeIndexPage,
    PracticeKeyFactor,
    PracticePage,
    PracticeTag,
    Visibility,
)

__all__ = [
    "COMMENT_EDIT_WINDOW",
    "GuideChapterPage",
    "GuidePage",
    "GuideSectionPage",
    "GuideSectionRelatedLesson",
    "GuideSectionRelatedPractice",
    "KeyFactor",
    "PracticeAttachment",
    "PracticeBookmark",
    "PracticeComment",
    "PracticeIndexPage",
    "PracticeKeyFactor",
    "PracticePage",
    "PracticeTag",
    "ViewAudience",
    "Visibility",
    "key_factor_names",
]
