"""Benchmarks and fault drills, run from the command line (see docs/benchmarks.md and docs/operations.md)."""
