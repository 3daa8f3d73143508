"""Deployment settings: production passes Django's deploy checks, SQLite is tuned."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db.backends.sqlite3.base import DatabaseWrapper

from integrityhub.settings.database import database_config

PROJECT_ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "integrityhub.settings.production",
    "DJANGO_SECRET_KEY": "k7#Qz9!vR2@pL5$wX8^nB4&mJ6*hT3(yF1)dG0_sA9+eC7=uK2-iO5",
    "ALLOWED_HOSTS": "integrityhub.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://integrityhub.example.org",
    "DATABASE_URL": "sqlite:////tmp/integrityhub-deploy-check.sqlite3",
}


def run_manage(*arguments, environment):
    env = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENVIRONMENT}
    env.update(environment)
    return subprocess.run(  # noqa: S603 - fixed interpreter and arguments
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def hybrid_search_setting(**environment):
    shell = "from django.conf import settings; print(settings.PRACTICE_SEARCH_HYBRID)"
    result = run_manage("shell", "-c", shell, environment=PRODUCTION_ENVIRONMENT | environment)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()[-1]  # after what the shell's imports print


def test_hybrid_practice_search_is_on_where_its_model_is_installed_unless_turned_off():
    assert hybrid_search_setting() == "True"
    assert hybrid_search_setting(PRACTICE_SEARCH_HYBRID="0") == "False"


def test_production_settings_pass_the_deploy_check_at_warning_level():
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", environment=PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    environment = dict(PRODUCTION_ENVIRONMENT, DJANGO_SECRET_KEY="")
    result = run_manage("check", environment=environment)
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def test_production_uses_a_task_worker_and_smtp():
    code = (
        "from django.conf import settings;"
        "print(settings.TASKS['default']['BACKEND']);print(settings.EMAIL_BACKEND);print(settings.SECURE_HSTS_SECONDS)"
    )
    result = run_manage("shell", "-c", code, environment=PRODUCTION_ENVIRONMENT)
    assert result.returncode == 0, result.stderr
    backend, email_backend, hsts = result.stdout.split()[-3:]
    assert backend == "integrityhub.task_backends.DatabaseAfterResponseBackend"
    assert email_backend == "django.core.mail.backends.smtp.EmailBackend"
    assert int(hsts) >= 31536000


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    config = database_config(f"sqlite:///{tmp_path / 'embedded.sqlite3'}")
    config.update({"TIME_ZONE": None, "CONN_HEALTH_CHECKS": False, "AUTOCOMMIT": True, "ATOMIC_REQUESTS": False})
    wrapper = DatabaseWrapper(config, alias="wal-check")
    # Open the connection the way Django does, bypassing pytest-django's guard
    # on the test database: this one is a private file.
    raw_connection = wrapper.get_new_connection(wrapper.get_connection_params())
    try:
        assert raw_connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw_connection.execute("PRAGMA busy_timeout").fetchone()[0] == 20000
        assert wrapper.transaction_mode == "IMMEDIATE"
    finally:
        raw_connection.close()


def test_postgres_urls_get_no_sqlite_options():
    config = database_config("postgres://user:secret@db.example.org:5432/integrityhub")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert "init_command" not in config.get("OPTIONS", {})


@pytest.mark.parametrize(
    ("url", "backend"),
    [
        ("", "search.site_search.backends.database"),
        ("http://127.0.0.1:9200", "search.site_search.backends.elasticsearch8"),
    ],
)
def test_search_backend_follows_elasticsearch_url(url, backend):
    code = "from django.conf import settings;print(settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND'])"
    result = run_manage(
        "shell",
        "-c",
        code,
        environment={"DJANGO_SETTINGS_MODULE": "integrityhub.settings.dev", "ELASTICSEARCH_URL": url},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-1] == backend
