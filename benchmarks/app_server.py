"""The site as production runs it: the production settings, served by gunicorn.

Shared by the load benchmarks and the fault drills, which all need a real
server they can start, measure, kill and start again on their own database.
"""

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def production_environment(database_url, elasticsearch_url=None, index_prefix=None, media_root=None):
    """Environment variables for the production settings over plain HTTP on this machine.

    Tasks run immediately (no worker runs here, and search indexing must
    happen when content is published); connections persist for a minute.
    """
    environment = {
        "DJANGO_SETTINGS_MODULE": "integrityhub.settings.production",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "60",
        "DJANGO_SECRET_KEY": os.environ.get("DJANGO_SECRET_KEY") or secrets.token_urlsafe(50),
        "SECURE_SSL_REDIRECT": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "TASKS_BACKEND": "integrityhub.task_backends.ImmediateAfterResponseBackend",
        "LOG_LEVEL": os.environ.get("LOG_LEVEL", "ERROR"),
    }
    if elasticsearch_url:
        environment["ELASTICSEARCH_URL"] = elasticsearch_url
        # The load generator, the server and both services share two cores, so an
        # Elasticsearch answer can take longer than the production default of
        # 1.5 s; a longer wait keeps the benchmark measuring Elasticsearch rather
        # than the database fallback (the report names the engine that answered).
        environment["PRACTICE_SEARCH_TIMEOUT"] = os.environ.get("PRACTICE_SEARCH_TIMEOUT", "5")
    if index_prefix:
        environment["ELASTICSEARCH_INDEX_PREFIX"] = index_prefix
    if media_root:
        # Both upload folders inside the one the drills back up and compare.
        environment["MEDIA_ROOT"] = str(Path(media_root, "public"))
        environment["PRIVATE_MEDIA_ROOT"] = str(Path(media_root, "private"))
    return environment


def configure_django(database_url, elasticsearch_url=None, index_prefix=None, media_root=None):
    """Set this process up with the environment the server will get, then `django.setup()`."""
    os.environ.update(production_environment(database_url, elasticsearch_url, index_prefix, media_root))
    if not elasticsearch_url:
        os.environ.pop("ELASTICSEARCH_URL", None)
    if str(PROJECT_ROOT) not in sys.path:
        sys.path.insert(0, str(PROJECT_ROOT))
    import django

    django.setup()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def workers_for(per_core):
    return max(1, per_core * (os.cpu_count() or 1))


class GunicornServer:
    """gunicorn (gthread workers) on 127.0.0.1:`port`, started with this process's environment."""

    def __init__(self, port=None, workers=4, threads=2, log_file=None):
        self.port = port or free_port()
        self.workers = workers
        self.threads = threads
        self.log_file = log_file
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=180):
        """Start and wait for /health/: four workers loading Django on a loaded 2-core machine took over 60 s."""
        command = [
            sys.executable, "-m", "gunicorn", "integrityhub.wsgi",
            "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers), "--worker-class", "gthread",
            "--threads", str(self.threads), "--keep-alive", "5", "--backlog", "2048", "--log-level", "warning",
        ]  # fmt: skip
        if self.log_file:
            command += ["--error-logfile", str(self.log_file)]
        self.process = subprocess.Popen(command, cwd=PROJECT_ROOT, env=os.environ.copy())  # noqa: S603 - fixed command
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with status {self.process.returncode} while starting")
            if self.healthy():
                return self
            time.sleep(0.2)
        self.kill()
        raise RuntimeError(f"gunicorn did not answer /health/ within {timeout} s")

    def healthy(self):
        try:
            with urllib.request.urlopen(f"{self.url}/health/", timeout=2) as response:  # noqa: S310 - our own server
                return response.status == 200
        except OSError:
            return False

    def worker_pids(self):
        """The worker processes: children of the master, read from /proc."""
        children = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == self.process.pid:
                children.append(int(entry.name))
        return children

    def stop(self, timeout=30):
        """A graceful stop (SIGTERM): workers finish the requests they hold."""
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()

    def kill(self):
        """SIGKILL the master and then every worker, as a crash or the OOM killer would; returns how many died."""
        if not self.process or self.process.poll() is not None:
            return 0
        workers = self.worker_pids()
        self.process.kill()  # the master first, so it cannot start replacement workers
        killed = 1
        for pid in workers:
            try:
                os.kill(pid, signal.SIGKILL)
                killed += 1
            except ProcessLookupError:
                pass
        self.process.wait()
        return killed
