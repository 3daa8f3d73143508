"""A signed-in reader refused a page by its group restriction gets a 403 that says why.

Wagtail answers any failed login or group restriction with a redirect to
the login page. For a visitor that is right; for a learner already signed
in, opening a practice shared with coordinators only, it is a loop: they
sign in again and land on the same refusal. So, before Wagtail's own check,
a signed-in reader who fails a group restriction (and no password
restriction, whose form Wagtail still shows) gets a 403 page naming the
groups the page is shared with.

Most pages have no restriction at all: the shared restriction rows
(home.restriction_rows) say so without a query, so the check costs nothing
there, only Wagtail's own.
"""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from .restriction_rows import may_be_restricted


def refuse_signed_in_readers_outside_the_groups(page, request, serve_args, serve_kwargs):
    if not request.user.is_authenticated or not may_be_restricted(page):
        return None
    failed = [restriction for restriction in page.get_view_restrictions() if not restriction.accept_request(request)]
    if not failed or any(restriction.restriction_type != PageViewRestriction.GROUPS for restriction in failed):
        return None
    group_names = sorted({gettext(group.name) for restriction in failed for group in restriction.groups.all()})
    response = TemplateResponse(request, "403_groups_only.html", {"group_names": group_names}, status=403)
    add_never_cache_headers(response)
    return response
