"""Raw StreamField values for the guide's own blocks, next to home's shared helpers."""

from home.demo.streams import callout, rich_text

__all__ = ["action_plan", "callout", "checklist", "rich_text"]


def checklist(heading, items, introduction=""):
    """A self-assessment checklist from (question, what to look for) pairs."""
    return {
        "type": "checklist",
        "value": {
            "heading": heading,
            "introduction": introduction,
            "items": [{"question": question, "guidance": guidance} for question, guidance in items],
        },
    }


def action_plan(caption, rows):
    """An action-plan table from (objective, actions, responsible, timeframe, indicator) rows."""
    keys = ("objective", "actions", "responsible", "timeframe", "indicator")
    return {
        "type": "action_plan",
        "value": {"caption": caption, "rows": [dict(zip(keys, row, strict=True)) for row in rows]},
    }
