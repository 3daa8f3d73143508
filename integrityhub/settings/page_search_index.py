"""How Wagtail's Elasticsearch page index (site search) analyses text, merged into its own settings.

Wagtail leaves text fields to the index's default analyser, `standard`,
which keeps French elided words whole: `d'acacia` was one token, so a
French page was not found by `acacia` on Elasticsearch although the
database backend finds it. The default analyser here strips French
elisions, then lower-cases and folds accents (`declaration` finds
`déclaration`, as the practice search does). Searches use the same
analyser unless a field names another.
"""

FRENCH_ELIDED_ARTICLES = ["l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"]

PAGE_INDEX_SETTINGS = {
    "settings": {
        "analysis": {
            "filter": {
                "french_elision": {"type": "elision", "articles_case": True, "articles": FRENCH_ELIDED_ARTICLES},
            },
            "analyzer": {
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["french_elision", "lowercase", "asciifolding"],
                },
            },
        }
    }
}
