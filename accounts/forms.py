"""Forms for the profile, account deletion and staff two-factor authentication."""

import django_otp
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.text_cleaning import CleanTextField, clean_text_formfield

from .models import PartnerAdministration, User
from .roles import is_coordinator


class ProfileForm(forms.ModelForm):
    """What people may change about themselves.

    A coordinator's administration decides whose records they manage, so only
    a moderator may move them to another one; for them the field is read-only.
    """

    class Meta:
        model = User
        fields = ["first_name", "last_name", "administration", "preferred_language", "learning_reminders"]
        widgets = {
            "first_name": forms.TextInput(attrs={"autocomplete": "given-name"}),
            "last_name": forms.TextInput(attrs={"autocomplete": "family-name"}),
        }
        help_texts = {
            "preferred_language": _("The site and the emails we send you use this language."),
        }
        formfield_callback = clean_text_formfield

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        administration = self.fields["administration"]
        # An administration that has since been deactivated stays selectable
        # for its existing members, so saving the profile never fails on it.
        administration.queryset = PartnerAdministration.objects.filter(
            Q(active=True) | Q(pk=self.instance.administration_id)
        )
        administration.empty_label = _("None")
        if is_coordinator(self.instance):
            administration.disabled = True
            administration.help_text = _("Ask a moderator if you have moved to another administration.")


class CurrentPasswordForm(forms.Form):
    """Asks again for the password before something that cannot be undone."""

    password = forms.CharField(
        label=_("Current password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, user, *args, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your current password."), code="wrong_password")
        return password


class OneTimeTokenForm(forms.Form):
    """Asks for the code an authenticator app shows and checks it against `devices`.

    After validation, `device` is the device that accepted the code.
    """

    token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=16,
        help_text=_("The six-digit code changes every 30 seconds."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "pattern": "[0-9 ]*", "size": 8}
        ),
    )

    def __init__(self, devices, *args, **kwargs):
        self.devices = devices
        self.device = None
        super().__init__(*args, **kwargs)

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        for device in self.devices:
            # verify_token locks the device row, so one code cannot be used twice
            # by concurrent requests, and applies django-otp's throttling.
            self.device = django_otp.verify_token(device.user, device.persistent_id, token)
            if self.device is not None:
                return token
        raise forms.ValidationError(
            _("That code is not valid. Check that your device's clock is right and try the newest code."),
            code="invalid_token",
        )


class SignupDetailsForm(forms.Form):
    """Names asked at sign-up, because certificates and coordinator reports show them.

    allauth adds these fields to its own sign-up form and calls `signup()`
    once the account exists.
    """

    first_name = CleanTextField(
        label=_("First name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "given-name"})
    )
    last_name = CleanTextField(
        label=_("Last name"), max_length=150, widget=forms.TextInput(attrs={"autocomplete": "family-name"})
    )

    def signup(self, request, user):
        user.first_name = self.cleaned_data["first_name"].strip()
        user.last_name = self.cleaned_data["last_name"].strip()
        user.save(update_fields=["first_name", "last_name"])
