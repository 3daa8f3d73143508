"""Views of the public site; page types render themselves through Wagtail.

- `sharing`: coordinators write, edit, submit and follow their practices;
- `exchange`: comments and bookmarks;
- `data`: JSON for tag autocomplete and the practices API.
"""
