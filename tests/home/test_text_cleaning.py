"""The shared rule for text on its way in: plain line breaks, no invisible characters, no control characters."""

import pytest
from django import forms

from home.text_cleaning import CleanTextField, UnsafeTextError, clean_text, printable_text

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
INVISIBLE = "\u200b\u200e\u200f\u061c\u00ad\u2060\ufeff\U000e0041\u3164"


def test_every_kind_of_line_break_is_a_newline_in_multi_line_text_and_a_space_in_one_line():
    text = "a\r\nb\rc\x0bd\x0ce\x85f\u2028g\u2029h\ti"

    assert clean_text(text, multiline=True) == "a\nb\nc\nd\ne\nf\ng\nh\ti"
    assert clean_text(text) == "a b c d e f g h i"


def test_bidi_controls_and_other_invisible_characters_are_dropped():
    assert clean_text(f"pay{BIDI_CONTROLS}ment{INVISIBLE}s") == "payments"


def test_the_joiners_scripts_and_emoji_need_are_kept():
    assert clean_text("می\u200cخواهم 👩\u200d💻") == "می\u200cخواهم 👩\u200d💻"


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1f", "\x7f", "\x9b", "\ud800", "\udfff", "\ufffe", "\ufdd0"])
def test_control_characters_surrogates_and_noncharacters_are_refused_with_where_they_are(character):
    with pytest.raises(UnsafeTextError) as raised:
        clean_text(f"ab{character}c", multiline=True)

    assert raised.value.position == 3
    assert f"U+{ord(character):04X} at position 3" in str(raised.value)


def test_printable_text_drops_what_clean_text_refuses_or_drops_and_never_raises():
    assert printable_text(f"a\x00b\x0bc\ud800d{BIDI_CONTROLS}e\r\nf\tg") == "ab\ncd" + "e\nf\tg"
    assert printable_text(None) == ""


class NoteForm(forms.Form):
    title = CleanTextField(max_length=20)
    note = CleanTextField(widget=forms.Textarea, required=False)


def test_a_form_field_stores_the_cleaned_text_and_refuses_control_characters_with_a_clear_message():
    form = NoteForm({"title": " \u202eTitle\u200b ", "note": "one\r\ntwo"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data == {"title": "Title", "note": "one\ntwo"}

    form = NoteForm({"title": "Ti\x01tle"})
    assert not form.is_valid()
    assert form.errors["title"] == [
        "This text contains an invisible control character (U+0001) at position 3. "
        "Remove it, for example by typing the text again, and try again."
    ]


def test_a_text_of_only_invisible_characters_is_empty_and_so_missing():
    form = NoteForm({"title": "\u200b\u202e"})

    assert not form.is_valid()
    assert form.errors["title"] == ["This field is required."]


def admin_text_fields():
    """(page model, field name) of every free-text field on a Wagtail admin page form."""
    from django.db import models
    from wagtail.fields import RichTextField
    from wagtail.models import get_page_models

    for page_model in get_page_models():
        for field in page_model._meta.get_fields():
            if type(field) in (models.CharField, models.TextField, RichTextField) and not field.choices:
                yield page_model, field.name


@pytest.mark.django_db
def test_every_text_field_of_the_wagtail_admin_page_forms_is_cleaned():
    checked = 0
    for page_model, name in admin_text_fields():
        form_field = page_model.get_edit_handler().get_form_class().base_fields.get(name)
        if form_field is None:  # not edited in the admin
            continue
        with pytest.raises(forms.ValidationError, match="U\\+0001"):
            form_field.clean("Ti\x01tle")
        assert form_field.clean("\u202eTi\u200btle") == "Title", f"{page_model.__name__}.{name}"
        checked += 1

    assert checked >= 20  # titles, SEO fields, introductions, summaries and rich text of every page type


def stream_page_fields():
    """(page model, field name) of every StreamField on a Wagtail admin page form."""
    from wagtail.fields import StreamField
    from wagtail.models import get_page_models

    for page_model in get_page_models():
        for field in page_model._meta.get_fields():
            if isinstance(field, StreamField):
                yield page_model, field.name


@pytest.mark.django_db
def test_every_streamfield_of_the_wagtail_admin_page_forms_cleans_the_text_in_its_blocks():
    from home.text_cleaning import CleanStreamFormField

    fields = [
        (page_model, name, page_model.get_edit_handler().get_form_class().base_fields.get(name))
        for page_model, name in stream_page_fields()
    ]
    edited = [(page_model, name, field) for page_model, name, field in fields if field is not None]

    assert len(edited) >= 5  # bodies, overviews, objectives, lessons, question pools
    for page_model, name, field in edited:
        assert isinstance(field, CleanStreamFormField), f"{page_model.__name__}.{name}"


@pytest.mark.django_db
def test_a_block_with_a_control_character_is_refused_naming_the_block_and_invisible_ones_are_dropped():
    from home.models import StandardPage

    body = StandardPage.get_edit_handler().get_form_class().base_fields["body"]
    quote = {"type": "quote", "value": {"quote": "Integrity\u202e first\u200b", "attribution": "A\x01B"}}

    with pytest.raises(forms.ValidationError, match="quote.*U\\+0001"):
        body.clean(body.block.to_python([quote]))

    quote["value"]["attribution"] = "Director\u2028General"
    cleaned = body.clean(body.block.to_python([quote]))
    assert cleaned[0].value["quote"] == "Integrity first"
    assert cleaned[0].value["attribution"] == "Director\nGeneral"
