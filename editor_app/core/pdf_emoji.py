"""Emoji sequences in a PDF review pack: a ZWJ sequence (👩‍💻), a flag (🇬🇧), a skin tone
(👍🏽), a keycap (1️⃣) or a subdivision flag is one picture on the published page. fpdf2 draws
each code point alone, so a font without the sequence's own picture (Symbola) drew a row of
its parts and joiners: 👩 ‍ 💻, a 🇬 and a 🇧, a thumb and a brown square. The sequence is kept
where the emoji font draws it as one glyph, else drawn as its first part once (👩, 🇬, 👍).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Any

_MODIFIER = "[\U0001f3fb-\U0001f3ff]"  # skin tones
_VARIATION = "[\ufe0e\ufe0f]"
_PICTURE = (
    "[\u00a9\u00ae\u203c\u2049\u2122\u2139\u2194-\u21aa\u231a-\u23ff\u24c2\u25aa-\u27bf"
    "\u2934\u2935\u2b05-\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
)
_PART = f"{_PICTURE}{_VARIATION}?{_MODIFIER}?{_VARIATION}?"
SEQUENCE = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicator letters
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"  # England, Scotland, Wales
    f"|[0-9#*]{_VARIATION}?\u20e3"  # a keycap
    f"|{_PART}(?:\u200d{_PART})+"  # parts joined by U+200D
    f"|{_PICTURE}{_VARIATION}?{_MODIFIER}"  # a skin tone
)


def first_part(sequence: str) -> str:
    """What stands for the sequence when it cannot be drawn whole: its first picture (the
    letter of a flag, the digit of a keycap), without a skin tone or joiner."""
    return sequence[0]


def draw_sequences(text: str, drawn_whole: Callable[[str], bool]) -> str:
    """The text with each emoji sequence the font cannot draw whole (`drawn_whole`) as its
    first part once."""
    return SEQUENCE.sub(
        lambda m: m.group() if drawn_whole(m.group()) else first_part(m.group()), text
    )


def never_whole(_sequence: str) -> bool:
    """No sequence drawn whole: no emoji font, no shaping library, or a font it cannot read."""
    return False


def has_sequences(text: str) -> bool:
    return SEQUENCE.search(text) is not None


def sequences(text: str) -> list[str]:
    """The emoji sequences of the text, in order."""
    return [m.group() for m in SEQUENCE.finditer(text)]


def sequence_start(before: str, after: str) -> int | None:
    """Where in `before` a sequence starts that runs on into `after` (the text drawn next in
    another font), else None: its first part (the 1 of 1️⃣, the ❤ of ❤️‍🔥) is also in the
    body font, which fpdf2 took it from, apart from the rest."""
    for match in SEQUENCE.finditer(before[-16:] + after[:16]):
        start = len(before[-16:])
        if match.start() < start < match.end():
            return len(before) - start + match.start()
    return None


def take_sequence_start(out: list[Any], fragment: Any, is_emoji: Callable[[Any], bool]) -> None:
    """A keycap's digit, a heart's ❤ and their joiners (1️⃣, ❤️‍🔥) are in DejaVu Sans too, so
    fpdf2 drew them apart from the rest of the sequence: moved from the pieces before into
    the emoji font's (`fragment`, after the pieces `out`), so the sequence is shaped as its
    one glyph."""
    tail = []  # the pieces in other fonts right before, nearest last
    for piece in reversed(out[-3:]):
        if is_emoji(piece):
            break
        tail.insert(0, piece)
    before = [c for piece in tail for c in piece.characters]
    start = sequence_start("".join(before), "".join(fragment.characters))
    if start is None:
        return
    fragment.characters[:0] = before[start:]
    for piece in tail:  # each piece keeps the characters before the sequence's start
        kept = min(len(piece.characters), max(start, 0))
        start -= len(piece.characters)
        del piece.characters[kept:]
        if not piece.characters:
            out.remove(piece)


def whole_glyphs(path: str, index: int) -> Callable[[str], bool]:
    """Whether the font (file, face) draws a sequence as one glyph of its own (its ligature,
    as Noto Color Emoji or Segoe UI Emoji have), by text shaping; never without the shaping
    library or when the font cannot be read."""
    try:
        import uharfbuzz as hb

        font = hb.Font(hb.Face(hb.Blob.from_file_path(path), index))
    except Exception:  # no shaping library, or a font it cannot read: drawn as first parts
        return never_whole

    @cache
    def whole(sequence: str) -> bool:
        buffer = hb.Buffer()
        buffer.add_str(sequence)
        buffer.guess_segment_properties()
        hb.shape(font, buffer)
        glyphs = buffer.glyph_infos
        return len(glyphs) == 1 and glyphs[0].codepoint != 0

    return whole
