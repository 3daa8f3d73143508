"""Audience tokens: who may read a practice, as a search document records it."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from wagtail.models import BaseViewRestriction, PageViewRestriction

from accounts.factories import UserFactory
from knowledgebase.audience import PUBLIC, Audiences, audience_token, readable_audiences, restriction_part
from knowledgebase.models import ViewAudience

pytestmark = pytest.mark.django_db


def test_a_token_lists_each_restriction_once_in_a_fixed_order():
    parts = [restriction_part(BaseViewRestriction.GROUPS, [4, 2]), restriction_part(BaseViewRestriction.LOGIN, [])]
    assert audience_token(parts + parts) == "groups:2.4+login"
    assert audience_token([]) == PUBLIC
    assert audience_token([restriction_part(BaseViewRestriction.NONE, [])]) == PUBLIC


def test_a_page_has_the_restrictions_of_its_ancestors(practice_index):
    group = Group.objects.create(name="Auditors")
    section = PageViewRestriction.objects.create(page=practice_index, restriction_type=BaseViewRestriction.GROUPS)
    section.groups.set([group])
    child_path = practice_index.path + "0001"
    audiences = Audiences.above([child_path, practice_index.get_parent().path])
    assert audiences.of(child_path) == f"groups:{group.pk}"
    assert audiences.of(practice_index.get_parent().path) == PUBLIC
    assert Audiences.everywhere().of(child_path) == f"groups:{group.pk}"
    assert ViewAudience.objects.filter(token=f"groups:{group.pk}").exists()


def test_readers_pass_the_audiences_their_account_allows():
    auditors, editors = Group.objects.create(name="Auditors"), Group.objects.create(name="Web editors")
    for token in (
        "login",
        f"groups:{auditors.pk}",
        f"groups:{editors.pk}",
        f"groups:{auditors.pk}+login",
        "password",
        f"groups:{auditors.pk}+groups:{editors.pk}",
    ):
        ViewAudience.objects.create(token=token)
    auditor = UserFactory()
    auditor.groups.add(auditors)
    assert readable_audiences(AnonymousUser()) == [PUBLIC]
    assert set(readable_audiences(auditor)) == {PUBLIC, "login", f"groups:{auditors.pk}", f"groups:{auditors.pk}+login"}
    superuser = UserFactory(is_superuser=True)
    assert "password" not in readable_audiences(superuser)
    assert f"groups:{auditors.pk}+groups:{editors.pk}" in readable_audiences(superuser)
