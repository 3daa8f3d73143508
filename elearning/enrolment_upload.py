"""Enrolling officers from a CSV file: check every row, then apply all of them or none.

The file has the columns `email`, `name` and `course` (the course's slug or
title, in any language). Nothing is written until every row is valid; a
file with one bad row changes nothing and the report names each bad row by
its line number. New officers get an account in the coordinator's
administration and an email with a link to set their password; officers who
already have an account must belong to that administration.

Every cell is cleaned like text typed in a form (`home.text_cleaning`):
invisible characters go, and a control character is an error of its row.
"""

import csv
import io
from dataclasses import dataclass, field

from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress
from allauth.account.utils import user_pk_to_url_str
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from accounts.roles import LEARNERS
from home.text_cleaning import UnsafeTextError, clean_text, code_point, printable_text

from .learner_progress import enrol
from .models import CoursePage, Enrolment
from .outlines import preferred_translations

REQUIRED_COLUMNS = ("email", "name", "course")
MAX_ROWS = 2000
MAX_FILE_BYTES = 1024 * 1024


@dataclass
class UploadRow:
    line: int
    email: str
    name: str
    course_reference: str
    course: CoursePage | None = None
    existing_user: object = None
    errors: list = field(default_factory=list)


@dataclass
class UploadCheck:
    rows: list = field(default_factory=list)
    file_errors: list = field(default_factory=list)

    @property
    def bad_rows(self):
        return [row for row in self.rows if row.errors]

    @property
    def is_valid(self):
        return not self.file_errors and not self.bad_rows and bool(self.rows)


@dataclass
class UploadResult:
    new_accounts: int = 0
    new_enrolments: int = 0
    already_enrolled: int = 0


def read_csv(uploaded_file):
    """(rows as dicts with line numbers, file-level errors)."""
    if uploaded_file.size > MAX_FILE_BYTES:
        return [], [_("The file is larger than 1 MB. Split it into several files.")]
    try:
        text = uploaded_file.read().decode("utf-8-sig")
    except UnicodeDecodeError:
        return [], [_("The file is not UTF-8 text. Save it as 'CSV UTF-8' and upload it again.")]
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    columns = {(name or "").strip().lower() for name in reader.fieldnames or []}
    missing = [column for column in REQUIRED_COLUMNS if column not in columns]
    if missing:
        return [], [
            _("The first line must name the columns email, name and course. Missing: %(columns)s.")
            % {"columns": ", ".join(missing)}
        ]
    rows = []
    for record in reader:
        values = {(key or "").strip().lower(): (value or "").strip() for key, value in record.items() if key}
        if any(values.get(column) for column in REQUIRED_COLUMNS):
            rows.append((reader.line_num, values))
    if len(rows) > MAX_ROWS:
        return [], [_("The file has more than %(limit)d rows. Split it into several files.") % {"limit": MAX_ROWS}]
    if not rows:
        return [], [_("The file has no rows to import.")]
    return rows, []


def course_finder(language):
    """A lookup from slug or title (any language, any case) to the course in the preferred language."""
    courses = list(CoursePage.objects.live().defer_streamfields())
    preferred = preferred_translations(courses, language)
    lookup = {}
    for course in courses:
        for reference in (course.slug, course.title):
            lookup.setdefault(reference.casefold(), preferred[course.translation_key])
    return lambda reference: lookup.get(reference.casefold())


def cleaned_cells(values):
    """`(cleaned values of the required columns, errors)`; the row's report shows what can be printed of a bad cell."""
    cleaned, errors = {}, []
    for column in REQUIRED_COLUMNS:
        value = values.get(column, "")
        try:
            cleaned[column] = clean_text(value).strip()
        except UnsafeTextError as error:
            cleaned[column] = printable_text(value).strip()
            errors.append(
                _("The %(column)s contains an invisible control character (%(character)s) at position %(position)s.")
                % {"column": column, "character": code_point(error.character), "position": error.position}
            )
    return cleaned, errors


def check_upload(uploaded_file, administration, language):
    """Read and check every row; nothing is written."""
    raw_rows, file_errors = read_csv(uploaded_file)
    check = UploadCheck(file_errors=file_errors)
    if file_errors:
        return check
    find_course = course_finder(language)
    cleaned_rows = [(line, *cleaned_cells(values)) for line, values in raw_rows]
    emails = {values["email"].lower() for _line, values, _errors in cleaned_rows}
    users = {user.email: user for user in get_user_model().objects.filter(email__in=emails)}
    seen = {}
    for line, values, errors in cleaned_rows:
        row = UploadRow(line, values["email"].lower(), values["name"], values["course"], errors=errors)
        try:
            validate_email(row.email)
        except ValidationError:
            row.errors.append(_("'%(email)s' is not a valid email address.") % {"email": row.email or "–"})
        if not row.name:
            row.errors.append(_("The name is missing."))
        row.course = find_course(row.course_reference) if row.course_reference else None
        if row.course is None:
            row.errors.append(_("No course is called '%(course)s'.") % {"course": row.course_reference or "–"})
        row.existing_user = users.get(row.email)
        if row.existing_user is not None and row.existing_user.administration_id != administration.pk:
            row.errors.append(_("This person's account belongs to another administration, or to none."))
        if row.course is not None:
            duplicate_of = seen.setdefault((row.email, row.course.translation_key), line)
            if duplicate_of != line:
                row.errors.append(_("Same person and course as line %(line)d.") % {"line": duplicate_of})
        check.rows.append(row)
    return check


def split_name(full_name):
    """'Amina Diallo' → ('Amina', 'Diallo'); a single word is a first name."""
    first, _space, last = full_name.rpartition(" ")
    return (first, last) if first else (last, "")


def create_officer(row, administration, language):
    first_name, last_name = split_name(row.name)
    user = get_user_model().objects.create_user(
        email=row.email,
        first_name=first_name,
        last_name=last_name,
        administration=administration,
        preferred_language=language,
    )
    user.set_unusable_password()
    user.save(update_fields=["password"])
    user.groups.add(Group.objects.get(name=LEARNERS))
    # The set-password link goes to this address, so using it proves the address.
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def apply_upload(check, administration, coordinator, language):
    """Create accounts and enrolments for a checked upload, in one transaction.

    Returns the result and, per learner, the courses newly enrolled in and
    whether the account is new, for the emails sent after commit.
    """
    result = UploadResult()
    notices = {}
    with transaction.atomic():
        new_users = {}
        for row in check.rows:
            user = row.existing_user or new_users.get(row.email)
            if user is None:
                user = new_users[row.email] = create_officer(row, administration, language)
                result.new_accounts += 1
            _enrolment, created = enrol(user, row.course, Enrolment.Source.COORDINATOR, enrolled_by=coordinator)
            if created:
                result.new_enrolments += 1
                notice = notices.setdefault(user.pk, {"user": user, "courses": [], "new": user.email in new_users})
                notice["courses"].append(row.course)
            else:
                result.already_enrolled += 1
    return result, list(notices.values())


def set_password_url(request, user):
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": default_token_generator.make_token(user)},
    )
    return request.build_absolute_uri(path)


def send_enrolment_emails(request, notices, coordinator):
    """Tell each learner what they were enrolled in; new officers also get their set-password link."""
    for notice in notices:
        user = notice["user"]
        with translation.override(user.preferred_language):
            context = {
                "user": user,
                "courses": notice["courses"],
                "coordinator": coordinator,
                "set_password_url": set_password_url(request, user) if notice["new"] else None,
                "dashboard_url": request.build_absolute_uri(reverse("elearning:dashboard")),
            }
            subject = render_to_string("elearning/emails/enrolment_subject.txt", context).strip()
            body = render_to_string("elearning/emails/enrolment_message.txt", context)
        send_mail(subject, body, None, [user.email])
