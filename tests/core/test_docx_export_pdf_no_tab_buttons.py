"""A page's tabs (Hugo's code-toggle draws a radio button per tab) are no task list: the PDF
pack draws no box for their buttons, as it draws one for each `- [ ]` item."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.docx_export_pdf import export_pdf
from editor_app.core.site import Site

_PAGE = """---
title: Tabs
---

<div class="tabs">
<input type="radio" name="lang" id="toml" checked><label for="toml">toml</label>
<input type="radio" name="lang" id="yaml"><label for="yaml">yaml</label>
</div>

- [ ] a task
"""


def test_tab_buttons_are_not_drawn_as_task_boxes(tmp_path: Path, qapp) -> None:
    qtpdf = pytest.importorskip("PySide6.QtPdf")
    root = tmp_path / "site"
    root.mkdir()
    (root / "_config.yml").write_text("title: T\n", encoding="utf-8")
    (root / "tabs.md").write_text(_PAGE, encoding="utf-8")
    report = export_pdf([root / "tabs.md"], tmp_path / "tabs.pdf", Site.open(root))
    if report.missing:
        pytest.skip("no font for the boxes here")
    document = qtpdf.QPdfDocument()
    document.load(str(tmp_path / "tabs.pdf"))
    text = document.getAllText(0).text()
    assert "toml" in text and "yaml" in text, text
    assert text.count("\u2610") == 1 and "\u2611" not in text, text
