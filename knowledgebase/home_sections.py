"""Sections the knowledge base adds to the home page: latest guide sections and practices.

Both show only what the visitor may read, in the language of the page: the
guide's sections of that locale, and practices written in that language.
Each is one fixed statement (home.sql_rows) returning plain rows, whose URLs
come from the site's top rows (home.shell.row_url): the home is rebuilt
whenever the cache is cold, and querysets and `Page.get_url` for each card
cost it more than the rest of the page.
"""

from django.utils import translation

from home.shell import row_url
from home.sql_rows import fetch_rows

from .visibility import visible_condition

ITEMS_SHOWN = 4

LATEST_GUIDE_SECTIONS_STATEMENT = """
SELECT p.id, p.url_path, p.title, section.introduction, l.language_code
FROM knowledgebase_guidesectionpage section
INNER JOIN wagtailcore_page p ON p.id = section.page_ptr_id
INNER JOIN wagtailcore_locale l ON l.id = p.locale_id
WHERE p.live AND l.language_code = %s AND {visible}
ORDER BY p.last_published_at DESC, p.id DESC
LIMIT {limit}
"""

# Each practice with its parent (the practice index), matched by tree path: the listing's link.
LATEST_PRACTICES_STATEMENT = """
SELECT p.id, p.url_path, p.title, practice.summary, practice.language, parent.id, parent.url_path
FROM knowledgebase_practicepage practice
INNER JOIN wagtailcore_page p ON p.id = practice.page_ptr_id
LEFT JOIN wagtailcore_page parent ON parent.path = SUBSTR(p.path, 1, LENGTH(p.path) - {steplen})
WHERE p.live AND practice.language = %s AND {visible}
ORDER BY p.first_published_at DESC, p.id DESC
LIMIT {limit}
"""


def latest_guide_sections(request, page):
    visible, params = visible_condition(request.user, "p.path")
    rows = fetch_rows(
        LATEST_GUIDE_SECTIONS_STATEMENT.format(visible=visible, limit=ITEMS_SHOWN),
        [translation.get_language(), *params],
    )
    if not rows:
        return None
    sections = [
        {"url": row_url(request, pk, url_path), "title": title, "introduction": introduction, "language": language}
        for pk, url_path, title, introduction, language in rows
    ]
    return {"template": "knowledgebase/home_latest_guide_sections.html", "guide_sections": sections}


latest_guide_sections.order = 40


def latest_practices(request, page):
    visible, params = visible_condition(request.user, "p.path")
    rows = fetch_rows(
        LATEST_PRACTICES_STATEMENT.format(visible=visible, limit=ITEMS_SHOWN, steplen=page.steplen),
        [translation.get_language(), *params],
    )
    if not rows:
        return None
    practices = [
        {"url": row_url(request, pk, url_path), "title": title, "summary": summary, "language": language}
        for pk, url_path, title, summary, language, _parent_pk, _parent_url_path in rows
    ]
    _pk, _url_path, _title, _summary, _language, index_pk, index_url_path = rows[0]
    index_url = row_url(request, index_pk, index_url_path)
    return {"template": "knowledgebase/home_latest_practices.html", "practices": practices, "index_url": index_url}


latest_practices.order = 50
