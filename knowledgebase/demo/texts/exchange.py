"""Demo words for the best-practice exchange: the index pages, a coordinator's own practice, a discussion."""

from home.demo.texts.typography import french_typography

PRACTICE_INDEX = {
    "en": {
        "title": "Best practices",
        "slug": "practices",
        "introduction": """
            Lessons learned by partner administrations, told in their own words and reviewed by the
            secretariat before publication. Filter them by key factor, region, language or year.
        """,
    },
    "fr": french_typography(
        {
            "title": "Bonnes pratiques",
            "slug": "bonnes-pratiques",
            "introduction": """
                Les enseignements tirés par les administrations partenaires, racontés avec leurs propres
                mots et examinés par le secrétariat avant publication. Filtrez-les par facteur clé,
                région, langue ou année.
            """,
        }
    ),
    "es": {
        "title": "Buenas prácticas",
        "slug": "buenas-practicas",
        "introduction": """
            Las lecciones aprendidas por las administraciones asociadas, contadas con sus propias palabras
            y revisadas por la secretaría antes de su publicación. Fíltrelas por factor clave, región,
            idioma o año.
        """,
    },
}

# Written by the demo coordinator and waiting for a moderator, so the
# moderation workflow has something to show on a fresh demo site.
DEMO_SUBMISSION = {
    "external_id": "demo-norvania-clearance-times",
    "title": "Publishing clearance times for every border post each month",
    "language": "en",
    "summary": (
        "Monthly publication of clearance times per border post made delays visible and cut unexplained hold-ups."
    ),
    "key_factors": [3, 4],
    "themes": ["service standards", "clearance times", "transparency"],
    "year": 2025,
    "problem": """
        Traders complained that some border posts held consignments for days without explanation, and
        that a payment was the fastest way out. Management had no reliable figures to check these
        complaints.

        Clearance times existed in the customs system but nobody looked at them.
    """,
    "actions": """
        The integrity unit built a monthly report of clearance times per border post and per channel
        from the customs system. Since March 2025 the report is published on the website and discussed
        at the monthly management meeting.

        Posts whose times are well above the national median must explain the difference in writing.
    """,
    "results": """
        After six months, the median clearance time at the three slowest posts fell by 40 per cent.
        Complaints about unexplained delays dropped from 31 to 9 per quarter.
    """,
    "lessons_learned": """
        Publish the figures even when they are embarrassing: the first reports did more than any
        circular. Explain the method to staff before publication, or they will contest the numbers
        instead of improving them.
    """,
    "contact_unit": "Integrity Unit",
    "contact_email": "integrity@norvania-customs.example",
}

# A question from the demo coordinator on a published practice, and a reply.
SAMPLE_DISCUSSION = {
    "question": (
        "How did you persuade staff at the border posts to accept the rotation plan? "
        "We expect resistance from officers with families near their current post."
    ),
    "reply": (
        "Announcing the plan a full year ahead helped most, together with a hardship allowance for "
        "remote posts. Our guidance note is at https://integrityhub.example/rotation-guidance"
    ),
}
