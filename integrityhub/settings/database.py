"""Database configuration from a URL, with the SQLite tuning the embedded default needs."""

import dj_database_url

SQLITE_ENGINE = "django.db.backends.sqlite3"


def database_config(url, conn_max_age=0):
    """Parse DATABASE_URL; SQLite gets WAL mode, a busy timeout and IMMEDIATE transactions.

    WAL lets readers and one writer work at once; the busy timeout makes a
    second writer wait instead of failing with "database is locked"; IMMEDIATE
    transactions take the write lock up front, so a transaction that started
    as a reader is never refused an upgrade halfway through.
    """
    config = dj_database_url.parse(url, conn_max_age=conn_max_age)
    if config["ENGINE"] == SQLITE_ENGINE:
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=20000;",
        }
    return config
