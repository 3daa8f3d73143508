"""The live server's threads and the test use the test database at once without locking each other out.

The live server answers each request in a thread of its own, on a
connection of its own (tests/e2e/conftest.py says why); these threads stand
in for it, without a browser. On the shared-cache database in memory that
Django makes by default, a table the test was writing to was locked for
every other connection: the reader failed at once with "database table is
locked".
"""

import threading

import pytest
from django.db import connection, transaction

from accounts.factories import PartnerAdministrationFactory
from accounts.models import PartnerAdministration

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


class InAnotherThread:
    """Runs `function` in a thread of its own, as the live server runs a request; `result()` waits for it."""

    def __init__(self, function):
        self.function = function
        self.outcome = {}
        self.thread = threading.Thread(target=self.run)
        self.thread.start()

    def run(self):
        try:
            self.outcome["value"] = self.function()
        except Exception as error:  # handed to the test by `result`
            self.outcome["error"] = error
        finally:
            connection.close()

    def result(self):
        self.thread.join()
        if "error" in self.outcome:
            raise self.outcome["error"]
        return self.outcome["value"]


def administration_names():
    return set(PartnerAdministration.objects.values_list("name", flat=True))


def test_a_request_reads_while_the_test_is_writing_to_the_same_table():
    PartnerAdministrationFactory(name="Committed Customs")
    with transaction.atomic():
        PartnerAdministrationFactory(name="Uncommitted Customs")
        seen = InAnotherThread(administration_names).result()
    assert seen == {"Committed Customs"}


def test_a_request_writing_waits_for_the_tests_transaction_instead_of_failing():
    with transaction.atomic():
        PartnerAdministrationFactory(name="Test Customs")
        writer = InAnotherThread(lambda: PartnerAdministrationFactory(name="Request Customs").name)
    assert writer.result() == "Request Customs"
    assert administration_names() == {"Test Customs", "Request Customs"}
