"""Letters typed into a number box are not written (the box is marked at once); a save made
while they are there says which field it left out, instead of reporting a plain "Saved"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from window_helpers import window_on_site

from editor_app.ui.not_kept_questions import NotKeptQuestion

PERSON = "_people/adam-cantwell-corn.md"


def test_a_save_with_letters_in_a_number_box_says_it_left_them_out(
    qtbot, settings: QSettings, site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[list[str]] = []  # Save asks first (tests/ui/test_not_kept_asks_before_leaving.py)
    monkeypatch.setattr(
        NotKeptQuestion, "ask", classmethod(lambda cls, p, lines, go_on: asked.append(lines) or True)
    )
    page = site_copy / PERSON
    before = page.read_text(encoding="utf-8")
    order_line = next(line for line in before.splitlines() if line.startswith("order:"))
    w = window_on_site(qtbot, settings, site_copy, page)
    box = w.form.widgets["order"].focus_target()
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "abc")
    assert w.form.not_kept() == [("Order", "abc")]
    title = w.form.widgets["title"].focus_target()
    title.setFocus()
    title.end(False)
    qtbot.keyClicks(title, " Jr")  # a change that is saved
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Saved" in w.statusBar().currentMessage())
    message = w.statusBar().currentMessage()
    # Said as what it is: the page keeps the number it had ('without Order' read as lost).
    assert "Left as it was: Order ('abc' is not a number)" in message
    assert asked == [["Order holds 'abc', which is not a number and will not be kept."]]
    after = page.read_text(encoding="utf-8")
    assert order_line in after.splitlines()  # the number the page had stays
    assert after != before

    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, "7")
    assert w.form.not_kept() == []
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Left as it was" not in w.statusBar().currentMessage())
    assert "order: 7" in page.read_text(encoding="utf-8").splitlines()
