"""Security headers Django 5.2 does not set by itself, chiefly a Content-Security-Policy.

The public site runs no inline script, so the policy allows scripts from our
own origin only; a template that slips an inline <script> in is blocked by
the browser (and caught by tests/platform/test_security_headers.py). The
Wagtail admin needs inline scripts and has its own protections, so it is
left out. Inline *styles* stay allowed: progress bars set a width inline.
"""

from django.conf import settings

ADMIN_PREFIXES = ("/admin/",)


def content_security_policy():
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
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(ADMIN_PREFIXES):
            response.headers.setdefault("Content-Security-Policy", self.policy)
        response.headers.setdefault("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()")
        return response
