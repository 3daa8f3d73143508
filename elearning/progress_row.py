"""One learner's standing in one course, read in one query.

The course, lesson and assessment pages each need the reader's enrolment,
when their latest passed attempt began, their latest certificate and the
lessons they completed. Through the ORM that was the enrolment annotated
with two correlated subqueries (`with_progress_summary`) and a second query
for the lessons, and building and compiling those querysets cost more
Python than anything else these pages do per request (about a quarter of a
bare page's whole request). The statement never changes, so it is written
once here: the enrolment's columns and the same two subqueries, joined to
the completed lessons, one row per lesson (one row with no lesson when none
is complete). Values are converted as the ORM converts them, so the
enrolment is an ordinary `Enrolment` (saved and updated as usual) and the
keys are UUIDs on every database.
"""

from functools import cache

from django.db import connection

from home.sql_rows import converter

from .models import Enrolment, LessonProgress, QuizAttempt

# The same two subqueries as `with_progress_summary`; the model tables keep Django's default names.
STATEMENT = """
SELECT {enrolment_columns},
    (SELECT a.started_at FROM elearning_quizattempt a
     WHERE a.user_id = e.user_id AND a.course_key = e.course_key AND a.passed
     ORDER BY a.started_at DESC LIMIT 1),
    (SELECT c.id FROM elearning_certificate c
     WHERE c.user_id = e.user_id AND c.course_key = e.course_key
     ORDER BY c.issued_at DESC LIMIT 1),
    p.lesson_key
FROM elearning_enrolment e
LEFT JOIN elearning_lessonprogress p ON p.user_id = e.user_id AND p.course_key = e.course_key
WHERE e.user_id = %s AND e.course_key = %s
"""


@cache
def statement():
    """The SQL, with the user id and the course key as its two parameters."""
    quote = connection.ops.quote_name
    columns = ", ".join(f"e.{quote(field.column)}" for field in Enrolment._meta.concrete_fields)
    return STATEMENT.format(enrolment_columns=columns)


def read_course_standing(user_id, course_key):
    """(enrolment, completed lesson keys), or (None, set()) when the learner is not enrolled.

    The enrolment carries `last_pass_started_at` and `latest_certificate_id`,
    as `with_progress_summary` annotates them.
    """
    key_param = Enrolment._meta.get_field("course_key").get_db_prep_value(course_key, connection)
    with connection.cursor() as cursor:
        cursor.execute(statement(), [user_id, key_param])
        rows = cursor.fetchall()
    if not rows:
        return None, set()
    fields = Enrolment._meta.concrete_fields
    first = rows[0]
    values = [converter(field)(value) for field, value in zip(fields, first, strict=False)]
    enrolment = Enrolment.from_db(connection.alias, [field.attname for field in fields], values)
    extra = first[len(fields) :]
    enrolment.last_pass_started_at = converter(QuizAttempt._meta.get_field("started_at"))(extra[0])
    enrolment.latest_certificate_id = extra[1]
    lesson_key = converter(LessonProgress._meta.get_field("lesson_key"))
    completed = {lesson_key(row[-1]) for row in rows if row[-1] is not None}
    return enrolment, completed
