"""gunicorn's settings for this site; gunicorn reads this file from the directory it starts in.

    gunicorn integrityhub.wsgi --bind 0.0.0.0:8000

Threaded workers (gthread): a request spends part of its time waiting on
PostgreSQL, Redis or Elasticsearch, and another thread of the same process
runs meanwhile; separate processes let the cores work in parallel, which
Python's threads cannot. Two processes per core with `GUNICORN_THREADS`
threads each is the layout benchmarks/load.py measures (docs/benchmarks.md).
Four threads, not two: signed-in pages, searches and the quiz wait on Redis,
Elasticsearch and PostgreSQL far more than the stock Wagtail page does, and
with two threads a process often had both waiting while its core idled.
The load benchmark on 2 cores shared with other work (single 20 s runs,
noisy), mixed workload / stock page: 2 threads 8.4 / 21.6 requests/s
(0.39x, load average 10.7) before the fragment near cache, 6.8 / 13.4
(0.51x, load average 15.9) with it; 4 threads with it 19.5 / 25.6 (0.76x,
load average 10.4) and 19.4 / 73.5 (0.26x: the machine went quiet during
the stock phase). The mixed workload's own rate rose with 4 threads in both
runs; the ratio needs a run on a quiet machine (CI) to be judged.
Each thread holds one database connection (persistent in production), so
workers × threads must stay below PostgreSQL's `max_connections`.
"""

import multiprocessing
import os

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", 4))
keepalive = 5
