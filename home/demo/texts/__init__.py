"""The demo site's words in English, French and Spanish, kept apart from the code.

Each page text is a {language: fields} mapping; the source language (English)
comes first. Translators can edit these files without reading any builder.
"""

from .about_page import ABOUT_PAGE
from .footer import FOOTER_TEXT
from .home_page import HOME_PAGE
from .privacy_page import CONTACT_EMAIL, PRIVACY_PAGE

__all__ = ["ABOUT_PAGE", "CONTACT_EMAIL", "FOOTER_TEXT", "HOME_PAGE", "PRIVACY_PAGE"]
