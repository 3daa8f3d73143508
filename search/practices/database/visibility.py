"""The documents a user may find: the same rule as `knowledgebase.visibility.visible_to`.

Only live practices are ever indexed, each with its audience
(`knowledgebase.audience`); a search keeps the audiences the reader
passes, one short `IN` list however many practices are restricted.

A practice translated by moderators is one practice: one version stands
for the others, the one in the active language, else the original (the
oldest version, the author's). Every version's document holds the text of
all of them (`indexing.write_documents`), so the version shown is found by
words only another version holds, and totals and facets count it once.

The rule is one SQL condition (`VISIBLE`), written once: the database
engine's fixed statements put it in their WHERE, and `visible_documents`
hands it to the ORM for the statements built as querysets. Built as a
queryset of nested filters (an exclusion of an OR of a subquery and an
`Exists`), the rule cost a cold search some 2 000 Python calls before any
SQL ran, the most of any single part of it (issue 12).
"""

from django.utils import translation

from home.sql_rows import placeholders

from ...models import PracticeSearchDocument

# The table as the ORM names it in a queryset's SQL: `postgresql.on_match_rows` reads the same
# condition from the match rows by renaming it.
DOCUMENTS = f'"{PracticeSearchDocument._meta.db_table}"'
# `{audiences}`: a placeholder per audience; `{documents}`: DOCUMENTS.
VISIBLE = """{documents}.audience IN ({audiences}) AND NOT (
    {documents}.has_translations AND NOT ({documents}.locale = %s) AND (
        {documents}.translation_key IN (
            SELECT here.translation_key FROM {documents} AS here
            WHERE here.audience IN ({audiences}) AND here.has_translations AND here.locale = %s
        )
        OR EXISTS (
            SELECT 1 FROM {documents} AS older
            WHERE older.audience IN ({audiences}) AND older.has_translations
            AND older.page_id < {documents}.page_id AND older.translation_key = {documents}.translation_key
        )
    )
)"""


def visible_condition(audiences):
    """(SQL condition on `DOCUMENTS`, params): a reader passing `audiences` (`readable_audiences(user)`) may find it.

    The active language chooses which version of a translated practice stands for it.
    """
    audiences = list(audiences)
    language = translation.get_language() or ""
    condition = VISIBLE.format(documents=DOCUMENTS, audiences=placeholders(len(audiences)))
    return condition, [*audiences, language, *audiences, language, *audiences]


def visible_ids(visible):
    """(SQL of the page ids of the documents `visible` ((condition, params): `visible_condition`) admits, params)."""
    condition, params = visible
    return f"SELECT page_id FROM {DOCUMENTS} WHERE {condition}", params  # noqa: S608 - constant SQL, values as parameters  # nosec B608


def visible_documents(audiences):
    """The documents a reader passing `audiences` may find, as a queryset (`visible_condition` in its WHERE).

    Its SQL names the documents' table, which the ORM renames inside a
    subquery: inside another queryset, ask for `visible_ids` instead.
    """
    condition, params = visible_condition(audiences)
    return PracticeSearchDocument.objects.extra(where=[condition], params=params)  # noqa: S610 - constant SQL, values as parameters  # nosec B610


def visibility_key(audiences):
    """What decides which documents a reader finds: their audiences, and the active language (translations)."""
    return "+".join(sorted(audiences)) + "@" + (translation.get_language() or "")
