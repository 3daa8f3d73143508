"""Forms of the e-learning views."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import PartnerAdministration
from home.text_cleaning import CleanTextField


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
