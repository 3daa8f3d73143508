"""The main menu: pages marked 'show in menus', minus any the visitor may not see."""

from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory


def menu_html(client):
    response = client.get("/en/")
    assert response.status_code == 200
    navigation = response.content.decode().split('<nav class="site-nav"', 1)[1].split("</nav>", 1)[0]
    return navigation


def test_a_restricted_menu_page_is_left_out(client, home):
    StandardPageFactory(parent=home, title="Open to all", show_in_menus=True)
    members_only = StandardPageFactory(parent=home, title="Members corner", show_in_menus=True)
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)

    navigation = menu_html(client)

    assert "Open to all" in navigation
    assert "Members corner" not in navigation


def test_thousands_of_restrictions_deeper_down_do_not_break_the_menu(client, home):
    section = StandardPageFactory(parent=home, title="Library", show_in_menus=True)
    for number in range(1200):
        page = StandardPageFactory(parent=section, title=f"Restricted note {number}")
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    assert "Library" in menu_html(client)
