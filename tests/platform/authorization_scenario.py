"""The people and things the authorisation matrix asks about.

Everything that belongs to someone belongs to administration A: its
coordinator wrote the practices, the draft and the comment; its learner owns
the attempt and the certificate. Coordinator B, of another administration,
must be refused all of it that is not public.
"""

import uuid
from dataclasses import dataclass

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.roles import EDITORS, LEARNERS
from elearning.allowances import grant_accommodation
from elearning.factories import CertificateFactory, build_course
from elearning.learner_progress import complete_lesson, enrol
from elearning.quiz_attempts import start_attempt
from elearning.reminders import opt_out_token
from home.factories import StandardPageFactory
from knowledgebase.factories import (
    GuideChapterPageFactory,
    GuidePageFactory,
    GuideSectionPageFactory,
    PracticeCommentFactory,
    PracticeIndexPageFactory,
    PracticePageFactory,
    attach_document,
    make_coordinator,
    make_moderator,
)
from search.models import SearchConcept

ROLES = ("anonymous", "learner", "coordinator_a", "coordinator_b", "moderator", "editor")


@dataclass
class Scenario:
    users: dict
    values: dict  # what the matrix's URL templates are formatted with
    page_types: dict  # template name -> page model, for the names that stand for a page


def build_scenario():
    administration_a = PartnerAdministrationFactory(name="Administration A")
    administration_b = PartnerAdministrationFactory(name="Administration B")
    learner = add_to_role(UserFactory(email="learner@a.example", administration=administration_a), LEARNERS)
    coordinator_a = make_coordinator(administration=administration_a, email="coordinator@a.example")
    coordinator_b = make_coordinator(administration=administration_b, email="coordinator@b.example")
    moderator = make_moderator(email="moderator@secretariat.example")
    editor = add_to_role(UserFactory(email="editor@secretariat.example", is_staff=True), EDITORS)

    tree = build_course(lesson_count=2)
    home = tree.home
    about = StandardPageFactory(parent=home, slug="about")
    enrolment, _created = enrol(learner, tree.course)
    for lesson in tree.lessons:
        complete_lesson(learner, enrolment, lesson)
    attempt = start_attempt(learner, tree.assessment, uuid.uuid4())
    certificate = CertificateFactory(
        user=learner, course_key=tree.course.translation_key, administration_name=administration_a.name
    )
    accommodation = grant_accommodation(
        learner, tree.course.translation_key, coordinator_a, reason="Uses a screen reader", extra_attempts=1
    )

    guide = GuidePageFactory(parent=home, slug="guide")
    chapter = GuideChapterPageFactory(parent=guide)
    section = GuideSectionPageFactory(parent=chapter)

    practice_index = PracticeIndexPageFactory(parent=home, slug="practices")
    practice_fields = {"parent": practice_index, "administration": administration_a, "owner": coordinator_a}
    public_practice = PracticePageFactory(**practice_fields)
    private_practice = PracticePageFactory(**practice_fields, coordinators_only=True)
    private_document = attach_document(private_practice, uploaded_by=coordinator_a)
    draft = PracticePageFactory(**practice_fields, live=False, first_published_at=None, last_published_at=None)
    draft_document = attach_document(draft, title="Draft plan", uploaded_by=coordinator_a)
    comment = PracticeCommentFactory(practice=public_practice, author=coordinator_a)

    pages = {
        "home": home,
        "about": about,
        "catalogue": tree.index,
        "course": tree.course,
        "lesson": tree.lessons[0],
        "assessment": tree.assessment,
        "guide": guide,
        "chapter": chapter,
        "section": section,
        "practice_index": practice_index,
        "public_practice": public_practice,
        "private_practice": private_practice,
    }
    users = {
        "anonymous": None,
        "learner": learner,
        "coordinator_a": coordinator_a,
        "coordinator_b": coordinator_b,
        "moderator": moderator,
        "editor": editor,
    }
    # Made here, not taken from the seeded vocabulary: a transactional test in the same process may have emptied it.
    concept, _created = SearchConcept.objects.get_or_create(key="matrix-concept", defaults={"english_terms": "matrix"})
    values = {
        **{name: page.url for name, page in pages.items()},
        "course_key": tree.course.translation_key,
        "lesson_id": tree.lessons[0].pk,
        "assessment_id": tree.assessment.pk,
        "attempt": attempt.pk,
        "certificate": certificate.code,
        "certificate_id": certificate.pk,
        "learner_id": learner.pk,
        "accommodation_id": accommodation.pk,
        "reminder_token": opt_out_token(learner),
        "administration_a_id": administration_a.pk,
        "public_practice_id": public_practice.pk,
        "private_practice_id": private_practice.pk,
        "private_document": private_document.url,
        "private_document_id": private_document.pk,
        "draft_id": draft.pk,
        "draft_document": draft_document.url,
        "comment_id": comment.pk,
        "home_id": home.pk,
        "concept_id": concept.pk,
        "missing_id": 999_999,
        "missing_uuid": uuid.UUID(int=1),
    }
    page_types = {name: type(page.specific) for name, page in pages.items()}
    return Scenario(users=users, values=values, page_types=page_types)
