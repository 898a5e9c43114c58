"""The form's one-line boxes on a right-to-left page read as the preview draws their words:
a Persian title whose first word is Latin ('GitHub برای تازه‌کارها') from the right (it was
laid out left to right, by its first letter, while the preview reads it from the right), a
Latin value alone ('contribute', an address) left to right; the boxes follow Lang when it
is typed over or undone, and a box's own undo still works after its direction turned."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit
from shared_sites import shared_site_path
from window_helpers import click_document, open_site

PAGE = "_articles/fa/how-to-contribute.md"
TITLE = "GitHub برای تازه‌کارها"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    (dest / "_articles" / "fa").mkdir(parents=True)
    for name in (PAGE, "_config.yml"):
        shutil.copy(source / name, dest / name)
    page = dest / PAGE
    text = page.read_text("utf-8")
    page.write_text(text.replace("title: چگونه", f"title: {TITLE} چگونه", 1), "utf-8")
    return dest


def _starts_at_right(box: QLineEdit) -> bool:
    """Whether the box lays its text out from the right: its first word ('GitHub', left to
    right inside the line) then stands at the right, the cursor before it far from the left."""
    keep = box.cursorPosition()
    box.setCursorPosition(0)
    QApplication.processEvents()  # the box lays its text out again
    x = box.cursorRect().x()
    box.setCursorPosition(keep)
    return x > box.width() // 3


def _open(qtbot, window, site: Path) -> None:  # noqa: ANN001
    window.resize(1024, 700)
    open_site(qtbot, window, site)
    click_document(qtbot, window, site / PAGE)
    qtbot.waitUntil(lambda: "title" in window.form.widgets, timeout=10000)


def _type(box: QLineEdit, text: str) -> None:
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(box, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, letter))


def test_a_persian_title_starting_in_latin_reads_from_the_right(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    _open(qtbot, window, guide)
    title = window.form.widgets["title"].focus_target()
    assert title.text().startswith(TITLE)
    qtbot.waitUntil(lambda: _starts_at_right(title), timeout=5000)
    # A Latin value alone stays at the left.
    kind = window.form.widgets["class"].focus_target()
    assert kind.text() == "contribute" and not _starts_at_right(kind)
    # Typed over with Latin alone it reads left to right; Persian typed again, from the right.
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, "GitHub")
    assert not _starts_at_right(title)
    _type(title, " برای")
    assert title.text() == "GitHub برای" and _starts_at_right(title)
    # The box's own undo is whole: its direction turned without a word of it lost.
    title.undo()
    assert title.text() != "GitHub برای"


def test_the_title_box_follows_lang_typed_and_undone(qtbot, guide: Path, quiet_window) -> None:  # noqa: ANN001
    window = quiet_window
    _open(qtbot, window, guide)
    title = window.form.widgets["title"].focus_target()
    qtbot.waitUntil(lambda: _starts_at_right(title), timeout=5000)
    lang = window.form.widgets["lang"].focus_target()
    lang.setFocus()
    lang.selectAll()
    qtbot.keyClicks(lang, "en")
    # An English page: the box reads by its first letter again, as before.
    title = window.form.widgets["title"].focus_target()
    qtbot.waitUntil(lambda: not _starts_at_right(title), timeout=5000)
    window.library.view.setFocus()
    window.documents.undo()
    assert window.documents.doc.front_matter.get("lang") == "fa"
    title = window.form.widgets["title"].focus_target()
    qtbot.waitUntil(lambda: _starts_at_right(title), timeout=5000)
