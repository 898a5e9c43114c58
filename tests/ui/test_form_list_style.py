"""A list field added or filled from empty in the form is written as the site's pages write
that list: Hugo's docs write `keywords: [highlight]`, so a keyword added to a page that had
none is `keywords: [deploy]`, not `keywords:` then `  - deploy`."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import copy_shared_site
from window_helpers import click_document, open_site

from editor_app.core import field_place

CICD = "content/en/quick-reference/glossary/cicd.md"


@pytest.fixture
def hugo(tmp_path: Path) -> Path:
    root = copy_shared_site("hugo-docs", tmp_path)
    for path in [root, *root.rglob("*")]:
        path.chmod(path.stat().st_mode | 0o200)
    return root


def test_a_keyword_added_in_the_form_is_written_as_a_flow_list(
    qtbot, quiet_window, hugo: Path
) -> None:
    window = quiet_window
    path = hugo / CICD
    before = path.read_text(encoding="utf-8")
    assert "keywords" not in before
    open_site(qtbot, window, hugo)
    click_document(qtbot, window, path)
    box = window.form.widgets["keywords"].input
    box.setFocus()
    qtbot.keyClicks(box, "deploy")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClicks(box, "hosting")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.save_document()
    after = path.read_text(encoding="utf-8")
    added = [line for line in after.splitlines() if line not in before.splitlines()]
    assert added == ["keywords: [deploy, hosting]"]


def test_a_list_the_pages_write_as_items_stays_items(tmp_path: Path) -> None:
    from editor_app.core.document import Document

    texts = ["title: A\ntags:\n  - a\n  - b\n", "title: B\ntags: [c]\n", "tags:\n  - d\n"]
    assert field_place.usual_list_style(texts, "tags") == "block"
    doc = Document.from_text("---\ntitle: C\ntags: []\nweight: 2\n---\nBody\n")
    field_place.set_as_the_others(doc, "tags", ["news"], [], texts)
    assert doc.text == "---\ntitle: C\ntags:\n  - news\nweight: 2\n---\nBody\n"
    # Nothing tells: the document's own way is kept.
    doc = Document.from_text("---\ntitle: C\ntags: []\n---\n")
    field_place.set_as_the_others(doc, "tags", ["news"], [], ["title: D\n"])
    assert doc.text == "---\ntitle: C\ntags: [news]\n---\n"
