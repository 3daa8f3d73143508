"""The four role groups exist from the first migration with the right admin rights."""

import pytest
from django.contrib.auth.models import Group

from accounts.models import Region, User
from accounts.roles import ALL_ROLES, COORDINATORS, EDITORS, LEARNERS, MODERATORS, has_role
from home.factories import build_site

pytestmark = pytest.mark.django_db


def user_in(role):
    user = User.objects.create_user(email=f"{role.lower()}@example.org", password="a-long-password-123")
    user.groups.add(Group.objects.get(name=role))
    return User.objects.get(pk=user.pk)


def test_all_four_roles_exist():
    assert set(Group.objects.filter(name__in=ALL_ROLES).values_list("name", flat=True)) == set(ALL_ROLES)


@pytest.mark.parametrize(
    ("role", "may_enter_admin"), [(LEARNERS, False), (COORDINATORS, False), (MODERATORS, True), (EDITORS, True)]
)
def test_only_staff_roles_may_enter_the_admin(role, may_enter_admin):
    assert user_in(role).has_perm("wagtailadmin.access_admin") is may_enter_admin


def test_editors_write_pages_and_manage_the_taxonomy():
    editor = user_in(EDITORS)
    home, _ = build_site()
    permissions = home.permissions_for_user(editor)
    assert permissions.can_add_subpage()
    assert permissions.can_publish()
    assert editor.has_perm("knowledgebase.change_keyfactor")
    assert editor.has_perm("accounts.add_partneradministration")
    assert editor.has_perm("home.change_footertext")


def test_moderators_publish_but_do_not_manage_administrations():
    moderator = user_in(MODERATORS)
    home, _ = build_site()
    assert home.permissions_for_user(moderator).can_publish()
    assert not moderator.has_perm("accounts.delete_partneradministration")


def test_learners_and_coordinators_have_no_admin_permissions():
    home, _ = build_site()
    for role in (LEARNERS, COORDINATORS):
        user = user_in(role)
        assert not user.get_all_permissions()
        assert not home.permissions_for_user(user).can_edit()


def test_has_role_reads_group_membership():
    coordinator = user_in(COORDINATORS)
    assert has_role(coordinator, COORDINATORS)
    assert not has_role(coordinator, EDITORS)


def test_the_six_wco_regions_are_seeded():
    assert list(Region.objects.values_list("code", flat=True)) == ["AMS", "AP", "ESA", "EUR", "MENA", "WCA"]


def test_email_is_the_login_and_is_case_insensitive():
    User.objects.create_user(email="Officer@Customs.Example", password="a-long-password-123")
    assert User.objects.get_by_natural_key("officer@customs.example").email == "officer@customs.example"
