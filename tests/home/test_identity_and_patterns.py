"""The favicon answers at the root, the key-factor icons exist for all ten, the pattern page is for staff,
and the sign-up and login pages use the menu's words in every language."""

import pytest
from django.template import Context, Template

from accounts.factories import UserFactory, add_to_role
from accounts.roles import EDITORS, LEARNERS
from home.identity.key_factor_icons import key_factor_icon_svg

ICO_SIGNATURE = b"\x00\x00\x01\x00"


def test_favicon_ico_is_an_icon_cached_by_browsers(client, db):
    response = client.get("/favicon.ico")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/x-icon"
    assert response.content.startswith(ICO_SIGNATURE)
    assert "max-age" in response["Cache-Control"]
    assert client.post("/favicon.ico").status_code == 405


def test_every_key_factor_has_its_own_icon_and_nothing_else_does():
    icons = {number: key_factor_icon_svg(number) for number in range(1, 11)}
    assert len(set(icons.values())) == 10
    assert all('aria-hidden="true"' in icon for icon in icons.values())
    assert key_factor_icon_svg(0) == key_factor_icon_svg(11) == key_factor_icon_svg("x") == ""


def test_the_template_tag_takes_a_key_factor_or_its_number():
    class Factor:
        number = 4

    template = Template("{% load identity %}{% key_factor_icon factor %}")
    assert template.render(Context({"factor": Factor()})) == template.render(Context({"factor": "4"}))
    assert '<svg class="key-factor-icon"' in template.render(Context({"factor": 4}))


def test_the_pattern_page_sends_visitors_to_log_in(client, db):
    response = client.get("/en/patterns/")
    assert response.status_code == 302
    assert "/accounts/login/" in response.url


def test_the_pattern_page_is_refused_to_a_learner(client, db):
    client.force_login(add_to_role(UserFactory(), LEARNERS))
    assert client.get("/en/patterns/").status_code == 403


def test_the_pattern_page_shows_every_component_to_staff(client, db):
    client.force_login(add_to_role(UserFactory(is_staff=True), EDITORS))
    response = client.get("/en/patterns/")
    assert response.status_code == 200
    html = response.content.decode()
    for class_name in (
        "card--link",
        "summary-list",
        "table--stack",
        "filter-panel",
        "badge",
        "notice--error",
        "empty-state",
    ):
        assert f'class="{class_name}' in html or f" {class_name}" in html, class_name
    assert html.count('class="key-factor-icon"') >= 10


LOGIN_WORDS = {
    "en": ("Log in", "Sign up"),
    "fr": ("Se connecter", "S'inscrire"),
    "es": ("Iniciar sesión", "Registrarse"),
}


@pytest.mark.parametrize("language", LOGIN_WORDS)
def test_login_and_sign_up_pages_use_the_menus_words(client, db, language):
    log_in, sign_up = LOGIN_WORDS[language]
    login_page = client.get(f"/{language}/accounts/login/").content.decode()
    signup_page = client.get(f"/{language}/accounts/signup/").content.decode()
    assert f"<h1>{log_in}</h1>" in login_page and f"<h1>{sign_up}</h1>" in signup_page
    for page in (login_page, signup_page):
        assert "Sign In" not in page and "Sign Up" not in page and "Signup" not in page
