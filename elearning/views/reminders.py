"""Stopping reminder emails from the link in one, without logging in.

The link carries a signed token naming the learner (`reminders.opt_out_token`).
Opening it shows a confirmation with one button: mail scanners that follow
links must not opt anyone out, so only the POST (CSRF-checked like every form
of the site) does. The emails' List-Unsubscribe header points here too.
"""

from django.contrib.auth import get_user_model
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from ..reminders import user_id_from_token


@never_cache
@require_http_methods(["GET", "POST"])
def opt_out(request, token):
    user_id = user_id_from_token(token)
    learner = get_user_model().objects.filter(pk=user_id).first() if user_id is not None else None
    profile_url = reverse("accounts:profile")
    if learner is None:
        return render(request, "elearning/reminders/opt_out_invalid.html", {"profile_url": profile_url}, status=400)
    if request.method == "POST":
        get_user_model().objects.filter(pk=learner.pk).update(learning_reminders=False)
        return render(request, "elearning/reminders/opt_out_done.html", {"profile_url": profile_url})
    return render(
        request,
        "elearning/reminders/opt_out.html",
        {"email": learner.email, "already_off": not learner.learning_reminders},
    )
