"""Line breaking of Chinese and Japanese in a PDF review pack, as a reader of them expects.

fpdf2 breaks lines at spaces only. Chinese and Japanese are written without them, so a line
was cut at the letter that no longer fitted, whatever it was: a line could start with a
closing mark (、。」）), which their typesetting never allows, and a line holding one space
(`Issue 和 PR`) was cut there, half empty. Here a line may also break between two letters
where one of them is Chinese or Japanese, except before a closing mark or small kana and
after an opening one (the usual line-start and line-end rule, kinsoku). Other text breaks as
before.
"""

from __future__ import annotations

import re
from typing import Any

from fpdf import line_break
from fpdf.line_break import CurrentLine, Fragment, HyphenHint

# Never at the start of a line: closing marks, small kana, iteration and prolonged sound
# marks, and the Latin closers written among Chinese or Japanese letters.
NO_LINE_START = frozenset(
    "、。，．・：；？！‼⁇⁈⁉ー—‐–〜～…‥」』）］｝〕〉》】〙〗〟’”ゝゞ々〻ヽヾ゠｡､･ｰ｣"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ"
    "％‰℃°′″｠,.:;!?)]}%"
)
# Never at the end of a line: opening marks.
NO_LINE_END = frozenset("「『（［｛〔〈《【〘〖〝‘“｟｢([{＄￥＃")
# Chinese and Japanese letters and marks; the PDF's fonts take the same list (its "cjk"
# script). Hangul Compatibility Jamo (0x3130-0x318F) is left out: Korean is written with
# spaces, and its letters take a Korean font.
CJK_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x312F),  # punctuation, hiragana, katakana, bopomofo
    (0x3190, 0x31FF),  # kanbun, bopomofo extended, strokes, small katakana
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFF00, 0xFFEF),  # full-width forms
    (0x20000, 0x3FFFF),
)


_SPACES_BEFORE_CLOSING = re.compile(
    "[ ]+(?=[" + re.escape("".join(c for c in NO_LINE_START if ord(c) > 0x2E7F)) + "])"
)


def is_cjk(char: str) -> bool:
    """A Chinese or Japanese letter or mark (Korean is written with spaces: not one)."""
    code = ord(char)
    return any(low <= code <= high for low, high in CJK_RANGES)


def may_break_between(before: str, after: str) -> bool:
    """Whether a line may end after `before` and the next start with `after` (besides at
    spaces, where fpdf2 breaks anyway)."""
    if not before or not after or before.isspace() or after.isspace():
        return False
    if not (is_cjk(before) or is_cjk(after)):
        return False
    return after not in NO_LINE_START and before not in NO_LINE_END


def glue_closing_marks(text: str) -> str:
    """The spaces before a Chinese or Japanese closing mark made unbreakable (`（テスト ）`),
    so a line does not start with the mark there either."""
    return _SPACES_BEFORE_CLOSING.sub(lambda m: "\u00a0" * len(m.group(0)), text)


class CjkLine(CurrentLine):
    """fpdf2's line being filled, which also remembers the last place it may break between two
    letters (`may_break_between`) and breaks there when that comes after its last space."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._last = ""  # the last character put on the line

    def add_character(
        self,
        character: str,
        character_width: float,
        original_fragment: Any,
        original_fragment_index: int,
        original_character_index: int,
        height: float,
        url: Any = None,
    ) -> None:
        if (
            self.fragments
            and isinstance(original_fragment, Fragment)
            and may_break_between(self._last, character)
        ):
            # The line as it is, before this letter; the next line starts with it (fpdf2
            # goes on one past the place it is given).
            self.hyphen_break_hint = HyphenHint(
                original_fragment_index,
                original_character_index - 1,
                len(self.fragments),
                len(self.fragments[-1].characters),
                self.width,
                self.number_of_spaces,
                "",  # nothing drawn at the break (a soft hyphen's is "-")
                0.0,
                original_fragment.graphics_state,
                original_fragment.k,
            )
        super().add_character(
            character,
            character_width,
            original_fragment,
            original_fragment_index,
            original_character_index,
            height,
            url,
        )
        self._last = character

    def automatic_break(self, align: Any) -> Any:
        hint = self.hyphen_break_hint
        if (
            hint is not None
            and hint.curchar == ""
            and (
                self.space_break_hint is None or hint.line_width > self.space_break_hint.line_width
            )
        ):
            self._apply_automatic_hint(hint)
            return (
                hint.original_fragment_index,
                hint.original_character_index,
                self.manual_break(align),
            )
        return super().automatic_break(align)


def install() -> None:
    """Make fpdf2's line breaking use `CjkLine` (the same lines for text without Chinese or
    Japanese letters). Left as fpdf2 has it when its line class is not the one `CjkLine`
    was written for (another fpdf2 version): Chinese and Japanese then break at spaces only."""
    if _fits_this_fpdf():
        line_break.CurrentLine = CjkLine  # type: ignore[misc]


def _fits_this_fpdf() -> bool:
    """Whether fpdf2's line internals are those `CjkLine` relies on."""
    import dataclasses
    import inspect

    try:
        hint_fields = [f.name for f in dataclasses.fields(HyphenHint)]
    except TypeError:  # no longer a dataclass
        hint_fields = list(getattr(HyphenHint, "_fields", ()))
    try:
        add_params = list(inspect.signature(CurrentLine.add_character).parameters)
    except (TypeError, ValueError):
        return False
    return (
        len(hint_fields) == 10
        and add_params[1:8] == [
            "character", "character_width", "original_fragment", "original_fragment_index",
            "original_character_index", "height", "url",
        ]
        and callable(getattr(CurrentLine, "_apply_automatic_hint", None))
        and callable(getattr(CurrentLine, "automatic_break", None))
    )
