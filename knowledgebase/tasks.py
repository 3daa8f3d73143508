"""Background work of the knowledge base.

Notification emails go through django-tasks: a slow or unreachable mail
server then never holds up a moderator's click, and with the database
worker an email queued inside a transaction is only sent once it commits.
"""

from django.core.mail import send_mail
from django_tasks import task


@task()
def send_notification_email(subject, body, recipient_email):
    send_mail(subject, body, None, [recipient_email])
