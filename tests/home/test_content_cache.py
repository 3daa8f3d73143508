"""The content generation: every change readers can see retires every cached fragment and page.

One test per kind of change; each fails if the receiver for that change is
removed from home.content_invalidation. Signals Wagtail sends alongside a
save (publish, unpublish) are sent here exactly as Wagtail sends them, so
the test fails without that receiver even though a save also bumps.
"""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.cache import cache
from django.db import transaction
from django.test import RequestFactory
from taggit.models import Tag
from wagtail.models import Collection, Locale, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from accounts.factories import PartnerAdministrationFactory, RegionFactory, UserFactory, add_to_role
from accounts.roles import COORDINATORS, LEARNERS
from home.content_cache import (
    GENERATION_KEY,
    ContentGenerationMiddleware,
    audience_of,
    bump_content_generation,
    current_generation,
    fragment_cache_key,
)
from home.factories import FooterTextFactory, StandardPageFactory
from home.models import SiteSettings, StandardPage
from knowledgebase.factories import PracticeCommentFactory, attach_document, default_language_key_factor


@pytest.fixture
def page(home):
    return StandardPageFactory(parent=home, title="Rotation of officers")


def bumps(change):
    """Whether doing `change()` replaced the content generation."""
    before = current_generation()
    change()
    return current_generation() != before


def test_the_generation_stays_the_same_while_nothing_changes(page):
    assert current_generation() == current_generation()


def test_publishing_a_page_bumps(page):
    revision = page.save_revision()
    assert bumps(lambda: page_published.send(sender=StandardPage, instance=page, revision=revision))


def test_unpublishing_a_page_bumps(page):
    assert bumps(lambda: page_unpublished.send(sender=StandardPage, instance=page))


def test_moving_a_page_bumps(home, page):
    other_parent = StandardPageFactory(parent=home, title="Archive")
    assert bumps(lambda: page.move(other_parent, pos="last-child"))


def test_the_page_moved_signal_bumps(home, page):
    """Wagtail's move also saves the page; the signal is the documented promise, so it bumps on its own."""
    other_parent = StandardPageFactory(parent=home, title="Archive")

    def moved():
        post_page_move.send(
            sender=StandardPage,
            instance=page,
            parent_page_before=home,
            parent_page_after=other_parent,
            url_path_before=page.url_path,
            url_path_after=other_parent.url_path + page.slug + "/",
        )

    assert bumps(moved)


def test_deleting_a_page_bumps(page):
    assert bumps(page.delete)


def test_saving_a_live_page_directly_bumps(page):
    """An import, an alias or a translation saved live without `page_published`."""

    def retitle():
        page.title = "Rotation of officers, revised"
        page.save()

    assert bumps(retitle)


def test_creating_a_live_alias_in_another_language_bumps(page):
    french = Locale.objects.get(language_code="fr")
    assert bumps(lambda: page.copy_for_translation(french, copy_parents=True, alias=True))


def test_saving_a_draft_of_a_live_page_does_not_bump(page):
    """Editors save drafts all day: readers see none of it, so the cache survives."""
    page.title = "Draft title nobody reads yet"
    assert not bumps(page.save_revision)


def test_creating_a_view_restriction_bumps(page):
    assert bumps(lambda: PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN))


def test_changing_a_view_restriction_bumps(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    def to_groups():
        restriction.restriction_type = PageViewRestriction.GROUPS
        restriction.save()

    assert bumps(to_groups)


def test_deleting_a_view_restriction_bumps(page):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert bumps(restriction.delete)


@pytest.fixture
def group_restriction(page):
    return PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)


def test_adding_a_group_to_a_restriction_bumps(group_restriction):
    coordinators = Group.objects.get(name=COORDINATORS)
    assert bumps(lambda: group_restriction.groups.add(coordinators))


def test_removing_a_group_from_a_restriction_bumps(group_restriction):
    coordinators = Group.objects.get(name=COORDINATORS)
    group_restriction.groups.add(coordinators)
    assert bumps(lambda: group_restriction.groups.remove(coordinators))


def test_a_group_joining_a_restriction_from_its_own_side_bumps(group_restriction):
    learners = Group.objects.get(name=LEARNERS)
    assert bumps(lambda: learners.pageviewrestriction_set.add(group_restriction))


def test_a_group_leaving_its_restrictions_from_its_own_side_bumps(group_restriction):
    learners = Group.objects.get(name=LEARNERS)
    learners.pageviewrestriction_set.add(group_restriction)
    assert bumps(learners.pageviewrestriction_set.clear)


def test_renaming_a_group_bumps(db):
    group = Group.objects.create(name="Auditors")

    def rename():
        group.name = "Internal auditors"
        group.save()

    assert bumps(rename)


def test_deleting_a_group_bumps(db):
    group = Group.objects.create(name="Auditors")
    assert bumps(group.delete)


def test_adding_a_locale_bumps(db):
    assert bumps(lambda: Locale.objects.create(language_code="pt"))


def test_changing_the_site_bumps(home):
    site = Site.objects.get(is_default_site=True)

    def rename():
        site.site_name = "Integrity Hub (staging)"
        site.save()

    assert bumps(rename)


def test_editing_a_key_factor_snippet_bumps(db):
    key_factor = default_language_key_factor(3)

    def edit():
        key_factor.description = "Openness about rules, fees and decisions."
        key_factor.save()

    assert bumps(edit)


def test_adding_a_partner_administration_snippet_bumps(db):
    assert bumps(PartnerAdministrationFactory)


def test_deleting_a_footer_text_snippet_bumps(db):
    footer = FooterTextFactory()
    assert bumps(footer.delete)


def test_editing_a_region_bumps(db):
    region = RegionFactory(code="EUR")

    def rename():
        region.name = "Europe region"
        region.save()

    assert bumps(rename)


def test_editing_site_settings_bumps(home):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))

    def edit():
        site_settings.contact_email = "secretariat@integrityhub.example"
        site_settings.save()

    assert bumps(edit)


def test_a_new_comment_on_a_practice_bumps(db):
    assert bumps(PracticeCommentFactory)


def test_renaming_a_tag_bumps(db):
    tag = Tag.objects.create(name="rotation")

    def rename():
        tag.name = "staff rotation"
        tag.save()

    assert bumps(rename)


def test_a_new_collection_bumps(db):
    assert bumps(lambda: Collection.get_first_root_node().add_child(name="Practice attachments 2026"))


def test_uploading_a_document_bumps(page, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    from knowledgebase.factories import PracticePageFactory

    practice = PracticePageFactory(parent=page)
    assert bumps(lambda: attach_document(practice))


def test_saving_a_user_does_not_bump(db):
    """A sign-in saves last_login: that must not empty the cache for everyone."""
    user = UserFactory()
    assert not bumps(user.save)


def test_a_bump_inside_a_transaction_bumps_again_after_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks, transaction.atomic():
        bump_content_generation()
        bump_content_generation()
        during_transaction = current_generation()
    assert len(callbacks) == 1
    assert current_generation() != during_transaction


def test_a_request_reads_the_generation_once(db):
    """Later reads in the same request see the generation it started with."""
    seen = []

    def view(request):
        seen.append(current_generation())
        cache.set(GENERATION_KEY, "set-by-another-process")
        seen.append(current_generation())
        return None

    ContentGenerationMiddleware(view)(RequestFactory().get("/en/"))

    assert seen[0] == seen[1] != "set-by-another-process"
    assert current_generation() == "set-by-another-process"


def test_a_bump_during_a_request_is_seen_by_the_rest_of_it(db):
    seen = []

    def view(request):
        seen.append(current_generation())
        bump_content_generation()
        seen.append(current_generation())
        return None

    ContentGenerationMiddleware(view)(RequestFactory().get("/en/"))

    assert seen[0] != seen[1]


def request_for(user):
    request = RequestFactory().get("/en/")
    request.user = user
    return request


def test_an_anonymous_reader_has_the_anonymous_audience(db):
    assert audience_of(request_for(AnonymousUser())) == "anon"


def test_readers_with_the_same_groups_share_an_audience_without_their_ids(db):
    first, second = UserFactory(), UserFactory()
    for user in (first, second):
        add_to_role(user, COORDINATORS)
    coordinators = Group.objects.get(name=COORDINATORS)

    audience = audience_of(request_for(first))

    assert audience == f"user:{coordinators.pk}"
    assert audience == audience_of(request_for(second))
    assert str(first.pk) not in audience.split(":", 1)[0]


def test_staff_and_superusers_have_audiences_of_their_own(db):
    staff = UserFactory(is_staff=True)
    superuser = UserFactory(is_staff=True, is_superuser=True)
    assert audience_of(request_for(staff)) == "user-staff:"
    assert audience_of(request_for(superuser)) == "user-staff-super:"


def test_a_fragment_key_names_language_audience_and_generation_and_changes_with_a_bump(db):
    key = fragment_cache_key("menu", language="fr", audience="anon", extra=(42, "page 2"))

    assert key.startswith("fragment:menu:fr:anon:")
    assert key == fragment_cache_key("menu", language="fr", audience="anon", extra=(42, "page 2"))
    assert key != fragment_cache_key("menu", language="es", audience="anon", extra=(42, "page 2"))
    assert key != fragment_cache_key("menu", language="fr", audience="user:2", extra=(42, "page 2"))
    assert key != fragment_cache_key("menu", language="fr", audience="anon", extra=(43, "page 2"))
    bump_content_generation()
    assert key != fragment_cache_key("menu", language="fr", audience="anon", extra=(42, "page 2"))
