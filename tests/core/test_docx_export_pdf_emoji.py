"""Emoji in a PDF review pack are drawn from an emoji font of the system (Symbola, Noto Color
Emoji, Segoe UI Emoji...), in the title, the text, bold words, code and tables, as the preview
shows them. Before, they drew nothing and the summary named them as empty boxes."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.pdf_script_fonts import SCRIPTS, script_font
from editor_app.core.site import Site

EMOJI = next(s for s in SCRIPTS if s.key == "emoji")
PAGE = """---
title: Party \U0001f389 time
---
Well done \U0001f389 and thanks \U0001f64f, see the \U0001f680 launch.

**Bold \U0001f40d** and `code \u2705`.

| Sign | Means |
|---|---|
| \U0001f6a7 | work in progress |
"""


def _emoji_font_or_skip() -> tuple[str, int]:
    found = script_font(EMOJI, EMOJI.lang)
    if found is None:
        pytest.skip("no emoji font on this system (Debian: fonts-symbola)")
    return found


def test_emoji_are_drawn_from_an_emoji_font_not_named_as_missing(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    _emoji_font_or_skip()
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    (root / "e.md").write_text(PAGE, encoding="utf-8")
    target = tmp_path / "e.pdf"

    report = export_pdf([root / "e.md"], target, Site.open(root))

    assert report.missing == ""
    assert "empty boxes" not in report.summary()
    document = qtpdf.QPdfDocument()
    document.load(str(target))
    text = document.getAllText(0).text()
    for emoji in ("\U0001f389", "\U0001f64f", "\U0001f680", "\U0001f40d", "\u2705", "\U0001f6a7"):
        assert emoji in text
