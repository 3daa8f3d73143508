from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Search")

    def ready(self):
        from .concepts_reindex import register_signal_handlers as reindex_on_concept_changes
        from .practices.indexing import register_signal_handlers

        register_signal_handlers()
        reindex_on_concept_changes()
        if settings.ELASTICSEARCH_URL:
            # Loaded now, while one thread starts the process, not by the first searches: two gunicorn
            # threads importing it at once made elasticsearch_dsl's own import fail ("dictionary changed
            # size during iteration" while it walks sys.modules), a 500 on the first searches of a worker.
            from .practices import elastic  # noqa: F401
