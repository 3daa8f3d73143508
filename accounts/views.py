"""Profile, personal data export, account deletion and staff two-factor setup."""

from django.contrib.auth.decorators import login_required
from django.http import HttpResponse


@login_required
def profile(request):
    return HttpResponse("profile")


@login_required
def export_personal_data(request):
    return HttpResponse("export")


@login_required
def delete_account(request):
    return HttpResponse("delete")


@login_required
def two_factor_setup(request):
    return HttpResponse("setup")


@login_required
def two_factor_verify(request):
    return HttpResponse("verify")
