"""Posting a comment once, however often its form is sent.

Each comment form is issued with a fresh submission token in a hidden field.
The database holds at most one comment per author and token (the unique
constraint `one_comment_per_author_and_submission_token`), so it is the
database, not this code, that keeps a double click, a form resent after a
timeout, or twenty copies of one form racing each other from storing the
comment twice:

- a replay that arrives after the comment is stored finds it by its token;
- requests that race past that look-up all try to insert; one insert wins
  and the others are refused by the constraint (PostgreSQL makes the losers
  wait for the winner's transaction, SQLite lets one writer in at a time),
  and each loser answers with the winner's comment.

The authors are emailed only by the request that stored the comment, inside
its transaction, so a refused duplicate sends nothing either.
"""

from django.db import IntegrityError, transaction

from .models import PracticeComment
from .notifications import notify_new_comment


def post_comment(practice, author, body, submission_token, parent=None):
    """The comment this form submission stands for, and whether this request stored it."""
    already_posted = PracticeComment.objects.filter(author=author, submission_token=submission_token).first()
    if already_posted is not None:
        return already_posted, False
    try:
        with transaction.atomic():
            comment = PracticeComment.objects.create(
                practice=practice, author=author, parent=parent, body=body, submission_token=submission_token
            )
            notify_new_comment(comment)
    except IntegrityError:
        # A concurrent request with the same form got there first.
        winner = PracticeComment.objects.filter(author=author, submission_token=submission_token).first()
        if winner is None:
            raise
        return winner, False
    return comment, True
