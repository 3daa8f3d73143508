"""JSON for scripts: tag suggestions for the practice form, and a read-only practices API.

Both answer from `PracticePage.objects.visible_to(user)`, so neither reveals
a coordinators-only practice, nor even its tags, to anyone else.
"""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.views.decorators.http import require_GET

from home.text_cleaning import printable_text

from ..forms import MAX_TAG_LENGTH, PracticeFilterForm
from ..listing import one_version_per_practice
from ..models import PracticePage, PracticeTag

TAG_SUGGESTIONS = 10
PRACTICES_PER_API_PAGE = 50


@require_GET
def tag_suggestions(request):
    """Tags in use that start with `q`, most used first: `{"tags": [...]}`."""
    # Tags are cleaned when saved, so a character `printable_text` drops can match none; and
    # PostgreSQL refuses a NUL in a query parameter outright.
    prefix = printable_text(request.GET.get("q", "")).strip()[:MAX_TAG_LENGTH]
    if not prefix:
        return JsonResponse({"tags": []})
    visible = PracticePage.objects.visible_to(request.user)
    names = (
        PracticeTag.objects.filter(content_object__in=visible, tag__name__istartswith=prefix)
        .values_list("tag__name", flat=True)
        .distinct()
        .order_by("tag__name")[:TAG_SUGGESTIONS]
    )
    return JsonResponse({"tags": list(names)})


@require_GET
def practices_api(request):
    """Practices the caller may read, newest first, with the listing's filters, 50 a page."""
    visible = PracticePage.objects.visible_to(request.user)
    filter_form = PracticeFilterForm(request.GET or None)
    practices = filter_form.filter(visible) if filter_form.is_bound else visible
    paginator = Paginator(
        one_version_per_practice(practices).for_cards().order_by("-first_published_at", "-pk"), PRACTICES_PER_API_PAGE
    )
    page = paginator.get_page(request.GET.get("page"))
    return JsonResponse(
        {
            "count": paginator.count,
            "page": page.number,
            "pages": paginator.num_pages,
            "results": [practice_as_json(request, practice) for practice in page],
        },
        json_dumps_params={"ensure_ascii": False},
    )


def practice_as_json(request, practice):
    return {
        "external_id": practice.external_id,
        "title": practice.title,
        "url": practice.get_full_url(request),
        "language": practice.language,
        "summary": practice.summary,
        "administration": practice.administration.name if practice.administration else None,
        "region": practice.region.code if practice.region else None,
        "key_factors": practice.key_factor_numbers(),
        "tags": sorted(tag.name for tag in practice.tags.all()),
        "year": practice.year,
        "visibility": practice.visibility,
        "first_published_at": practice.first_published_at,
        "last_published_at": practice.last_published_at,
    }
