"""Two-factor authentication for staff, enforced on the server.

A staff member who has confirmed an authenticator app must enter a code from
it before reaching the Wagtail admin. Setting STAFF_TWO_FACTOR_REQUIRED makes
enrolment compulsory for every staff account.
"""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device


class StaffTwoFactorMiddleware:
    protected_prefix = "/admin/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._needs_second_factor(request):
            target = "accounts:two_factor_verify" if user_has_device(request.user) else "accounts:two_factor_setup"
            return redirect(f"{reverse(target)}?next={request.path}")
        return self.get_response(request)

    def _needs_second_factor(self, request):
        if not request.path.startswith(self.protected_prefix):
            return False
        if request.path.startswith(("/admin/login/", "/admin/logout/", "/admin/password_reset/")):
            return False
        user = request.user
        if not user.is_authenticated or not (user.is_staff or user.is_superuser):
            return False
        if user.is_verified():
            return False
        return user_has_device(user) or getattr(settings, "STAFF_TWO_FACTOR_REQUIRED", False)
