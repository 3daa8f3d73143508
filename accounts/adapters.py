"""allauth adapter: new accounts are learners, people land in their own language, mail names the site.

allauth's account emails ("Hello from …!", confirmation and password-reset
links) take the site's name and address from the request's host, since
Django's sites framework is not installed: a greeting from
"127.0.0.1:8731" and links to whichever host the request came through. Here
they name the Wagtail site and link to the configured SITE_URL, like every
other email of the project (integrityhub/site_url.py).
"""

from types import SimpleNamespace
from urllib.parse import quote, urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth.models import Group
from django.urls import reverse, translate_url
from django.utils import translation
from wagtail.models import Site

from home.account_navigation import landing_url
from integrityhub.site_url import absolute_url

from .roles import LEARNERS

# Links allauth builds from the request for these emails, and the pages they lead to.
# (The confirmation and password-reset-key links come from the methods below.)
LINKS_BUILT_FROM_THE_REQUEST = {
    "account/email/account_already_exists": {
        "signup_url": "account_signup",
        "password_reset_url": "account_reset_password",
    },
    "account/email/unknown_account": {"signup_url": "account_signup"},
}


def site_name():
    """The name editors gave the default Wagtail site, or the project's name."""
    site = Site.objects.filter(is_default_site=True).only("site_name").first()
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request, user, form, commit=True):
        user = super().save_user(request, user, form, commit=False)
        language = translation.get_language() or user.preferred_language
        user.preferred_language = language.split("-")[0]
        if commit:
            user.save()
            user.groups.add(Group.objects.get(name=LEARNERS))
        return user

    def get_login_redirect_url(self, request):
        """After login (when no page asked for one), the reader's most useful page, in their language.

        Learners go to their learning, coordinators to their practices,
        moderators and editors to the admin's review queue: not the profile form.
        """
        url = landing_url(request.user)
        return translate_url(url, request.user.preferred_language)

    def send_mail(self, template_prefix, email, context):
        site = SimpleNamespace(name=site_name(), domain=urlsplit(settings.SITE_URL).netloc)
        context = {**context, "current_site": site}
        for name, url_name in LINKS_BUILT_FROM_THE_REQUEST.get(template_prefix, {}).items():
            context[name] = absolute_url(reverse(url_name))
        super().send_mail(template_prefix, email, context)

    def get_email_confirmation_url(self, request, emailconfirmation):
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key):
        """allauth's own path for the key (it joins the user id and token as "UID-KEY")."""
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))
