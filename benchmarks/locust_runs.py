"""Running locust headless from a script, and reading its statistics.

Import this only after `gevent.monkey.patch_all()`: locust runs on gevent.
"""

import time

import gevent
from locust.env import Environment
from locust.event import Events

PERCENTILES = {"p50": 0.5, "p95": 0.95, "p99": 0.99}


def run_locust(user_classes, host, users, seconds):
    """Run `users` users headless for `seconds` (or until they all stop); returns locust's statistics."""
    # Events of its own: runs sharing locust's global events would each count every later run's requests too.
    environment = Environment(user_classes=list(user_classes), host=host, events=Events(), stop_timeout=30)
    runner = environment.create_local_runner()
    runner.start(users, spawn_rate=users)
    deadline = time.monotonic() + seconds
    gevent.sleep(1)  # let every user spawn before watching for the ones that run out of work
    while time.monotonic() < deadline and runner.user_count:
        gevent.sleep(0.5)
    runner.quit()
    return environment.stats


def summarise(entry):
    """Counts, throughput and latency percentiles (ms) of one locust statistics entry (or the total)."""
    summary = {
        "requests": entry.num_requests,
        "failures": entry.num_failures,
        "error_rate": entry.num_failures / entry.num_requests if entry.num_requests else 0.0,
        "throughput": entry.total_rps,
    }
    summary.update({name: entry.get_response_time_percentile(share) for name, share in PERCENTILES.items()})
    return summary
