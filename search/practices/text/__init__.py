"""Text handling both practice search engines share: analysis, query analysis, snippets.

The database engine indexes and matches with it; the Elasticsearch engine
uses the query analysis to name concepts and the snippets to cut and
mark the passage each hit shows, so both engines show the same passage.
"""
