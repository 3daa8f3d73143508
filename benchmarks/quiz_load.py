"""Quiz submissions under load: locust (headless) against gunicorn on PostgreSQL.

    bash scripts/services.sh start postgres
    eval "$(bash scripts/services.sh env)"
    .venv/bin/python benchmarks/quiz_load.py            # both scenarios, results into docs/benchmarks.md

What it does:

1. Creates a throw-away database next to DATABASE_URL's (`<name>_quizload`),
   migrates it and loads the demo content, whose final assessment draws 10 of
   15 questions.
2. Creates the learners: enrolled, lessons done, each with a logged-in
   session and a CSRF cookie made on the server (logging in is not what is
   measured).
3. Starts gunicorn with the production settings and persistent connections.
4. Scenario `submissions` (the target): every learner has one attempt already
   started by the same code the start view uses; locust users POST the
   answers, as fast as the server allows. One submission in ten is sent a
   second time at once, as a double click would. Each answer is right seven
   times in ten, so about half the attempts pass and issue a certificate.
5. Scenario `journey`: start an attempt, read the questions from the attempt
   page's HTML, answer and submit, in a loop; reported for context.
6. Checks the database: the submitted attempts must be exactly the
   acknowledged ones (302 to their result page), none lost, none extra, and no
   attempt row beyond those created. Writes the numbers to docs/benchmarks.md.
"""

from gevent import monkey

monkey.patch_all()

import argparse  # noqa: E402 - gevent must patch the standard library first
import os  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import secrets  # noqa: E402
import signal  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from datetime import timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import urlencode  # noqa: E402

import dj_database_url  # noqa: E402
import gevent  # noqa: E402
import psycopg  # noqa: E402
from locust import FastHttpUser, constant, events, task  # noqa: E402
from locust.env import Environment  # noqa: E402
from locust.exception import StopUser  # noqa: E402

PROJECT_ROOT = Path(__file__).resolve().parents[1]
REPORT = PROJECT_ROOT / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- quiz_load:start -->", "<!-- quiz_load:end -->"
TARGET_THROUGHPUT, TARGET_P95_MS = 100, 300
DOUBLE_SUBMIT_SHARE = 0.1
RIGHT_ANSWER_SHARE = 0.7
BATCH_SIZE = 1000


# ---------------------------------------------------------------- database and Django


def administer(base_url, *statements):
    """Run statements on the server of DATABASE_URL, outside any transaction (CREATE/DROP DATABASE)."""
    config = dj_database_url.parse(base_url)
    with psycopg.connect(
        host=config["HOST"],
        port=config["PORT"],
        user=config["USER"],
        password=config["PASSWORD"],
        dbname=config["NAME"],
        autocommit=True,
    ) as connection:
        for statement in statements:
            connection.execute(statement)


def benchmark_database(base_url):
    """(URL, name) of a fresh database beside DATABASE_URL's, so the benchmark never touches real data."""
    config = dj_database_url.parse(base_url)
    if config["ENGINE"] != "django.db.backends.postgresql":
        sys.exit("DATABASE_URL must point at PostgreSQL: run `bash scripts/services.sh start postgres` first.")
    name = f"{config['NAME']}_quizload"
    administer(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
    return base_url.rsplit("/", 1)[0] + "/" + name, name


def configure_django(database_url):
    """The production settings, over plain HTTP on this machine, with persistent connections."""
    os.environ.update(
        DJANGO_SETTINGS_MODULE="integrityhub.settings.production",
        DATABASE_URL=database_url,
        DATABASE_CONN_MAX_AGE="60",
        DJANGO_SECRET_KEY=os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        SECURE_SSL_REDIRECT="0",
        ALLOWED_HOSTS="127.0.0.1,localhost",
        EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend",
        LOG_LEVEL="ERROR",
    )
    os.environ.pop("ELASTICSEARCH_URL", None)
    sys.path.insert(0, str(PROJECT_ROOT))
    import django

    django.setup()


def prepare_site():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    from elearning.models import AssessmentPage

    assessment = AssessmentPage.objects.get(locale__language_code="en")
    assessment.attempt_limit = 0  # the journey scenario loops on the same accounts
    assessment.save_revision().publish()
    return AssessmentPage.objects.get(pk=assessment.pk)


def create_learners(count, assessment, prefix):
    """Learners with a session cookie and a CSRF cookie, enrolled and past every lesson."""
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
                password=make_password(None),  # unusable: these learners never log in, they hold a session
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
            {"user": user, "cookie": f"sessionid={session_key}; csrftoken={csrf_secret}", "csrf": csrf_secret}
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


# ---------------------------------------------------------------- gunicorn


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(options, port):
    command = [
        sys.executable, "-m", "gunicorn", "integrityhub.wsgi",
        "--bind", f"127.0.0.1:{port}", "--workers", str(options.workers), "--worker-class", "gthread",
        "--threads", str(options.threads), "--keep-alive", "5", "--backlog", "2048", "--log-level", "warning",
    ]  # fmt: skip
    server = subprocess.Popen(command, cwd=PROJECT_ROOT, env=os.environ.copy())  # noqa: S603 - fixed command
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    sys.exit("gunicorn did not start")


# ---------------------------------------------------------------- locust users


class Submitter(FastHttpUser):
    """Submits one pre-started attempt per iteration; sometimes twice, like a double click."""

    wait_time = constant(0)
    queue = None
    acknowledged = None

    def post_answers(self, learner, name):
        url = f"/en/learn/attempts/{learner['attempt_id']}/"
        body = urlencode([("csrfmiddlewaretoken", learner["csrf"]), *learner["answers"]])
        headers = {"Cookie": learner["cookie"], "Content-Type": "application/x-www-form-urlencoded"}
        with self.client.post(
            url, data=body, headers=headers, allow_redirects=False, name=name, catch_response=True
        ) as response:
            if response.status_code == 302 and response.headers.get("Location", "").endswith(f"{url}result/"):
                response.success()
                return True
            response.failure(f"status {response.status_code}")
            return False

    @task
    def submit(self):
        if not self.queue:
            raise StopUser
        learner = self.queue.pop()
        if self.post_answers(learner, "submit"):
            self.acknowledged.add(learner["attempt_id"])
        if random.random() < DOUBLE_SUBMIT_SHARE:
            self.post_answers(learner, "submit again (double click)")


FIELD = re.compile(r'<(?:input type="(radio|checkbox)"|select id="[^"]+")[^>]*name="([^"]+)"(?:[^>]*value="([^"]*)")?')
SELECT = re.compile(r'<select id="[^"]+" name="([^"]+)">(.*?)</select>', re.S)


def answers_from_html(html):
    """Random answers read from the attempt page, as a browser would see it (no answer key there)."""
    choices = {}
    for kind, name, value in FIELD.findall(html):
        if kind:
            choices.setdefault(name, []).append(value)
    fields = [(name, random.choice(values)) for name, values in choices.items()]
    for name, options in SELECT.findall(html):
        values = re.findall(r'value="([^"]+)"', options)
        fields.append((name, random.choice(values)))
    return fields[:-2]  # leave two answers out: never a pass, so the account can start again


class Journeyer(FastHttpUser):
    """Start an attempt, read it, answer it, submit it: the whole learner journey, in a loop."""

    wait_time = constant(0)
    learners = None
    acknowledged = None

    def on_start(self):
        self.learner = self.learners.pop()

    @task
    def journey(self):
        learner = self.learner
        headers = {"Cookie": learner["cookie"], "Content-Type": "application/x-www-form-urlencoded"}
        body = urlencode({"csrfmiddlewaretoken": learner["csrf"], "idempotency_key": str(uuid.uuid4())})
        start = self.client.post(
            f"/en/learn/assessments/{learner['assessment_id']}/start/", data=body, headers=headers,
            allow_redirects=False, name="start",
        )  # fmt: skip
        attempt_url = start.headers.get("Location", "")
        if start.status_code != 302 or "/learn/attempts/" not in attempt_url:
            return
        page = self.client.get(attempt_url, headers={"Cookie": learner["cookie"]}, name="attempt page")
        body = urlencode([("csrfmiddlewaretoken", learner["csrf"]), *answers_from_html(page.text or "")])
        with self.client.post(
            attempt_url, data=body, headers=headers, allow_redirects=False, name="submit", catch_response=True
        ) as response:
            if response.status_code == 302 and response.headers.get("Location", "").endswith("result/"):
                self.acknowledged.add(attempt_url.rstrip("/").rsplit("/", 1)[1])
            else:
                response.failure(f"status {response.status_code}")


# ---------------------------------------------------------------- running and reporting


def run_locust(user_class, host, users, seconds):
    """Run `users` users headless for `seconds` (or until they stop) and return locust's statistics."""
    environment = Environment(user_classes=[user_class], host=host, events=events, stop_timeout=30)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=users)
    deadline = time.monotonic() + seconds
    gevent.sleep(1)  # let every user spawn before watching for the ones that run out of work
    while time.monotonic() < deadline and runner.user_count:
        gevent.sleep(0.5)
    runner.quit()
    return environment.stats


def summarise(stats, name):
    """Counts and latencies of one request type; throughput over the time requests were being made."""
    entry = stats.get(name, "GET" if name == "attempt page" else "POST")
    return {
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "throughput": entry.total_rps,
        "p50": entry.get_response_time_percentile(0.5),
        "p95": entry.get_response_time_percentile(0.95),
        "p99": entry.get_response_time_percentile(0.99),
    }


def database_check(learner_prefix, acknowledged, created_attempts):
    from elearning.models import Certificate, QuizAttempt

    attempts = QuizAttempt.objects.filter(user__email__startswith=learner_prefix)
    submitted = set(attempts.filter(status="submitted").values_list("pk", flat=True))
    submitted = {str(pk) for pk in submitted}
    return {
        "acknowledged": len(acknowledged),
        "submitted_in_database": len(submitted),
        "lost": len(acknowledged - submitted),
        "unacknowledged_but_saved": len(submitted - acknowledged),
        "attempt_rows": attempts.count(),
        "attempt_rows_expected": created_attempts,
        "passed": attempts.filter(passed=True).count(),
        "certificates": Certificate.objects.filter(user__email__startswith=learner_prefix).count(),
    }


def postgres_version():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        return cursor.fetchone()[0]


def write_report(results, options):
    sub, journey = results["submissions"], results.get("journey")
    check = sub["database"]
    met = (
        sub["submit"]["throughput"] >= TARGET_THROUGHPUT
        and sub["submit"]["p95"] < TARGET_P95_MS
        and sub["submit"]["failures"] == 0
        and check["lost"] == check["unacknowledged_but_saved"] == 0
        and check["attempt_rows"] == check["attempt_rows_expected"]
    )
    lines = [
        SECTION_START,
        "## Quiz submissions under load (`benchmarks/quiz_load.py`)",
        "",
        f"Run on {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores, PostgreSQL {results['postgres']}, "
        f"gunicorn with {options.workers} gthread workers of {options.threads} threads and the production "
        "settings over HTTP, locust "
        f"{options.users} users with no wait time, all on the same machine (load average "
        f"{results['load_average']:.1f} when the run started: other work on the machine shares the two cores). "
        f"Command: `.venv/bin/python benchmarks/quiz_load.py --workers {options.workers} --threads {options.threads} "
        f"--users {options.users} --seconds {options.seconds}`.",
        "",
        "**Submissions** (the target): each locust user POSTs the answers of an attempt started beforehand by the "
        "start view's own code; one submission in ten is sent a second time at once (a double click). Answers are "
        "right seven times in ten, so about half the attempts pass and issue a certificate.",
        "",
        "| request | count | throughput (/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in ("submit", "double submit"):
        row = sub[name]
        label = "submit" if name == "submit" else "the same submission again"
        lines.append(
            f"| {label} | {row['requests']} | {row['throughput']:.1f} | {row['p50']:.0f} | {row['p95']:.0f} | "
            f"{row['p99']:.0f} | {row['failures']} |"
        )
    lines += [
        "",
        f"Database afterwards: {check['acknowledged']} acknowledged submissions (302 to their result page), "
        f"{check['submitted_in_database']} submitted attempts in the database, **{check['lost']} lost**, "
        f"**{check['unacknowledged_but_saved']} saved without acknowledgement**; "
        f"{check['attempt_rows']} attempt rows for {check['attempt_rows_expected']} started "
        f"(**{check['attempt_rows'] - check['attempt_rows_expected']} duplicated**); "
        f"{check['passed']} passed, {check['certificates']} certificates issued.",
        "",
        f"Target (≥ {TARGET_THROUGHPUT} submissions/s, p95 < {TARGET_P95_MS} ms, no error, nothing lost or "
        f"duplicated): **{'met' if met else 'not met'}**.",
    ]
    if journey:
        lines += [
            "",
            "**Whole journey** (for context): start an attempt, load the attempt page, read the questions from its "
            "HTML, answer and submit, in a loop.",
            "",
            "| request | count | throughput (/s) | p50 (ms) | p95 (ms) | p99 (ms) | errors |",
            "|---|---|---|---|---|---|---|",
        ]
        for name in ("start", "attempt page", "submit"):
            row = journey[name]
            lines.append(
                f"| {name} | {row['requests']} | {row['throughput']:.1f} | {row['p50']:.0f} | {row['p95']:.0f} | "
                f"{row['p99']:.0f} | {row['failures']} |"
            )
        jcheck = journey["database"]
        lines += [
            "",
            f"Database afterwards: {jcheck['acknowledged']} acknowledged, {jcheck['submitted_in_database']} "
            f"submitted, {jcheck['lost']} lost, {jcheck['unacknowledged_but_saved']} saved without "
            "acknowledgement.",
        ]
    lines.append(SECTION_END)
    section = "\n".join(lines) + "\n"
    text = REPORT.read_text(encoding="utf-8") if REPORT.exists() else "# Benchmarks\n\n"
    if SECTION_START in text:
        before, rest = text.split(SECTION_START, 1)
        text = before + section + rest.split(SECTION_END, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    REPORT.write_text(text, encoding="utf-8")
    return met


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=4, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=2, help="threads per gunicorn worker (gthread, keep-alive)")
    parser.add_argument("--users", type=int, default=14, help="concurrent locust users")
    parser.add_argument("--seconds", type=int, default=60, help="length of the submissions run")
    parser.add_argument("--attempts", type=int, default=12000, help="attempts started before the submissions run")
    parser.add_argument("--journey-seconds", type=int, default=30, help="0 to skip the journey scenario")
    parser.add_argument("--keep-database", action="store_true", help="keep the benchmark database for inspection")
    options = parser.parse_args()

    base_url = os.environ.get("DATABASE_URL", "")
    database_url, database_name = benchmark_database(base_url)
    configure_django(database_url)
    print("preparing the database (migrate, demo content, learners, attempts)…", flush=True)
    assessment = prepare_site()
    course, learners = create_learners(options.attempts, assessment, "submitter")
    start_attempts(learners, course, assessment)
    _course, journey_learners = create_learners(options.users, assessment, "journeyer")
    for learner in journey_learners:
        learner["assessment_id"] = assessment.pk

    from django.db import connections

    connections.close_all()
    port = free_port()
    server = start_gunicorn(options, port)
    host = f"http://127.0.0.1:{port}"
    results = {}
    try:
        print(f"submissions: {options.users} users for {options.seconds}s against {host}…", flush=True)
        Submitter.queue, Submitter.acknowledged = list(learners), set()
        results["load_average"] = os.getloadavg()[0]
        stats = run_locust(Submitter, host, options.users, options.seconds)
        results["submissions"] = {
            "submit": summarise(stats, "submit"),
            "double submit": summarise(stats, "submit again (double click)"),
            "database": database_check("submitter", Submitter.acknowledged, options.attempts),
        }
        if options.journey_seconds:
            print(f"journey: {options.users} users for {options.journey_seconds}s…", flush=True)
            Journeyer.learners, Journeyer.acknowledged = list(journey_learners), set()
            stats = run_locust(Journeyer, host, options.users, options.journey_seconds)
            results["journey"] = {name: summarise(stats, name) for name in ("start", "attempt page", "submit")}
            journey_attempts = len(Journeyer.acknowledged)
            results["journey"]["database"] = database_check("journeyer", Journeyer.acknowledged, journey_attempts)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    results["postgres"] = postgres_version()
    met = write_report(results, options)
    if not options.keep_database:
        connections.close_all()
        administer(base_url, f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)')
    print(REPORT.read_text(encoding="utf-8").split(SECTION_START, 1)[1].split(SECTION_END, 1)[0])
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
