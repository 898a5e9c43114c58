"""A suggested edit on long Persian words in the Drafts dialog: the words and the new words
are lines of their own, laid out right to left from the list's right edge, each quote's
marks at its two ends. On one left-to-right line ("Sue suggests: replace “…” with “…”")
they wrapped as one left-to-right paragraph, a closing mark mid-line."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from editor_app.core import gitutil, review, sync, sync_drafts
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_drafts  # noqa: E402
from sharing_helpers import (
    shared_site_team,  # noqa: E402
    window,  # noqa: E402, F401
)

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")

PAGE = "_articles/fa/best-practices.md"
QUOTE = (
    "در مراحل اولیه‌ی هر پروژه‌ای، شما ایده‌های جدیدی را امتحان می‌کنید و بر اساس آنچه "
    "می‌خواهید تصمیم‌گیری می‌کنید"
)
NEW = (
    "در آغاز هر پروژه، ایده‌های تازه را امتحان می‌کنید و بر اساس خواسته‌هایتان "
    "تصمیم می‌گیرید تا کار پروژه از همان روزهای نخست بهتر پیش برود"
)


def test_a_long_persian_suggestion_reads_from_the_right(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = shared_site_team("opensource-guide", tmp_path, monkeypatch)
    page = author / PAGE
    page.write_bytes(page.read_bytes().replace(b"\n---\n", b"\npublished: false\n---\n", 1))
    review.suggest(page, QUOTE, NEW, author="Sue")
    assert sync_drafts.send_for_review(author, page).shared
    sync.pull(editor)

    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.notes.count() == 1, timeout=20000)
    dialog.resize(760, 600)  # the list about 400 wide: each quote takes two lines
    row = dialog.notes.model().index(0, 0)
    qtbot.waitUntil(lambda: dialog.notes.visualRect(row).width() < 500)
    assert dialog.notes.item(0).text() == f"Sue suggests: replace\n“{QUOTE}”\nwith\n“{NEW}”"

    option = QStyleOptionViewItem()
    option.rect = dialog.notes.visualRect(row)
    doc = dialog.notes.itemDelegate().document(option, row)
    doc.size()  # laid out
    assert option.rect.height() >= doc.size().height()  # no line cut off
    right = doc.textWidth() - 2 * doc.documentMargin()
    block = doc.begin()
    for expected in ("l", "r", "l", "r"):
        rtl = expected == "r"
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        assert block.textDirection() == direction, block.text()
        if rtl:
            lines = block.layout()
            assert lines.lineCount() >= 2
            first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
            assert first.cursorToX(0)[0] == pytest.approx(right, abs=2)  # opening mark
            end = len(block.text())
            left_end = right - last.naturalTextWidth()
            assert last.cursorToX(end)[0] == pytest.approx(left_end, abs=2)  # closing mark
        block = block.next()
