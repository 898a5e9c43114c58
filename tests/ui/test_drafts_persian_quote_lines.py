"""A note on a long Persian quote in the Drafts dialog: the quoted words are a line of their
own, laid out right to left from the list's right edge, wrapped as Persian wraps, the
closing quote mark at the left end of its last line. In one left-to-right line the closing
mark stood mid-line on the second line, beside the words that start it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from editor_app.core import gitutil, sync, sync_draft_review, sync_drafts
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


def test_a_long_persian_quote_reads_from_the_right(
    qtbot,  # noqa: ANN001
    window: MainWindow,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _server, author, editor = shared_site_team("opensource-guide", tmp_path, monkeypatch)
    page = author / PAGE
    page.write_bytes(page.read_bytes().replace(b"\n---\n", b"\npublished: false\n---\n", 1))
    assert sync_drafts.send_for_review(author, page).shared
    sync.pull(editor)
    (draft,) = sync_drafts.draft_queue(editor)
    sync_draft_review.note_on_draft(editor, draft.branch, "Too long? Split it.", "Ed", on=QUOTE)

    dialog = open_drafts(qtbot, window, editor)
    qtbot.waitUntil(lambda: dialog.notes.count() == 1, timeout=20000)
    dialog.resize(760, 600)  # the notes list about 400 wide: the quote takes two lines
    row = dialog.notes.model().index(0, 0)
    qtbot.waitUntil(lambda: dialog.notes.visualRect(row).width() < 500)
    assert dialog.notes.item(0).text() == f"Ed on these words:\n“{QUOTE}”\nToo long? Split it."

    option = QStyleOptionViewItem()
    option.rect = dialog.notes.visualRect(row)
    doc = dialog.notes.itemDelegate().document(option, row)
    doc.size()  # laid out
    head, quoted, note = doc.begin(), doc.begin().next(), doc.begin().next().next()
    assert [head.text(), note.text()] == ["Ed on these words:", "Too long? Split it."]
    assert quoted.textDirection() == Qt.LayoutDirection.RightToLeft
    assert head.textDirection() == note.textDirection() == Qt.LayoutDirection.LeftToRight
    lines = quoted.layout()
    assert lines.lineCount() >= 2
    # The row is as tall as its lines: none cut off.
    assert option.rect.height() >= doc.size().height()
    right = doc.textWidth() - 2 * doc.documentMargin()
    first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
    # The opening mark at the right edge; the closing one at the left end of the last line,
    # which is set at the right as well.
    assert first.cursorToX(0)[0] == pytest.approx(right, abs=2)
    closing = len(quoted.text()) - 1
    assert last.cursorToX(closing + 1)[0] == pytest.approx(right - last.naturalTextWidth(), abs=2)
    assert last.cursorToX(last.textStart())[0] == pytest.approx(right, abs=2)
