"""A learner's browser, reduced to the two requests of a quiz submission, over plain http.client.

Redirects are not followed: the 302 *is* the acknowledgement the drills
count. A connection refused or cut (the server died) is reported as
`status None`.
"""

import http.client
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit


@dataclass
class Reply:
    status: int | None
    location: str = ""


class QuizClient:
    def __init__(self, base_url, learner, timeout=30):
        parts = urlsplit(base_url)
        self.host, self.port = parts.hostname, parts.port
        self.learner = learner
        self.timeout = timeout

    def post(self, path, fields):
        connection = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
        headers = {"Cookie": self.learner["cookie"], "Content-Type": "application/x-www-form-urlencoded"}
        try:
            connection.request("POST", path, urlencode(fields), headers)
            response = connection.getresponse()
            response.read()
            return Reply(response.status, response.getheader("Location") or "")
        except (OSError, http.client.HTTPException):
            return Reply(None)
        finally:
            connection.close()

    def start(self, idempotency_key):
        """POST the start form; a 302 to the attempt (or to its result, if it was already submitted)."""
        fields = {"csrfmiddlewaretoken": self.learner["csrf"], "idempotency_key": str(idempotency_key)}
        return self.post(f"/en/learn/assessments/{self.learner['assessment_id']}/start/", fields)

    def submit(self, attempt_path, answers=()):
        """POST the answers; acknowledged by a 302 to the attempt's result page."""
        return self.post(attempt_path, [("csrfmiddlewaretoken", self.learner["csrf"]), *answers])

    def take_quiz(self, idempotency_key=None):
        """Start and submit: (acknowledged, attempt path or "", replies) for one submission."""
        start = self.start(idempotency_key or uuid.uuid4())
        if start.status != 302 or "/learn/attempts/" not in start.location:
            return False, "", [start]
        attempt_path = urlsplit(start.location).path
        if attempt_path.endswith("/result/"):
            return True, attempt_path.removesuffix("result/"), [start]  # submitted before: nothing to send again
        submit = self.submit(attempt_path)
        acknowledged = submit.status == 302 and submit.location.endswith("/result/")
        return acknowledged, attempt_path, [start, submit]
