"""Every audience a search document has been written with (see `knowledgebase.audience`)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ViewAudience(models.Model):
    """A combination of view restrictions some practice has had, e.g. `groups:2.3.4`.

    A handful of rows, whatever the number of practices: a search reads them
    all to list the audiences its reader passes. Rows are only added (an
    unused audience costs nothing), so no race can drop one a document uses.
    """

    token = models.CharField(max_length=255, unique=True)

    class Meta:
        verbose_name = _("view audience")

    def __str__(self):
        return self.token
