"""One configured address, SITE_URL, starts every link in every email (Wagtail's included)."""

import importlib.util

import pytest

from integrityhub.settings import base


def base_settings(monkeypatch, **environment):
    """The base settings as a fresh process with `environment` would compute them."""
    for name in ("SITE_URL", "PORT", "WAGTAILADMIN_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    spec = importlib.util.spec_from_file_location("integrityhub.settings.base_under_test", base.__file__)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return vars(module)


def test_the_site_url_defaults_to_the_port_make_run_serves_on(monkeypatch):
    settings = base_settings(monkeypatch, PORT="8731")
    assert settings["SITE_URL"] == "http://127.0.0.1:8731"


@pytest.mark.parametrize("configured", ["https://hub.example.org", "https://hub.example.org/"])
def test_wagtails_moderation_emails_link_to_the_configured_site_url(monkeypatch, configured):
    settings = base_settings(monkeypatch, SITE_URL=configured, PORT="8731")
    assert settings["SITE_URL"] == "https://hub.example.org"
    assert settings["WAGTAILADMIN_BASE_URL"] == "https://hub.example.org"
