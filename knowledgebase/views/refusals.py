"""One way to say no: a page in the site's layout that explains why, with a 4xx status."""

from django.shortcuts import render


def refuse(request, reason, status=403, next_step_url="", next_step_label=""):
    return render(
        request,
        "knowledgebase/refusal.html",
        {"reason": reason, "next_step_url": next_step_url, "next_step_label": next_step_label},
        status=status,
    )
