"""Text on a certificate in any script we can: embedded Noto fonts, Arabic shaping, right-to-left order.

The PDF standard fonts (Helvetica) know only Latin-1, so a holder named in
Arabic script came out as blank boxes. Two OFL fonts from PyPI packages are
embedded instead (subset to the glyphs used): Noto Sans, for Latin,
Cyrillic and Greek, and Noto Sans Arabic. reportlab places glyphs one after
another and neither joins Arabic letters nor orders right-to-left text, so
each line is first shaped by arabic-reshaper (the contextual letter forms,
from Unicode's presentation forms) and then put in visual order by
python-bidi (the Unicode bidirectional algorithm). The line is then drawn
as runs, each in the font that holds its characters. PDF readers and text
extraction read the presentation forms back as the letters they are.

Not covered: scripts neither font has (CJK, Devanagari, Thai...) draw as
empty boxes; adding a font here is all they need.
"""

from functools import cache

import arabic_reshaper
import fontpkg
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

LATIN, ARABIC = "NotoSans", "NotoSansArabic"
FONT_FAMILIES = {LATIN: "Noto Sans", ARABIC: "Noto Sans Arabic"}
ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
# Regular weight drawn with an outline of this fraction of the font size looks bold;
# the packaged fonts are variable fonts whose other weights reportlab cannot select.
BOLD_STROKE = 0.035


@cache
def register_fonts():
    """Register the embedded fonts with reportlab, once per process."""
    for name, family in FONT_FAMILIES.items():
        pdfmetrics.registerFont(TTFont(name, fontpkg.path(family)))


def font_for(character):
    code = ord(character)
    return ARABIC if any(low <= code <= high for low, high in ARABIC_RANGES) else LATIN


def visual_runs(text):
    """(font, text) pieces of one line, left to right as they are to be drawn.

    A space between two characters of one font stays in their run (both
    fonts have one), so words of one script form a single run: text
    extraction reverses a right-to-left run as a whole, which gives back
    reading order only if the run is unbroken. Any other space is Latin.
    """
    visual = get_display(arabic_reshaper.reshape(text))
    fonts = [None if character == " " else font_for(character) for character in visual]
    for position, font in enumerate(fonts):
        if font is None:
            before = fonts[position - 1] if position else None
            after = next((later for later in fonts[position + 1 :] if later), None)
            fonts[position] = before if before == after else LATIN
    runs = []
    for character, font in zip(visual, fonts, strict=True):
        if runs and runs[-1][0] == font:
            runs[-1][1].append(character)
        else:
            runs.append((font, [character]))
    return [(font, "".join(characters)) for font, characters in runs]


def line_width(text, size):
    return sum(pdfmetrics.stringWidth(run, font, size) for font, run in visual_runs(text))


def wrap(text, size, width):
    """`text` in lines no wider than `width`, broken between words (a single long word keeps its line)."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if current and line_width(candidate, size) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines


def draw_line(canvas, text, size, x, y, bold=False):
    """One line with its left edge at `x`, run by run."""
    register_fonts()
    canvas.saveState()
    if bold:
        canvas.setStrokeColor(canvas._fillColorObj)
        canvas.setLineWidth(size * BOLD_STROKE)
    for font, run in visual_runs(text):
        text_object = canvas.beginText(x, y)
        text_object.setFont(font, size)
        text_object.setTextRenderMode(2 if bold else 0)
        text_object.textOut(run)
        canvas.drawText(text_object)
        x += pdfmetrics.stringWidth(run, font, size)
    canvas.restoreState()


def draw_centred_lines(canvas, text, size, y, width, centre_x, bold=False, leading=1.25):
    """`text` wrapped to `width` and centred on `centre_x`; returns the baseline below the last line."""
    for line in wrap(text, size, width):
        draw_line(canvas, line, size, centre_x - line_width(line, size) / 2, y, bold=bold)
        y -= size * leading
    return y
