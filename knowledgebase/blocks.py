"""Blocks the Integrity Development Guide adds to the shared ones.

The guide is worked through in workshops: a self-assessment checklist and an
action-plan table are what teams print and fill in together, so both render
as plain tables that read well on screen and on paper.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import BaseStreamBlock


class ChecklistItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"))
    guidance = blocks.TextBlock(
        label=_("What to look for"), required=False, help_text=_("Evidence that would support a 'yes'.")
    )


class SelfAssessmentChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"))
    introduction = blocks.TextBlock(label=_("Introduction"), required=False)
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "tasks"
        template = "knowledgebase/blocks/self_assessment_checklist_block.html"
        label = _("Self-assessment checklist")
        description = _(
            "Questions a team answers yes, partly or no, with the evidence to look for; prints as a worksheet."
        )
        preview_value = {
            "heading": "Code of conduct: self-assessment",
            "introduction": "Answer each question as a team and note the evidence.",
            "items": [
                {"question": "Has every officer signed the code of conduct?", "guidance": "Signed copies on file."},
                {"question": "Is the code explained in induction training?", "guidance": "Training curriculum."},
            ],
        }


class ActionPlanRowBlock(blocks.StructBlock):
    objective = blocks.CharBlock(label=_("Objective"))
    actions = blocks.TextBlock(label=_("Actions"))
    responsible = blocks.CharBlock(label=_("Responsible"), required=False)
    timeframe = blocks.CharBlock(label=_("Timeframe"), required=False)
    indicator = blocks.CharBlock(label=_("Indicator of success"), required=False)


class ActionPlanTableBlock(blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Caption"))
    rows = blocks.ListBlock(ActionPlanRowBlock(), label=_("Rows"), min_num=1)

    class Meta:
        icon = "table"
        template = "knowledgebase/blocks/action_plan_table_block.html"
        label = _("Action-plan table")
        description = _("Objectives, actions, who is responsible, when, and how success is measured.")
        preview_value = {
            "caption": "Example action plan",
            "rows": [
                {
                    "objective": "Reduce discretion in inspections",
                    "actions": "Select consignments for inspection by risk profile only.",
                    "responsible": "Risk management unit",
                    "timeframe": "12 months",
                    "indicator": "Share of inspections selected by the system",
                }
            ],
        }


class GuideStreamBlock(BaseStreamBlock):
    """The shared body blocks plus the guide's worksheets."""

    checklist = SelfAssessmentChecklistBlock()
    action_plan = ActionPlanTableBlock()
