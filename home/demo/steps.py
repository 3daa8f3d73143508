"""The ordered list of demo steps: home's own, then whatever other apps register.

Home cannot import the apps that build on it (e-learning, guide, exchange),
so they hand their steps over through the `DEMO_CONTENT_HOOK` Wagtail hook;
`demo_order` puts every step in its band (see `home.demo.context`).
"""

from wagtail import hooks

from .context import DEMO_CONTENT_HOOK, step_order
from .people import build_demo_accounts, build_partner_administrations
from .site_shell import (
    build_about_and_privacy_pages,
    build_footer_text,
    build_home_page,
    build_site_settings,
    check_key_factors,
    translate_home_page,
)

HOME_STEPS = (
    check_key_factors,
    build_home_page,
    translate_home_page,
    build_about_and_privacy_pages,
    build_footer_text,
    build_site_settings,
    build_partner_administrations,
    build_demo_accounts,
)


def collect_steps():
    """Every step, in the order it must run; equal orders keep registration order."""
    return sorted([*HOME_STEPS, *hooks.get_hooks(DEMO_CONTENT_HOOK)], key=step_order)
