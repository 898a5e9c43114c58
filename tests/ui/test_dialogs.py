"""Dialogs show everything they are about: the whole file name, the noted words, a name
asked once."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from editor_app.ui.dialogs import NewDocumentDialog, NoteDialog, ReviewerName
from editor_app.ui.new_page_dialog import NewPageQuestion


def test_new_page_dialog_shows_the_whole_file_name(qtbot) -> None:
    name = "_resources/2026-12-06-what-tenants-told-us-about-repairs-in-the-winter-of-2026.md"
    dialog = NewDocumentDialog(NewPageQuestion([("resources", "Resources")], lambda c, t: name))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, "What tenants told us about repairs in the winter of 2026")
    qtbot.wait(10)
    label = dialog.file_label
    assert dialog.file_name() == name
    assert label.width() >= label.fontMetrics().horizontalAdvance(name)


def test_new_page_dialog_with_a_very_long_title_stays_on_the_screen(qtbot) -> None:
    from editor_app.ui.screen_fit import available_area

    title = "What tenants told us about repairs " * 5  # 175 characters
    name = "_resources/" + "-".join(title.lower().split()) + ".md"
    dialog = NewDocumentDialog(NewPageQuestion([("resources", "Resources")], lambda c, t: name))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title_edit, title)
    qtbot.wait(10)
    area = available_area(dialog)
    # Wider than the screen on one line: the name wraps, the whole of it still shown.
    assert dialog.file_label.fontMetrics().horizontalAdvance(name) > area.width()
    assert dialog.width() <= area.width() and dialog.x() + dialog.width() <= area.right() + 1
    assert dialog.file_name() == name
    assert dialog.file_label.heightForWidth(dialog.file_label.width()) > (
        dialog.file_label.fontMetrics().height() * 1.5
    )  # more than one line
    ok = dialog.buttons.buttons()[0]
    assert dialog.rect().contains(ok.geometry().translated(dialog.buttons.pos()))


def test_note_dialog_shows_its_whole_title_and_the_noted_words(qtbot) -> None:
    title = "Add review note on “What happens when public data is shared with the wrong people?”"
    dialog = NoteDialog(title, "a highly critical ICO audit in 2020")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == title
    assert "a highly critical ICO audit in 2020" in dialog.noted_label.text()
    assert any(title == w.text() for w in dialog.findChildren(type(dialog.noted_label)))


def test_reviewer_name_is_asked_once_and_remembered(qtbot, tmp_path, monkeypatch) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    asked: list[int] = []
    monkeypatch.setattr(
        ReviewerName,
        "ask",
        classmethod(lambda cls, parent, unnamed_as="": asked.append(1) or "Ada Lovelace"),
    )
    assert ReviewerName.get(settings) == "Ada Lovelace"
    assert ReviewerName.get(settings) == "Ada Lovelace"
    assert asked == [1]
    monkeypatch.setattr(ReviewerName, "ask", classmethod(lambda cls, parent, unnamed_as="": None))
    fresh = QSettings(str(tmp_path / "t.ini"), QSettings.Format.IniFormat)
    assert ReviewerName.get(fresh) is None  # never the computer's account name


def test_the_review_panel_asks_for_a_note_showing_the_noted_words(qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QWidget

    from editor_app.ui.review import ReviewPanel

    seen: list[tuple[str, str]] = []

    def fake_exec(dialog) -> int:  # noqa: ANN001
        seen.append((dialog.windowTitle(), dialog.noted_label.text()))
        dialog.text_edit.setPlainText("Cite this.")
        return NoteDialog.DialogCode.Accepted

    monkeypatch.setattr(NoteDialog, "exec", fake_exec)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert ReviewPanel.ask_note_text(parent, "a highly critical ICO audit") == "Cite this."
    assert seen and "a highly critical ICO audit" in seen[0][1]
