"""The language a Word document is written in: Word's own marks, else the script of its text.

Word marks each run with up to three languages (`w:lang`): `w:val` for Latin text, `w:bidi`
for right-to-left and other complex scripts, `w:eastAsia` for Chinese, Japanese, Korean; a
run without marks takes its style's, then the document's defaults. Each letter counts for
the language its run marks for its script; the most letters win. A run of a script no mark
covers counts by its script where the script says the language (Persian by its own letters
among the Arabic ones, Hebrew, Greek, Korean...). Latin or Cyrillic text without marks says
nothing: it is left unknown.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Any

from docx.oxml.ns import qn

# Scripts Word writes in `w:bidi` ("complex scripts") and in `w:eastAsia`.
_COMPLEX = ("ARABIC", "HEBREW", "SYRIAC", "THAANA", "THAI", "DEVANAGARI", "BENGALI", "TAMIL",
            "GURMUKHI", "GUJARATI", "TELUGU", "KANNADA", "MALAYALAM", "SINHALA", "LAO",
            "KHMER", "MYANMAR", "ETHIOPIC")  # fmt: skip
_EAST_ASIAN = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO")
# A script that names its language by itself (Arabic, Han and Devanagari do not: worked out
# below, or left unknown).
_SCRIPT_LANGUAGE = {"HEBREW": "he", "GREEK": "el", "HANGUL": "ko", "HIRAGANA": "ja",
                    "KATAKANA": "ja", "THAI": "th", "BENGALI": "bn", "TAMIL": "ta",
                    "GEORGIAN": "ka", "ARMENIAN": "hy", "SINHALA": "si", "KHMER": "km",
                    "LAO": "lo", "MYANMAR": "my", "ETHIOPIC": "am"}  # fmt: skip
# Letters Persian (and Urdu) write that Arabic does not: a Persian document typed with
# Word's default marks (`w:bidi="ar-SA"` in its template) is still Persian.
_PERSIAN = frozenset("پچژگکی")
_URDU = frozenset("ٹڈڑںہھےۓ")


def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0] if name else ""


def _slot(script: str) -> str:
    """The `w:lang` attribute that marks text in `script`."""
    if script in _COMPLEX:
        return "bidi"
    return "eastAsia" if script in _EAST_ASIAN else "val"


def _lang_marks(rpr: Any) -> dict[str, str]:
    """The languages a run-properties element marks: {'val': 'en-US', 'bidi': 'fa-IR'}."""
    lang = rpr.find(qn("w:lang")) if rpr is not None else None
    if lang is None:
        return {}
    return {
        slot: value
        for slot in ("val", "bidi", "eastAsia")
        if (value := lang.get(qn(f"w:{slot}")))
    }


class _Styles:
    """Each style's language marks, with those of the styles it is based on."""

    def __init__(self, document: Any) -> None:
        self._own: dict[str, tuple[dict[str, str], str | None]] = {}
        self.defaults: dict[str, str] = {}
        try:
            root = document.styles.element
        except (AttributeError, KeyError, ValueError):
            return
        for style in root.findall(qn("w:style")):
            based = style.find(qn("w:basedOn"))
            self._own[style.get(qn("w:styleId")) or ""] = (
                _lang_marks(style.find(qn("w:rPr"))),
                based.get(qn("w:val")) if based is not None else None,
            )
        defaults = root.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
        self.defaults = _lang_marks(defaults)

    def marks(self, style_id: str | None) -> dict[str, str]:
        found: dict[str, str] = {}
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self._own:
            seen.add(style_id)
            own, style_id = self._own[style_id]
            found = {**own, **found}
        return found


def _style_of(properties: Any, tag: str) -> str | None:
    style = properties.find(qn(tag)) if properties is not None else None
    return style.get(qn("w:val")) if style is not None else None


def _by_script(script: str, letters: str) -> str | None:
    """The language its script alone says (None: Latin, Cyrillic, Han, Devanagari...)."""
    if script == "ARABIC":
        if any(c in _URDU for c in letters):
            return "ur"
        return "fa" if any(c in _PERSIAN for c in letters) else "ar"
    return _SCRIPT_LANGUAGE.get(script)


def document_language(document: Any) -> str | None:
    """The language most of the document's letters are in, as Word names it (`fa-IR`,
    `en-US`; `fa` when told by the script alone), or None when nothing says."""
    styles = _Styles(document)
    counts: Counter[str] = Counter()
    for paragraph in document.element.body.iter(qn("w:p")):
        ppr = paragraph.find(qn("w:pPr"))
        paragraph_marks = {**styles.defaults, **styles.marks(_style_of(ppr, "w:pStyle"))}
        for run in paragraph.iter(qn("w:r")):
            rpr = run.find(qn("w:rPr"))
            marks = {
                **paragraph_marks,
                **styles.marks(_style_of(rpr, "w:rStyle")),
                **_lang_marks(rpr),
            }
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            by_script: dict[str, list[str]] = {}
            for char in text:
                if char.isalpha():
                    by_script.setdefault(_script(char), []).append(char)
            for script, letters in by_script.items():
                said = _by_script(script, "".join(letters))
                marked = marks.get(_slot(script))
                if marked and said and marked.split("-")[0].lower() == "ar" and said != "ar":
                    marked = None  # Word's template default on Persian or Urdu letters
                language = marked or said
                if language:
                    counts[language] += len(letters)
    if not counts:
        return None
    return counts.most_common(1)[0][0]
