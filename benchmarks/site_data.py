"""Throw-away databases and the content and learners a benchmark or drill needs.

Everything here runs inside a configured Django process (see
`benchmarks.app_server.configure_django`), except the database helpers,
which talk to the PostgreSQL server directly.
"""

import random
import re
import secrets
import sys
import uuid
from datetime import timedelta
from pathlib import Path

import dj_database_url
import psycopg

from .app_server import PROJECT_ROOT

BATCH_SIZE = 1000
RIGHT_ANSWER_SHARE = 0.7
SHARED_CORPUS = PROJECT_ROOT.parent / "shared" / "corpus"
DEMO_PRACTICES = PROJECT_ROOT / "knowledgebase" / "demo" / "practices.jsonl"


# ---------------------------------------------------------------- PostgreSQL databases


def require_postgres(url):
    if dj_database_url.parse(url)["ENGINE"] != "django.db.backends.postgresql":
        sys.exit(
            "DATABASE_URL must point at PostgreSQL (e.g. postgres://integrityhub:integrityhub@127.0.0.1:55432/ih_you): "
            'run `bash scripts/services.sh start` and `eval "$(bash scripts/services.sh env)"` first.'
        )


def connect(database_url, autocommit=False):
    """A psycopg connection to the database of a dj-database-url URL."""
    config = dj_database_url.parse(database_url)
    return psycopg.connect(
        host=config["HOST"],
        port=config["PORT"],
        user=config["USER"],
        password=config["PASSWORD"],
        dbname=config["NAME"],
        autocommit=autocommit,
    )


def administer(base_url, *statements):
    """Run statements on the server of DATABASE_URL, outside any transaction (CREATE/DROP DATABASE)."""
    with connect(base_url, autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def database_exists(base_url, name):
    with connect(base_url) as connection:
        return connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


def sibling_database_url(base_url, name):
    return base_url.rsplit("/", 1)[0] + "/" + name


def fresh_database(base_url, suffix):
    """(URL, name) of an empty database `<DATABASE_URL's name>_<suffix>`, so real data is never touched."""
    require_postgres(base_url)
    name = f"{dj_database_url.parse(base_url)['NAME']}_{suffix}"
    administer(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    return sibling_database_url(base_url, name), name


def drop_database(base_url, name):
    administer(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def postgres_version():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


# ---------------------------------------------------------------- content


def practices_file():
    """The shared corpus (120 practices) when it sits beside the repository, else the demo subset shipped in it."""
    shared = SHARED_CORPUS / "practices.jsonl"
    return shared if shared.exists() else DEMO_PRACTICES


def prepare_site(practices=None):
    """Migrate, load the demo content (and practices), collect static files; returns the English assessment.

    The assessment allows unlimited attempts, so a learner can take it in a loop.
    """
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    if practices:
        call_command("import_practices", str(practices), verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    from elearning.models import AssessmentPage

    assessment = AssessmentPage.objects.get(locale__language_code="en")
    assessment.attempt_limit = 0
    assessment.save_revision().publish()
    return AssessmentPage.objects.get(pk=assessment.pk)


# ---------------------------------------------------------------- learners and attempts


def create_learners(count, assessment, prefix):
    """Learners with a session cookie and a CSRF cookie made on the server, enrolled and past every lesson.

    Logging in is not what is measured, so each learner holds a session
    from the start; their passwords are unusable.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from elearning.models import Enrolment, LessonPage, LessonProgress

    user_model = get_user_model()
    course = assessment.get_parent().specific
    lessons = list(LessonPage.objects.child_of(course))
    users = user_model.objects.bulk_create(
        [
            user_model(
                email=f"{prefix}{number}@load.example",
                first_name="Load",
                last_name=str(number),
                password=make_password(None),
            )
            for number in range(count)
        ],
        batch_size=BATCH_SIZE,
    )
    Enrolment.objects.bulk_create(
        [Enrolment(user=user, course_key=course.translation_key, last_activity_at=timezone.now()) for user in users],
        batch_size=BATCH_SIZE,
    )
    LessonProgress.objects.bulk_create(
        [
            LessonProgress(user=user, course_key=course.translation_key, lesson_key=lesson.translation_key)
            for user in users
            for lesson in lessons
        ],
        batch_size=BATCH_SIZE,
    )
    expiry = timezone.now() + timedelta(hours=2)
    sessions, learners = [], []
    for user in users:
        session_key, csrf_secret = secrets.token_hex(16), secrets.token_hex(16)
        data = {
            "_auth_user_id": str(user.pk),
            "_auth_user_backend": "django.contrib.auth.backends.ModelBackend",
            "_auth_user_hash": user.get_session_auth_hash(),
        }
        sessions.append(Session(session_key=session_key, session_data=SessionStore().encode(data), expire_date=expiry))
        learners.append(
            {
                "user": user,
                "assessment_id": assessment.pk,
                "cookie": f"sessionid={session_key}; csrftoken={csrf_secret}",
                "csrf": csrf_secret,
            }
        )
    Session.objects.bulk_create(sessions, batch_size=BATCH_SIZE)
    return course, learners


def start_attempts(learners, course, assessment):
    """One open attempt per learner, drawn exactly as the start view draws it."""
    from django.utils import timezone

    from elearning.models import QuizAttempt
    from elearning.quiz import draw_snapshot

    now = timezone.now()
    attempts = QuizAttempt.objects.bulk_create(
        [
            QuizAttempt(
                user=learner["user"],
                course_key=course.translation_key,
                assessment=assessment,
                number=1,
                idempotency_key=uuid.uuid4(),
                language="en",
                started_at=now,
                deadline=now + timedelta(minutes=assessment.time_limit_minutes or 60),
                snapshot=draw_snapshot(assessment, course),
            )
            for learner in learners
        ],
        batch_size=BATCH_SIZE,
    )
    for learner, attempt in zip(learners, attempts, strict=True):
        learner["attempt_id"] = str(attempt.pk)
        learner["answers"] = answers_from_snapshot(attempt.snapshot)


def answers_from_snapshot(snapshot):
    """Form fields answering each question right seven times in ten (the learner studied)."""
    fields = []
    for question in snapshot["questions"]:
        right = random.random() < RIGHT_ANSWER_SHARE
        if question["type"] == "matching":
            for item in question["items"]:
                wrong = [choice["id"] for choice in question["choices"] if choice["id"] != item["answer"]]
                fields.append((f"q-{question['id']}-{item['id']}", item["answer"] if right else random.choice(wrong)))
            continue
        options = [option["id"] for option in question["options"] if option["correct"] == right]
        chosen = options if question["type"] == "multiple_choice" else options[:1]
        fields.extend((f"q-{question['id']}", option) for option in chosen)
    return fields


FIELD = re.compile(r'<(?:input type="(radio|checkbox)"|select id="[^"]+")[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?')
SELECT = re.compile(r'<select id="[^"]+" name="([^"]+)">(.*?)</select>', re.S)


def answers_from_html(html):
    """Random answers read from the attempt page, as a browser would see it (no answer key there).

    Two answers are left out, so the attempt never passes and the learner
    can start again.
    """
    choices = {}
    for kind, name, value in FIELD.findall(html):
        if kind:
            choices.setdefault(name, []).append(value)
    fields = [(name, random.choice(values)) for name, values in choices.items()]
    for name, options in SELECT.findall(html):
        values = re.findall(r'value="([^"]+)"', options)
        fields.append((name, random.choice(values)))
    return fields[:-2]


def read_jsonl(path):
    import json

    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
