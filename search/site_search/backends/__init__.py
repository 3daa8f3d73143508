"""Wagtail's search backends, stemming each page in its own language and each query in the reader's.

Wagtail's backends analyse every page with one analysis: no stemming on
SQLite (FTS5's default tokenizer) or Elasticsearch (the standard analyser),
the database's default configuration on PostgreSQL (English there, applied
to French and Spanish pages too). So `gift` and `gifts` found different
pages. These subclasses, named in `WAGTAILSEARCH_BACKENDS`, analyse a page
in the language of its locale and a query wrapped in `InLanguage` in that
language; a query without a language (the admin's) is analysed in each
site language, any of which may match (docs/site-search.md).
"""
