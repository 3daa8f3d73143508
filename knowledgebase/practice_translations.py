"""Practices translated by moderators: read by the same people as the author's version, and say so.

Practices stay in their author's language; moderators may translate one
through wagtail-localize, as editors translate the guide (the Translate
action needs `wagtail_localize.submit_translation`, which only Moderators
and Editors have: coordinators never enter the admin). A translation is a
copy of the author's page in another locale, with the same translation key
(`PracticePage.original_version`).

A translation must never be read by anyone the original is kept from: a
coordinators-only practice translated into French is coordinators-only in
French too. wagtail-localize copies `visibility` when it makes or syncs a
translation, but the author may change it later and a moderator publish
that change while the translation stays as it was. So every publication
(and unpublication) of any version aligns the versions on the original's
`visibility` before its privacy is applied (`versions_following_original`).
"""

from django.utils.translation import gettext_lazy as _

from home.sql_rows import fetch_rows, uuid_param

from .models import PracticePage

TRANSLATED_FROM = {
    "en": _("Translated by the moderators from the English original:"),
    "fr": _("Translated by the moderators from the French original:"),
    "es": _("Translated by the moderators from the Spanish original:"),
}


def versions_following_original(practice):
    """`practice`, and its translations when it is the original, each given the original's `visibility`.

    The visibility is written on the page rows only (not as a revision):
    what readers get follows the live rows, and the next publication of a
    translation aligns it again.
    """
    original = practice.original_version()
    if original is not None:
        follow_visibility(practice, original.visibility)
        return [practice]
    translations = list(PracticePage.objects.filter(translation_key=practice.translation_key).exclude(pk=practice.pk))
    for translation in translations:
        follow_visibility(translation, practice.visibility)
    return [practice, *translations]


def follow_visibility(version, visibility):
    if version.visibility != visibility:
        version.visibility = visibility
        PracticePage.objects.filter(pk=version.pk).update(visibility=visibility)


ORIGINAL_ID_STATEMENT = """
SELECT MIN(p.id)
FROM wagtailcore_page p
INNER JOIN knowledgebase_practicepage practice ON practice.page_ptr_id = p.id
WHERE p.translation_key = %s
"""


def translation_note(practice):
    """What a translation says of its original: {"text", "original" (live, else None)}; None for an original.

    Nearly every practice is its author's original, so whether it is one is
    asked first in one fixed statement (the id `original_version` would
    find): the queryset that reads the original, dear for a cold page, runs
    only for a translation.
    """
    (original_id,) = fetch_rows(ORIGINAL_ID_STATEMENT, [uuid_param(practice.translation_key)])[0]
    if original_id is None or original_id == practice.pk:
        return None
    original = practice.original_version()
    if original is None:
        return None
    text = TRANSLATED_FROM.get(original.language, TRANSLATED_FROM["en"])
    return {"text": text, "original": original if original.live else None}
