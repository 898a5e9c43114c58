"""A page changed by another program while the author has unsaved changes: Combine both."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from window_helpers import check_disk_now, open_writable_page, shown_window

from editor_app.core import errors
from editor_app.core.store import user_data_dir
from editor_app.ui import difference
from editor_app.ui.main_window import MainWindow
from editor_app.ui.safety import ChangedOnDiskDialog
from editor_app.ui.safety_questions import DiskChange

PAGE = "_resources/case-study-cag.md"
THEIR_LINE = "_This case study is part of a series"  # a later paragraph of the page


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


@pytest.fixture
def page(qtbot, window: MainWindow, site_copy: Path) -> Path:  # noqa: ANN001
    return open_writable_page(qtbot, window, site_copy, PAGE)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    unsubscribe = errors.notifier.subscribe(
        lambda notice: said.append(f"{notice.message} | {notice.detail}")
    )
    yield said
    unsubscribe()


def _answer(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[DiskChange]:
    asked: list[DiskChange] = []

    def answer(cls, parent, name, change):  # noqa: ANN001, ANN202
        asked.append(change)
        return choice

    monkeypatch.setattr(ChangedOnDiskDialog, "ask", classmethod(answer))
    return asked


def _type_at_end(qtbot, window: MainWindow, words: str) -> bytes:
    """Type at the end of the page; the page's bytes with the words in."""
    window.editor.setFocus()
    window.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(window.editor, words)
    doc = window.current_document()
    qtbot.waitUntil(lambda: words in doc.body)
    return doc.to_bytes()


def _type_at(qtbot, window: MainWindow, after: str, words: str) -> bytes:
    """Type `words` just after the first `after` in the text; the page's bytes with them in."""
    window.editor.setFocus()
    cursor = window.editor.textCursor()
    text = window.editor.toPlainText()
    cursor.setPosition(text.index(after) + len(after))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, words)
    doc = window.current_document()
    qtbot.waitUntil(lambda: after + words in doc.body)
    return doc.to_bytes()


def _shown(window: MainWindow, name: str) -> str:
    """The text the form shows for the field `name`."""
    return window.form.widgets[name].focus_target().text()


def _change_on_disk(path: Path, old: str, new: str) -> bytes:
    data = path.read_bytes()
    assert old.encode() in data
    data = data.replace(old.encode(), new.encode(), 1)
    path.write_bytes(data)
    return data


def test_combine_both_keeps_the_typing_and_the_change_on_disk(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    asked = _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    mine_body = window.editor.markdown()
    _change_on_disk(page, THEIR_LINE, "_Changed on disk: this case study is part of a series")
    check_disk_now(window)
    assert len(asked) == 1 and asked[0].combined is not None and asked[0].combined.clean
    text = window.editor.markdown()
    assert "Typed here." in text and "_Changed on disk: this case study" in text
    assert window.current_document().is_modified, "shown unsaved, for the author to check"
    assert any("Combined your changes" in message for message in told)
    window.editor.undo()
    assert window.editor.markdown() == mine_body, "Undo brings back the author's text"
    window.editor.redo()
    qtbot.waitUntil(lambda: "_Changed on disk" in window.current_document().body)
    assert window.save_document()
    assert page.read_bytes() == mine.replace(
        THEIR_LINE.encode(), b"_Changed on disk: this case study is part of a series", 1
    )


def test_both_changed_the_same_line_keeps_mine_and_a_copy_of_the_disk(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    asked = _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    # Words typed among the words the other program replaces: a clash.
    mine = _type_at(qtbot, window, "The Health ", "Mine ")
    _change_on_disk(page, "The Health Research Authority’s", "The HRA’s")
    theirs = _change_on_disk(page, THEIR_LINE, "_Also changed on disk: this case study")
    check_disk_now(window)
    assert not asked[0].combined.clean
    assert "The Health Mine Research" in window.editor.markdown()
    assert "The HRA’s" not in window.editor.markdown()
    kept = list((user_data_dir() / "kept versions").iterdir())
    assert len(kept) == 1 and kept[0].read_bytes() == theirs
    assert kept[0].name.startswith("case-study-cag (version on disk, ")
    assert any("same place" in m and "kept versions" in m and str(kept[0]) in m for m in told)
    qtbot.waitUntil(lambda: "_Also changed" in window.current_document().body)
    assert window.save_document()
    assert page.read_bytes() == mine.replace(
        THEIR_LINE.encode(), b"_Also changed on disk: this case study", 1
    )


def test_words_changed_at_both_ends_of_one_line_combine(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    # The author's word at the start of the first line and the other program's further on
    # in it: they combine word by word (it was a clash, the disk's change set aside).
    asked = _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at(qtbot, window, "", "Mine. ")
    _change_on_disk(page, "an independent body", "an independent group")
    check_disk_now(window)
    assert asked[0].combined.clean
    assert window.editor.markdown().startswith("Mine. The Health Research Authority’s")
    assert "an independent group that provides" in window.editor.markdown()
    assert not (user_data_dir() / "kept versions").exists()
    assert any("Combined your changes" in message for message in told)
    assert window.save_document()
    assert page.read_bytes() == mine.replace(b"an independent body", b"an independent group", 1)


def test_keeping_mine_keeps_a_copy_of_the_version_on_disk(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    _answer(monkeypatch, ChangedOnDiskDialog.MINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    theirs = _change_on_disk(page, THEIR_LINE, "_Changed on disk")
    check_disk_now(window)
    (kept,) = (user_data_dir() / "kept versions").iterdir()
    assert kept.read_bytes() == theirs
    assert any("Kept your version" in m and str(kept) in m for m in told)
    assert window.save_document() and page.read_bytes() == mine


def test_the_question_offers_combine_both_first_when_clean(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    seen: list[tuple[list[str], list[str], str]] = []
    focused: list[str] = []
    lines: list[int] = []  # the question's lines, as shown
    tips: list[str] = []

    def look(dialog) -> int:  # noqa: ANN001
        default = [k for k, b in dialog.buttons.items() if b.isDefault()]
        seen.append((list(dialog.buttons), default, dialog.findChild(difference.QLabel).text()))
        dialog.show()
        label = dialog.message
        lines.append(label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing())
        tips.append(label.toolTip())
        focused.append(
            next((k for k, b in dialog.buttons.items() if b is dialog.focusWidget()), "")
        )
        dialog.reject()
        return 0

    monkeypatch.setattr(difference.DifferenceDialog, "exec", look)
    _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, THEIR_LINE, "_Changed on disk")
    check_disk_now(window)
    buttons, default, words = seen[0]
    assert buttons == ["theirs", "combine", "mine"] and default == ["combine"]
    assert focused == ["combine"], "Enter combines"
    assert "different places" in words and "saved as a copy" in words
    assert "Whichever you choose" in words and "The other version" not in words
    assert words.replace("\u00a0", " ").endswith("(File > Show Kept Versions…).")
    # Short enough to read at a glance; the folder's whole path is in the tooltip.
    assert lines[0] <= 3 and "kept versions" not in words
    assert str(user_data_dir() / "kept versions") in tips[0]
    # Where both changed the same place, Keep my version is the default answer.
    _change_on_disk(page, "The Health Research Authority’s", "The HRA’s")
    _type_at(qtbot, window, "The Health ", "Mine ")
    check_disk_now(window)
    buttons, default, words = seen[1]
    assert default == ["mine"] and focused[1] == "mine"
    assert "same place (the text)" in words and "saved as a copy" in words
    assert lines[1] <= 3 and "kept versions" in tips[1]
    # Closing the box keeps the author's text, as before.
    assert "Typed here." in window.editor.markdown()
    assert "_Changed on disk" not in window.editor.markdown()


def test_using_the_version_on_disk_keeps_a_copy_of_mine(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    _answer(monkeypatch, ChangedOnDiskDialog.THEIRS)
    mine = _type_at_end(qtbot, window, " Typed here.")
    theirs = _change_on_disk(page, THEIR_LINE, "_Changed on disk")
    check_disk_now(window)
    assert window.current_document().to_bytes() == theirs
    (kept,) = (user_data_dir() / "kept versions").iterdir()
    assert kept.read_bytes() == mine and kept.name.startswith("case-study-cag (your version, ")
    assert any("your version is kept in “kept versions”" in m for m in told)


def test_combine_both_with_wrapped_lines_shown_joined_keeps_undo(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    # With hand-wrapped lines shown joined, the combined text replaced the editor's whole
    # text: Undo no longer brought the author's text back, though the status line said so.
    data = page.read_bytes()
    page.write_bytes(data.replace(b"\n---\n", b"\n---\nA hand wrapped\nparagraph of words.\n\n", 1))
    check_disk_now(window)  # unchanged here: the window shows the new version
    window.editor.set_join_wrapped(True)
    assert window.editor.shows_joined_lines
    asked = _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    mine_body = window.editor.markdown()
    _change_on_disk(page, THEIR_LINE, "_Changed on disk: this case study is part of a series")
    window.guard.check_disk()
    assert len(asked) == 1 and asked[0].combined is not None and asked[0].combined.clean
    assert "_Changed on disk" in window.editor.markdown()
    assert any("Undo brings back your version" in message for message in told)
    window.editor.undo()
    assert window.editor.markdown() == mine_body, "Undo brings back the author's text"
    window.editor.redo()
    qtbot.waitUntil(lambda: "_Changed on disk" in window.current_document().body)
    assert window.save_document()
    assert page.read_bytes() == mine.replace(
        THEIR_LINE.encode(), b"_Changed on disk: this case study is part of a series", 1
    )


def test_one_undo_after_combine_both_brings_back_the_authors_settings_and_text(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    # A setting changed on disk came in through the form, which Undo in the text did not
    # take back: the author's version could not be had back, and no Undo was promised.
    asked = _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, "reference: cag", "reference: cag-disk")
    theirs = _change_on_disk(page, THEIR_LINE, "_Changed on disk: this case study is part")
    check_disk_now(window)
    assert len(asked) == 1 and asked[0].combined is not None and asked[0].combined.clean
    doc = window.current_document()
    assert doc.front_matter["reference"] == "cag-disk"
    assert _shown(window, "reference") == "cag-disk"
    assert "Typed here." in doc.body and "_Changed on disk" in doc.body
    said = [message for message in told if "Combined your changes" in message]
    assert len(said) == 1 and "Undo brings back your version" in said[0], said
    combined = doc.to_bytes()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == mine)
    assert _shown(window, "reference") == "cag"
    assert "_Changed on disk" not in window.editor.markdown()
    # Redo brings the combined version back, settings and all; saving writes it.
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == combined)
    assert _shown(window, "reference") == "cag-disk"
    assert window.save_document()
    assert (
        page.read_bytes()
        == combined
        == mine.replace(b"reference: cag", b"reference: cag-disk", 1).replace(
            THEIR_LINE.encode(), b"_Changed on disk: this case study is part", 1
        )
    )
    assert theirs.replace(b"\n", b"").strip()  # the disk's version, kept by the other program


def test_undo_in_the_form_after_combine_both_where_only_a_setting_changed_on_disk(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, "reference: cag", "reference: cag-disk")
    check_disk_now(window)
    assert window.current_document().front_matter["reference"] == "cag-disk"
    assert window.editor.markdown().endswith("Typed here."), "the text as it was"
    window.form.widgets["reference"].focus_target().setFocus()
    window.undo_action.trigger()  # Edit > Undo, working in the form
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == mine)
    assert _shown(window, "reference") == "cag"
    assert window.editor.markdown().endswith("Typed here.")


def test_a_setting_changed_after_combine_both_stays_through_its_undo(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    """Undo of the combine step sets back only the settings still as it left them."""
    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, "reference: cag", "reference: cag-disk")
    _change_on_disk(page, "Case study: Confidentiality Advisory Group", "Case study: CAG")
    check_disk_now(window)
    doc = window.current_document()
    assert doc.front_matter["subtitle"] == "Case study: CAG"
    subtitle = window.form.widgets["subtitle"].focus_target()  # the author types a new one
    subtitle.setFocus()
    subtitle.selectAll()
    qtbot.keyClicks(subtitle, "Their own subtitle")
    qtbot.waitUntil(lambda: doc.front_matter["subtitle"] == "Their own subtitle")
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_document().front_matter["reference"] == "cag")
    assert window.current_document().front_matter["subtitle"] == "Their own subtitle"
    assert _shown(window, "subtitle") == "Their own subtitle"
    assert _shown(window, "reference") == "cag"


def test_combine_both_on_a_page_whose_settings_cannot_be_read_keeps_undo(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    # The whole file is in the editor: the combined file comes in as one step of its Undo.
    page.write_bytes(b"---\ntitle: [unclosed\n---\nFirst paragraph.\n\nSecond paragraph.\n")
    check_disk_now(window)  # unchanged here: the window shows the new version
    assert window.documents.raw
    asked = _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, "Typed here.")
    _change_on_disk(page, "Second paragraph.", "Second paragraph, changed on disk.")
    window.guard.check_disk()
    assert asked[0].combined is not None and asked[0].combined.clean
    qtbot.waitUntil(lambda: "changed on disk" in window.current_document().text)
    assert "Typed here." in window.editor.markdown()
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == mine)


def test_a_setting_added_on_disk_shows_in_the_form_and_goes_with_undo(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, "reference: cag\n", "reference: cag\nsource_note: From disk\n")
    check_disk_now(window)
    assert window.current_document().front_matter["source_note"] == "From disk"
    assert _shown(window, "source_note") == "From disk"
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == mine)
    assert "source_note" not in window.form.values()


def test_no_undo_is_promised_when_the_combined_page_could_not_come_in_as_one_step(
    qtbot, window: MainWindow, page: Path, monkeypatch, told: list[str]
) -> None:
    from editor_app.ui import disk_combine

    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    _type_at_end(qtbot, window, " Typed here.")
    monkeypatch.setattr(disk_combine, "_combine_as_one_step", lambda *_a: False)
    _change_on_disk(page, THEIR_LINE, "_Changed on disk: this case study is part")
    check_disk_now(window)
    text = window.editor.markdown()
    assert "Typed here." in text and "_Changed on disk" in text  # shown all the same
    said = [message for message in told if "Combined your changes" in message]
    assert len(said) == 1 and "Undo" not in said[0], said


def test_settings_the_other_program_gave_a_page_without_any_go_with_undo(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    page.write_bytes(b"First paragraph.\n\nSecond paragraph.\n")
    check_disk_now(window)  # unchanged here: the window shows the new version
    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    mine = _type_at_end(qtbot, window, " Typed here.")
    page.write_bytes(b"---\ntitle: From disk\n---\n" + page.read_bytes())
    window.guard.check_disk()
    doc = window.current_document()
    assert doc.front_matter == {"title": "From disk"}
    assert doc.body == "First paragraph.\n\nSecond paragraph.\n Typed here."
    window.editor.setFocus()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == mine)


def test_undo_after_combine_both_goes_on_through_the_authors_earlier_edits(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    # The page was shown anew to combine it: the editor's history was cleared, and past the
    # combine step Undo could not take back anything the author had typed before it.
    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    opened = window.editor.markdown()
    first = _type_at(qtbot, window, "independent body", " (first edit)")
    after_first = window.editor.markdown()
    mine = _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, "reference: cag", "reference: cag-disk")
    _change_on_disk(page, THEIR_LINE, "_Changed on disk: this case study is part")
    check_disk_now(window)
    doc = window.current_document()
    combined = doc.to_bytes()
    assert b"(first edit)" in combined and b"Typed here." in combined
    assert b"_Changed on disk" in combined and b"reference: cag-disk" in combined
    window.editor.setFocus()
    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.editor, *undo)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == mine)
    assert _shown(window, "reference") == "cag"
    qtbot.keyClick(window.editor, *undo)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == first)
    assert window.editor.markdown() == after_first
    qtbot.keyClick(window.editor, *undo)
    qtbot.waitUntil(lambda: window.editor.markdown() == opened)
    assert window.current_document().body == opened
    # Still unsaved: the file on disk holds the other program's change, not this text.
    assert window.current_document().is_modified and window.isWindowModified()
    redo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    for _ in range(3):
        qtbot.keyClick(window.editor, *redo)
    qtbot.waitUntil(lambda: window.current_document().to_bytes() == combined)
    assert _shown(window, "reference") == "cag-disk"
    assert window.save_document()
    assert page.read_bytes() == combined


def test_typing_after_combine_both_reaches_the_page_and_saves(
    qtbot, window: MainWindow, page: Path, monkeypatch
) -> None:
    # The combined page takes the open one's place without being shown anew: what is typed
    # next must reach it (and the file), not the page it replaced.
    _answer(monkeypatch, ChangedOnDiskDialog.COMBINE)
    _type_at_end(qtbot, window, " Typed here.")
    _change_on_disk(page, THEIR_LINE, "_Changed on disk: this case study is part")
    check_disk_now(window)
    after = _type_at_end(qtbot, window, " And after.")
    assert b"_Changed on disk" in after and b"Typed here. And after." in after
    assert window.save_document()
    assert page.read_bytes() == after
    assert not window.current_document().is_modified and not window.isWindowModified()
