"""Site search: one search box over courses, lessons, the guide and practices.

Runs through Wagtail's configured search backend (the database backend by
default, Elasticsearch when `ELASTICSEARCH_URL` is set), in the reader's
language, with editors' promoted results first, and logs each query so
editors can see what people look for and what they do not find.
"""
