"""Comments and questions coordinators leave on each other's practices.

One level of replies keeps a discussion readable on a phone. Text is plain
(links are made clickable when shown, never stored as HTML). Authors may
correct a comment for a short while after posting; after that it stands as
written, so a reply never ends up answering words that have changed.
Moderators remove comments rather than delete them, so the thread keeps its
shape and the removal is on record.

Posting is idempotent: every comment form carries a fresh submission token,
and the database holds at most one comment per author and token (a unique
constraint), so a double click, a resent form or twenty parallel posts of
the same form store one comment. See `knowledgebase/comment_posting.py`.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

COMMENT_EDIT_WINDOW = timedelta(minutes=15)
COMMENT_MAX_LENGTH = 4000


class PracticeCommentQuerySet(models.QuerySet):
    def threads(self):
        """Top-level comments, oldest first, with their replies and authors in three queries."""
        replies = PracticeComment.objects.select_related("author").order_by("created_at", "pk")
        return (
            self.filter(parent=None)
            .select_related("author")
            .prefetch_related(models.Prefetch("replies", queryset=replies))
            .order_by("created_at", "pk")
        )


class PracticeComment(models.Model):
    practice = models.ForeignKey(
        "knowledgebase.PracticePage", verbose_name=_("practice"), on_delete=models.CASCADE, related_name="comments"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="practice_comments",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("reply to"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    body = models.TextField(_("comment"), max_length=COMMENT_MAX_LENGTH)
    submission_token = models.UUIDField(
        _("submission token"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Issued with the form the comment was posted from; the same form posted twice is one comment."),
    )
    created_at = models.DateTimeField(_("posted at"), default=timezone.now, db_index=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    removed_at = models.DateTimeField(_("removed at"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("removed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PracticeCommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        constraints = [
            models.UniqueConstraint(
                fields=["author", "submission_token"], name="one_comment_per_author_and_submission_token"
            )
        ]

    def __str__(self):
        return _("Comment by %(author)s on %(practice)s") % {"author": self.author, "practice": self.practice_id}

    @property
    def is_removed(self):
        return self.removed_at is not None

    def editable_until(self):
        return self.created_at + COMMENT_EDIT_WINDOW

    def can_be_edited_by(self, user, now=None):
        """Only the author, only within the edit window, never once removed."""
        now = now or timezone.now()
        return (
            user.is_authenticated and self.author_id == user.pk and not self.is_removed and now <= self.editable_until()
        )
