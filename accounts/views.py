"""Profile, personal data export, account deletion and two-factor setup.

Two-factor authentication guards the views that read other people's
personal data (accounts.second_factor); those who can reach them (staff,
coordinators, moderators) set it up here.
"""

from base64 import b32encode
from functools import wraps
from urllib.parse import urlencode

import django_otp
import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError
from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_otp.plugins.otp_totp.models import TOTPDevice

from .forms import CurrentPasswordForm, OneTimeTokenForm, ProfileForm
from .personal_data import collect_personal_data
from .roles import COORDINATORS, EDITORS, LEARNERS, MODERATORS
from .second_factor import may_use_two_factor

# Group names are stored in English; these are what people read.
ROLE_LABELS = {
    LEARNERS: _("Learner"),
    COORDINATORS: _("Coordinator"),
    MODERATORS: _("Moderator"),
    EDITORS: _("Editor"),
}


def role_labels(user):
    return [ROLE_LABELS.get(name, name) for name in user.groups.order_by("name").values_list("name", flat=True)]


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        language = user.preferred_language
        # The confirmation and the page that shows it are in the language just chosen.
        with translation.override(language):
            messages.success(request, gettext("Your profile has been saved."))
            response = redirect("accounts:profile")
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
        return response
    return render(
        request,
        "accounts/profile.html",
        {
            "form": form,
            "roles": role_labels(request.user),
            "has_two_factor": django_otp.user_has_device(request.user),
            "may_use_two_factor": may_use_two_factor(request.user),
        },
    )


@login_required
@require_GET
def export_personal_data(request):
    response = JsonResponse(
        collect_personal_data(request.user),
        encoder=DjangoJSONEncoder,
        json_dumps_params={"indent": 2, "ensure_ascii": False},
    )
    filename = f"integrity-hub-data-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    add_never_cache_headers(response)
    return response


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request):
    form = CurrentPasswordForm(request.user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                request.user.delete()
        except (ProtectedError, RestrictedError):
            # Another app protects records that must outlive the account (for
            # instance ones other people rely on); the secretariat decides.
            form.add_error(
                None, _("Your account cannot be deleted on this site. Please contact us to have it removed.")
            )
        else:
            logout(request)
            messages.success(request, gettext("Your account and your personal data have been deleted."))
            return redirect("wagtail_serve", "")
    return render(request, "accounts/delete_account.html", {"form": form})


def two_factor_users_only(view):
    """Only those who can read other people's data (staff, coordinators, moderators) set up a second factor."""

    @login_required
    @wraps(view)
    def two_factor_view(request, *args, **kwargs):
        if not may_use_two_factor(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return two_factor_view


def next_url(request, default):
    """Where to go after two-factor setup or verification.

    Only URLs without a host are accepted, so a crafted link cannot send
    someone who has just proved their identity to another site.
    """
    candidate = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(candidate, allowed_hosts=None, require_https=request.is_secure()):
        return candidate
    return default


def url_with_next(view_name, next_value):
    return f"{reverse(view_name)}?{urlencode({'next': next_value})}"


def confirmed_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True)


@two_factor_users_only
@require_http_methods(["GET", "POST"])
def two_factor_setup(request):
    """Enrol an authenticator app, or, once enrolled, show how to remove it.

    Someone who has an app but has not used it in this session must verify
    first, or a stolen password alone would be enough to swap the device.
    """
    user = request.user
    destination = next_url(request, reverse("accounts:two_factor_setup"))
    if confirmed_devices(user).exists():
        if not user.is_verified():
            return redirect(url_with_next("accounts:two_factor_verify", request.get_full_path()))
        return render_two_factor_manage(request, CurrentPasswordForm(user))

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": gettext("Authenticator app")}
    )
    form = OneTimeTokenForm([device], request.POST or None)
    if request.method == "POST" and form.is_valid():
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        django_otp.login(request, device)
        messages.success(request, gettext("Two-factor authentication is now on for your account."))
        return redirect(destination)

    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "qr_code": qr_code_svg(device.config_url, gettext("QR code to scan with your authenticator app")),
            "secret": b32encode(device.bin_key).decode(),
            "next": destination,
        },
    )


def qr_code_svg(data, title):
    """An inline SVG QR code, drawn on the server so the page needs no script.

    It keeps its natural size on wide screens and, having a viewBox, shrinks
    to fit narrow ones instead of being cut off.
    """
    qr_code = segno.make(data, error="m")
    scale = 4
    width, height = qr_code.symbol_size(scale=scale)
    svg = qr_code.svg_inline(scale=scale, omitsize=True, title=title)
    return svg.replace("<svg ", f'<svg width="{width}" height="{height}" role="img" ', 1)


def render_two_factor_manage(request, removal_form):
    return render(
        request,
        "accounts/two_factor_manage.html",
        {"devices": confirmed_devices(request.user), "removal_form": removal_form},
    )


@two_factor_users_only
@require_POST
def two_factor_remove(request):
    user = request.user
    if confirmed_devices(user).exists() and not user.is_verified():
        return redirect(url_with_next("accounts:two_factor_verify", reverse("accounts:two_factor_setup")))
    form = CurrentPasswordForm(user, request.POST)
    if not form.is_valid():
        return render_two_factor_manage(request, form)
    TOTPDevice.objects.filter(user=user).delete()
    messages.success(request, gettext("Two-factor authentication is now off for your account."))
    return redirect("accounts:profile")


@two_factor_users_only
@require_http_methods(["GET", "POST"])
def two_factor_verify(request):
    user = request.user
    destination = next_url(request, reverse("wagtailadmin_home" if user.is_staff else "accounts:profile"))
    devices = list(confirmed_devices(user))
    if not devices:
        return redirect(url_with_next("accounts:two_factor_setup", destination))
    if user.is_verified():
        return redirect(destination)
    form = OneTimeTokenForm(devices, request.POST or None)
    if request.method == "POST" and form.is_valid():
        django_otp.login(request, form.device)
        return redirect(destination)
    return render(request, "accounts/two_factor_verify.html", {"form": form, "next": destination})
