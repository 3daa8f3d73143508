"""Glue between django-axes and the email login.

allauth authenticates with `email=...`, Wagtail's admin login with
`username=...`; axes must count failures against the same account either way.
"""


def username_from_credentials(request, credentials):
    credentials = credentials or {}
    login = credentials.get("email") or credentials.get("username") or ""
    return login.strip().lower()
