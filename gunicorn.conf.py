"""gunicorn's settings for this site; gunicorn reads this file from the directory it starts in.

    gunicorn integrityhub.wsgi --bind 0.0.0.0:8000

Threaded workers (gthread): a request spends part of its time waiting on
PostgreSQL, Redis or Elasticsearch, and another thread of the same process
runs meanwhile; separate processes let the cores work in parallel, which
Python's threads cannot. Two processes per core with `GUNICORN_THREADS`
threads each is the layout benchmarks/load.py measures (docs/benchmarks.md).
Eight threads: signed-in pages, searches and the quiz wait on Redis,
Elasticsearch and PostgreSQL far more than the stock Wagtail page does, and
a process whose threads all wait leaves its core idle. Two threads gave way
to four (2026-12-07, single runs), then four to eight on this measurement:
benchmarks/load.py's phases alternated three times in one server (mixed,
stock, mixed, stock, mixed, stock; 15 s each, 4 workers, 20 learners),
twice per layout, on 2 cores shared with other work (load average 12-27,
so single pairs swing widely); ratio of mixed to stock throughput per pair:
4 threads 0.41, 0.67, 0.63 and 0.52, 0.59, 0.74 (medians 0.63, 0.59);
8 threads 0.61, 0.69, 0.84 and 0.73, 1.03, 0.50 (medians 0.69, 0.73).
The first pair of each run is the lowest: the mixed phase then meets
pages for the first time (benchmarks/load.py's warm pass). On a loaded
machine more threads also win the server a larger share of the cores from
other programs, which lifts both phases; the ratio is what decided.
Each thread holds one database connection (persistent in production), so
workers × threads (32 on 2 cores) must stay below PostgreSQL's
`max_connections` (100 by default), with the task workers.
"""

import multiprocessing
import os

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count()))
threads = int(os.environ.get("GUNICORN_THREADS", 8))
keepalive = 5
