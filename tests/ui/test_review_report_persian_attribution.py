"""The review report of a Persian page keeps a quoted English attribution in its own order:
opensource-guide's "— @tracymakes, “Writing So Your Words Are Read (video)”" showed its `@`
after the name and its closing quote at the line's far end. The preview isolates such runs
with `<bdi>`, which Qt's rich text (the report's view and its PDF) ignores; the report spells
the isolation with Unicode's isolate marks too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QTextCursor
from review_report_helpers import report_of_queued_page

from editor_app.core.review.report import isolates_spelled

PAGE = "_articles/fa/starting-a-project.md"


def test_an_attribution_on_a_persian_page_reads_in_its_order(qtbot, tmp_path: Path, settings) -> None:  # noqa: ANN001
    window = report_of_queued_page(qtbot, tmp_path, settings, PAGE)
    panel = window.panel
    view = panel.report_view
    qtbot.wait(50)
    found = view.document().find("@tracymakes")
    assert not found.isNull()

    def x_at(position: int) -> int:
        cursor = QTextCursor(view.document())
        cursor.setPosition(position)
        view.setTextCursor(cursor)
        return view.cursorRect().x()

    # The `@` just left of the name's first letter, the name's letters going on rightwards:
    # one run read left to right (the `@` was drawn at the name's right end, far away).
    start = found.selectionStart()
    xs = [x_at(p) for p in range(start + 1, found.selectionEnd())]
    assert xs == sorted(xs) and xs[1] - xs[0] < 20
    shown = view.document().toPlainText()
    assert "\u2066@tracymakes\u2069" in shown
    assert "\u2066“Writing So Your Words Are Read (video)”\u2069" in shown


def test_nested_and_unmarked_bdi_are_closed_each() -> None:
    body = '<p><bdi dir="ltr">a <bdi>ب</bdi> c</bdi> <BDI DIR=rtl>د</BDI></p>'
    assert isolates_spelled(body) == (
        '<p><bdi dir="ltr">\u2066a <bdi>\u2068ب\u2069</bdi> c\u2069</bdi> '
        "<BDI DIR=rtl>\u2067د\u2069</BDI></p>"
    )
