"""Two-factor authentication for views that read other people's personal data, enforced on the server.

Which requests those are is declared in accounts.second_factor. Someone who
has confirmed an authenticator app must enter a code from it (once per
session) before any of them; with SENSITIVE_TWO_FACTOR_REQUIRED, staff,
coordinators and moderators without an app must enrol one first. The check
runs once the URL is resolved, so it sees the view's name and arguments.
"""

from django.conf import settings
from django.shortcuts import redirect
from django_otp import user_has_device

from .second_factor import may_use_two_factor, reads_others_personal_data
from .views import url_with_next


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        # Cheapest first: most requests are no guarded view, and is_verified() may load the device.
        if not user.is_authenticated or not reads_others_personal_data(request) or user.is_verified():
            return None
        if user_has_device(user):
            target = "accounts:two_factor_verify"
        elif settings.SENSITIVE_TWO_FACTOR_REQUIRED and may_use_two_factor(user):
            target = "accounts:two_factor_setup"
        else:
            return None
        # The path of this site's own request (never a host): verification returns here.
        return redirect(url_with_next(target, request.get_full_path()))
