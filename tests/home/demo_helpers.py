"""What the demo-content tests share: running the command, counting what it made, logging in."""

from io import StringIO

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, Revision, Site

from accounts.models import PartnerAdministration
from home.models import FooterText, SiteSettings

LOGIN_URL = "/en/accounts/login/"


def load_demo():
    output = StringIO()
    call_command("load_demo_content", stdout=output)
    return output.getvalue()


def snapshot():
    user_model = get_user_model()
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "users": user_model.objects.count(),
        "group memberships": user_model.groups.through.objects.count(),
        "email addresses": EmailAddress.objects.count(),
        "footer texts": FooterText.objects.count(),
        "administrations": PartnerAdministration.objects.count(),
        "sites": Site.objects.count(),
        "site settings": SiteSettings.objects.count(),
    }


def log_in(client, email, password):
    response = client.post(LOGIN_URL, {"login": email, "password": password})
    return response, client.session.get("_auth_user_id")
