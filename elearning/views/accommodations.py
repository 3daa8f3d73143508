"""Granting, listing and revoking accommodations (extra time, extra attempts).

Who may act is the reports' scope (`reporting.report_scope`): a coordinator
for the officers of their own administration, the secretariat for anyone.
Another administration's learner, or an accommodation of theirs, is "not
found" (404) and nothing is written; nobody grants themselves one (403).
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ..allowances import grant_accommodation, revoke_accommodation
from ..forms import AccommodationForm
from ..models import Accommodation, CoursePage
from ..outlines import preferred_translations
from ..reporting import live_course_keys, report_scope

ACCOMMODATIONS_PER_PAGE = 50


def course_titles(course_keys):
    """{course key: title} in the reader's language where there is one, in two queries."""
    courses = CoursePage.objects.live().filter(translation_key__in=set(course_keys)).defer_streamfields()
    chosen = preferred_translations(courses, translation.get_language())
    return {key: course.title for key, course in chosen.items()}


def live_courses():
    courses = CoursePage.objects.live().filter(translation_key__in=live_course_keys()).defer_streamfields()
    chosen = preferred_translations(courses, translation.get_language()).values()
    return sorted(chosen, key=lambda course: course.title.casefold())


def scoped_accommodations(scope):
    accommodations = Accommodation.objects.select_related(
        "user", "user__administration", "granted_by", "revoked_by"
    ).order_by("-granted_at", "-pk")
    if scope.administration is not None:
        accommodations = accommodations.filter(user__administration=scope.administration)
    return accommodations


@never_cache
@login_required
@require_GET
def accommodation_list(request):
    scope = report_scope(request.user, request.GET.get("administration"))
    show_all = request.GET.get("show") == "all"
    accommodations = scoped_accommodations(scope)
    if not show_all:
        accommodations = accommodations.filter(revoked_at__isnull=True)
    page = Paginator(accommodations, ACCOMMODATIONS_PER_PAGE).get_page(request.GET.get("page"))
    titles = course_titles(accommodation.course_key for accommodation in page.object_list)
    return render(
        request,
        "elearning/accommodations/list.html",
        {
            "scope": scope,
            "page": page,
            "rows": [(titles.get(item.course_key, ""), item) for item in page.object_list],
            "show_all": show_all,
        },
    )


def learner_in_scope(request, user_id):
    """The learner `user_id` if the caller may grant them accommodations; 403/404 otherwise."""
    scope = report_scope(request.user)
    learner = get_object_or_404(get_user_model().objects.select_related("administration"), pk=user_id)
    if not scope.includes(learner):
        raise Http404
    if learner.pk == request.user.pk:
        raise PermissionDenied
    return learner


@never_cache
@login_required
@require_http_methods(["GET", "POST"])
def grant(request, user_id):
    learner = learner_in_scope(request, user_id)
    form = AccommodationForm(request.POST if request.method == "POST" else None, courses=live_courses())
    if request.method == "POST" and form.is_valid():
        grant_accommodation(
            learner,
            form.cleaned_data["course"],
            request.user,
            reason=form.cleaned_data["reason"],
            **form.allowance_values(),
        )
        messages.success(
            request,
            _("The accommodation is recorded. It applies to attempts %(name)s starts from now on.")
            % {"name": learner.get_full_name() or learner.email},
        )
        return redirect("elearning:learner_report", learner.pk)
    status = 400 if form.is_bound else 200
    return render(request, "elearning/accommodations/grant.html", {"learner": learner, "form": form}, status=status)


@never_cache
@login_required
@require_POST
def revoke(request, accommodation_id):
    accommodation = get_object_or_404(Accommodation.objects.select_related("user"), pk=accommodation_id)
    learner_in_scope(request, accommodation.user_id)
    if revoke_accommodation(accommodation, request.user):
        messages.success(request, _("The accommodation is revoked. Attempts already running keep their time."))
    else:
        messages.info(request, _("This accommodation was already revoked."))
    return redirect(reverse("elearning:learner_report", args=[accommodation.user_id]))
