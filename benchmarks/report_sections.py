"""Each benchmark owns one marked section of docs/benchmarks.md and rewrites only that."""


def write_section(report, start, end, section):
    """Put `section` (which begins with `start` and ends with `end`) in place of the old one, or append it."""
    text = report.read_text(encoding="utf-8") if report.exists() else "# Benchmarks\n\n"
    if start in text:
        before, rest = text.split(start, 1)
        text = before + section + rest.split(end, 1)[1].lstrip("\n")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    report.write_text(text, encoding="utf-8")
