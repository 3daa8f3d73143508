"""The header's account links: what a signed-in reader can go to, by role.

Personal, so never part of the shared shell fragments (home.shell): built
on every request from the user row and their groups, which the request has
already read (home.readers.groups_of), so it costs no query of its own.

Each link is offered only to the roles its view lets in (the views check
again on the server); nobody sees a link for a role they lack.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.roles import COORDINATORS, EDITORS, MODERATORS

from .readers import group_names_of

ADMIN_URL = "/admin/"


def roles_of(user):
    """{"coordinator", "moderator", "editor"}: the roles that add links, as accounts.roles defines them."""
    names = group_names_of(user)
    roles = set()
    if COORDINATORS in names:
        roles.add("coordinator")
    if user.is_superuser or names & {MODERATORS, EDITORS}:
        roles.add("moderator")
    if user.is_superuser or EDITORS in names:
        roles.add("editor")
    return roles


def account_links(user):
    """[{"url", "label", "key"}] for a signed-in `user`, in the order the header shows them."""
    roles = roles_of(user)
    coordinator = "coordinator" in roles
    moderator = "moderator" in roles
    links = [("learning", reverse("elearning:dashboard"), _("My learning"))]
    if coordinator:
        links.append(("share", reverse("knowledgebase:create_practice"), _("Share a practice")))
        links.append(("my-practices", reverse("knowledgebase:my_practices"), _("My practices")))
    if coordinator or moderator:
        links.append(("bookmarks", reverse("knowledgebase:my_bookmarks"), _("My bookmarks")))
    if moderator or (coordinator and user.administration_id is not None):
        links.append(("reports", reverse("elearning:reports"), _("Reports")))
    # Both open the admin, whose dashboard lists the practices awaiting the reader's review.
    if "editor" in roles:
        links.append(("admin", ADMIN_URL, _("Administration")))
    elif moderator:
        links.append(("moderation", ADMIN_URL, _("Moderation queue")))
    elif user.is_staff:
        links.append(("admin", ADMIN_URL, _("Administration")))
    links.append(("profile", reverse("accounts:profile"), _("My profile")))
    return [{"key": key, "url": url, "label": label} for key, url, label in links]


def primary_action(user):
    """The one thing the home page's hero offers first: {"url", "label"} for the reader's main role."""
    if not user.is_authenticated:
        return {"url": reverse("account_signup"), "label": _("Sign up and start learning")}
    roles = roles_of(user)
    if "editor" in roles:
        return {"url": ADMIN_URL, "label": _("Open the administration")}
    if "moderator" in roles:
        return {"url": ADMIN_URL, "label": _("Review practices awaiting moderation")}
    if "coordinator" in roles:
        return {"url": reverse("knowledgebase:create_practice"), "label": _("Share a practice")}
    return {"url": reverse("elearning:dashboard"), "label": _("Continue learning")}


def landing_url(user):
    """Where signing in leads when no page asked for it: the primary action's page, not the profile form."""
    roles = roles_of(user)
    if roles & {"editor", "moderator"}:
        return ADMIN_URL
    if "coordinator" in roles:
        return reverse("knowledgebase:my_practices")
    return reverse("elearning:dashboard")
