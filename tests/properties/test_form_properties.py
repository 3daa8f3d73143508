"""Every form, whatever is typed into it: never a server error, and either one whole save or nothing.

Each property starts from a valid submission and replaces some of its fields
with hostile text (see `strategies`), so a run sees both saves that go
through and refusals. A refusal must leave every table as it was; a save
must add exactly what one save adds.
"""

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from hypothesis import event, given
from hypothesis import strategies as st

from accounts.factories import UserFactory, add_to_role
from accounts.roles import LEARNERS
from elearning.factories import CertificateFactory, build_course
from elearning.learner_progress import enrol
from elearning.models import QuizAttempt
from knowledgebase.factories import PracticeIndexPageFactory, PracticePageFactory, make_coordinator

from .checks import assert_html_parses, assert_not_a_server_error, row_counts
from .conftest import property_settings
from .strategies import hostile_text, long_hostile_text

pytestmark = pytest.mark.django_db

PRACTICE_TABLES = (
    "wagtailcore.Page",
    "wagtailcore.Revision",
    "wagtailcore.WorkflowState",
    "wagtailcore.PageLogEntry",
    "knowledgebase.PracticeKeyFactor",
    "knowledgebase.PracticeTag",
    "taggit.Tag",
    "knowledgebase.PracticeAttachment",
    "wagtaildocs.Document",
)
PEOPLE_TABLES = ("accounts.User", "account.EmailAddress", "auth.Group")
ENROLMENT_TABLES = (*PEOPLE_TABLES, "elearning.Enrolment")


@pytest.fixture
def coordinator_client(practice_index):
    client = Client()
    client.force_login(make_coordinator(email="ingrid@customs.example"))
    return client


@pytest.fixture
def practice_index(db):
    from home.factories import build_site

    english_home, _french_home = build_site()
    return PracticeIndexPageFactory(parent=english_home, slug="practices")


def valid_practice_data():
    return {
        "title": "Random assignment of inspectors",
        "language": "en",
        "summary": "Inspectors are assigned at random.",
        "year": "2023",
        "key_factor_1": "4",
        "key_factor_2": "",
        "key_factor_3": "",
        "tags": "inspection",
        "problem": "Inspectors chose their consignments.",
        "actions": "Assignment moved into the system.",
        "results": "Complaints fell by half.",
        "lessons_learned": "Explain the change first.",
        "contact_unit": "Integrity Unit",
        "contact_email": "integrity@customs.example",
        "visibility": "public",
        "action": "save_draft",
    }


def with_hostile_fields(valid, field_names):
    """Dictionaries like `valid` with some of `field_names` replaced by hostile text."""
    return st.fixed_dictionaries({}, optional=dict.fromkeys(field_names, long_hostile_text)).map(
        lambda replaced: {**valid, **replaced}
    )


@property_settings
@given(data=with_hostile_fields(valid_practice_data(), list(valid_practice_data())))
def test_the_practice_form_saves_one_whole_draft_or_nothing(example, coordinator_client, data):
    with example():
        before = row_counts(*PRACTICE_TABLES)
        response = coordinator_client.post(reverse("knowledgebase:create_practice"), data)
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        after = row_counts(*PRACTICE_TABLES)
        if response.status_code == 302:
            assert after["wagtailcore.Page"] == before["wagtailcore.Page"] + 1
            assert after["wagtailcore.Revision"] == before["wagtailcore.Revision"] + 1
        else:
            assert response.status_code == 400
            assert after == before
            assert_html_parses(response.content.decode())


@pytest.fixture
def commented_practice(practice_index):
    return PracticePageFactory(parent=practice_index)


@property_settings
@given(body=long_hostile_text, parent=st.one_of(st.just(""), hostile_text))
def test_the_comment_form_posts_one_comment_or_nothing(example, coordinator_client, commented_practice, body, parent):
    with example():
        before = row_counts("knowledgebase.PracticeComment")
        response = coordinator_client.post(
            reverse("knowledgebase:add_comment", args=[commented_practice.pk]), {"body": body, "parent": parent}
        )
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        added = (
            row_counts("knowledgebase.PracticeComment")["knowledgebase.PracticeComment"]
            - before["knowledgebase.PracticeComment"]
        )
        assert added == (1 if response.status_code == 302 else 0)
        if response.status_code != 302:
            assert_html_parses(response.content.decode())


VALID_SIGN_UP = {
    "email": "amina@customs.example",
    "first_name": "Amina",
    "last_name": "Diallo",
    "password1": "a-long-enough-passphrase-2026",
    "password2": "a-long-enough-passphrase-2026",
}


@property_settings
@given(data=with_hostile_fields(VALID_SIGN_UP, list(VALID_SIGN_UP)))
def test_sign_up_creates_one_account_or_nothing(example, data):
    with example():
        before = row_counts(*PEOPLE_TABLES)
        response = Client().post("/en/accounts/signup/", data)
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        after = row_counts(*PEOPLE_TABLES)
        if response.status_code == 302:
            assert after["accounts.User"] == before["accounts.User"] + 1
        else:
            assert after == before
            assert_html_parses(response.content.decode())


@pytest.fixture
def profile_owner(db):
    return UserFactory(email="jonas@customs.example", first_name="Jonas", last_name="Berg")


PROFILE_FIELDS = ("first_name", "last_name", "administration", "preferred_language")


def profile(user):
    user.refresh_from_db()
    return {name: getattr(user, name) for name in PROFILE_FIELDS}


@property_settings
@given(
    data=with_hostile_fields(
        {"first_name": "Jonas", "last_name": "Berg", "administration": "", "preferred_language": "en"}, PROFILE_FIELDS
    )
)
def test_the_profile_form_saves_or_changes_nothing(example, profile_owner, data):
    with example():
        client = Client()
        client.force_login(profile_owner)
        before = profile(profile_owner)
        response = client.post(reverse("accounts:profile"), data)
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        if response.status_code != 302:
            assert profile(profile_owner) == before
            assert_html_parses(response.content.decode())


@pytest.fixture
def course_tree(db):
    return build_course(lesson_count=1)


@pytest.fixture
def enrolment_coordinator(course_tree):
    client = Client()
    client.force_login(make_coordinator(email="kofi@customs.example"))
    return client


def csv_cell():
    return st.one_of(
        hostile_text,
        st.sampled_from(["good.one@customs.example", "Good One", "course", "email", "name"]),
        st.emails().map(str),
    )


def csv_text(course_slug):
    header = st.one_of(st.just("email,name,course"), st.lists(csv_cell(), max_size=4).map(",".join))
    row = st.lists(st.one_of(csv_cell(), st.just(course_slug)), min_size=0, max_size=4).map(
        lambda cells: ",".join(f'"{cell}"' if "," in cell else cell for cell in cells)
    )
    return st.tuples(header, st.lists(row, max_size=5), st.sampled_from(["\n", "\r\n", "\r"])).map(
        lambda parts: parts[2].join([parts[0], *parts[1]])
    )


@property_settings
@given(data=st.data(), encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "raw"]))
def test_the_enrolment_upload_applies_every_row_or_none(example, enrolment_coordinator, course_tree, data, encoding):
    text = data.draw(csv_text(course_tree.course.slug))
    content = data.draw(st.binary(max_size=300)) if encoding == "raw" else text.encode(encoding, errors="replace")
    with example():
        before = row_counts(*ENROLMENT_TABLES)
        response = enrolment_coordinator.post(
            reverse("elearning:upload_enrolments"), {"file": SimpleUploadedFile("officers.csv", content, "text/csv")}
        )
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        after = row_counts(*ENROLMENT_TABLES)
        if response.status_code == 302:
            assert after["elearning.Enrolment"] > before["elearning.Enrolment"]
        else:
            assert after == before
            assert_html_parses(response.content.decode())


@pytest.fixture
def learner_with_attempt(course_tree):
    learner = add_to_role(UserFactory(email="amina@customs.example"), LEARNERS)
    enrol(learner, course_tree.course)
    client = Client()
    client.force_login(learner)
    return client


def quiz_answers():
    keys = st.one_of(st.sampled_from(["q-", "idempotency_key", "csrfmiddlewaretoken"]), hostile_text)
    values = st.one_of(hostile_text, st.lists(hostile_text, max_size=3))
    return st.dictionaries(keys, values, max_size=6)


@property_settings
@given(answers=quiz_answers(), use_question_ids=st.booleans())
def test_a_quiz_submission_is_scored_once_whatever_is_posted(
    example, learner_with_attempt, course_tree, answers, use_question_ids
):
    with example():
        start = learner_with_attempt.post(
            reverse("elearning:start_attempt", args=[course_tree.assessment.pk]), {"idempotency_key": str(uuid.uuid4())}
        )
        assert start.status_code == 302
        attempt = QuizAttempt.objects.get(status=QuizAttempt.Status.IN_PROGRESS)
        if use_question_ids:
            # Real field names with hostile values: the ids the attempt offered, nothing else, may count.
            names = [f"q-{question['id']}" for question in attempt.snapshot["questions"]]
            answers = {name: answers.get(key, "") for name, key in zip(names, [*answers, *names], strict=False)}
        response = learner_with_attempt.post(reverse("elearning:attempt", args=[attempt.pk]), answers)
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        attempt.refresh_from_db()
        assert attempt.status == QuizAttempt.Status.SUBMITTED
        assert 0 <= attempt.score <= 100
        assert QuizAttempt.objects.count() == 1


@pytest.fixture
def certificate(db):
    return CertificateFactory()


def retyped(code):
    """A real code as people retype it: any case, spaces or hyphens anywhere, and stray characters."""
    return st.lists(st.one_of(st.sampled_from([*code, *code.lower()]), st.sampled_from(" -–."), hostile_text)).map(
        "".join
    )


@property_settings
@given(data=st.data())
def test_certificate_lookup_answers_any_code(example, certificate, data):
    code = data.draw(st.one_of(hostile_text, retyped(certificate.code)))
    with example():
        client = Client()
        response = client.get(reverse("elearning:certificate_lookup"), {"code": code})
        assert_not_a_server_error(response)
        event(f"answered {response.status_code}")
        if response.status_code == 302:
            followed = client.get(response["Location"], follow=True)
            assert_not_a_server_error(followed)
            assert followed.status_code in (200, 404)
            assert_html_parses(followed.content.decode())
        else:
            assert_html_parses(response.content.decode())
