"""Raw StreamField values for the learning blocks, so lesson texts read as content, not JSON."""

from home.demo.streams import callout, rich_text

__all__ = ["callout", "key_takeaways", "rich_text", "scenario"]


def scenario(title, situation, question, choices, debrief=""):
    """A scenario from (choice, is_best, feedback) triples."""
    return {
        "type": "scenario",
        "value": {
            "title": title,
            "situation": situation,
            "question": question,
            "choices": [
                {"text": text, "is_best": is_best, "feedback": feedback} for text, is_best, feedback in choices
            ],
            "debrief": debrief,
        },
    }


def key_takeaways(items, heading=""):
    return {"type": "key_takeaways", "value": {"heading": heading, "items": list(items)}}
