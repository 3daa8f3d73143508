"""Read deployment configuration from environment variables.

One place parses the environment so every settings profile agrees on names,
defaults and types.
"""

import importlib.util
import os


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def installed(module):
    """Whether `module` can be imported here (an optional package's presence sets a default), without importing it."""
    return importlib.util.find_spec(module) is not None
