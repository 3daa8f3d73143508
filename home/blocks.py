"""StreamField blocks shared by every page type that has a body.

Each block carries an icon, a template, a preview value and a description so
editors see what they are choosing in the block picker.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["h2", "h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link", "hr"]


class ImageWithCaptionBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_("Describe the image for people who cannot see it; leave empty if it is decorative."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        template = "home/blocks/image_with_caption_block.html"
        label = _("Image with caption")
        description = _("An image with alternative text and an optional caption.")


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), required=False, help_text=_("Defaults to the document title."))

    class Meta:
        icon = "doc-full"
        template = "home/blocks/document_link_block.html"
        label = _("Document link")
        description = _("A download link that shows the file type and size.")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        label=_("Tone"),
        choices=[("info", _("Information")), ("tip", _("Tip")), ("warning", _("Warning"))],
        default="info",
    )
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    text = blocks.RichTextBlock(label=_("Text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "warning"
        template = "home/blocks/callout_block.html"
        label = _("Callout")
        description = _("A highlighted box for a tip, note or warning.")
        preview_value = {
            "tone": "tip",
            "heading": "Remember",
            "text": "<p>Declare every gift offered to you, even when you refuse it.</p>",
        }


class AccordionItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question or heading"))
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"))

    class Meta:
        icon = "list-ul"
        template = "home/blocks/accordion_block.html"
        label = _("Accordion / FAQ")
        description = _("Questions and answers that open one at a time; readable without JavaScript.")
        preview_value = {
            "heading": "Frequently asked questions",
            "items": [
                {"question": "Who can take the modules?", "answer": "<p>Any officer of a partner administration.</p>"},
                {"question": "Is there a certificate?", "answer": "<p>Yes, one anyone can verify online.</p>"},
            ],
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Attribution"), required=False)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with its source.")
        preview_value = {
            "quote": "Integrity is the cornerstone of an effective customs administration.",
            "attribution": "Revised Arusha Declaration",
        }


class RichTextBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        template = "home/blocks/rich_text_block.html"
        label = _("Text")
        description = _("Paragraphs, headings, lists and links.")
        preview_value = "<h2>Integrity in customs</h2><p>Customs officers hold public trust at the border.</p>"


class EmbedMediaBlock(EmbedBlock):
    class Meta:
        icon = "media"
        template = "home/blocks/embed_block.html"
        label = _("Embedded media")
        description = _("A video or other media from a URL, such as a recorded webinar.")


class BaseStreamBlock(blocks.StreamBlock):
    """The blocks every body offers; other apps extend it with their own."""

    rich_text = RichTextBlock(features=RICH_TEXT_FEATURES)
    image = ImageWithCaptionBlock()
    embed = EmbedMediaBlock()
    document = DocumentLinkBlock()
    callout = CalloutBlock()
    accordion = AccordionBlock()
    quote = QuoteBlock()
