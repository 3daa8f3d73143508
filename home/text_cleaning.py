"""Text from people and files, cleaned on the way in so every output can carry it.

Whatever anyone types or imports ends up in HTML pages, the Atom feed, CSV
and JSON exports, certificates, emails and the search index. A few
characters break some of those outputs or hide what the text says, and a
moderator reading the text cannot see them. So they are dealt with once,
when the text arrives:

* `clean_text(value, multiline=False)` returns the text as it is stored.
  Every kind of line break (CR LF, CR, vertical tab, form feed, NEL, U+2028,
  U+2029) becomes a newline in multi-line text and a space in single-line
  text, where a tab also becomes a space. Invisible format characters are
  dropped: bidi embeddings, overrides and isolates (U+202A–202E,
  U+2066–2069), bidi marks, zero-width spaces, the byte-order mark, soft
  hyphens, tag characters and the rest of Unicode's "format" category,
  except the zero-width (non-)joiners that some scripts and emoji need, and
  the invisible Hangul fillers. It raises `UnsafeTextError` for what no
  one types and nobody should guess at: other control characters (U+0000
  to U+001F, U+007F to U+009F), surrogates and noncharacters. The error's
  `character` and `position` (1-based) say which and where; `str()` of it
  is an English reason for command-line tools.
* `CleanTextField` is a form `CharField` that applies `clean_text` (multi-line
  when its widget is a textarea) and turns the error into a translated
  form error (`validation_error(error)`, which code that cleans by hand,
  such as tag lists, uses too; `code_point(character)` spells U+XXXX);
  `clean_text_formfield` is a ModelForm `formfield_callback` giving every
  free-text model field such a field, and `register_admin_text_cleaning()`
  (called once from `HomeConfig.ready`) does the same for every Wagtail
  admin form: pages and snippets, plain and rich text, and every string
  inside StreamField blocks (`CleanStreamFormField`: stream text is
  multi-line, and a refusal names the block it is in).
* `printable_text(value)` is for outputs of text stored before this rule,
  or from places that do not clean: it never raises and drops every
  character `clean_text` would refuse or drop, keeping line breaks and tabs.
"""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.blocks.base import BlockField

# Needed to write Persian and Indic scripts, and to join emoji sequences.
KEPT_FORMAT_CHARACTERS = frozenset("\u200c\u200d")
# Letters that render as nothing, used to make names look empty or alike.
INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x85\u2028\u2029]")


class UnsafeTextError(ValueError):
    """Text holding a character that cannot be stored: a control character, a surrogate or a noncharacter."""

    def __init__(self, character, position):
        self.character = character
        self.position = position
        super().__init__(f"contains the invisible character {code_point(character)} at position {position}")


def code_point(character):
    return f"U+{ord(character):04X}"


def is_refused(character):
    """Control characters (but tab and newline), surrogates and noncharacters."""
    number = ord(character)
    if character in "\t\n":
        return False
    return (
        number < 0x20
        or 0x7F <= number <= 0x9F
        or 0xD800 <= number <= 0xDFFF
        or 0xFDD0 <= number <= 0xFDEF
        or (number & 0xFFFE) == 0xFFFE
    )


def is_invisible(character):
    """Format characters nobody sees (bidi controls, zero-width spaces, tags…) and invisible letters."""
    if character in KEPT_FORMAT_CHARACTERS:
        return False
    return character in INVISIBLE_LETTERS or unicodedata.category(character) == "Cf"


def clean_text(value, multiline=False):
    """`value` with line breaks made plain and invisible characters dropped; `UnsafeTextError` for the rest."""
    value = LINE_BREAKS.sub("\n", value)
    if not multiline:
        value = value.replace("\n", " ").replace("\t", " ")
    for position, character in enumerate(value, 1):
        if is_refused(character):
            raise UnsafeTextError(character, position)
    return "".join(character for character in value if not is_invisible(character))


def printable_text(value):
    """`value` without any character `clean_text` refuses or drops; for output, never raises."""
    value = LINE_BREAKS.sub("\n", value or "")
    return "".join(character for character in value if not is_refused(character) and not is_invisible(character))


def validation_error(error):
    return ValidationError(
        _(
            "This text contains an invisible control character (%(character)s) at position %(position)s. "
            "Remove it, for example by typing the text again, and try again."
        ),
        code="unsafe_character",
        params={"character": code_point(error.character), "position": error.position},
    )


class CleanTextField(forms.CharField):
    """A `CharField` whose text goes through `clean_text`; multi-line when its widget is a textarea."""

    def __init__(self, *, multiline=None, **kwargs):
        super().__init__(**kwargs)
        self.multiline = isinstance(self.widget, forms.Textarea) if multiline is None else multiline

    def to_python(self, value):
        value = super().to_python(value)
        if not isinstance(value, str):
            return value
        try:
            value = clean_text(value, multiline=self.multiline)
        except UnsafeTextError as error:
            raise validation_error(error) from error
        return value.strip() if self.strip else value


def clean_text_formfield(db_field, **kwargs):
    """A ModelForm `formfield_callback`: free-text model fields get a `CleanTextField`."""
    if type(db_field) in (models.CharField, models.TextField) and not db_field.choices:
        kwargs.setdefault("form_class", CleanTextField)
    return db_field.formfield(**kwargs)


def register_admin_text_cleaning():
    """Every Wagtail admin form (pages, snippets) cleans its plain and rich text fields the same way."""
    from wagtail.admin.forms.models import register_form_field_override
    from wagtail.admin.widgets import AdminAutoHeightTextInput
    from wagtail.fields import RichTextField, StreamField

    register_form_field_override(models.CharField, override={"form_class": CleanTextField}, exact_class=True)
    # Keeps Wagtail's own widget for plain text areas, which this override replaces.
    register_form_field_override(
        models.TextField,
        override={"form_class": CleanTextField, "widget": AdminAutoHeightTextInput, "multiline": True},
        exact_class=True,
    )
    register_form_field_override(
        RichTextField, override={"form_class": CleanTextField, "multiline": True}, exact_class=True
    )
    register_form_field_override(StreamField, override={"form_class": CleanStreamFormField}, exact_class=True)


def clean_stream_data(data, path=()):
    """Stored StreamField data (lists, dicts, strings) with every string cleaned; `UnsafeStreamText` says where."""
    if isinstance(data, str):
        try:
            return clean_text(data, multiline=True)
        except UnsafeTextError as error:
            raise UnsafeStreamText(error, path) from error
    if isinstance(data, list):
        return [clean_stream_data(item, path) for item in data]
    if isinstance(data, dict):
        # A block's "type" names where the text is; ids and types are the site's own and stay as they are.
        inner_path = (*path, data["type"]) if isinstance(data.get("type"), str) else path
        return {
            key: value if key in ("id", "type") else clean_stream_data(value, inner_path) for key, value in data.items()
        }
    return data


class UnsafeStreamText(ValueError):
    def __init__(self, error, path):
        super().__init__(str(error))
        self.error = error
        self.path = path


class CleanStreamFormField(BlockField):
    """Wagtail's StreamField form field, with every string in the blocks cleaned like any other text.

    Blocks (headings, paragraphs, quiz questions, captions) reach the same
    outputs as plain fields, so they follow the same rule. The cleaning runs
    on the stream's stored form, which every block type has, and the cleaned
    data is read back into blocks, so no block class needs to know about it.
    """

    def clean(self, value):
        value = super().clean(value)
        try:
            cleaned = clean_stream_data(self.block.get_prep_value(value))
        except UnsafeStreamText as unsafe:
            block = " › ".join(unsafe.path) or "body"
            raise ValidationError(
                _(
                    "The block “%(block)s” contains an invisible control character (%(character)s). "
                    "Remove it, for example by typing the text again, and try again."
                ),
                code="unsafe_character",
                params={"block": block, "character": code_point(unsafe.error.character)},
            ) from unsafe
        return self.block.to_python(cleaned)
