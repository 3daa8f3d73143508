"""Drill: SIGKILL gunicorn (master and workers) in the middle of a stream of quiz submissions.

A stream of learners each start and submit the assessment with their own
idempotency key, from several client threads. Once a third of them have
been acknowledged, the whole server is killed with SIGKILL and started
again; clients that lose their connection wait for it to come back and go
on with the next learner. Then the database must show:

- every acknowledged submission (302 to its result page) exactly once, as
  a submitted attempt;
- every unacknowledged one at most once (it may or may not have been saved);
- after resubmitting the unacknowledged ones with the same idempotency key,
  exactly one submitted attempt per learner, and no other attempt at all.
"""

import threading
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field

from .quiz_client import QuizClient
from .results import DrillResult

DOWNTIME_SECONDS = 1.0


@dataclass
class Submission:
    learner: dict
    idempotency_key: uuid.UUID = field(default_factory=uuid.uuid4)
    acknowledged: bool = False
    replies: list = field(default_factory=list)


class SubmissionStream:
    """Client threads working through the submissions; they pause while the server is down."""

    def __init__(self, server, submissions, clients):
        self.server = server
        self.pending = list(reversed(submissions))
        self.clients = clients
        self.lock = threading.Lock()
        self.server_up = threading.Event()
        self.server_up.set()
        self.acknowledged = 0

    def next_submission(self):
        with self.lock:
            return self.pending.pop() if self.pending else None

    def work(self):
        while (submission := self.next_submission()) is not None:
            self.server_up.wait()
            client = QuizClient(self.server.url, submission.learner)
            submission.acknowledged, _path, submission.replies = client.take_quiz(submission.idempotency_key)
            if submission.acknowledged:
                with self.lock:
                    self.acknowledged += 1
            elif any(reply.status is None for reply in submission.replies):
                self.server_up.wait()  # the server is gone: wait for it rather than burn the queue

    def run(self, kill_after):
        threads = [threading.Thread(target=self.work) for _ in range(self.clients)]
        for thread in threads:
            thread.start()
        while self.acknowledged < kill_after and any(thread.is_alive() for thread in threads):
            time.sleep(0.01)
        self.server_up.clear()
        killed = self.server.kill()
        killed_at = time.monotonic()
        time.sleep(DOWNTIME_SECONDS)
        self.server.start()
        restarted_after = time.monotonic() - killed_at
        self.server_up.set()
        for thread in threads:
            thread.join()
        return killed, restarted_after


def attempts_by_key(keys):
    from elearning.models import QuizAttempt

    saved = QuizAttempt.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True)
    return Counter(str(key) for key in saved)


def run(server, learners, clients=8):
    """Kill the server mid-stream, restart it, and check the database against what clients were told."""
    from elearning.models import QuizAttempt

    started = time.monotonic()
    submissions = [Submission(learner) for learner in learners]
    stream = SubmissionStream(server, submissions, clients)
    killed, restarted_after = stream.run(kill_after=len(submissions) // 3)

    keys = [submission.idempotency_key for submission in submissions]
    counts = attempts_by_key(keys)
    saved = QuizAttempt.objects.filter(idempotency_key__in=keys, status="submitted")
    submitted = {str(key) for key in saved.values_list("idempotency_key", flat=True)}
    problems = []
    acknowledged = [submission for submission in submissions if submission.acknowledged]
    unacknowledged = [submission for submission in submissions if not submission.acknowledged]
    for submission in acknowledged:
        key = str(submission.idempotency_key)
        if counts[key] != 1 or key not in submitted:
            problems.append(f"acknowledged {key}: {counts[key]} attempt(s), submitted: {key in submitted}")
    for submission in unacknowledged:
        key = str(submission.idempotency_key)
        if counts[key] > 1:
            problems.append(f"unacknowledged {key}: {counts[key]} attempts")
    saved_without_acknowledgement = sum(1 for submission in unacknowledged if counts[str(submission.idempotency_key)])

    for submission in unacknowledged:  # the learner presses the button again: same form, same key
        client = QuizClient(server.url, submission.learner)
        resent, _path, replies = client.take_quiz(submission.idempotency_key)
        if not resent:
            problems.append(f"resubmitting {submission.idempotency_key} was not acknowledged: {replies}")
    counts = attempts_by_key(keys)
    learner_ids = [submission.learner["user"].pk for submission in submissions]
    per_learner = Counter(QuizAttempt.objects.filter(user_id__in=learner_ids).values_list("user_id", flat=True))
    still_open = QuizAttempt.objects.filter(idempotency_key__in=keys).exclude(status="submitted").count()
    for submission in submissions:
        key, user_id = str(submission.idempotency_key), submission.learner["user"].pk
        if counts[key] != 1 or per_learner[user_id] != 1:
            problems.append(f"after resubmission {key}: {counts[key]} attempt(s), learner has {per_learner[user_id]}")
    if still_open:
        problems.append(f"{still_open} attempt(s) not submitted after resubmission")

    details = {
        "submissions": len(submissions),
        "client_threads": clients,
        "acknowledged": len(acknowledged),
        "unacknowledged": len(unacknowledged),
        "unacknowledged_but_saved": saved_without_acknowledgement,
        "processes_killed": killed,
        "restarted_after_s": round(restarted_after, 1),
        "attempts_after_resubmission": sum(counts.values()),
    }
    if not unacknowledged:
        problems.append("no submission was cut by the kill: the drill proved nothing (stream too short?)")
    if killed < 2:
        problems.append(f"only {killed} process(es) killed: the workers were not found")
    summary = (
        f"{len(acknowledged)} acknowledged, each saved once; {len(unacknowledged)} cut by SIGKILL of "
        f"{killed} processes ({saved_without_acknowledgement} of them saved anyway), resubmitted with the same "
        f"key: {details['attempts_after_resubmission']} attempts for {len(submissions)} learners"
        if not problems
        else f"{len(problems)} problem(s), first: {problems[0]}"
    )
    return DrillResult("server-kill", not problems, summary, problems, details, time.monotonic() - started)
