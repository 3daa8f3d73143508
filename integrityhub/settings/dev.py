"""The embedded default for `make run`: SQLite, database search, console email."""

from .base import *  # noqa: F401,F403
from .environment import env_bool

DEBUG = env_bool("DJANGO_DEBUG", True)
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
