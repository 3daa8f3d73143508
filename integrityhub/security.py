"""Security headers Django 5.2 does not set by itself, chiefly a Content-Security-Policy.

The public site runs no inline script, so the policy allows scripts from our
own origin only; a template that slips an inline <script> in is blocked by
the browser (and caught by tests/platform/test_security_headers.py). The
Wagtail admin needs inline scripts and has its own protections, so it is
left out. Inline *styles* stay allowed: progress bars set a width inline.

Framing is forbidden (`frame-ancestors 'none'`) against clickjacking, with
one exception: Wagtail's preview. The editor's side panel shows the page in
an iframe on our own origin; Wagtail renders it by passing a dummy request
for the page's public URL through this middleware, marked `is_preview`, and
that response alone may be framed by our own origin (`'self'`). Wagtail's
preview view sets X-Frame-Options SAMEORIGIN to match.
"""

from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)


def content_security_policy(frame_ancestors="'none'"):
    frame_sources = " ".join(["'self'", *settings.CSP_FRAME_SOURCES])
    directives = {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self' 'unsafe-inline'",
        "img-src": "'self' data:",
        "font-src": "'self'",
        "connect-src": "'self'",
        "frame-src": frame_sources,
        "object-src": "'none'",
        "base-uri": "'self'",
        "form-action": "'self'",
        "frame-ancestors": frame_ancestors,
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = content_security_policy()
        self.preview_policy = content_security_policy(frame_ancestors="'self'")

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(ADMIN_PREFIXES):
            policy = self.preview_policy if getattr(request, "is_preview", False) else self.policy
            response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        return response
