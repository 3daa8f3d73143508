"""Small charts drawn on the server as inline SVG: no JavaScript, no chart library.

Each chart is an image with a title and a description for screen readers;
templates also show the same numbers as a table, so nothing depends on
seeing the picture or its colours. Every element goes through format_html,
so labels are escaped and the markup is safe to include as is.
"""

from django.utils.html import format_html, format_html_join

from home.locale_format import format_number

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 14, 36
PLOT_WIDTH, PLOT_HEIGHT = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
BASELINE = TOP + PLOT_HEIGHT


def axis_top(value):
    """A round top for the vertical axis (1, 2, 5, 10, 20, 50…) at or above `value`."""
    ceiling = 1
    while ceiling < value:
        for multiplier in (2, 5, 10):
            if ceiling * multiplier >= value:
                return ceiling * multiplier
        ceiling *= 10
    return ceiling


def number(value):
    return f"{value:.1f}"


def concatenate(parts):
    return format_html_join("", "{}", ((part,) for part in parts))


def frame(chart_id, title, description, parts):
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" '
        'xmlns="http://www.w3.org/2000/svg"><title id="{}-title">{}</title><desc id="{}-desc">{}</desc>{}</svg>',
        WIDTH,
        HEIGHT,
        chart_id,
        chart_id,
        chart_id,
        title,
        chart_id,
        description,
        concatenate(parts),
    )


def count_ticks(top_value):
    """The shares of the axis (0, ½, 1) whose value is a whole number: both charts count learners.

    A top of 1 or 5 would put "0.5" or "2.5" learners half-way up; those ticks are left out.
    """
    return [share for share in (0, 0.5, 1) if (top_value * share) == int(top_value * share)]


def axes(top_value):
    parts = [
        format_html(
            '<line class="chart__axis" x1="{}" y1="{}" x2="{}" y2="{}"/>', LEFT, BASELINE, WIDTH - RIGHT, BASELINE
        )
    ]
    for share in count_ticks(top_value):
        y = number(BASELINE - share * PLOT_HEIGHT)
        parts.append(
            format_html('<line class="chart__grid" x1="{}" y1="{}" x2="{}" y2="{}"/>', LEFT, y, WIDTH - RIGHT, y)
        )
        parts.append(
            format_html(
                '<text class="chart__label" x="{}" y="{}" text-anchor="end">{}</text>',
                LEFT - 6,
                number(float(y) + 4),
                format_number(int(top_value * share)),
            )
        )
    return parts


def x_labels(labels, slot_width, every=1):
    return [
        format_html(
            '<text class="chart__label" x="{}" y="{}" text-anchor="middle">{}</text>',
            number(LEFT + slot_width * (index + 0.5)),
            HEIGHT - 12,
            label,
        )
        for index, label in enumerate(labels)
        if index % every == 0
    ]


def line_chart(chart_id, title, description, points):
    """A line through (label, value) points, one per equal slot along the x axis."""
    if not points:
        return frame(chart_id, title, description, [])
    top = axis_top(max(value for _label, value in points))
    slot = PLOT_WIDTH / len(points)
    coordinates = [
        (number(LEFT + slot * (index + 0.5)), number(BASELINE - value / top * PLOT_HEIGHT))
        for index, (_label, value) in enumerate(points)
    ]
    parts = axes(top)
    parts.append(
        format_html('<polyline class="chart__line" points="{}"/>', " ".join(f"{x},{y}" for x, y in coordinates))
    )
    parts.extend(format_html('<circle class="chart__dot" cx="{}" cy="{}" r="3"/>', x, y) for x, y in coordinates)
    parts.extend(x_labels([label for label, _value in points], slot, every=1 if len(points) <= 6 else 2))
    return frame(chart_id, title, description, parts)


def bar_chart(chart_id, title, description, bars):
    """Vertical bars for (label, value) pairs, each labelled with its value; every chart counts, so whole ticks."""
    if not bars:
        return frame(chart_id, title, description, [])
    top = axis_top(max(value for _label, value in bars))
    slot = PLOT_WIDTH / len(bars)
    parts = axes(top)
    for index, (_label, value) in enumerate(bars):
        height = value / top * PLOT_HEIGHT
        x, y = LEFT + slot * index + slot * 0.15, BASELINE - height
        parts.append(
            format_html(
                '<rect class="chart__bar" x="{}" y="{}" width="{}" height="{}"/>',
                number(x),
                number(y),
                number(slot * 0.7),
                number(height),
            )
        )
        if value:
            parts.append(
                format_html(
                    '<text class="chart__value" x="{}" y="{}" text-anchor="middle">{}</text>',
                    number(x + slot * 0.35),
                    number(y - 4),
                    format_number(value),
                )
            )
    parts.extend(x_labels([label for label, _value in bars], slot))
    return frame(chart_id, title, description, parts)
