"""A note on a long Persian quote in the review window's notes list: the quoted words are a
line of their own, laid out right to left from the list's right edge, wrapped as Persian
wraps, the closing quote mark at the left end of its last line (drawn as one left-to-right
paragraph, the closing mark stood mid-line on the second line, beside the words that start
it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from editor_app.ui.review import NotesPanel

QUOTE = (
    "در مراحل اولیه‌ی هر پروژه‌ای، شما ایده‌های جدیدی را امتحان می‌کنید و بر اساس آنچه "
    "می‌خواهید تصمیم‌گیری می‌کنید"
)
BODY = QUOTE + ". این متن ادامه دارد.\n"


def test_a_long_persian_quote_reads_from_the_right(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    path = tmp_path / "best-practices.md"
    path.write_text("---\ntitle: بهترین شیوه‌ها\n---\n" + BODY, encoding="utf-8")
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 600)  # a dock at 1024 wide: the quote takes two lines or more
    panel.show()
    panel.set_document(path, BODY)
    panel.add_note(0, len(QUOTE), "Too long? Split it.", "Ed")
    row = panel.list.model().index(0, 0)
    qtbot.waitUntil(lambda: 0 < panel.list.visualRect(row).width() < 400)
    head, quoted_line, text = panel.list.item(0).text().split("\n")
    assert quoted_line == f"“{QUOTE}”" and text == "Too long? Split it."

    option = QStyleOptionViewItem()
    option.rect = panel.list.visualRect(row)
    doc = panel.list.itemDelegate().document(option, row)
    doc.size()  # laid out
    quoted = doc.begin().next()
    assert quoted.textDirection() == Qt.LayoutDirection.RightToLeft
    assert doc.begin().textDirection() == Qt.LayoutDirection.LeftToRight
    assert quoted.next().textDirection() == Qt.LayoutDirection.LeftToRight
    lines = quoted.layout()
    assert lines.lineCount() >= 2
    assert option.rect.height() >= doc.size().height()  # no line cut off
    right = doc.textWidth() - 2 * doc.documentMargin()
    first, last = lines.lineAt(0), lines.lineAt(lines.lineCount() - 1)
    assert first.cursorToX(0)[0] == pytest.approx(right, abs=2)
    closing = len(quoted.text()) - 1
    assert last.cursorToX(closing + 1)[0] == pytest.approx(right - last.naturalTextWidth(), abs=2)
    assert last.cursorToX(last.textStart())[0] == pytest.approx(right, abs=2)


def test_a_persian_name_leaves_its_line_left_to_right(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    # "سارا, 07 Dec 2026, 23:05": the name set apart is not the line's first letter; the
    # line read from the right showed "Dec 2026, 23:05 07 ,سارا".
    path = tmp_path / "best-practices.md"
    path.write_text("---\ntitle: بهترین شیوه‌ها\n---\n" + BODY, encoding="utf-8")
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 600)
    panel.show()
    panel.set_document(path, BODY)
    panel.add_note(0, 8, "این جمله طولانی است.", "سارا")
    row = panel.list.model().index(0, 0)
    option = QStyleOptionViewItem()
    option.rect = panel.list.visualRect(row)
    doc = panel.list.itemDelegate().document(option, row)
    head, quoted, text = doc.begin(), doc.begin().next(), doc.begin().next().next()
    assert head.text().startswith("\u2068سارا\u2069, ")
    assert head.textDirection() == Qt.LayoutDirection.LeftToRight
    assert quoted.textDirection() == text.textDirection() == Qt.LayoutDirection.RightToLeft
    # The list wraps its lines: no sideways scrolling.
    assert not panel.list.horizontalScrollBar().isVisible()


def test_a_long_persian_suggestion_reads_from_the_right(qtbot, tmp_path: Path) -> None:  # noqa: ANN001
    # Its words a line each ("Replace", “…”, "with", “…”), read from the right: on the one
    # left-to-right line "Replace “…” with “…”" a closing mark stood mid-line.
    from editor_app.core import review

    path = tmp_path / "best-practices.md"
    path.write_text("---\ntitle: بهترین شیوه‌ها\n---\n" + BODY, encoding="utf-8")
    store = review.NoteStore(path)
    store.add_suggestion(review.make_suggestion(BODY, 0, len(QUOTE), "ایده‌ها را بیازمایید", "Ed"))
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(380, 700)
    panel.show()
    panel.set_document(path, BODY)
    shown = panel.suggestions.list.item(0).text().split("\n")[1:]
    assert shown == ["Replace", f"“{QUOTE}”", "with", "“ایده‌ها را بیازمایید”"]
    row = panel.suggestions.list.model().index(0, 0)
    qtbot.waitUntil(lambda: 0 < panel.suggestions.list.visualRect(row).width() < 400)
    option = QStyleOptionViewItem()
    option.rect = panel.suggestions.list.visualRect(row)
    doc = panel.suggestions.list.itemDelegate().document(option, row)
    doc.size()
    quoted = doc.begin().next().next()
    assert quoted.textDirection() == Qt.LayoutDirection.RightToLeft
    assert quoted.layout().lineCount() >= 2
    right = doc.textWidth() - 2 * doc.documentMargin()
    assert quoted.layout().lineAt(0).cursorToX(0)[0] == pytest.approx(right, abs=2)
