"""The living pattern page: every component of docs/design.md, rendered from the site's own CSS and includes.

For staff only (those who may open the Wagtail admin): it shows no content
of the site, but it is a working tool, not a page for readers. Visitors are
sent to log in; signed-in readers without admin access get a 403.
"""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from .readers import may_open_admin

KEY_FACTOR_NUMBERS = range(1, 11)


@never_cache
@require_safe
def pattern_library(request):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if not may_open_admin(request.user):
        raise PermissionDenied
    return render(request, "home/patterns.html", {"key_factor_numbers": KEY_FACTOR_NUMBERS})
