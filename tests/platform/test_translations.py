"""Interface translations: complete catalogues, and no English left on French or Spanish pages."""

import html
import re
from pathlib import Path

import polib
import pytest

CATALOGUES = {
    language: Path(__file__).resolve().parents[2] / "locale" / language / "LC_MESSAGES" / "django.po"
    for language in ("fr", "es")
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@pytest.mark.parametrize("language", CATALOGUES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(str(CATALOGUES[language]))
    assert len(catalogue) > 100
    assert not catalogue.untranslated_entries(), [entry.msgid for entry in catalogue.untranslated_entries()]
    assert not catalogue.fuzzy_entries(), [entry.msgid for entry in catalogue.fuzzy_entries()]


@pytest.mark.parametrize("language", CATALOGUES)
def test_translations_keep_every_placeholder(language):
    for entry in polib.pofile(str(CATALOGUES[language])):
        if entry.msgid_plural:
            # A singular form may name the number in words ("your only attempt").
            allowed = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
            for translation in entry.msgstr_plural.values():
                assert set(PLACEHOLDER.findall(translation)) <= allowed, entry.msgid
        else:
            assert set(PLACEHOLDER.findall(entry.msgid)) == set(PLACEHOLDER.findall(entry.msgstr)), entry.msgid


def visible_text(page_html):
    """The text a person reads or hears: element text plus labels in attributes."""
    without_code = re.sub(r"<(script|style)\b.*?</\1>", " ", page_html, flags=re.S)
    attributes = re.findall(r'(?:aria-label|title|alt|placeholder|value)="([^"]*)"', without_code)
    text = re.sub(r"<[^>]+>", " ", without_code)
    return html.unescape(" ".join([text, *attributes]))


def english_interface_strings(language):
    """Catalogue msgids whose translation differs from the English (so must not appear).

    Single lower-case words are model field names for the admin; some are also
    ordinary French or Spanish words ("comment", "date"), so they are left out.
    """
    for entry in polib.pofile(str(CATALOGUES[language])):
        if entry.msgid_plural or "%" in entry.msgid or "{" in entry.msgid:
            continue
        if entry.msgid.islower() and " " not in entry.msgid:
            continue
        if entry.msgstr and entry.msgstr != entry.msgid and len(entry.msgid) > 3:
            yield entry.msgid


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "es"])
@pytest.mark.parametrize("path", ["", "accounts/login/", "accounts/signup/", "accounts/password/reset/"])
def test_pages_show_no_english_interface_strings(built_demo_site, client, language, path):
    response = client.get(f"/{language}/{path}")
    assert response.status_code == 200
    text = visible_text(response.content.decode())
    leaked = [
        msgid for msgid in english_interface_strings(language) if re.search(rf"(?<!\w){re.escape(msgid)}(?!\w)", text)
    ]
    assert not leaked, f"English interface strings on /{language}/{path}: {leaked}"


ENGLISH_FUNCTION_WORDS = re.compile(r"\b(the|and|your|with|you|this|for|to|of)\b", re.IGNORECASE)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "es"])
def test_home_page_reads_without_english_words(built_demo_site, client, language):
    """Catches strings nobody marked for translation, which the catalogue check cannot see."""
    text = visible_text(client.get(f"/{language}/").content.decode())
    assert not ENGLISH_FUNCTION_WORDS.findall(text), ENGLISH_FUNCTION_WORDS.findall(text)
