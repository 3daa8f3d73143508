"""Raw StreamField values for the blocks of `home.blocks.BaseStreamBlock`.

Demo texts describe page bodies with these helpers instead of spelling out
the JSON shape each time; rich text is in Wagtail's stored HTML format
(`<b>`, `<i>`, plain `<a href>` for external links).
"""


def rich_text(html):
    return {"type": "rich_text", "value": html}


def callout(heading, text, tone="info"):
    return {"type": "callout", "value": {"tone": tone, "heading": heading, "text": text}}


def accordion(heading, items):
    """An FAQ from (question, answer HTML) pairs."""
    return {
        "type": "accordion",
        "value": {
            "heading": heading,
            "items": [{"question": question, "answer": answer} for question, answer in items],
        },
    }
