"""The question bank: question types an assessment's pool is written with.

Questions are StreamField blocks on the AssessmentPage, so they get the page's
revisions, previews, comparisons and translation for free, and every question
and option carries a stable block id. Attempts never read these blocks after
they start: `elearning.quiz` copies what was drawn into the attempt's
snapshot, so editing the pool cannot change a past score or review.

Block templates render a question *with* its answer key. They are used only in
the editor's preview and the block picker, never on a learner's page.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from ..scoring import SHORT_TEXT_MAX_LENGTH


class Scoring:
    """How questions with several parts are marked."""

    ALL_OR_NOTHING = "all_or_nothing"
    PARTIAL = "partial"
    CHOICES = [
        (ALL_OR_NOTHING, _("All or nothing: full marks only when every part is right")),
        (PARTIAL, _("Partial credit: a share of the marks for each right part")),
    ]


class ChoiceOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer option"), max_length=500)
    is_correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.TextBlock(
        label=_("Feedback"), required=False, help_text=_("Shown after submitting, if the review policy allows.")
    )


class MatchingPairBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("Item"), max_length=300, help_text=_("For example a practice."))
    match = blocks.CharBlock(
        label=_("Matches"), max_length=300, help_text=_("For example a key factor. Several items may share a match.")
    )
    feedback = blocks.TextBlock(label=_("Feedback"), required=False)


class BaseQuestionBlock(blocks.StructBlock):
    prompt = blocks.TextBlock(label=_("Question"))
    explanation = blocks.TextBlock(
        label=_("Explanation"), required=False, help_text=_("Why the answer is right; shown after submitting.")
    )
    points = blocks.IntegerBlock(label=_("Points"), default=1, min_value=1, max_value=10)


def check_correct_options(options, exactly_one):
    """Refuse a question no learner could answer right (or, for single choice, two right answers)."""
    correct = sum(1 for option in options if option["is_correct"])
    if exactly_one and correct != 1:
        message = _("Mark exactly one option as correct.")
    elif correct < 1:
        message = _("Mark at least one option as correct.")
    else:
        return
    raise blocks.StructBlockValidationError(non_block_errors=ErrorList([ValidationError(message)]))


class SingleChoiceQuestionBlock(BaseQuestionBlock):
    options = blocks.ListBlock(ChoiceOptionBlock(), label=_("Options"), min_num=2)

    def clean(self, value):
        value = super().clean(value)
        check_correct_options(value["options"], exactly_one=True)
        return value

    class Meta:
        icon = "radio-full"
        template = "elearning/blocks/question_block.html"
        label = _("Single choice")
        description = _("One correct answer among several options.")
        preview_value = {
            "prompt": "A trader offers you a gift after clearance. What do you do?",
            "explanation": "Gifts linked to official duties must be refused and reported.",
            "points": 1,
            "options": [
                {"text": "Refuse it and report the offer", "is_correct": True, "feedback": "Right."},
                {"text": "Accept it: clearance is finished", "is_correct": False, "feedback": "No."},
            ],
        }


class MultipleChoiceQuestionBlock(BaseQuestionBlock):
    options = blocks.ListBlock(ChoiceOptionBlock(), label=_("Options"), min_num=2)
    scoring = blocks.ChoiceBlock(label=_("Scoring"), choices=Scoring.CHOICES, default=Scoring.ALL_OR_NOTHING)

    def clean(self, value):
        value = super().clean(value)
        check_correct_options(value["options"], exactly_one=False)
        return value

    class Meta:
        icon = "tick"
        template = "elearning/blocks/question_block.html"
        label = _("Multiple choice")
        description = _("Several correct answers; marked all or nothing, or with partial credit.")
        preview_value = {
            "prompt": "Which of these reduce opportunities for corruption?",
            "points": 1,
            "scoring": Scoring.PARTIAL,
            "options": [
                {"text": "Electronic payment of duties", "is_correct": True},
                {"text": "Rotation of officers", "is_correct": True},
                {"text": "Cash payments at the counter", "is_correct": False},
            ],
        }


class TrueFalseQuestionBlock(BaseQuestionBlock):
    statement_is_true = blocks.BooleanBlock(label=_("The statement is true"), required=False)
    feedback_if_true = blocks.TextBlock(label=_("Feedback for 'True'"), required=False)
    feedback_if_false = blocks.TextBlock(label=_("Feedback for 'False'"), required=False)

    class Meta:
        icon = "help"
        template = "elearning/blocks/question_block.html"
        label = _("True or false")
        description = _("A statement the learner judges true or false.")
        preview_value = {
            "prompt": "Publishing service standards is part of transparency.",
            "statement_is_true": True,
            "points": 1,
        }


class MatchingQuestionBlock(BaseQuestionBlock):
    pairs = blocks.ListBlock(MatchingPairBlock(), label=_("Pairs"), min_num=2)
    scoring = blocks.ChoiceBlock(label=_("Scoring"), choices=Scoring.CHOICES, default=Scoring.PARTIAL)

    class Meta:
        icon = "list-ul"
        template = "elearning/blocks/question_block.html"
        label = _("Matching")
        description = _("Match each item with its counterpart, such as a practice with its key factor.")
        preview_value = {
            "prompt": "Match each practice with its key factor.",
            "points": 2,
            "scoring": Scoring.PARTIAL,
            "pairs": [
                {"item": "Online tariff rulings", "match": "Transparency"},
                {"item": "Single window", "match": "Automation"},
            ],
        }


class OrderingQuestionBlock(BaseQuestionBlock):
    """Steps the learner puts back in order; the author writes them in the right order.

    Learners see the steps shuffled and give each a position (see `elearning.scoring.ordering_credit`).
    """

    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=300),
        label=_("Steps, in the right order"),
        min_num=2,
        max_num=12,
    )
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"),
        choices=[
            (Scoring.ALL_OR_NOTHING, _("All or nothing: full marks only for the whole order right")),
            (Scoring.PARTIAL, _("Partial credit: a share of the marks for each pair of neighbouring steps in order")),
        ],
        default=Scoring.PARTIAL,
    )

    def clean(self, value):
        value = super().clean(value)
        texts = [text.strip().casefold() for text in value["steps"]]
        if len(set(texts)) != len(texts):
            raise blocks.StructBlockValidationError(
                non_block_errors=ErrorList([ValidationError(_("Give each step a different text."))])
            )
        return value

    class Meta:
        icon = "list-ol"
        template = "elearning/blocks/question_block.html"
        label = _("Ordering")
        description = _("Put steps in the right order, such as the stages of handling a gift offer.")
        preview_value = {
            "prompt": "Put the steps of handling a gift offer in order.",
            "points": 2,
            "scoring": Scoring.PARTIAL,
            "steps": ["Decline the offer", "Write down what happened", "Report to your supervisor"],
        }


class ShortTextQuestionBlock(BaseQuestionBlock):
    """A word or short phrase typed by the learner, compared with the accepted answers.

    Case, accents and spacing do not matter (see `elearning.scoring.fold_text`).
    """

    accepted_answers = blocks.ListBlock(
        blocks.CharBlock(label=_("Accepted answer"), max_length=SHORT_TEXT_MAX_LENGTH),
        label=_("Accepted answers"),
        min_num=1,
        help_text=_("Every spelling you accept. Case, accents and extra spaces are ignored."),
    )

    class Meta:
        icon = "pilcrow"
        template = "elearning/blocks/question_block.html"
        label = _("Short text")
        description = _("The learner types a word or a short phrase.")
        preview_value = {
            "prompt": "Which 1993 WCO declaration sets out the key factors of integrity?",
            "points": 1,
            "accepted_answers": ["Arusha Declaration", "Arusha"],
        }


class QuestionPoolBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    matching = MatchingQuestionBlock()
    ordering = OrderingQuestionBlock()
    short_text = ShortTextQuestionBlock()

    class Meta:
        min_num = 1
