"""Forms of the public site: sharing a practice, filtering the listing, commenting."""

import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from taggit.forms import TagField
from taggit.utils import edit_string_for_tags
from wagtail.coreutils import find_available_slug

from accounts.models import Region
from home.text_cleaning import CleanTextField, UnsafeTextError, clean_text, clean_text_formfield, validation_error

from .held_uploads import claim, hold
from .models import PracticeComment, PracticePage, key_factor_names
from .models.practices import FIRST_PRACTICE_YEAR, MAX_KEY_FACTORS_PER_PRACTICE
from .practice_index import practice_index_for_language
from .sanitising import sanitise_rich_text
from .uploads import ACCEPTED_EXTENSIONS, max_attachment_size, validate_attachment

MAX_ATTACHMENTS_PER_PRACTICE = 5
MAX_TAGS_PER_PRACTICE = 10
MAX_TAG_LENGTH = 50
SLUG_LENGTH = 80
RICH_TEXT_HELP = _(
    "Leave a blank line between paragraphs. The formatting toolbar adds bold, italic, lists and links; "
    "any other formatting is removed."
)
VISIBILITY_HELP = _(
    "Choose “coordinators only” for sensitive practices, such as investigations or integrity testing: "
    "visitors will not see the practice or its attachments."
)


class LimitedRichTextField(CleanTextField):
    """A textarea whose text is cleaned to the allowed HTML on the server.

    `data-rich-text` lets static/js/rich-text-editor.js put its formatting
    toolbar over it; without JavaScript it takes plain text.
    """

    widget = forms.Textarea(attrs={"rows": 6, "data-rich-text": ""})

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 20000)
        super().__init__(**kwargs)

    def clean(self, value):
        return sanitise_rich_text(super().clean(value))


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleAttachmentField(forms.FileField):
    """Several files in one input; each is checked and every problem is reported."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"multiple": True, "accept": ",".join(ACCEPTED_EXTENSIONS)})
        )
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        uploads = data if isinstance(data, list | tuple) else [data] if data else []
        cleaned, errors = [], []
        self.accepted_uploads = cleaned  # the files that passed, even if another did not
        for upload in uploads:
            try:
                upload = super().clean(upload, initial)
                validate_attachment(upload)
            except ValidationError as error:
                errors.extend(error.error_list)
            else:
                cleaned.append(upload)
        if errors:
            raise ValidationError(errors)
        return cleaned


def key_factor_choices(blank_label):
    return [("", blank_label)] + [(number, f"{number}. {name}") for number, name in sorted(key_factor_names().items())]


class PracticeForm(forms.ModelForm):
    """A coordinator's practice, new or edited; checked harder when submitted than when saved as a draft.

    Administration, region and author come from the coordinator's account,
    never from the form, so nobody files a practice for another
    administration.
    """

    SUBMISSION_REQUIRED = ("summary", "year", "problem", "actions", "results", "lessons_learned")

    summary = CleanTextField(
        label=_("Summary"),
        required=False,
        max_length=800,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One or two sentences: what was done and what it achieved."),
    )
    problem = LimitedRichTextField(label=_("The problem"))
    actions = LimitedRichTextField(label=_("What was done"))
    results = LimitedRichTextField(label=_("Results"))
    lessons_learned = LimitedRichTextField(label=_("Lessons learned"))
    key_factor_1 = forms.TypedChoiceField(label=_("Main key factor"), coerce=int)
    key_factor_2 = forms.TypedChoiceField(label=_("Second key factor (optional)"), coerce=int, required=False)
    key_factor_3 = forms.TypedChoiceField(label=_("Third key factor (optional)"), coerce=int, required=False)
    tags = TagField(
        label=_("Tags"),
        required=False,
        help_text=_("Short topics separated by commas, such as “staff rotation, e-payment”."),
    )
    new_attachments = MultipleAttachmentField(label=_("Add attachments"))
    remove_attachments = forms.TypedMultipleChoiceField(
        label=_("Remove attachments"), coerce=int, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = PracticePage
        fields = [
            "title",
            "language",
            "summary",
            "year",
            "problem",
            "actions",
            "results",
            "lessons_learned",
            "contact_unit",
            "contact_email",
            "visibility",
        ]
        labels = {"title": _("Title"), "language": _("Language the practice is written in")}
        help_texts = {"title": _("Specific: what was done, and where."), "visibility": VISIBILITY_HELP}
        widgets = {"visibility": forms.RadioSelect}
        formfield_callback = clean_text_formfield

    def __init__(self, *args, submitting=False, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.submitting = submitting
        self.user = user
        self.held_uploads = []  # files kept from an earlier try: knowledgebase/held_uploads.py
        self.fields["year"] = forms.IntegerField(
            label=_("Year"),
            required=False,
            min_value=FIRST_PRACTICE_YEAR,
            max_value=timezone.now().year + 1,
            help_text=_("The year the practice started."),
        )
        self.fields["key_factor_1"].choices = key_factor_choices(_("Choose a key factor"))
        for name in ("key_factor_2", "key_factor_3"):
            self.fields[name].choices = key_factor_choices(_("None"))
        self.fields["new_attachments"].help_text = _(
            "PDF, Word (DOCX), Excel (XLSX), PNG or JPEG files, at most %(limit)s each; up to %(count)s per practice."
        ) % {"limit": filesizeformat(max_attachment_size()), "count": MAX_ATTACHMENTS_PER_PRACTICE}
        self.fields["tags"].widget.attrs.update({"list": "tag-suggestions", "autocomplete": "off"})
        self.current_attachments = list(self.instance.attachments.all()) if self.instance.pk else []
        if self.current_attachments:
            self.fields["remove_attachments"].choices = [
                (attachment.document_id, attachment.document.title) for attachment in self.current_attachments
            ]
        else:
            del self.fields["remove_attachments"]
        if self.instance.pk and not self.is_bound:
            for position, number in enumerate(self.instance.key_factor_numbers()[:MAX_KEY_FACTORS_PER_PRACTICE], 1):
                self.initial[f"key_factor_{position}"] = number
            self.initial["tags"] = edit_string_for_tags(list(self.instance.tags.all()))

    def clean_tags(self):
        tags = self.cleaned_data["tags"]
        if len(tags) > MAX_TAGS_PER_PRACTICE:
            raise ValidationError(_("Use at most %(count)s tags.") % {"count": MAX_TAGS_PER_PRACTICE})
        if any(len(tag) > MAX_TAG_LENGTH for tag in tags):
            raise ValidationError(_("Each tag may be at most %(count)s characters.") % {"count": MAX_TAG_LENGTH})
        try:
            tags = [clean_text(tag).strip() for tag in tags]
        except UnsafeTextError as error:
            raise validation_error(error) from error
        return sorted({tag.lower() for tag in tags if tag})

    def clean(self):
        cleaned = super().clean()
        self.check_key_factors(cleaned)
        self.claim_held_uploads()
        self.check_attachment_count(cleaned)
        if self.submitting:
            for name in self.SUBMISSION_REQUIRED:
                if name in self.fields and cleaned.get(name) in (None, "") and name not in self.errors:
                    self.add_error(name, _("Fill this in before submitting the practice for moderation."))
        self.place_new_page(cleaned)
        return cleaned

    def check_key_factors(self, cleaned):
        numbers = [cleaned.get(f"key_factor_{position}") for position in range(1, MAX_KEY_FACTORS_PER_PRACTICE + 1)]
        chosen = [number for number in numbers if number]
        if len(chosen) != len(set(chosen)):
            self.add_error("key_factor_2", _("Choose each key factor once."))
        self.key_factor_numbers = list(dict.fromkeys(chosen))

    def claim_held_uploads(self):
        """The files kept from the last try that the coordinator still wants; removed ones are deleted."""
        if not self.is_bound or self.user is None:
            return
        removed = set(self.data.getlist("remove_held"))
        for token in dict.fromkeys(self.data.getlist("held_attachments")):
            try:
                held = claim(token, self.user)
            except ValidationError as error:
                self.add_error("new_attachments", error)
                continue
            if token in removed:
                held.discard()
            else:
                self.held_uploads.append(held)

    def hold_new_uploads(self):
        """Keep this try's accepted uploads for the next, since the form goes back with an error."""
        accepted = getattr(self.fields["new_attachments"], "accepted_uploads", [])
        self.held_uploads.extend(hold(upload, self.user) for upload in accepted)

    def check_attachment_count(self, cleaned):
        kept = len(self.current_attachments) - len(cleaned.get("remove_attachments") or []) + len(self.held_uploads)
        if kept + len(cleaned.get("new_attachments") or []) > MAX_ATTACHMENTS_PER_PRACTICE:
            self.add_error(
                "new_attachments",
                _("A practice may have at most %(count)s attachments.") % {"count": MAX_ATTACHMENTS_PER_PRACTICE},
            )

    def place_new_page(self, cleaned):
        """A new practice is filed under the index of its language; give it a free slug there."""
        if self.instance.pk or "title" not in cleaned:
            return
        parent = practice_index_for_language(cleaned.get("language") or settings.LANGUAGE_CODE)
        if parent is None:
            raise ValidationError(_("The best-practice exchange is not open yet. Please try again later."))
        self.instance._cached_parent_obj = parent  # what Wagtail's own page forms set, for slug checks
        self.instance.locale_id = parent.locale_id
        self.instance.slug = find_available_slug(parent, slugify(cleaned["title"])[:SLUG_LENGTH] or "practice")
        self.parent_page = parent


class PracticeFilterForm(forms.Form):
    """The listing's filters; every choice works as a plain GET link too."""

    key_factor = forms.TypedChoiceField(label=_("Key factor"), coerce=int, required=False)
    region = forms.ChoiceField(label=_("Region"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)
    year = forms.IntegerField(label=_("Year"), required=False, widget=forms.Select)
    tag = CleanTextField(label=_("Tag"), required=False, max_length=MAX_TAG_LENGTH)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["key_factor"].choices = key_factor_choices(_("All key factors"))
        self.fields["region"].choices = [("", _("All regions"))] + [
            (region.code, region.display_name) for region in Region.objects.all()
        ]
        self.fields["language"].choices = [("", _("All languages"))] + list(settings.LANGUAGES)
        self.fields["year"].widget.choices = [("", _("All years"))] + [(year, year) for year in years]

    def filter(self, practices):
        """`practices` narrowed by the valid filters; invalid ones are ignored, never an error page."""
        self.is_valid()
        values = self.cleaned_data
        if values.get("key_factor"):
            practices = practices.filter(practice_key_factors__key_factor__number=values["key_factor"])
        if values.get("region"):
            practices = practices.filter(region__code=values["region"])
        if values.get("language"):
            practices = practices.filter(language=values["language"])
        if values.get("year"):
            practices = practices.filter(year=values["year"])
        if values.get("tag"):
            practices = practices.filter(tags__name__iexact=values["tag"].strip())
        return practices.distinct()


class CommentForm(forms.ModelForm):
    class Meta:
        model = PracticeComment
        fields = ["body"]
        labels = {"body": _("Your comment or question")}
        widgets = {"body": forms.Textarea(attrs={"rows": 4})}
        help_texts = {"body": _("Plain text; web addresses become links.")}
        formfield_callback = clean_text_formfield

    def clean_body(self):
        body = self.cleaned_data["body"].strip()
        if not body:
            raise ValidationError(_("Write something before posting."))
        return body


def new_submission_token():
    return str(uuid.uuid4())


class NewCommentForm(CommentForm):
    """A comment or reply being posted, with the token that makes posting it idempotent.

    The token is issued with the form and sent back in a hidden field; see
    `knowledgebase/comment_posting.py` for how the database uses it.
    """

    submission_token = forms.CharField(required=False, widget=forms.HiddenInput, initial=new_submission_token)

    def clean(self):
        cleaned = super().clean()
        try:
            cleaned["submission_token"] = uuid.UUID(cleaned.get("submission_token") or "")
        except ValueError:
            raise ValidationError(_("This form has expired. Reload the page and post your comment again.")) from None
        return cleaned
