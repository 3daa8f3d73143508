"""Demo steps for the best-practice exchange.

The practices come from a small JSON Lines file shipped with the app: 23
records of the shared test corpus, reassigned to the six demo
administrations of their region (names and e-mail domains changed to
match), imported with the same code as `manage.py import_practices`. The
demo never depends on files outside the repository. Only missing practices are created: an editor's changes to
a demo practice survive a re-run.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError

from home.demo import demo_step
from home.demo.builders import demo_translation_key, describe, ensure_page_with_translations
from home.demo.context import SOURCE_LANGUAGE
from home.demo.localized import translate_through_localize

from ..models import KeyFactor, PracticeBookmark, PracticeComment, PracticeIndexPage, PracticeKeyFactor, PracticePage
from ..moderation import submit_for_moderation
from ..practice_records import PracticeImporter, read_records
from ..sanitising import PARAGRAPH_BREAK, paragraphs_from_text
from .texts import DEMO_SUBMISSION, PRACTICE_INDEX, SAMPLE_DISCUSSION
from .texts.practice_translations import PRACTICE_TRANSLATIONS, TRANSLATED_PRACTICE

PRACTICE_INDEX_KEY = demo_translation_key("knowledgebase.practice-index")
DEMO_PRACTICES_FILE = Path(__file__).with_name("practices.jsonl")
DISCUSSED_PRACTICE = "bp-0005"
BOOKMARKED_PRACTICES = ("bp-0005", "bp-0060")


@demo_step(order=300)
def build_practice_indexes(context):
    """The practice listing page in English, French and Spanish."""
    indexes = ensure_page_with_translations(
        context, context.home_page, PracticeIndexPage, PRACTICE_INDEX_KEY, PRACTICE_INDEX, show_in_menus=True
    )
    context.pages["practices"] = indexes[SOURCE_LANGUAGE]


@demo_step(order=310)
def import_demo_practices(context):
    """Practices shared by fictional administrations, in three languages."""
    records, bad_lines = read_records(DEMO_PRACTICES_FILE.read_text(encoding="utf-8").splitlines())
    if bad_lines:
        raise CommandError(f"The demo practices file has bad lines: {'; '.join(map(str, bad_lines))}")
    existing = set(
        PracticePage.objects.filter(external_id__in=[record["external_id"] for _line, record in records]).values_list(
            "external_id", flat=True
        )
    )
    for external_id in sorted(existing):
        context.record_existing(f"practice {external_id}")
    missing = [(line, record) for line, record in records if record["external_id"] not in existing]
    summary = PracticeImporter().run(missing)
    for external_id in summary.created:
        context.record_created(f"practice {external_id}")


@demo_step(order=315)
def translate_demo_practice(context):
    """One practice translated by the moderators into French and Spanish, through wagtail-localize."""
    practice = PracticePage.objects.filter(external_id=TRANSLATED_PRACTICE).first()
    if practice is None:
        context.warn(f"The demo practice {TRANSLATED_PRACTICE} was deleted; its translations are skipped.")
        return
    for language, text in PRACTICE_TRANSLATIONS.items():
        existing = practice.get_translation_or_none(context.locale(language))
        if existing is not None:
            context.record_existing(describe(existing))
            continue
        translated = translate_through_localize(
            practice, context.locale(language), lambda copy, text=text: apply_practice_text(copy, text)
        )
        context.record_created(describe(translated))


def apply_practice_text(practice, text):
    """A demo translation's words on an unsaved copy of the practice, paragraphs as the import writes them."""
    for field in ("title", "slug", "contact_unit"):
        setattr(practice, field, text[field])
    practice.summary = " ".join(text["summary"].split())
    for field in ("problem", "actions", "results", "lessons_learned"):
        setattr(practice, field, paragraphs_from_text(flowed(text[field])))


@demo_step(order=320)
def build_demo_exchange(context):
    """The demo coordinator's practice awaiting moderation, a discussion and two bookmarks."""
    coordinator, moderator = context.users.get("coordinator"), context.users.get("moderator")
    if coordinator is None or moderator is None:
        context.warn("Demo coordinator or moderator missing: the exchange demo is skipped.")
        return
    submit_demo_practice(context, coordinator)
    discussed = PracticePage.objects.filter(external_id=DISCUSSED_PRACTICE).first()
    if discussed is not None and not discussed.comments.exists():
        question = PracticeComment.objects.create(
            practice=discussed, author=coordinator, body=SAMPLE_DISCUSSION["question"]
        )
        PracticeComment.objects.create(
            practice=discussed, author=moderator, parent=question, body=SAMPLE_DISCUSSION["reply"]
        )
        context.record_created(f"discussion on {DISCUSSED_PRACTICE}")
    for practice in PracticePage.objects.filter(external_id__in=BOOKMARKED_PRACTICES):
        _bookmark, created = PracticeBookmark.objects.get_or_create(user=coordinator, practice=practice)
        (context.record_created if created else context.record_existing)(f"bookmark of {practice.external_id}")


def submit_demo_practice(context, coordinator):
    """A practice written by the demo coordinator, submitted for moderation, as the form would do."""
    text = DEMO_SUBMISSION
    if PracticePage.objects.filter(external_id=text["external_id"]).exists():
        context.record_existing(f"practice {text['external_id']}")
        return
    index_page = context.pages["practices"]
    practice = PracticePage(
        external_id=text["external_id"],
        title=text["title"],
        slug="publishing-clearance-times",
        language=text["language"],
        summary=text["summary"],
        year=text["year"],
        contact_unit=text["contact_unit"],
        contact_email=text["contact_email"],
        owner=coordinator,
        administration=coordinator.administration,
        region=coordinator.administration.region if coordinator.administration else None,
        live=False,
    )
    for field in ("problem", "actions", "results", "lessons_learned"):
        setattr(practice, field, paragraphs_from_text(flowed(text[field])))
    key_factors = {
        factor.number: factor for factor in KeyFactor.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
    }
    practice.practice_key_factors.set(
        [
            PracticeKeyFactor(key_factor=key_factors[number], sort_order=position)
            for position, number in enumerate(text["key_factors"])
        ]
    )
    practice.tags.set(text["themes"])
    index_page.add_child(instance=practice)
    practice.save_revision(user=coordinator)
    submit_for_moderation(practice, coordinator)
    context.record_created(f"practice {text['external_id']} (awaiting moderation)")


def flowed(text):
    """Demo text written across source lines, as paragraphs with their line breaks removed."""
    return "\n\n".join(" ".join(paragraph.split()) for paragraph in PARAGRAPH_BREAK.split(text.strip()))
