"""Template filters for showing lengths of time to people."""

from django import template
from django.utils import timezone
from django.utils.timesince import timeuntil

register = template.Library()


@register.filter
def in_words(duration):
    """A timedelta in words in the active language, e.g. "1 hour" or "30 minutes"."""
    now = timezone.now()
    return timeuntil(now + duration, now)
