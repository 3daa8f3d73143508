"""Lessons stay light and readable without JavaScript; every learning block renders accessibly."""

import gzip
import re
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from elearning.blocks import KeyTakeawaysBlock, ResourcesBlock, ScenarioBlock, VideoBlock
from elearning.factories import LessonPageFactory

pytestmark = pytest.mark.django_db

LESSON_BUDGET_BYTES = 60 * 1024
VIDEO_URL = "https://www.youtube.com/watch?v=integrity"


def scenario_data():
    return {
        "type": "scenario",
        "value": {
            "title": "The early consignment",
            "situation": "<p>A broker offers to thank you.</p>",
            "question": "What do you do?",
            "choices": [
                {"text": "Report it", "is_best": True, "feedback": "FEEDBACK-good"},
                {"text": "Accept it", "is_best": False, "feedback": "FEEDBACK-bad"},
            ],
            "debrief": "<p>DEBRIEF-text</p>",
        },
    }


@pytest.fixture
def rich_lesson(course_tree):
    # A cached embed, so rendering the video never reaches out to the network.
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        html='<iframe title="Integrity video"></iframe>',
        type="video",
    )
    body = [
        {"type": "rich_text", "value": "<h2>Why</h2><p>" + "Integrity matters at the border. " * 150 + "</p>"},
        scenario_data(),
        {"type": "key_takeaways", "value": {"heading": "", "items": ["Refuse gifts.", "Report offers."]}},
        {
            "type": "resources",
            "value": {
                "heading": "",
                "resources": [
                    {"title": "The declaration", "url": "https://example.org/rad", "description": "Full text"}
                ],
            },
        },
        {"type": "video", "value": {"title": "A talk", "video": VIDEO_URL, "transcript": "<p>TRANSCRIPT-text</p>"}},
    ]
    return LessonPageFactory(parent=course_tree.course, title="Gifts and offers", body=body)


def test_a_lesson_with_every_block_fits_60_kb_compressed_with_its_css_and_javascript(learner_client, rich_lesson):
    html = learner_client.get(rich_lesson.url).content
    assets = re.findall(rb'(?:href|src)="/static/([^"]+\.(?:css|js))"', html)
    assert b"css/elearning.css" in assets
    total = len(gzip.compress(html)) + sum(
        len(gzip.compress(Path(finders.find(asset.decode())).read_bytes())) for asset in assets
    )

    assert total <= LESSON_BUDGET_BYTES, f"{total} bytes compressed"
    assert not re.search(rb"<script(?![^>]*\bsrc=)", html)  # no inline script: it all counts above


def test_a_scenario_shows_feedback_only_for_the_choice_made(learner_client, rich_lesson):
    before = learner_client.get(rich_lesson.url).content.decode()
    block_id = re.search(r'name="scenario" value="([^"]+)"', before).group(1)
    assert "FEEDBACK" not in before and "DEBRIEF" not in before
    assert "<fieldset>" in before and "<legend>What do you do?</legend>" in before

    after = learner_client.get(rich_lesson.url, {"scenario": block_id, "choice": "1"}).content.decode()

    assert "FEEDBACK-bad" in after and "FEEDBACK-good" not in after
    assert "Think again." in after and "DEBRIEF-text" in after
    assert re.search(r'value="1"[^>]*checked', after)


@pytest.mark.parametrize("choice", ["²", "9" * 5000], ids=["superscript", "5000 digits"])
def test_a_choice_that_is_no_whole_number_shows_no_feedback_rather_than_an_error(learner_client, rich_lesson, choice):
    before = learner_client.get(rich_lesson.url).content.decode()
    block_id = re.search(r'name="scenario" value="([^"]+)"', before).group(1)

    response = learner_client.get(rich_lesson.url, {"scenario": block_id, "choice": choice})

    assert response.status_code == 200
    assert "FEEDBACK" not in response.content.decode()


def test_learning_blocks_render_with_headings_transcript_and_links(learner_client, rich_lesson):
    html = learner_client.get(rich_lesson.url).content.decode()

    assert "<h2>Key takeaways</h2>" in html and "<li>Refuse gifts.</li>" in html
    assert "<h2>Resources</h2>" in html and 'href="https://example.org/rad"' in html
    assert "TRANSCRIPT-text" in html and '<details class="video__transcript" open>' in html
    assert f'href="{VIDEO_URL}"' in html and 'title="Integrity video"' in html


@pytest.mark.parametrize("block", [ScenarioBlock, KeyTakeawaysBlock, ResourcesBlock, VideoBlock])
def test_every_learning_block_describes_itself_for_editors(block):
    meta = block._meta_class
    assert meta.icon and meta.template and meta.label and meta.description
    if block is not VideoBlock:  # a video preview would fetch from the network
        assert block().get_preview_value()


def test_a_resource_needs_a_document_or_an_address_but_not_both():
    from django.core.exceptions import ValidationError

    from elearning.blocks import ResourceBlock

    block = ResourceBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "Nothing", "document": None, "url": ""}))
    assert block.clean(block.to_python({"title": "Link", "document": None, "url": "https://example.org/"}))
