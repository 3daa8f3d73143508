"""The knowledge base's demo words, kept apart from the code that builds pages from them."""

from .exchange import DEMO_SUBMISSION, PRACTICE_INDEX, SAMPLE_DISCUSSION
from .guide_en import CHAPTERS, GUIDE
from .guide_es import GUIDE_ES
from .guide_fr import GUIDE_FR

__all__ = ["CHAPTERS", "DEMO_SUBMISSION", "GUIDE", "GUIDE_ES", "GUIDE_FR", "PRACTICE_INDEX", "SAMPLE_DISCUSSION"]
