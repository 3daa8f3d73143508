"""E-learning models, one module per domain; import them from here."""

from .accommodations import Accommodation
from .attempts import QuizAttempt
from .certificates import Certificate, CertificateStatus
from .courses import AssessmentPage, CourseIndexPage, CoursePage, LessonPage, ReviewPolicy
from .enrolment import Enrolment
from .progress import LessonProgress
from .questions import QuestionPoolBlock, Scoring
from .reminders import LearningReminder

__all__ = [
    "Accommodation",
    "AssessmentPage",
    "Certificate",
    "CertificateStatus",
    "CourseIndexPage",
    "CoursePage",
    "Enrolment",
    "LearningReminder",
    "LessonPage",
    "LessonProgress",
    "QuestionPoolBlock",
    "QuizAttempt",
    "ReviewPolicy",
    "Scoring",
]
