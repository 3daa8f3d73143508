"""Practices a coordinator keeps to come back to; listed on "My bookmarks"."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class PracticeBookmark(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="practice_bookmarks"
    )
    practice = models.ForeignKey(
        "knowledgebase.PracticePage", verbose_name=_("practice"), on_delete=models.CASCADE, related_name="bookmarks"
    )
    created_at = models.DateTimeField(_("bookmarked at"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("bookmark")
        verbose_name_plural = _("bookmarks")
        constraints = [
            models.UniqueConstraint(fields=["user", "practice"], name="knowledgebase_one_bookmark_per_practice")
        ]

    def __str__(self):
        return f"{self.user} → {self.practice_id}"
