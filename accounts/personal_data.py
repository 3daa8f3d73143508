"""Everything Integrity Hub holds about one person, for the "Download my data" export.

The accounts app knows only its own records. Other apps add theirs with the
Wagtail hook `register_personal_data`, so this module never imports them::

    @hooks.register("register_personal_data")
    def enrolments(user):
        return "enrolments", [{"course": ..., "enrolled_at": ...} for ... in ...]

Each hook function takes the user and returns a `(key, value)` pair whose value
json.dumps can write (DjangoJSONEncoder also accepts dates, decimals, UUIDs and
lazy strings). Hook functions must return only that user's own records.
"""

from allauth.account.models import EmailAddress
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from wagtail import hooks

PERSONAL_DATA_HOOK = "register_personal_data"


def collect_personal_data(user):
    """The export document for `user`: profile, email addresses and other apps' records."""
    return {
        "exported_at": timezone.now(),
        "profile": _profile(user),
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
        ],
        "records": _records_from_other_apps(user),
    }


def _profile(user):
    # Listed field by field, never serialised wholesale, so that a field added
    # to the model later (or the password hash) cannot leak into the export.
    return {
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "learning_reminders": user.learning_reminders,
        "administration": _administration(user.administration),
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "is_staff": user.is_staff,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
    }


def _administration(administration):
    if administration is None:
        return None
    return {
        "name": administration.name,
        "country": administration.country,
        "region": administration.region.code,
    }


def _records_from_other_apps(user):
    records = {}
    for provide_records in hooks.get_hooks(PERSONAL_DATA_HOOK):
        key, value = provide_records(user)
        if key in records:
            # Two apps writing under one key would silently drop data from the export.
            raise ImproperlyConfigured(f"Two {PERSONAL_DATA_HOOK} hooks use the key {key!r}.")
        records[key] = value
    return records
