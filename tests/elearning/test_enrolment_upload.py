"""Coordinators enrol officers by CSV: every row checked, all or nothing, new officers invited by email."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from accounts.factories import PartnerAdministrationFactory, UserFactory, add_to_role
from accounts.models import User
from accounts.roles import COORDINATORS, EDITORS, LEARNERS
from elearning.models import Enrolment
from home.factories import translate_page

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/en/learn/enrolments/upload/"
NEW_PASSWORD = "a-brand-new-passphrase-2026"


@pytest.fixture
def coordinator(client, administration):
    user = add_to_role(
        UserFactory(first_name="Ingrid", last_name="Solberg", administration=administration), COORDINATORS
    )
    client.force_login(user)
    return user


def upload(client, text, name="officers.csv", **extra):
    return client.post(UPLOAD_URL, {"file": SimpleUploadedFile(name, text.encode("utf-8"), "text/csv"), **extra})


def snapshot():
    return (User.objects.count(), Enrolment.objects.count(), EmailAddress.objects.count(), len(mail.outbox))


def test_a_file_with_bad_rows_changes_nothing_and_names_each_bad_row(client, coordinator, course_tree):
    outsider = UserFactory(email="outsider@other.example", administration=PartnerAdministrationFactory())
    course = course_tree.course.slug
    text = (
        "email,name,course\n"
        f"good.one@customs.example,Good One,{course}\n"
        f"not-an-email,Bad Email,{course}\n"
        f"good.two@customs.example,,{course}\n"
        "good.three@customs.example,Good Three,no-such-course\n"
        f"{outsider.email},Out Sider,{course}\n"
        f"good.one@customs.example,Good One,{course}\n"
    )
    before = snapshot()

    response = upload(client, text)

    assert response.status_code == 200
    assert snapshot() == before
    html = response.content.decode()
    assert "Nothing was saved: the file has problems" in html
    assert "5 rows need correcting." in html
    for line, problem in [
        (3, "&#x27;not-an-email&#x27; is not a valid email address."),
        (4, "The name is missing."),
        (5, "No course is called &#x27;no-such-course&#x27;."),
        (6, "This person&#x27;s account belongs to another administration, or to none."),
        (7, "Same person and course as line 2."),
    ]:
        row = re.search(rf"<th scope=\"row\">Line {line}</th>(.*?)</tr>", html, re.S)
        assert row, f"line {line} is not reported"
        assert problem in row.group(1)
    assert "Line 2<" not in html


def test_cells_are_cleaned_and_a_control_character_names_its_row(client, coordinator, course_tree):
    course = course_tree.course.slug
    before = snapshot()

    response = upload(client, f"email,name,course\nami@customs.example,Ami\x01na Diallo,{course}\n")

    assert snapshot() == before
    row = re.search(r'<th scope="row">Line 2</th>(.*?)</tr>', response.content.decode(), re.S)
    assert "The name contains an invisible control character (U+0001) at position 4." in row.group(1)

    upload(client, f"email,name,course\n\u200bami@customs.example,\u202eAmina\u2066 Diallo\u200b,{course}\n")

    amina = User.objects.get(email="ami@customs.example")
    assert (amina.first_name, amina.last_name) == ("Amina", "Diallo")


def test_a_good_file_enrols_everyone_and_invites_new_officers_to_set_a_password(
    client, coordinator, course_tree, enrolled_learner
):
    french = translate_page(course_tree.course, "fr", title="Intégrité en douane", slug="integrite-en-douane")
    text = (
        "email;name;course\n"  # semicolons, as spreadsheets in French locales save them
        f"Nadia.Haddad@Customs.example;Nadia Haddad;{course_tree.course.title}\n"
        f"{enrolled_learner.email};Jonas Berg;{french.title}\n"
    )

    response = upload(client, text)

    assert response.status_code == 302
    assert (
        "Enrolments added: 1. New accounts, invited by email: 1. Already enrolled: 1."
        in client.get(response.url).content.decode()
    )
    nadia = User.objects.get(email="nadia.haddad@customs.example")
    assert (nadia.first_name, nadia.last_name, nadia.administration) == ("Nadia", "Haddad", coordinator.administration)
    assert not nadia.has_usable_password()
    assert nadia.groups.filter(name=LEARNERS).exists()
    assert Enrolment.objects.filter(course_key=course_tree.course.translation_key).count() == 2
    assert Enrolment.objects.get(user=nadia).enrolled_by == coordinator

    assert len(mail.outbox) == 1  # the learner was already enrolled: no news for them
    invitation = mail.outbox[0]
    assert invitation.to == ["nadia.haddad@customs.example"]
    assert course_tree.course.title in invitation.body
    link = re.search(r"https?://testserver(/en/accounts/password/reset/key/\S+)", invitation.body).group(1)

    client.logout()
    form_page = client.get(link, follow=True)
    set_password_path = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    client.post(set_password_path, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD})
    client.post("/en/accounts/login/", {"login": "nadia.haddad@customs.example", "password": NEW_PASSWORD})
    assert client.session.get("_auth_user_id") == str(nadia.pk)
    assert course_tree.course.title in client.get(reverse("elearning:dashboard")).content.decode()


def test_uploading_the_same_file_twice_enrols_once(client, coordinator, course_tree):
    text = f"email,name,course\nsam@customs.example,Sam Okafor,{course_tree.course.slug}\n"
    upload(client, text)
    mail.outbox.clear()

    response = upload(client, text)

    assert response.status_code == 302
    assert Enrolment.objects.filter(user__email="sam@customs.example").count() == 1
    assert not mail.outbox


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("mail,full name\nx@y.example,X\n", "Missing: email, name, course."),
        ("email,name,course\n", "The file has no rows to import."),
    ],
)
def test_a_file_without_the_columns_or_rows_is_refused_whole(client, coordinator, content, message):
    html = upload(client, content).content.decode()
    assert message in html


def test_a_file_that_is_not_utf8_is_refused(client, coordinator, course_tree):
    response = client.post(
        UPLOAD_URL,
        {"file": SimpleUploadedFile("x.csv", "email,name,course\né@x.example,Zoé,x\n".encode("utf-16"), "text/csv")},
    )
    assert "Save it as &#x27;CSV UTF-8&#x27;" in response.content.decode()


def test_learners_may_not_upload(client, learner):
    client.force_login(learner)
    assert client.get(UPLOAD_URL).status_code == 403


def test_the_secretariat_uploads_for_a_chosen_administration(client, course_tree):
    other = PartnerAdministrationFactory(name="Tavaland Customs")
    client.force_login(add_to_role(UserFactory(staff=True), EDITORS))

    response = upload(
        client, f"email,name,course\nkai@tava.example,Kai Tan,{course_tree.course.slug}\n", administration=other.pk
    )

    assert response.status_code == 302
    assert User.objects.get(email="kai@tava.example").administration == other


def test_the_upload_form_is_labelled(client, coordinator):
    html = client.get(UPLOAD_URL).content.decode()
    assert '<label for="id_file">' in html
    assert "administration" not in re.findall(r'name="(\w+)"', html)
