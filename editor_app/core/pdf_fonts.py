"""The fonts of a PDF review pack: DejaVu (or Arial) from the system for any script, else
fpdf2's built-in Helvetica, which holds Latin-1 only."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

FONT_DIRS = (
    "/usr/share/fonts/truetype/dejavu",
    "/usr/share/fonts/dejavu",
    "/usr/local/share/fonts",
    "/Library/Fonts",
    "C:/Windows/Fonts",
)
FONT_FILES = {
    "": ("DejaVuSans.ttf", "arial.ttf"),
    "B": ("DejaVuSans-Bold.ttf", "arialbd.ttf"),
    "I": ("DejaVuSans-Oblique.ttf", "ariali.ttf"),
    "BI": ("DejaVuSans-BoldOblique.ttf", "arialbi.ttf"),
}
MONO_FILES = {
    "": ("DejaVuSansMono.ttf", "cour.ttf"),
    "B": ("DejaVuSansMono-Bold.ttf", "courbd.ttf"),
    "I": ("DejaVuSansMono-Oblique.ttf", "couri.ttf"),
    "BI": ("DejaVuSansMono-BoldOblique.ttf", "courbi.ttf"),
}
# What the built-in font draws in place of typographic quotes, dashes and dots.
LATIN = str.maketrans(
    {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...", "·": "-"}
    | {"\u2611": "[x]", "\u2610": "[ ]"}  # a task list's boxes
)


def load_fonts(pdf: FPDF) -> tuple[str, str]:
    """A Unicode font from the system when there is one (else the built-in Helvetica)."""
    found: dict[str, str] = {}
    for style, names in FONT_FILES.items():
        # Without the italic files (Debian's fonts-dejavu-extra), italics are drawn upright:
        # better than Helvetica, which has no Arabic, Hebrew, Greek or Cyrillic letters.
        path = find_font(names) or found.get(style.replace("I", ""))
        if path is None:
            return "helvetica", "courier"
        found[style] = path
    for style, path in found.items():
        pdf.add_font("Body", style, path)
    mono = find_font(MONO_FILES[""])
    if mono is None:
        return "Body", "courier"
    pdf.add_font("Mono", "", mono)
    # Code in bold or italic words (`**a `code`**`, a definition's term) needs those faces
    # too (the upright one stands in for any missing), added when first used: a pack
    # without such code is the same file as before.
    pdf.mono_faces = {
        style: find_font(names) or mono for style, names in MONO_FILES.items() if style
    }
    return "Body", "Mono"


def find_font(names: tuple[str, ...]) -> str | None:
    for folder in FONT_DIRS:
        for name in names:
            path = Path(folder) / name
            if path.is_file():
                return str(path)
    return None
