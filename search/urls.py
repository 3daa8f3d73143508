"""Public URLs of the search app, mounted under the language prefix at /<language>/search/."""

from django.urls import path

from .site_search.views import site_search

app_name = "search"
urlpatterns = [
    path("", site_search, name="site_search"),
]
