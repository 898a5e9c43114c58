"""Bold words of a script font without a bold face (Lohit) are outlined in their own colour,
several colours on a line: a bold link's outline blue, the bold words' beside it dark. The
line took its first outlined words' colour for all before."""

from __future__ import annotations

import re
import zlib
from pathlib import Path

import pytest

from editor_app.core import docx_export_pdf
from editor_app.core.pdf_script_fonts import SCRIPTS, bold_face, script_font
from editor_app.core.site import Site

DEVANAGARI = next(s for s in SCRIPTS if s.key == "deva")


def _streams(data: bytes) -> str:
    out = []
    for found in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            out.append(zlib.decompress(found.group(1)).decode("latin-1"))
        except zlib.error:
            out.append(found.group(1).decode("latin-1"))
    return "\n".join(out)


def test_a_bold_link_among_bold_words_is_outlined_in_its_own_colour(tmp_path: Path) -> None:
    found = script_font(DEVANAGARI, "hi")
    if found is None or bold_face(*found) is not None:
        pytest.skip("needs a Devanagari font without a bold face (Debian: fonts-lohit-deva)")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: Test\n", encoding="utf-8")
    body = "**मोटा पाठ [कड़ी](https://example.org) और पाठ**\n"
    (root / "b.md").write_text(f"---\ntitle: B\n---\n{body}", encoding="utf-8")
    target = tmp_path / "b.pdf"
    docx_export_pdf.export_pdf([root / "b.md"], target, Site.open(root))
    content = _streams(target.read_bytes())
    outlined_lines = [t for t in content.split("BT") if " 2 Tr" in t or "\n2 Tr" in t]
    assert outlined_lines, "no outlined words drawn"
    line = outlined_lines[0]
    assert "0 0 1 RG" in line  # the link's blue, for its outline
    after_link = line[line.index("0 0 1 RG") :]
    assert re.search(r"0\.13 G|0 G", after_link), line  # the words after it: dark again
