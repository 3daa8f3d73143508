"""Learning blocks for lessons: scenarios, key takeaways, resources and video.

They extend the shared `BaseStreamBlock`, so a lesson offers everything a
standard page does plus what teaching needs. Like the shared blocks, each has
an icon, a template, a preview value and a description.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock

from home.blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class LearningObjectiveBlock(blocks.CharBlock):
    class Meta:
        icon = "tick"
        label = _("Learning objective")
        description = _("What the learner will be able to do, in one sentence.")


class ScenarioChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Choice"), max_length=300)
    is_best = blocks.BooleanBlock(label=_("Best choice"), required=False)
    feedback = blocks.TextBlock(label=_("Feedback"), help_text=_("Shown once the learner picks this choice."))


class ScenarioBlock(blocks.StructBlock):
    """A dilemma to think through; feedback appears only for the choice the learner made.

    Scenarios are for practice, not marks: the learner's choice travels in the
    query string and nothing is stored.
    """

    title = blocks.CharBlock(label=_("Title"))
    situation = blocks.RichTextBlock(label=_("Situation"), features=["bold", "italic", "link", "ul", "ol"])
    question = blocks.CharBlock(label=_("Question"), help_text=_("For example: What should Maria do?"))
    choices = blocks.ListBlock(ScenarioChoiceBlock(), label=_("Choices"), min_num=2)
    debrief = blocks.RichTextBlock(
        label=_("Debrief"),
        required=False,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text=_("A closing thought shown after any choice."),
    )

    class Meta:
        icon = "help"
        template = "elearning/blocks/scenario_block.html"
        label = _("Scenario")
        description = _("A workplace dilemma with choices and feedback for each choice.")
        preview_value = {
            "title": "The early-morning consignment",
            "situation": "<p>A broker offers to 'thank you properly' if a shipment is released before inspection.</p>",
            "question": "What do you do?",
            "choices": [
                {"text": "Decline and report the offer", "is_best": True, "feedback": "Right: report every offer."},
                {"text": "Release it to save time", "is_best": False, "feedback": "This is how corruption starts."},
            ],
        }


class KeyTakeawaysBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, help_text=_("Defaults to 'Key takeaways'."))
    items = blocks.ListBlock(blocks.CharBlock(label=_("Takeaway")), label=_("Takeaways"), min_num=1)

    class Meta:
        icon = "list-ul"
        template = "elearning/blocks/key_takeaways_block.html"
        label = _("Key takeaways")
        description = _("The few points to remember from this lesson.")
        preview_value = {"items": ["Leaders set the tone.", "Integrity needs resources, not only words."]}


class ResourceBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    document = DocumentChooserBlock(label=_("Document"), required=False)
    url = blocks.URLBlock(label=_("Or a web address"), required=False)
    description = blocks.CharBlock(label=_("Description"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value["document"]) == bool(value["url"]):
            raise blocks.StructBlockValidationError(
                non_block_errors=ErrorList([ValidationError(_("Choose a document or give a web address, not both."))])
            )
        return value


class ResourcesBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, help_text=_("Defaults to 'Resources'."))
    resources = blocks.ListBlock(ResourceBlock(), label=_("Resources"), min_num=1)

    class Meta:
        icon = "download"
        template = "elearning/blocks/resources_block.html"
        label = _("Downloadable resources")
        description = _("Documents and links to read further or keep.")
        preview_value = {
            "resources": [
                {
                    "title": "Revised Arusha Declaration",
                    "url": "https://www.wcoomd.org/",
                    "description": "The declaration's full text.",
                }
            ]
        }


class VideoBlock(blocks.StructBlock):
    """A video with its transcript, which is required: it serves deaf learners and slow links alike."""

    title = blocks.CharBlock(label=_("Title"))
    video = EmbedBlock(label=_("Video address"), help_text=_("For example a YouTube or Vimeo link."))
    transcript = blocks.RichTextBlock(label=_("Transcript"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "media"
        template = "elearning/blocks/video_block.html"
        label = _("Video with transcript")
        description = _("A video learners can play or read as a transcript.")


class LessonStreamBlock(BaseStreamBlock):
    scenario = ScenarioBlock()
    key_takeaways = KeyTakeawaysBlock()
    resources = ResourcesBlock()
    video = VideoBlock()
