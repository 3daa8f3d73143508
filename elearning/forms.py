"""Forms of the e-learning views."""

import uuid

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import PartnerAdministration
from home.text_cleaning import CleanTextField

from .models.accommodations import MAX_EXTRA_ATTEMPTS, MAX_EXTRA_MINUTES, MAX_EXTRA_TIME_PERCENT


class EnrolmentUploadForm(forms.Form):
    """A CSV of officers to enrol; the secretariat also says for which administration."""

    file = forms.FileField(
        label=_("CSV file"),
        help_text=_("Columns: email, name, course (the course's title or web address slug). UTF-8, up to 1 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
    administration = forms.ModelChoiceField(
        label=_("Administration"), queryset=PartnerAdministration.objects.filter(active=True)
    )

    def __init__(self, *args, choose_administration=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not choose_administration:
            del self.fields["administration"]


class RevokeCertificateForm(forms.Form):
    reason = CleanTextField(
        label=_("Reason for revocation"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=_("Kept with the certificate for the record; the public page shows only that it was revoked."),
    )


class AccommodationForm(forms.Form):
    """Extra time and/or extra attempts for one learner in one course, and why."""

    course = forms.TypedChoiceField(label=_("Course"), coerce=uuid.UUID)
    extra_time_percent = forms.IntegerField(
        label=_("Extra time (% of the time limit)"),
        min_value=0,
        max_value=MAX_EXTRA_TIME_PERCENT,
        initial=0,
        help_text=_("For example 25 or 50. Up to 900, ten times the time limit."),
    )
    extra_time_minutes = forms.IntegerField(
        label=_("Extra time (minutes)"),
        min_value=0,
        max_value=MAX_EXTRA_MINUTES,
        initial=0,
        help_text=_("Added on top of any percentage."),
    )
    no_time_limit = forms.BooleanField(label=_("No time limit at all"), required=False)
    extra_attempts = forms.IntegerField(label=_("Extra attempts"), min_value=0, max_value=MAX_EXTRA_ATTEMPTS, initial=0)
    reason = CleanTextField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_(
            "Kept for the record and shown in reports to coordinators and the secretariat; the learner does not see it."
        ),
    )

    def __init__(self, *args, courses=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["course"].choices = [("", _("Choose a course"))] + [
            (str(course.translation_key), course.title) for course in courses
        ]

    def clean(self):
        cleaned = super().clean()
        adds_something = cleaned.get("no_time_limit") or any(
            cleaned.get(name) for name in ("extra_time_percent", "extra_time_minutes", "extra_attempts")
        )
        if not self.errors and not adds_something:
            raise forms.ValidationError(_("Give extra time, no time limit or extra attempts."))
        return cleaned

    def allowance_values(self):
        return {
            name: self.cleaned_data[name]
            for name in ("extra_time_percent", "extra_time_minutes", "no_time_limit", "extra_attempts")
        }
