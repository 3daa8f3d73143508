"""A related practice in another language says which, and one only coordinators may read says so."""

from django.template.loader import render_to_string
from django.utils import translation

from knowledgebase.related_practices import PracticeLink


def related_list(language, links):
    with translation.override(language):
        return render_to_string("knowledgebase/includes/related_practice_links.html", {"related_practices": links})


def test_a_practice_in_another_language_is_labelled_in_words_and_in_lang():
    links = [
        PracticeLink(title="Rotation des agents", url="/fr/p/rotation/", language="fr", administration=""),
        PracticeLink(title="Officer rotation", url="/en/p/rotation/", language="en", administration=""),
    ]
    html = related_list("en", links)

    assert '<a href="/fr/p/rotation/" lang="fr" hreflang="fr">Rotation des agents</a>' in html
    assert html.count('class="chip chip--language"') == 1 and ">in French</span>" in html
    assert ">in English<" not in html
    assert ">en anglais</span>" in related_list("fr", links[1:])


def test_a_coordinators_only_practice_carries_a_badge():
    restricted = PracticeLink(title="Internal", url="/en/p/i/", language="en", administration="", restricted=True)
    public = PracticeLink(title="Open", url="/en/p/o/", language="en", administration="")

    assert '<strong class="badge">Coordinators only</strong>' in related_list("en", [restricted])
    assert "badge" not in related_list("en", [public])
