"""Public URLs of the knowledge base (under the language prefix, e.g. /en/knowledge-base/…).

Guide and practice pages themselves are Wagtail pages, served by the page tree.
"""

from django.urls import path

from .feeds import PracticesAndGuideFeed
from .views import data, exchange, sharing

app_name = "knowledgebase"

urlpatterns = [
    path("practices/new/", sharing.create_practice, name="create_practice"),
    path("practices/<int:page_id>/edit/", sharing.edit_practice, name="edit_practice"),
    path("practices/<int:page_id>/preview/", sharing.preview_practice, name="preview_practice"),
    path("practices/<int:page_id>/withdraw/", sharing.withdraw_practice, name="withdraw_practice"),
    path("practices/<int:page_id>/delete/", sharing.delete_draft, name="delete_draft"),
    path("practices/<int:page_id>/comments/", exchange.add_comment, name="add_comment"),
    path("practices/<int:page_id>/bookmark/", exchange.toggle_bookmark, name="toggle_bookmark"),
    path("comments/<int:comment_id>/edit/", exchange.edit_comment, name="edit_comment"),
    path("comments/<int:comment_id>/remove/", exchange.remove_comment, name="remove_comment"),
    path("my-practices/", sharing.my_practices, name="my_practices"),
    path("my-bookmarks/", exchange.my_bookmarks, name="my_bookmarks"),
    path("tags/", data.tag_suggestions, name="tag_suggestions"),
    path("api/practices/", data.practices_api, name="practices_api"),
    path("feed/", PracticesAndGuideFeed(), name="feed"),
]
