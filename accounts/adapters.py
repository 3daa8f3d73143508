"""allauth adapter: new accounts are learners, and people land in their own language."""

from allauth.account.adapter import DefaultAccountAdapter
from django.contrib.auth.models import Group
from django.urls import translate_url
from django.utils import translation

from .roles import LEARNERS


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
        """After login, show the destination in the language the user prefers."""
        url = super().get_login_redirect_url(request)
        return translate_url(url, request.user.preferred_language)
