"""File > Save As on hugo-docs' Directory structure page, the name typed "directory-layout" (as
in a word processor, without its ending): the page was written to a file "directory-layout",
which Hugo does not read as a page and the document list did not show. It is now
"directory-layout.md"; a name typed so that it lands on a page already there asks first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.core.page_names import with_page_suffix
from editor_app.ui import safety
from editor_app.ui.main_window import MainWindow

PAGE = "content/en/getting-started/directory-structure.md"


def _type_in_save_box(monkeypatch, folder: Path, name: str) -> None:  # noqa: ANN001
    def answer(parent, caption, suggested, filters, *rest):  # noqa: ANN001, ANN202
        return str(folder / name), filters.split(";;")[0]  # the Pages filter, as offered

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))


def test_a_name_typed_without_ending_is_saved_as_a_page(
    qtbot, quiet_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    site = copy_shared_site("hugo-docs", tmp_path)
    page = site / PAGE
    before = page.read_bytes()
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(page)
    _type_in_save_box(monkeypatch, page.parent, "directory-layout")
    window.editor.setFocus()
    with qtbot.waitSignal(window.documentSaved, timeout=5000):
        qtbot.keyClick(
            window.editor,
            Qt.Key.Key_S,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not (page.parent / "directory-layout").exists()
    assert (page.parent / "directory-layout.md").read_bytes() == before
    assert page.read_bytes() == before
    assert window.documents.doc.path.name == "directory-layout.md"


def test_the_ending_given_asks_before_replacing_a_page(
    qtbot, quiet_window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # noqa: ANN001
    site = copy_shared_site("hugo-docs", tmp_path)
    page = site / PAGE
    other = page.parent / "usage.md"
    kept = other.read_bytes()
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.open_document(page)
    asked: list[str] = []
    monkeypatch.setattr(
        safety.SaveAsDialog,
        "replace_file",
        classmethod(lambda cls, p, path: asked.append(path.name)),
    )
    _type_in_save_box(monkeypatch, page.parent, "usage")
    assert not window.save_document_as()
    assert asked == ["usage.md"]
    assert other.read_bytes() == kept


def test_with_page_suffix() -> None:
    assert with_page_suffix(Path("a/notes.v2"), Path("b/x.md")) == Path("a/notes.v2.md")
    assert with_page_suffix(Path("a/about"), Path("b/x.html")) == Path("a/about.html")
    assert with_page_suffix(Path("a/About.MD"), Path("b/x.md")) == Path("a/About.MD")
    assert with_page_suffix(Path("a/post"), None) == Path("a/post.md")
    assert with_page_suffix(Path("a/old.htm"), Path("b/x.md")) == Path("a/old.htm")
    assert with_page_suffix(Path("a/list"), Path("b/x.htm")) == Path("a/list.htm")
