"""Production: PostgreSQL, Elasticsearch, SMTP, a task worker, HTTPS only.

Every secret and host name comes from the environment; the defaults here are
the safe ones, so `check --deploy` passes once DJANGO_SECRET_KEY is set.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import DATABASES, MEDIA_ROOT, MEDIA_URL, PRIVATE_MEDIA_ROOT, REDIS_URL, SECRET_KEY
from .environment import env_bool, env_int, env_str
from .media import upload_storages

DEBUG = False

if not SECRET_KEY or SECRET_KEY.startswith("insecure-"):
    raise ImproperlyConfigured("Set DJANGO_SECRET_KEY to a long random value in production.")

# A connection per worker thread, kept for a minute instead of opened for every
# request; checked before reuse, so a restarted database costs no failed request.
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "integrityhub.task_backends.DatabaseAfterResponseBackend"),
    }
}
STORAGES = {
    **upload_storages(MEDIA_ROOT, MEDIA_URL, PRIVATE_MEDIA_ROOT),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SENSITIVE_TWO_FACTOR_REQUIRED = env_bool("SENSITIVE_TWO_FACTOR_REQUIRED", True)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

# ---- Cache: several worker processes share nothing without Redis, so
# content is then never kept across requests (settings/cache.py).
CONTENT_CACHE_ACROSS_REQUESTS = bool(REDIS_URL)
# ---- end cache
