"""Fonts of the user's system for letters DejaVu Sans lacks (Indic scripts, Thai, CJK, emoji).

A PDF review pack draws in DejaVu Sans; a page in Hindi, Tamil or Japanese needs another font
for its letters. On Linux fontconfig names the font for a language (`fc-match :lang=hi`);
elsewhere (and as a last try) the usual files of Windows and macOS are looked for. Each
candidate must hold a letter of the script: fontconfig's best match for a language can be a
font without it. Scripts whose letters join (Devanagari, Bengali, Tamil, …) are drawn with
text shaping.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from fpdf import FPDF
from fpdf.enums import TextMode

from editor_app.core.pdf_emoji import never_whole, sequences, take_sequence_start, whole_glyphs
from editor_app.core.pdf_line_breaks import CJK_RANGES, glue_closing_marks
from editor_app.core.pdf_outline_colour import COLOURS, outlined_too


@dataclass(frozen=True)
class Script:
    key: str
    ranges: tuple[tuple[int, int], ...]
    lang: str  # fontconfig's language for it
    sample: int  # a letter any font of the script holds
    shaped: bool  # letters join: text shaping needed
    files: tuple[str, ...] = ()  # Windows and macOS fonts holding it


_INDIC_WINDOWS = ("Nirmala.ttf", "Nirmala.ttc")
SCRIPTS = (
    Script(
        "deva",
        ((0x0900, 0x097F), (0xA8E0, 0xA8FF)),
        "hi",
        0x0915,
        True,
        (*_INDIC_WINDOWS, "Kohinoor.ttc", "ITFDevanagari.ttc", "DevanagariMT.ttc"),
    ),
    Script(
        "beng",
        ((0x0980, 0x09FF),),
        "bn",
        0x0995,
        True,
        (*_INDIC_WINDOWS, "KohinoorBangla.ttc", "Bangla Sangam MN.ttc"),
    ),
    Script("guru", ((0x0A00, 0x0A7F),), "pa", 0x0A15, True, (*_INDIC_WINDOWS, "Gurmukhi MN.ttc")),
    Script(
        "gujr",
        ((0x0A80, 0x0AFF),),
        "gu",
        0x0A95,
        True,
        (*_INDIC_WINDOWS, "KohinoorGujarati.ttc", "Gujarati Sangam MN.ttc"),
    ),
    Script(
        "orya", ((0x0B00, 0x0B7F),), "or", 0x0B15, True, (*_INDIC_WINDOWS, "Oriya Sangam MN.ttc")
    ),
    Script(
        "taml",
        ((0x0B80, 0x0BFF),),
        "ta",
        0x0B95,
        True,
        (*_INDIC_WINDOWS, "Tamil Sangam MN.ttc", "InaiMathi-MN.ttc"),
    ),
    Script(
        "telu",
        ((0x0C00, 0x0C7F),),
        "te",
        0x0C15,
        True,
        (*_INDIC_WINDOWS, "KohinoorTelugu.ttc", "Telugu Sangam MN.ttc"),
    ),
    Script(
        "knda", ((0x0C80, 0x0CFF),), "kn", 0x0C95, True, (*_INDIC_WINDOWS, "Kannada Sangam MN.ttc")
    ),
    Script(
        "mlym",
        ((0x0D00, 0x0D7F),),
        "ml",
        0x0D15,
        True,
        (*_INDIC_WINDOWS, "Malayalam Sangam MN.ttc"),
    ),
    Script(
        "sinh",
        ((0x0D80, 0x0DFF),),
        "si",
        0x0D9A,
        True,
        ("Nirmala.ttf", "Nirmala.ttc", "Sinhala Sangam MN.ttc"),
    ),
    Script(
        "thai",
        ((0x0E00, 0x0E7F),),
        "th",
        0x0E01,
        True,
        ("LeelawUI.ttf", "leelawad.ttf", "Thonburi.ttc", "Ayuthaya.ttf"),
    ),
    Script(
        "hang",
        ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),
        "ko",
        0xD55C,
        False,
        ("malgun.ttf", "AppleSDGothicNeo.ttc", "AppleGothic.ttf"),
    ),
    # Han, kana and CJK punctuation: one font per language, whose Han letters take the
    # shapes its readers expect (see cjk_lang).
    Script(
        "cjk",
        CJK_RANGES,  # the line breaker's list: the same letters break and take the font
        "zh-cn",
        0x4E2D,
        False,
    ),
    # Emoji and pictographs (fontconfig's language for emoji): Symbola, Noto Color Emoji,
    # Segoe UI Emoji... Each is drawn alone, a sequence joined by U+200D as its parts.
    Script(
        "emoji",
        ((0x2300, 0x23FF), (0x2600, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF)),
        "und-zsye",
        0x1F389,  # 🎉: DejaVu Sans, drawing a few faces, lacks it
        False,
        ("seguiemj.ttf", "seguisym.ttf", "Apple Color Emoji.ttc"),
    ),
)
_CJK_FILES = {
    "ja": (
        "YuGothR.ttc",
        "YuGothM.ttc",
        "meiryo.ttc",
        "msgothic.ttc",
        "ヒラギノ角ゴシック W3.ttc",
        "Hiragino Sans GB.ttc",
    ),
    "ko": ("malgun.ttf", "AppleSDGothicNeo.ttc"),
    "zh-cn": ("msyh.ttc", "msyh.ttf", "simsun.ttc", "PingFang.ttc", "Hiragino Sans GB.ttc"),
    "zh-tw": ("msjh.ttc", "msjh.ttf", "mingliu.ttc", "PingFang.ttc"),
}
# How a CJK font's family names the region its Han letters are drawn for.
_REGIONS = {"ja": ("JP",), "ko": ("KR",), "zh-cn": ("SC", "CN"), "zh-tw": ("TC", "TW", "HK")}
_FOLDERS = (
    "C:/Windows/Fonts",
    os.path.expandvars("$LOCALAPPDATA/Microsoft/Windows/Fonts"),
    "/System/Library/Fonts",
    "/System/Library/Fonts/Supplemental",
    "/Library/Fonts",
    os.path.expanduser("~/Library/Fonts"),
)
_FORMATS = (".ttf", ".otf", ".ttc", ".otc")
_EMOJI = "script-emoji-"  # the emoji font's name as added
_JOINERS = {"\u200d", "\ufe0f"}
_FAUX_BOLD = 0.035  # the outline of bold words drawn without a bold face, of the font size


def _is_emoji_font(fragment: Any) -> bool:
    return str(getattr(getattr(fragment, "font", None), "fontkey", "")).startswith(_EMOJI)


def script_of(char: str) -> Script | None:
    code = ord(char)
    for script in SCRIPTS:
        if any(low <= code <= high for low, high in script.ranges):
            return script
    return None


def cjk_lang(page_language: str) -> str:
    """fontconfig's language for the Han letters of a page in this language."""
    language = page_language.lower().replace("_", "-")
    if language.startswith(("ja", "ko")):
        return language[:2]
    if language in ("zh-hant", "zh-tw", "zh-hk", "zh-mo") or language.startswith("zh-hant"):
        return "zh-tw"
    return "zh-cn"


def script_font(
    script: Script, lang: str, letters: frozenset[int] = frozenset()
) -> tuple[str, int] | None:
    """(file, face index in a collection) of a font of the system drawing the script: the
    first holding all of `letters` (the page's), else the first holding the script."""
    candidates = _candidates(script, lang)
    for found in candidates:
        if letters <= _letters(*found):
            return found
    return candidates[0] if candidates else None


@cache
def _candidates(script: Script, lang: str) -> list[tuple[str, int]]:
    files = _CJK_FILES.get(lang, ()) if script.key == "cjk" else script.files
    listed = _fontconfig(lang)
    if script.key == "cjk":
        # A font made for the language's Han shapes (Noto Sans CJK JP for Japanese) before
        # one fontconfig ranks first for all of them (WenQuanYi Micro Hei, a Chinese font).
        tags = _REGIONS.get(lang, ())
        listed.sort(key=lambda found: not any(t in found[2].split() for t in tags))
    return [
        (path, index)
        for path, index in dict.fromkeys(
            [*((path, index) for path, index, _family in listed), *_known_files(files)]
        )
        if path.lower().endswith(_FORMATS) and script.sample in _letters(path, index)
    ][:4]  # past a few, what the first ones lack is rare


def _fontconfig(lang: str) -> list[tuple[str, int, str]]:
    """Fonts for the language (file, face, family), fontconfig's best first (none without
    fontconfig)."""
    out = _fc_match("-s", "-f", "%{file}\t%{index}\t%{family[0]}\n", f":lang={lang}:style=Regular")
    found = []
    for line in out.splitlines()[:40]:  # past those, fonts without the language
        path, index, family = (line.split("\t") + ["", ""])[:3]
        if path:
            found.append((path, int(index) if index.isdigit() else 0, family))
    return found


def _known_files(names: tuple[str, ...]) -> list[tuple[str, int]]:
    return [
        (str(Path(folder) / name), 0)
        for name in names
        for folder in _FOLDERS
        if (Path(folder) / name).is_file()
    ]


@cache
def _letters(path: str, index: int) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            return frozenset(font.getBestCmap() or {})
    except Exception:  # a file fontTools cannot read: not a font for the PDF
        return frozenset()


def bold_face(path: str, index: int) -> tuple[str, int] | None:
    """(file, face index) of the bold face of the script font's family, when the system has
    one (Noto Sans CJK, Noto Sans Thai...; Lohit has none): fontconfig's match for the family
    in bold, else the file named so beside it (`-Regular` as `-Bold`, Windows' `NirmalaB`)."""
    family, _weight = _family_and_weight(path, index)
    if not family:
        return None
    folder, name = Path(path).parent, Path(path).name
    stem, suffix = Path(name).stem, Path(name).suffix
    files = [
        *_fontconfig_bold(family),
        *[
            str(folder / f)
            for f in (
                name.replace("-Regular", "-Bold"),
                name.replace("Regular", "Bold"),
                f"{stem}b{suffix}",
                f"{stem}B{suffix}",
                f"{stem}bd{suffix}",
                f"{stem[:-1]}B{suffix}" if stem.endswith("R") else name,
            )
            if f != name
        ],
    ]
    for candidate in dict.fromkeys(files):
        if not Path(candidate).is_file():
            continue
        for face in range(_faces(candidate)):
            found_family, weight = _family_and_weight(candidate, face)
            if found_family == family and weight >= 600:
                return candidate, face
    return None


def _fontconfig_bold(family: str) -> list[str]:
    found = _fc_match("-f", "%{file}", f"{family}:style=Bold").strip()
    return [found] if found else []


def _fc_match(*args: str) -> str:
    """What fontconfig's `fc-match` answers ("" without fontconfig)."""
    try:
        return subprocess.run(
            ["fc-match", *args], capture_output=True, text=True, timeout=20, check=False
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


@cache
def _family_and_weight(path: str, index: int) -> tuple[str, int]:
    """The face's family name and weight (400 regular, 700 bold); ("", 0) when unreadable."""
    from fontTools.ttLib import TTFont

    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            family = font["name"].getBestFamilyName() or ""
            return family, int(font["OS/2"].usWeightClass) if "OS/2" in font else 400
    except Exception:  # a file fontTools cannot read: no bold face there
        return "", 0


def _faces(path: str) -> int:
    """How many faces the file holds (a collection, `.ttc`, several)."""
    from fontTools.ttLib import TTCollection

    if not path.lower().endswith((".ttc", ".otc")):
        return 1
    try:
        with TTCollection(path, lazy=True) as collection:
            return len(collection.fonts)
    except Exception:  # unreadable: none
        return 0


def scripts_lacking(
    text: str, cmap: dict[int, object], page_language: str
) -> list[tuple[Script, str, frozenset[int]]]:
    """The scripts of letters in the text the body font lacks, each with its font language
    and those letters."""
    found: dict[str, tuple[Script, str, set[int]]] = {}
    for char in set(text):
        if ord(char) in cmap or char.isspace():
            continue
        script = script_of(char)
        if script is not None:
            lang = cjk_lang(page_language) if script.key == "cjk" else script.lang
            found.setdefault(script.key, (script, lang, set()))[2].add(ord(char))
    return [(s, lang, frozenset(letters)) for s, lang, letters in map(found.get, sorted(found))]


class ScriptFontsPdf(FPDF):
    """An FPDF that adds, for each page, the system's fonts for its letters DejaVu lacks."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.script_families: dict[tuple[str, int], str | None] = {}  # font file -> added as
        self.shaped_scripts = False  # some page has letters that join (Devanagari, Tamil...)
        self._bold_tried: set[str] = set()  # script fonts whose bold face was looked for
        self._outlined_bold: set[str] = set()  # their regular face added as bold: outlined

    def _script_fonts(self, page: Any) -> tuple[list[str], bool]:
        """Fonts of the system for the page's letters DejaVu lacks (added once), and whether
        some of them join (text shaping needed)."""
        body = self.fonts.get("body")
        if body is None:  # the built-in font: no Unicode at all
            return [], False
        text = " ".join(
            [page.title, page.header_html, page.body_html]
            + [f"{n.author} {n.text}" for n in page.notes]
        )
        families, shaped = [], False
        for script, lang, letters in scripts_lacking(text, body.cmap, page.language):
            found = script_font(script, lang, letters)
            if found is None:
                continue
            if found not in self.script_families:
                name = f"script-{script.key}-{len(self.script_families)}"
                self.script_families[found] = None
                try:
                    self.add_font(name, "", found[0], collection_font_number=found[1])
                    self.script_families[found] = name
                except Exception:  # a font fpdf2 cannot read: its letters stay missing
                    pass
            if self.script_families[found]:
                families.append(self.script_families[found])
                shaped = shaped or script.shaped
        self.shaped_scripts = self.shaped_scripts or shaped
        return families, shaped

    def _emoji_font_whole(self, page: Any) -> tuple[Callable[[str], bool], bool]:
        """Whether the emoji font added draws a sequence (👩‍💻) as one glyph (Noto Color
        Emoji, Segoe UI Emoji; not Symbola), and whether the page has such a sequence: the
        page is then shaped, as fpdf2 draws each code point alone otherwise."""
        found = next(
            (f for f, name in self.script_families.items() if (name or "").startswith(_EMOJI)),
            None,
        )
        if found is None:
            return never_whole, False
        whole = whole_glyphs(*found)
        text = " ".join([page.title, page.body_html] + [n.text for n in page.notes])
        return whole, any(whole(s) for s in sequences(text))

    def _parse_chars(self, text: str, markdown: bool, **kwargs: Any) -> Any:
        # A joiner (U+200D, U+FE0F) is in DejaVu Sans, so fpdf2 put it in a piece of its own
        # between the emoji font's: 👩‍💻 could not be shaped as one glyph. Joined again here.
        out: list[Any] = []
        for fragment in super()._parse_chars(text, markdown, **kwargs):
            if (
                len(out) > 1
                and _is_emoji_font(fragment)
                and set(out[-1].characters) <= _JOINERS
                and getattr(out[-2].font, "fontkey", None) == fragment.font.fontkey
            ):
                out[-2].characters.extend(out.pop().characters + fragment.characters)
                continue
            if _is_emoji_font(fragment):
                take_sequence_start(out, fragment, _is_emoji_font)
            out.append(fragment)
        return iter(out)

    def get_fallback_font(self, char: str, style: str = "") -> str | None:
        found = super().get_fallback_font(char, style)
        if found is None or "B" not in style or found in self._bold_tried:
            return found
        # A bold word in a script font: its bold face, looked for (and added) when first
        # needed, as loading a large one (Noto Sans CJK) takes seconds.
        self._bold_tried.add(found)
        file = next((f for f, name in self.script_families.items() if name == found), None)
        if file is None:
            return found
        bold = bold_face(*file)
        try:
            if bold is not None:
                self.add_font(found, "B", bold[0], collection_font_number=bold[1])
            else:
                # Its regular face taken as bold, drawn outlined (see _preload_font_styles):
                # the fragments then tell their bold themselves, as in a table cell whose
                # bold words are marked (there the cell's font is not bold).
                self.add_font(found, "B", file[0], collection_font_number=file[1])
                self._outlined_bold.add(f"{found}B")
        except Exception:  # a face fpdf2 cannot read: the words drawn regular
            return found
        self._fallback_font_ids.append(f"{found}B")
        return f"{found}B"

    def _preload_font_styles(self, text: Any, markdown: bool, _initial_emphasis: Any = None) -> Any:
        if isinstance(text, str):
            text = glue_closing_marks(text)
        fragments = super()._preload_font_styles(
            text, markdown, _initial_emphasis=_initial_emphasis
        )
        # Bold words in a script font without a bold face (Lohit): drawn outlined as well
        # as filled, a little heavier, as a word processor makes them bold (before, they
        # were drawn upright and regular among bold Latin words).
        for fragment in fragments:
            if fragment.font.fontkey in self._outlined_bold:
                fragment.graphics_state.text_mode = TextMode.FILL_STROKE
                fragment.graphics_state.line_width = fragment.font_size_pt * _FAUX_BOLD
        return fragments

    def _render_styled_text_line(self, text_line: Any, *args: Any, **kwargs: Any) -> Any:
        outlined = [
            f
            for f in text_line.fragments
            if f.text_mode == TextMode.FILL_STROKE and isinstance(f.text_color, COLOURS)
        ]
        if not outlined:
            return self._render_line(text_line, *args, **kwargs)
        # Each outline in its words' own colour: a link's blue, the text's dark (the line took
        # the first one's before, so a bold link among bold words had a dark outline).
        for fragment in outlined:
            fragment.graphics_state.text_color = outlined_too(fragment.text_color)
        try:
            return self._render_line(text_line, *args, **kwargs)
        finally:
            if self.page > 0 and self.draw_color is not None:
                # The lines' colour again, as fpdf2 takes it to be (borders, rules).
                self._out(self.draw_color.serialize().upper())

    def _render_line(self, text_line: Any, *args: Any, **kwargs: Any) -> Any:
        drawn = super()._render_styled_text_line(text_line, *args, **kwargs)
        fallback = self._fallback_font_ids
        if fallback and any(f.font.fontkey in fallback for f in text_line.fragments):
            # fpdf2 leaves the PDF's font at the script font's after a line ending in it, yet
            # takes its own font as set: the next line (a page number after a Hindi title)
            # was drawn in the wrong font, garbled. It is set again before the next line.
            self.current_font_is_set_on_page = False
        return drawn
