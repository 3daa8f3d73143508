"""Demo content for `manage.py load_demo_content`.

The command builds a believable site in small, ordered steps. Each step is a
function that takes a `DemoContext` and creates what is missing, leaving
anything already there untouched, so the command can run on every `make run`.

Home's own steps (home page, About, Privacy, footer, site settings, partner
administrations, demo accounts) live in this package. Other apps add theirs
without home importing them, through a Wagtail hook in their
`wagtail_hooks.py`::

    from wagtail import hooks

    from home.demo import DEMO_CONTENT_HOOK, demo_step


    @hooks.register(DEMO_CONTENT_HOOK)
    @demo_step(order=200)
    def build_demo_courses(context):
        # The docstring's first line becomes the step's heading in the output.
        ...

See `home.demo.context` for the order bands and what the context offers.
"""

from .context import DEMO_CONTENT_HOOK, DemoContext, demo_step

__all__ = ["DEMO_CONTENT_HOOK", "DemoContext", "demo_step"]
