"""Fault drills: what the site does when its server is killed, its database restored, its SQLite file contended.

Run by `benchmarks/drills.py` (see docs/operations.md); each drill returns a
`DrillResult` that is printed and appended to drills-summary.jsonl.
"""
