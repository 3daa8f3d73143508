"""The practice listing: visible practices, filtered, in pages of a fixed size.

Practices in every language are listed; when a practice has been
translated, the version in the reader's language stands for the others.
The cost in queries is the same for ten practices or ten thousand.
"""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Q
from django.utils import translation

from .forms import PracticeFilterForm
from .models import PracticePage, key_factor_names
from .permissions import can_share_practices, is_exchange_member

PRACTICES_PER_PAGE = 20


def practice_listing_context(request):
    visible = PracticePage.objects.visible_to(request.user)
    years = visible.exclude(year=None).order_by("-year").values_list("year", flat=True).distinct()
    filter_form = PracticeFilterForm(request.GET or None, years=list(years))
    practices = one_version_per_practice(filter_form.filter(visible) if filter_form.is_bound else visible)
    paginator = Paginator(practices.for_cards().order_by("-first_published_at", "-pk"), PRACTICES_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    label_key_factors(page.object_list)
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return {
        "filter_form": filter_form,
        "practices": page,
        "query_without_page": query_without_page.urlencode(),
        "can_share": can_share_practices(request.user),
        "is_member": is_exchange_member(request.user),
    }


def one_version_per_practice(practices):
    """Leave out other-language versions of practices translated into the active language."""
    language = translation.get_language()
    translated_here = PracticePage.objects.live().filter(
        translation_key=OuterRef("translation_key"), locale__language_code=language
    )
    return practices.exclude(~Q(locale__language_code=language) & Exists(translated_here))


def label_key_factors(practices):
    """Give each practice `key_factor_labels`: (number, name in the reader's language)."""
    names = key_factor_names()
    for practice in practices:
        practice.key_factor_labels = [(number, names.get(number, number)) for number in practice.key_factor_numbers()]
    return practices
