"""gunicorn's settings for this site; gunicorn reads this file from the directory it starts in.

    gunicorn integrityhub.wsgi --bind 0.0.0.0:8000

Threaded workers (gthread): a request spends part of its time waiting on
PostgreSQL, Redis or Elasticsearch, and another thread of the same process
runs meanwhile; separate processes let the cores work in parallel, which
Python's threads cannot. Two processes per core with `GUNICORN_THREADS`
threads each is the layout benchmarks/load.py measures (docs/benchmarks.md).
Each thread holds one database connection (persistent in production), so
workers × threads must stay below PostgreSQL's `max_connections`.
"""

import multiprocessing
import os

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", 2))
keepalive = 5
