"""Question insight with thousands of attempts: time and SQL queries of the statistics and its admin page.

    .venv/bin/python benchmarks/question_insight.py              # 1,000 and 5,000 attempts, on SQLite
    DATABASE_URL=postgres://… .venv/bin/python benchmarks/question_insight.py --attempts 1000 5000 20000

Creates a throw-away test database, a course whose pool holds one question
of each type (single, multiple choice, true/false, matching, ordering, short
text), and marked attempts drawn and scored by the same code the site uses,
each question answered right or wrong at random. Then it times
`question_insight` and the admin page (as an editor) and counts their
queries, which must not grow with the attempts. Writes docs/benchmarks.md.
"""

import argparse
import os
import random
import sys
import time
import uuid
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT_ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrityhub.settings.test")

START = "<!-- question-insight:start -->"
END = "<!-- question-insight:end -->"


def add_attempts(tree, count, rng):
    from django.http import QueryDict
    from django.utils import timezone

    from accounts.factories import UserFactory
    from elearning.factories import answer_form_data
    from elearning.models import QuizAttempt
    from elearning.quiz import draw_snapshot, parse_responses
    from elearning.scoring import score_attempt

    user = UserFactory()
    now = timezone.now()
    attempts = []
    for number in range(1, count + 1):
        snapshot = draw_snapshot(tree.assessment, tree.course, rng)
        data = QueryDict(mutable=True)
        for question in snapshot["questions"]:
            answers = answer_form_data({"questions": [question]}, correct=rng.random() < 0.6)
            for name, value in answers.items():
                data.setlist(name, value if isinstance(value, list) else [value])
        responses = parse_responses(snapshot, data)
        result = score_attempt(snapshot["questions"], responses, 70)
        attempts.append(
            QuizAttempt(
                user=user,
                course_key=tree.course.translation_key,
                assessment=tree.assessment,
                number=number,
                idempotency_key=uuid.uuid4(),
                language="en",
                status=QuizAttempt.Status.SUBMITTED,
                started_at=now,
                submitted_at=now,
                snapshot=snapshot,
                responses=responses,
                question_scores=[
                    {"id": question["id"], "credit": str(credit)}
                    for question, credit in zip(snapshot["questions"], result.credits, strict=True)
                ],
                score=result.percentage,
                passed=result.passed,
            )
        )
    QuizAttempt.objects.bulk_create(attempts, batch_size=500)


def measure(callable_, repeats=3):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(repeats):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            callable_()
            timings.append(time.perf_counter() - started)
    return min(timings), len(captured.captured_queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, nargs="+", default=[1000, 5000])
    arguments = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    from accounts.factories import UserFactory, add_to_role
    from accounts.roles import EDITORS
    from benchmarks.report_sections import write_section
    from elearning.factories import build_course, ordering, sample_question_pool, short_text
    from elearning.question_stats import question_insight

    setup_test_environment()
    settings.ALLOWED_HOSTS = ["*"]
    original_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True)
    rng = random.Random(15)
    pool = sample_question_pool() + [
        ordering("Order the steps.", ["Decline", "Write down", "Report", "File"]),
        short_text("Which declaration?", ["Arusha"]),
    ]
    tree = build_course(lesson_count=0, assessment_fields={"questions": pool, "questions_per_attempt": 6})
    client = Client()
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))
    url = reverse("elearning_question_insight", args=[tree.assessment.pk])
    client.get(url)  # warm per-process caches

    rows = []
    created = 0
    for target in sorted(arguments.attempts):
        add_attempts(tree, target - created, rng)
        created = target
        stats_seconds, stats_queries = measure(lambda: question_insight(tree.course.translation_key))
        page_seconds, page_queries = measure(lambda: client.get(url))
        rows.append((target, stats_seconds, stats_queries, page_seconds, page_queries))
        print(f"{target} attempts: statistics {stats_seconds:.3f} s ({stats_queries} queries), "
              f"page {page_seconds:.3f} s ({page_queries} queries)")  # fmt: skip

    database = connection.vendor
    table = "\n".join(
        f"| {count:,} | {stats:.3f} s | {stats_queries} | {page:.3f} s | {page_queries} |"
        for count, stats, stats_queries, page, page_queries in rows
    )
    section = (
        f"{START}\n## Question insight\n\n"
        f"`benchmarks/question_insight.py` on {database}, one course, six questions per attempt (one of each type), "
        "best of three runs, on the shared 2-core machine:\n\n"
        "| Marked attempts | Statistics | Queries | Admin page | Queries |\n|---|---|---|---|---|\n"
        f"{table}\n\nThe queries do not grow with the attempts; the time grows linearly (one pass over the rows).\n"
        f"{END}\n"
    )
    write_section(PROJECT_ROOT / "docs" / "benchmarks.md", START, END, section)
    connection.creation.destroy_test_db(original_name, verbosity=0)


if __name__ == "__main__":
    main()
