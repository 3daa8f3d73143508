"""A practice's related practices as link rows, in one fixed statement.

Through the ORM the list was a queryset of live practices, filtered by
visibility and key factors, annotated with a filtered `Count` and a `Case`,
grouped by every column of both page tables and ordered by the annotations:
building and compiling it cost more Python than anything else a cold
practice page does (about a sixth of its calls). The statement never
changes shape, so it is written once here; what the reader may see is the
one rule (`visibility.visible_to`), compiled from the ORM as a subquery of
page ids, so this module decides nothing about visibility itself.

The order is the ORM's: practices sharing most of the key factors first,
then those in the reader's language, then the most recently first
published, then by id.
"""

from django.db import connection
from django.utils import translation
from wagtail.models import Page

from .models import PracticePage
from .visibility import visible_to

STATEMENT = """
SELECT p.id, p.title, p.url_path, pp.language, a.name, pp.visibility
FROM knowledgebase_practicepage pp
JOIN wagtailcore_page p ON p.id = pp.page_ptr_id
LEFT JOIN accounts_partneradministration a ON a.id = pp.administration_id
JOIN (
    SELECT l.page_id, COUNT(*) AS shared
    FROM knowledgebase_practicekeyfactor l
    JOIN knowledgebase_keyfactor k ON k.id = l.key_factor_id
    WHERE k.number IN ({numbers})
    GROUP BY l.page_id
) s ON s.page_id = p.id
WHERE p.live AND p.translation_key <> %s AND p.id IN ({visible})
ORDER BY s.shared DESC, CASE WHEN pp.language = %s THEN 1 ELSE 0 END DESC, p.first_published_at DESC, p.id
LIMIT %s
"""
FIELDS = ("pk", "title", "url_path", "language", "administration__name", "visibility")


def related_practice_rows(user, practice, numbers, limit):
    """Up to `limit` rows ({FIELDS}) of live practices `user` may read sharing key factors `numbers`.

    Other versions of `practice` (its translations) are left out.
    """
    if not numbers:
        return []
    visible, visible_parameters = visible_to(Page.objects.all(), user).values("pk").query.sql_with_params()
    translation_key = PracticePage._meta.get_field("translation_key").get_db_prep_value(
        practice.translation_key, connection
    )
    statement = STATEMENT.format(numbers=", ".join(["%s"] * len(numbers)), visible=visible)
    parameters = [*numbers, translation_key, *visible_parameters, translation.get_language(), limit]
    with connection.cursor() as cursor:
        cursor.execute(statement, parameters)
        return [dict(zip(FIELDS, row, strict=True)) for row in cursor.fetchall()]
