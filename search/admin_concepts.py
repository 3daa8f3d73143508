"""The concept vocabulary in the admin (Settings → Search concepts), for editors with the concept permissions.

The screens say what a concept does to the index, and each save or
deletion says when it applies: every practice is reindexed in the
background (`search.concepts_reindex`), and searches use the change once
that is done.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.snippets.views.snippets import CreateView, DeleteView, EditView, SnippetViewSet

from .models import SearchConcept

EFFECT_ON_THE_INDEX = _(
    "<p>A concept lets practice search match across languages. When practices are indexed, each "
    "practice is given the concepts whose terms <strong>in the practice's own language</strong> (or "
    "whose acronyms) occur in its title, summary, narrative or tags, in any form: \u201cgift\u201d also "
    "matches \u201cgifts\u201d. A search does the same with the words typed, in the reader's language, "
    "and also finds the practices carrying the concepts they name, in every language: a reader typing "
    "\u201cgifts\u201d finds a Spanish practice saying \u201cobsequios\u201d if both terms belong to one "
    "concept.</p>"
    "<p>Write one term a line, as it is written in practices (several words are matched as a phrase). "
    "Prefer terms that mean the concept and nothing else: a word with another common meaning "
    "(\u201cpresent\u201d) brings unrelated practices in.</p>"
    "<p><strong>When changes apply:</strong> saving or deleting a concept reindexes every practice "
    "in the background; searches use the change once that is done (a few minutes on a large site).</p>"
)
REINDEX_QUEUED = _("Every practice is being reindexed in the background; searches use the change once that is done.")


class ReindexMessage:
    def get_success_message(self, *args):
        message = super().get_success_message(*args)
        return f"{message} {REINDEX_QUEUED}" if message else REINDEX_QUEUED


class ConceptCreateView(ReindexMessage, CreateView):
    pass


class ConceptEditView(ReindexMessage, EditView):
    pass


class ConceptDeleteView(ReindexMessage, DeleteView):
    pass


class SearchConceptViewSet(SnippetViewSet):
    model = SearchConcept
    icon = "search"
    menu_label = _("Search concepts")
    add_to_settings_menu = True
    list_display = ["key", "english_terms", "french_terms", "spanish_terms", "acronyms", "updated_at"]
    search_fields = ["key", "english_terms", "french_terms", "spanish_terms", "acronyms"]
    ordering = ["key"]
    add_view_class = ConceptCreateView
    edit_view_class = ConceptEditView
    delete_view_class = ConceptDeleteView
    panels = [
        HelpPanel(content=EFFECT_ON_THE_INDEX, heading=_("What a concept does")),
        FieldPanel("key"),
        FieldPanel("english_terms"),
        FieldPanel("french_terms"),
        FieldPanel("spanish_terms"),
        FieldPanel("acronyms"),
        FieldPanel("notes"),
    ]
