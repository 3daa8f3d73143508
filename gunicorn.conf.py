"""gunicorn's settings for this site; gunicorn reads this file from the directory it starts in.

    gunicorn integrityhub.wsgi --bind 0.0.0.0:8000

Threaded workers (gthread): a request spends part of its time waiting on
PostgreSQL, Redis or Elasticsearch, and another thread of the same process
runs meanwhile; separate processes let the cores work in parallel, which
Python's threads cannot. Two processes per core with `GUNICORN_THREADS`
threads each is the layout benchmarks/load.py measures (docs/benchmarks.md).
Four threads, not two: signed-in pages, searches and the quiz wait on Redis,
Elasticsearch and PostgreSQL far more than the stock Wagtail page does, and
with two threads a process often had both waiting while its core idled (the
load benchmark on 2 cores: mixed workload 8.4 requests/s with 2 threads,
19.5 with 4, at the same load average; the stock page 21.6 and 25.6).
Each thread holds one database connection (persistent in production), so
workers × threads must stay below PostgreSQL's `max_connections`.
"""

import multiprocessing
import os

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
keepalive = 5
