"""Demo steps for the site shell: home page, About, Privacy, footer and site settings.

The key factors belong to `knowledgebase`, which imports `home`, not the
other way round; they are reached through the app registry so this module
adds no import back into that app.
"""

from django.apps import apps
from django.utils.html import escape
from wagtail.coreutils import find_available_slug
from wagtail.models import Page, Site

from home.models import FooterText, HomePage, SiteSettings, StandardPage

from .builders import (
    apply_page_text,
    demo_translation_key,
    describe,
    ensure_page_translation,
    ensure_page_with_translations,
    ensure_snippet_translations,
    language_placeholders,
    prepare_text,
)
from .context import DEMO_LANGUAGES, SOURCE_LANGUAGE, demo_step
from .localized import in_block_format
from .texts import ABOUT_PAGE, CONTACT_EMAIL, FOOTER_TEXT, HOME_PAGE, PRIVACY_PAGE
from .texts.typography import french_typography

HOME_PAGE_KEY = demo_translation_key("home.home-page")
ABOUT_PAGE_KEY = demo_translation_key("home.about")
PRIVACY_PAGE_KEY = demo_translation_key("home.privacy")
FOOTER_TEXT_KEY = demo_translation_key("home.footer-text")

SITE_HOSTNAME = "localhost"
SITE_PORT = 80
SITE_NAME = "Integrity Hub"
KEY_FACTORS_PER_LANGUAGE = 10


def key_factor_model():
    return apps.get_model("knowledgebase", "KeyFactor")


@demo_step(order=5)
def check_key_factors(context):
    """Key factors seeded by migration, ten per language."""
    counts = {
        language: key_factor_model().objects.filter(locale=context.locale(language)).count()
        for language in DEMO_LANGUAGES
    }
    if all(count == KEY_FACTORS_PER_LANGUAGE for count in counts.values()):
        context.note(
            f"Key factors: {KEY_FACTORS_PER_LANGUAGE} in each of {', '.join(DEMO_LANGUAGES)} (seeded by migration)."
        )
    else:
        found = ", ".join(f"{language}: {count}" for language, count in counts.items())
        context.warn(f"Expected {KEY_FACTORS_PER_LANGUAGE} key factors per language, found {found}. Run `migrate`.")


@demo_step(order=10)
def build_home_page(context):
    """Home page in place of Wagtail's welcome page, as the default site's root."""
    root = Page.get_first_root_node()
    english = context.locale(SOURCE_LANGUAGE)
    home = (
        HomePage.objects.filter(translation_key=HOME_PAGE_KEY, locale=english).first()
        or HomePage.objects.filter(depth=2, locale=english).first()
    )
    # Sites point at their root page with on_delete=CASCADE: park them on the
    # tree root while the welcome page goes, then give them the new home.
    welcome_pages = list(root.get_children().exact_type(Page).filter(numchild=0))
    parked_site_ids = list(Site.objects.filter(root_page__in=welcome_pages).values_list("pk", flat=True))
    Site.objects.filter(pk__in=parked_site_ids).update(root_page=root)
    for page in welcome_pages:
        label = f"Wagtail's welcome page '{page.title}'"
        page.delete()
        context.record_removed(label)

    if home is None:
        home = HomePage(translation_key=HOME_PAGE_KEY, locale=english)
        apply_page_text(home, HOME_PAGE[SOURCE_LANGUAGE], language_placeholders(SOURCE_LANGUAGE))
        in_block_format(home)
        home.slug = find_available_slug(root, home.slug)
        root.add_child(instance=home)
        home.save_revision().publish()
        context.record_created(describe(home))
    else:
        context.record_existing(describe(home))

    Site.objects.filter(pk__in=parked_site_ids).update(root_page=home)
    context.home_page = home
    context.site = make_default_site_root(home)
    Site.clear_site_root_paths_cache()


def make_default_site_root(home):
    """The default site, created for localhost:80 if there is none, rooted at `home`."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site.objects.filter(hostname=SITE_HOSTNAME, port=SITE_PORT).first() or Site(
            hostname=SITE_HOSTNAME, port=SITE_PORT
        )
    wanted = {"root_page_id": home.pk, "is_default_site": True}
    if not site.site_name:
        wanted["site_name"] = SITE_NAME
    if site.pk is None or any(getattr(site, name) != value for name, value in wanted.items()):
        for name, value in wanted.items():
            setattr(site, name, value)
        site.save()
    return site


@demo_step(order=15)
def translate_home_page(context):
    """Home page in French and Spanish."""
    for language in DEMO_LANGUAGES:
        if language != SOURCE_LANGUAGE:
            ensure_page_translation(
                context,
                context.home_page,
                context.locale(language),
                HOME_PAGE[language],
                language_placeholders(language),
            )


def key_factor_list(language):
    """The ten key factors as an ordered list, in the wording of the key factor snippets."""
    key_factors = key_factor_model().objects.filter(locale__language_code=language).order_by("number")
    items = "".join(f"<li><b>{escape(factor.name)}.</b> {escape(factor.description)}</li>" for factor in key_factors)
    if not items:
        return ""
    html = f"<ol>{items}</ol>"
    return french_typography(html) if language == "fr" else html


def about_page_placeholders(language):
    return {**language_placeholders(language), "KEY_FACTORS": key_factor_list(language)}


@demo_step(order=20)
def build_about_and_privacy_pages(context):
    """About (in the menu) and Privacy pages in English, French and Spanish."""
    about = ensure_page_with_translations(
        context,
        context.home_page,
        StandardPage,
        ABOUT_PAGE_KEY,
        ABOUT_PAGE,
        placeholders_for=about_page_placeholders,
        show_in_menus=True,
    )
    privacy = ensure_page_with_translations(context, context.home_page, StandardPage, PRIVACY_PAGE_KEY, PRIVACY_PAGE)
    context.pages["about"] = about[SOURCE_LANGUAGE]
    context.pages["privacy"] = privacy[SOURCE_LANGUAGE]


def set_footer_body(footer, text):
    footer.body = prepare_text(text)


@demo_step(order=30)
def build_footer_text(context):
    """Footer text in English, French and Spanish, sharing one translation key."""
    english = context.locale(SOURCE_LANGUAGE)
    footer = FooterText.objects.filter(locale=english).order_by("pk").first()
    if footer is None:
        footer = FooterText(locale=english, translation_key=FOOTER_TEXT_KEY)
        set_footer_body(footer, FOOTER_TEXT[SOURCE_LANGUAGE])
        footer.save()
        context.record_created(f"footer text ({SOURCE_LANGUAGE})")
    else:
        context.record_existing(f"footer text ({SOURCE_LANGUAGE})")
    ensure_snippet_translations(context, footer, FOOTER_TEXT, set_footer_body, one_per_locale=True)


@demo_step(order=40)
def build_site_settings(context):
    """Site settings: contact email and the footer's About and Privacy links."""
    site_settings = SiteSettings.for_site(context.site)
    wanted = {
        "contact_email": CONTACT_EMAIL,
        "about_page": context.pages["about"],
        "privacy_page": context.pages["privacy"],
    }
    # Only empty settings are filled in: an editor's choice survives a re-run.
    missing = [name for name in wanted if not getattr(site_settings, name)]
    for name in missing:
        setattr(site_settings, name, wanted[name])
    if missing:
        site_settings.save()
        context.record_created(f"site settings ({', '.join(missing)})")
    else:
        context.record_existing("site settings")
