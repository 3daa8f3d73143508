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
import sys  # noqa: E402
import time  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402
from urllib.parse import urlencode  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from locust import FastHttpUser, constant, task  # noqa: E402
from locust.exception import StopUser  # noqa: E402

from benchmarks.app_server import PROJECT_ROOT, GunicornServer, configure_django  # noqa: E402
from benchmarks.locust_runs import run_locust, summarise  # noqa: E402
from benchmarks.report_sections import write_section  # noqa: E402
from benchmarks.site_data import (  # noqa: E402
    answers_from_html,
    create_learners,
    drop_database,
    fresh_database,
    postgres_version,
    prepare_site,
    start_attempts,
)

REPORT = PROJECT_ROOT / "docs" / "benchmarks.md"
SECTION_START, SECTION_END = "<!-- quiz_load:start -->", "<!-- quiz_load:end -->"
TARGET_THROUGHPUT, TARGET_P95_MS = 100, 300
DOUBLE_SUBMIT_SHARE = 0.1


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


def request_summary(stats, name, method="POST"):
    """Counts and latencies of one request type; throughput over the time requests were being made."""
    return summarise(stats.get(name, method))


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
    write_section(REPORT, SECTION_START, SECTION_END, section)
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
    database_url, database_name = fresh_database(base_url, "quizload")
    configure_django(database_url)
    print("preparing the database (migrate, demo content, learners, attempts)…", flush=True)
    assessment = prepare_site()
    course, learners = create_learners(options.attempts, assessment, "submitter")
    start_attempts(learners, course, assessment)
    _course, journey_learners = create_learners(options.users, assessment, "journeyer")

    from django.db import connections

    connections.close_all()
    server = GunicornServer(workers=options.workers, threads=options.threads).start()
    host = server.url
    results = {}
    try:
        print(f"submissions: {options.users} users for {options.seconds}s against {host}…", flush=True)
        Submitter.queue, Submitter.acknowledged = list(learners), set()
        results["load_average"] = os.getloadavg()[0]
        stats = run_locust([Submitter], host, options.users, options.seconds)
        results["submissions"] = {
            "submit": request_summary(stats, "submit"),
            "double submit": request_summary(stats, "submit again (double click)"),
            "database": database_check("submitter", Submitter.acknowledged, options.attempts),
        }
        if options.journey_seconds:
            print(f"journey: {options.users} users for {options.journey_seconds}s…", flush=True)
            Journeyer.learners, Journeyer.acknowledged = list(journey_learners), set()
            stats = run_locust([Journeyer], host, options.users, options.journey_seconds)
            results["journey"] = {
                "start": request_summary(stats, "start"),
                "attempt page": request_summary(stats, "attempt page", "GET"),
                "submit": request_summary(stats, "submit"),
            }
            journey_attempts = len(Journeyer.acknowledged)
            results["journey"]["database"] = database_check("journeyer", Journeyer.acknowledged, journey_attempts)
    finally:
        server.stop()
    results["postgres"] = postgres_version()
    met = write_report(results, options)
    if not options.keep_database:
        connections.close_all()
        drop_database(base_url, database_name)
    print(REPORT.read_text(encoding="utf-8").split(SECTION_START, 1)[1].split(SECTION_END, 1)[0])
    sys.exit(0 if met else 1)


if __name__ == "__main__":
    main()
