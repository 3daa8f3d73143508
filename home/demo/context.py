"""What every demo step receives, and how a function becomes a step.

Steps run in ascending `order` inside one transaction. The bands keep areas
apart so each app can slot in without renumbering anyone else's steps:

    0–99     home: site shell, key factors check, administrations, accounts
    100–199  e-learning: courses, lessons, quizzes, enrolments
    200–299  the Integrity Development Guide
    300–399  the best-practice exchange
    900+     anything that needs all of the above (search index, reports)

A step creates what is missing and leaves what exists alone: it finds its
objects by a stable key (slug, translation key, email, unique name), and it
never publishes a new revision of a page that is already there, so a second
run changes nothing and an editor's changes survive a re-run.
"""

from dataclasses import dataclass, field

from django.core.management.base import CommandError
from wagtail.models import Locale

DEMO_CONTENT_HOOK = "register_demo_content_step"
DEFAULT_STEP_ORDER = 500

# The source language comes first; every demo text exists in all three.
DEMO_LANGUAGES = ("en", "fr", "es")
SOURCE_LANGUAGE = "en"


def demo_step(order=DEFAULT_STEP_ORDER):
    """Mark a function as a demo step that runs at `order` (see the bands above)."""

    def decorate(function):
        function.demo_order = order
        return function

    return decorate


def step_order(step):
    return getattr(step, "demo_order", DEFAULT_STEP_ORDER)


def step_heading(step):
    """The first line of the step's docstring, or its name when it has none."""
    doc = (step.__doc__ or "").strip()
    return doc.splitlines()[0].rstrip(".") if doc else step.__name__.replace("_", " ")


@dataclass
class AccountSummary:
    """One line of the closing summary: which account, what it is for, whether it is new."""

    email: str
    description: str
    created: bool


@dataclass
class DemoContext:
    """State shared by the steps of one run.

    Earlier steps leave what later ones need here, so a course step can, say,
    enrol the demo learner without looking it up again:

    - `site`, `home_page`: the default site and its English home page;
    - `pages`: other pages by key ("about", "privacy"; add your own);
    - `administrations`: partner administrations by name;
    - `users`: demo accounts by key ("admin", "editor", "moderator",
      "coordinator", "learner").
    """

    stdout: object
    style: object
    password: str
    verbosity: int = 1
    site: object = None
    home_page: object = None
    pages: dict = field(default_factory=dict)
    administrations: dict = field(default_factory=dict)
    users: dict = field(default_factory=dict)
    accounts: list = field(default_factory=list)
    notes: list = field(default_factory=list)
    created_count: int = 0
    existing_count: int = 0
    removed_count: int = 0
    _locales: dict = field(default_factory=dict, repr=False)

    def locale(self, language_code):
        """The Wagtail locale for a language; its absence means migrations have not run."""
        if language_code not in self._locales:
            try:
                self._locales[language_code] = Locale.objects.get(language_code=language_code)
            except Locale.DoesNotExist as error:
                raise CommandError(f"Locale '{language_code}' is missing. Run `manage.py migrate` first.") from error
        return self._locales[language_code]

    def record_created(self, label):
        self.created_count += 1
        if self.verbosity >= 2:
            self.stdout.write(f"    + {label}")

    def record_existing(self, label):
        self.existing_count += 1
        if self.verbosity >= 2:
            self.stdout.write(f"    = {label} (already there)")

    def record_removed(self, label):
        self.removed_count += 1
        if self.verbosity >= 2:
            self.stdout.write(f"    - {label}")

    def counts(self):
        """(created, already there, removed) so far; the command reports each step's share."""
        return (self.created_count, self.existing_count, self.removed_count)

    def note(self, line):
        """A line for the closing summary, such as a count of what a step checked."""
        self.notes.append(line)

    def warn(self, message):
        self.stdout.write(self.style.WARNING(f"    ! {message}"))
