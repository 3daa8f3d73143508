"""Who may read a practice, as one short token a search index can filter on.

`visibility.visible_to` decides at query time, from the tree paths of every
restriction the reader fails. That suits a list of pages, but a search
index would be sent thousands of paths with every query: one per
coordinators-only practice for an anonymous visitor or a learner, read from
the database and shipped to Elasticsearch each time (most of a search's
time at 100 000 practices). So each search document carries its audience
instead, written when the practice is indexed:

- `public` when no view restriction applies to the page or its ancestors;
- otherwise the restrictions that apply, each as a part, sorted and joined
  by `+`: `login`, `password` or `groups:<ids>` (group ids sorted, joined
  by `.`), e.g. `groups:2.3.4` for a coordinators-only practice.

A reader may see a document when they pass every part of its audience
(`readable_audiences`). Every audience ever written is kept in
`ViewAudience`, so a query can list the audiences a reader passes: an
allow-list, so an audience the list does not know yet is hidden, never
shown. Changing a restriction reindexes the practices under it
(`search.practices.indexing`), because the audience is part of the document.
"""

from wagtail.models import BaseViewRestriction, PageViewRestriction

from home.readers import group_ids_of

from .models import ViewAudience

PUBLIC = "public"
LOGIN = "login"
PASSWORD = "password"  # noqa: S105 - the name of a restriction type, not a secret
GROUPS_PREFIX = "groups:"
PART_SEPARATOR = "+"
GROUP_SEPARATOR = "."


def restriction_part(restriction_type, group_ids):
    """One restriction as a part of an audience; None for a restriction that restricts nothing."""
    if restriction_type == BaseViewRestriction.LOGIN:
        return LOGIN
    if restriction_type == BaseViewRestriction.PASSWORD:
        return PASSWORD
    if restriction_type == BaseViewRestriction.GROUPS:
        return GROUPS_PREFIX + GROUP_SEPARATOR.join(str(group_id) for group_id in sorted(group_ids))
    return None


def audience_token(parts):
    parts = sorted({part for part in parts if part})
    return PART_SEPARATOR.join(parts) if parts else PUBLIC


def ancestor_paths(path, step=4):
    """The tree paths of a page and every ancestor (Wagtail's treebeard paths have 4 characters a level)."""
    return [path[:length] for length in range(step, len(path) + 1, step)]


class Audiences:
    """Audience tokens for pages by tree path, from the view restrictions read once (two queries).

    `Audiences.everywhere()` reads every restriction, for a full reindex;
    `Audiences.above(paths)` only those on the pages at `paths` and their
    ancestors, for a few practices. Every token handed out is registered in
    `ViewAudience` first.
    """

    def __init__(self, restrictions):
        restrictions = list(restrictions.values_list("pk", "restriction_type", "page__path"))
        through = PageViewRestriction.groups.through
        group_ids = {}
        rows = through.objects.filter(pageviewrestriction_id__in=[pk for pk, _type, _path in restrictions])
        for restriction_id, group_id in rows.values_list("pageviewrestriction_id", "group_id"):
            group_ids.setdefault(restriction_id, set()).add(group_id)
        self.parts_by_path = {}
        for pk, restriction_type, path in restrictions:
            part = restriction_part(restriction_type, group_ids.get(pk, ()))
            self.parts_by_path.setdefault(path, []).append(part)
        self.registered = set()

    @classmethod
    def everywhere(cls):
        return cls(PageViewRestriction.objects.all())

    @classmethod
    def above(cls, paths):
        ancestors = {ancestor for path in paths for ancestor in ancestor_paths(path)}
        return cls(PageViewRestriction.objects.filter(page__path__in=ancestors))

    def of(self, path):
        parts = [part for ancestor in ancestor_paths(path) for part in self.parts_by_path.get(ancestor, ())]
        token = audience_token(parts)
        if token not in self.registered:
            register({token})
            self.registered.add(token)
        return token


def register(tokens):
    """Remember `tokens` (known ones are left alone), in the caller's transaction.

    The database engine writes its documents in that same transaction, so a
    rollback takes both; an Elasticsearch document is written after its
    audience is registered. Either way no document has an unknown audience
    for long, and an unknown one is hidden, never shown.
    """
    tokens = set(tokens) - {PUBLIC}
    if tokens:
        ViewAudience.objects.bulk_create([ViewAudience(token=token) for token in tokens], ignore_conflicts=True)


def readable_audiences(user, known=None):
    """Every known audience `user` passes (one query, with their groups read once per request; none for a visitor).

    `known`, when given, is a function returning every audience token ever
    registered (`known_audiences`), for a caller that keeps that list
    across requests; a list missing the newest tokens only hides documents.
    """
    if not user.is_authenticated:
        return [PUBLIC]
    user_group_ids = {str(pk) for pk in group_ids_of(user)}
    known = known() if known is not None else known_audiences()
    return [PUBLIC] + sorted(token for token in known if passes(token, user, user_group_ids))


def known_audiences():
    """Every audience token registered so far (one query)."""
    return list(ViewAudience.objects.values_list("token", flat=True))


def passes(token, user, user_group_ids):
    """Mirrors `visibility.passes` for every part of an audience: a list never asks for a password."""
    for part in token.split(PART_SEPARATOR):
        if part == PUBLIC:
            continue
        if part == LOGIN and user.is_authenticated:
            continue
        if part.startswith(GROUPS_PREFIX) and user.is_authenticated:
            allowed = set(part.removeprefix(GROUPS_PREFIX).split(GROUP_SEPARATOR)) - {""}
            if user.is_superuser or allowed & user_group_ids:
                continue
        return False
    return True
