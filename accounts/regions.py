"""The six WCO regions, named once so gettext can translate them."""

from django.utils.translation import gettext_noop

REGION_NAMES = {
    "AMS": gettext_noop("Americas and the Caribbean"),
    "AP": gettext_noop("Asia/Pacific"),
    "ESA": gettext_noop("East and Southern Africa"),
    "EUR": gettext_noop("Europe"),
    "MENA": gettext_noop("North of Africa, Near and Middle East"),
    "WCA": gettext_noop("West and Central Africa"),
}
