"""The Markdown editor, driven by keyboard as an author would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QTextCursor
from PySide6.QtWidgets import QMainWindow
from spelling_helpers import underlined

from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.ui.editor import MarkdownEditor
from editor_app.ui.spell import SpellService

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
CASE_STUDY = Path("_resources/case-study-cag.md")


def select(editor: MarkdownEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def case_study_body(shared_site: Path) -> str:
    return Document.load(shared_site / CASE_STUDY).body


def test_typing_and_undo(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("")
    qtbot.keyClicks(editor, "Hello there")
    assert editor.markdown() == "Hello there"
    editor.undo()
    assert editor.markdown() == ""
    editor.redo()
    assert editor.markdown() == "Hello there"


def test_set_markdown_starts_a_fresh_history(qtbot, editor: MarkdownEditor, shared_site) -> None:
    qtbot.keyClicks(editor, "old page")
    body = case_study_body(shared_site)
    editor.set_markdown(body)
    assert editor.markdown() == body
    assert not editor.document().isUndoAvailable()
    assert not editor.document().isModified()
    editor.undo()
    assert editor.markdown() == body


def test_text_comes_back_exactly_as_given(editor: MarkdownEditor) -> None:
    # Qt's plain-text export turns non-breaking spaces into spaces: the editor must not.
    text = "Price:\u00a0£5 – “quoted”\n\n\tTabbed\u2028line\nlast line without newline"
    editor.set_markdown(text)
    assert editor.markdown() == text


def test_bold_with_ctrl_b_is_one_undo_step(qtbot, editor: MarkdownEditor, shared_site) -> None:
    body = case_study_body(shared_site)
    editor.set_markdown(body)
    start = body.index("independent body")
    select(editor, start, start + len("independent"))
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert "is an **independent** body" in editor.markdown()
    assert editor.textCursor().selectedText() == "independent"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)  # again: plain again
    assert editor.markdown() == body
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert "is an *independent* body" in editor.markdown()
    editor.undo()
    assert editor.markdown() == body


def test_tab_after_a_new_links_words_goes_to_its_address(qtbot, editor: MarkdownEditor) -> None:
    """Link with nothing selected leaves the caret between the brackets, words first: Tab
    then goes on to the address (it typed a tab into the link's words)."""
    editor.set_markdown("Read the ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)
    qtbot.keyClicks(editor, "jury report")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor, "https://example.org/report")
    assert editor.markdown() == "Read the [jury report](https://example.org/report)"
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # elsewhere Tab types a tab, as before
    assert editor.markdown() == "Read the [jury report](https://example.org/report)\t"
    link = next(a for a in editor.format_actions if a.text() == "&Link")
    assert "then Tab for the address" in link.statusTip()  # said where Link is found


def test_link_heading_list_and_quote_shortcuts(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Our approach\n\nfirst\nsecond\n\nA wise saying")
    select(editor, 0, 3)
    qtbot.keyClick(editor, Qt.Key.Key_K, CTRL)
    assert editor.markdown().startswith("[Our](https://) approach")
    qtbot.keyClicks(editor, "https://example.org")  # the address was selected: typing fills it
    assert editor.markdown().startswith("[Our](https://example.org) approach")
    editor.undo()
    editor.undo()
    assert editor.markdown().startswith("Our approach")

    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL | ALT)
    assert editor.markdown().startswith("## Our approach\n")
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL | ALT)
    assert editor.markdown().startswith("### Our approach\n")
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL | ALT)
    assert editor.markdown().startswith("Our approach\n")

    text = editor.markdown()
    select(editor, text.index("first"), text.index("second") + 6)
    qtbot.keyClick(editor, Qt.Key.Key_8, CTRL | SHIFT)
    assert "\n- first\n- second\n" in editor.markdown()
    # Many keyboards send Ctrl+Shift+8 as Ctrl+Shift+*: the same command.
    qtbot.keyClick(editor, Qt.Key.Key_Asterisk, CTRL | SHIFT)
    assert "\nfirst\nsecond\n" in editor.markdown()

    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Period, CTRL | SHIFT)
    assert editor.markdown().endswith("\n> A wise saying")
    qtbot.keyClick(editor, Qt.Key.Key_Greater, CTRL | SHIFT)
    assert editor.markdown().endswith("\nA wise saying")


def test_editor_shortcuts_win_over_the_windows_while_typing(qtbot) -> None:
    """Ctrl+F and Ctrl+B in the text work even when the window has actions on those keys."""
    window = QMainWindow()
    qtbot.addWidget(window)
    ed = MarkdownEditor()
    window.setCentralWidget(ed)
    fired: list[str] = []
    for keys in ("Ctrl+B", "Ctrl+F"):
        action = QAction(keys, window)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _=False, k=keys: fired.append(k))
        window.addAction(action)
    window.show()
    qtbot.waitExposed(window)
    ed.set_markdown("word")
    ed.setFocus()
    ed.selectAll()
    qtbot.keyClick(ed, Qt.Key.Key_B, CTRL)
    assert ed.markdown() == "**word**"
    qtbot.keyClick(ed, Qt.Key.Key_F, CTRL)
    assert ed.find_bar.isVisible()
    assert fired == []


def test_find_bar(qtbot, editor: MarkdownEditor, shared_site) -> None:
    body = case_study_body(shared_site)
    editor.set_markdown(body)
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    bar = editor.find_bar
    assert bar.isVisible() and not bar.replace_visible
    assert bar.find_edit.hasFocus()
    qtbot.keyClicks(bar.find_edit, "public interest")
    first = editor.textCursor().selectionStart()
    assert editor.textCursor().selectedText().lower() == "public interest"
    count = body.lower().count("public interest")
    assert bar.status.text() == f"1 of {count}"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3)
    second = editor.textCursor().selectionStart()
    assert second > first
    assert bar.status.text() == f"2 of {count}"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, SHIFT)
    assert editor.textCursor().selectionStart() == first
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_F3, SHIFT)  # wraps round to the last one
    assert editor.textCursor().selectionStart() == body.lower().rindex("public interest")
    # All matches are shown while the bar is open.
    assert len(editor.extraSelections()) == count
    # Esc closes the bar and gives the text the focus back.
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert editor.hasFocus()
    assert editor.extraSelections() == []
    # F3 in the text searches again.
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(editor, Qt.Key.Key_F3)
    assert editor.textCursor().selectionStart() == first


def test_match_case_and_whole_words(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("Data data database DATA")
    editor.show_find()
    bar = editor.find_bar
    qtbot.keyClicks(bar.find_edit, "data")
    assert bar.status.text().endswith("of 4")
    bar.word_box.setChecked(True)
    assert bar.status.text().endswith("of 3")
    bar.case_box.setChecked(True)
    assert bar.status.text() == "1 of 1"
    assert editor.textCursor().selectionStart() == 5


def test_replace_and_replace_all_as_one_undo(qtbot, editor: MarkdownEditor) -> None:
    text = "colour and colour and Colour"
    editor.set_markdown(text)
    qtbot.keyClick(editor, Qt.Key.Key_H, CTRL)
    bar = editor.find_bar
    assert bar.isVisible() and bar.replace_visible
    qtbot.keyClicks(bar.find_edit, "colour")
    qtbot.keyClicks(bar.replace_edit, "hue")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert editor.markdown() == "hue and colour and Colour"
    assert bar.replace_all() == 2
    assert editor.markdown() == "hue and hue and hue"
    editor.undo()
    assert editor.markdown() == "hue and colour and Colour"


def test_misspelt_words_get_a_red_wave_and_code_does_not(
    qtbot, editor: MarkdownEditor, spell: SpellService
) -> None:
    editor.set_spellcheck(True)
    editor.set_markdown(
        "The organisation will recieve the programme.\n\n```\nrecieve()\n```\n"
        "See `recieve` and https://recieve.example.org\n{% recieve %}"
    )
    qtbot.waitUntil(lambda: underlined(editor, 0) == ["recieve"])
    for line in range(1, editor.blockCount()):
        assert underlined(editor, line) == [], line
    editor.set_spellcheck(False)
    assert underlined(editor, 0) == []
    editor.set_spellcheck(True)
    assert underlined(editor, 0) == ["recieve"]


def test_the_dictionary_is_read_only_once_there_are_words_to_check(
    qtbot, monkeypatch, tmp_path: Path
) -> None:
    # Reading it is about a second of Python work: an empty editor (the window before a page
    # is opened) must not spend it while the site is being read.
    monkeypatch.setattr(SpellService, "_instances", {})
    loads: list[str] = []
    real_load = SpellService._load
    monkeypatch.setattr(SpellService, "_load", lambda self: (loads.append("x"), real_load(self)))
    ed = MarkdownEditor()
    qtbot.addWidget(ed)
    ed.show()
    qtbot.waitExposed(ed)
    qtbot.wait(50)
    assert loads == []
    assert not ed._spell.is_ready
    ed.set_markdown("The organisation will recieve the programme.\n")
    qtbot.waitUntil(lambda: underlined(ed, 0) == ["recieve"], timeout=60000)
    assert loads == ["x"]


def test_a_long_page_is_underlined_again_in_slices_down_to_its_last_line(
    qtbot, editor: MarkdownEditor, spell: SpellService
) -> None:
    lines = [f"Paragraph {i} of the organisation's programme.\n" for i in range(2000)]
    lines[0] = "We recieve the first line.\n"
    lines[-1] = "We recieve the last line.\n"
    editor.set_spellcheck(False)
    editor.set_markdown("\n".join(lines))
    last = editor.document().find("the last line").blockNumber()
    assert last > editor.RESPELL_AT_ONCE_BLOCKS
    assert underlined(editor, 0) == [] and underlined(editor, last) == []
    editor.set_spellcheck(True)
    # Too long to redo at once: the window keeps turning while the lines are done in order.
    assert underlined(editor, last) == []
    qtbot.waitUntil(lambda: underlined(editor, last) == ["recieve"], timeout=30000)
    assert underlined(editor, 0) == ["recieve"]
    assert all(underlined(editor, n) == [] for n in range(1, last, 97))


def word_point(editor: MarkdownEditor, offset: int) -> QPoint:
    cursor = QTextCursor(editor.document())
    cursor.setPosition(offset)
    return editor.cursorRect(cursor).center() + QPoint(2, 0)


def test_right_click_suggestions_and_add_to_dictionary(
    qtbot, editor: MarkdownEditor, spell: SpellService, tmp_path: Path
) -> None:
    editor.set_spellcheck(True)
    text = "We recieve letters from Kamall."
    editor.set_markdown(text)
    qtbot.waitUntil(lambda: underlined(editor, 0) == ["recieve", "Kamall"])
    menu = editor.build_context_menu(word_point(editor, text.index("recieve") + 2))
    names = [a.text() for a in menu.actions()]
    assert "receive" in names
    next(a for a in menu.actions() if a.text() == "receive").trigger()
    assert editor.markdown() == "We receive letters from Kamall."
    editor.undo()
    assert editor.markdown() == text
    editor.redo()

    menu = editor.build_context_menu(word_point(editor, editor.markdown().index("Kamall") + 2))
    add = next(a for a in menu.actions() if a.text().startswith("Add"))
    add.trigger()
    assert underlined(editor, 0) == []
    assert (tmp_path / "data" / "dictionary.txt").read_text(encoding="utf-8") == "Kamall\n"
    # A correct word offers no spelling entries, only editing ones.
    menu = editor.build_context_menu(word_point(editor, editor.markdown().index("letters") + 2))
    assert not any(a.text().startswith("Add") for a in menu.actions())
    submenus = [a.menu() for a in menu.actions() if a.menu() is not None]
    assert any(
        a.text().replace("&", "") == "Bold" and a.shortcut().toString() == "Ctrl+B"
        for sub in submenus
        for a in sub.actions()
    )


def test_scroll_fraction_both_ways(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("\n".join(f"Line {i}" for i in range(600)))
    seen: list[float] = []
    editor.scrollFractionChanged.connect(seen.append)
    bar = editor.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert seen[-1] == pytest.approx(1.0)
    count = len(seen)
    editor.scroll_to_fraction(0.5)  # following the preview must not echo back
    assert len(seen) == count
    assert bar.value() == pytest.approx(bar.maximum() / 2, abs=1)


def test_go_to_line(editor: MarkdownEditor) -> None:
    editor.set_markdown("\n".join(f"Line {i}" for i in range(1, 301)))
    editor.go_to_line(250)
    cursor = editor.textCursor()
    assert cursor.blockNumber() == 249
    assert cursor.block().text() == "Line 250"
    assert editor.cursorRect().top() >= 0  # on screen
    editor.go_to_line(10_000)
    assert editor.textCursor().block().text() == "Line 300"


def test_insert_image_copies_into_the_asset_folder(
    qtbot, editor: MarkdownEditor, site_copy: Path, tmp_path: Path, monkeypatch
) -> None:
    site = Site.open(site_copy)
    folder = site_copy / "assets" / "resources"
    editor.set_site(site, folder)
    editor.set_markdown("Before\n\nAfter")
    editor.go_to_line(2)
    source = tmp_path / "Bus map 2024.png"
    shutil.copyfile(next(folder.glob("*.png")), source)
    monkeypatch.setattr(MarkdownEditor, "ask_image_file", classmethod(lambda c, p, s: source))
    editor.insert_image_action.trigger()
    assert (folder / "Bus-map-2024.png").read_bytes() == source.read_bytes()
    assert editor.markdown() == "Before\n\n![](/assets/resources/Bus-map-2024.png)\n\nAfter"
    editor.undo()
    assert editor.markdown() == "Before\n\nAfter"
    # The copy it made stays until the window closes (test_insert_image_undo_pages.py).
    assert (folder / "Bus-map-2024.png").exists()
    editor.redo()
    assert (folder / "Bus-map-2024.png").read_bytes() == source.read_bytes()

    # A different file with the same name is never overwritten without asking.
    other = tmp_path / "other" / "Bus map 2024.png"
    other.parent.mkdir()
    other.write_bytes(b"not the same picture")
    monkeypatch.setattr(MarkdownEditor, "ask_image_file", classmethod(lambda c, p, s: other))
    monkeypatch.setattr(MarkdownEditor, "ask_replace", classmethod(lambda c, p, n: False))
    url = editor.insert_image()
    assert url == "/assets/resources/Bus-map-2024-2.png"
    assert (folder / "Bus-map-2024.png").read_bytes() == source.read_bytes()
    monkeypatch.setattr(MarkdownEditor, "ask_replace", classmethod(lambda c, p, n: None))
    assert editor.insert_image() is None


def test_insert_image_needs_a_site(editor: MarkdownEditor) -> None:
    assert not editor.insert_image_action.isEnabled()
    assert editor.insert_image(Path("/nonexistent.png")) is None


def test_colours_follow_a_dark_palette(qtbot, editor: MarkdownEditor) -> None:
    editor.set_markdown("# Heading\n\nText")
    light = editor.highlighter.formats["heading"].foreground().color()
    dark = QPalette(editor.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#dddddd"))
    editor.setPalette(dark)
    heading = editor.highlighter.formats["heading"].foreground().color()
    assert heading.lightness() > 128 > light.lightness()
    block = editor.document().firstBlock()
    colours = {r.format.foreground().color().name() for r in block.layout().formats()}
    assert heading.name() in colours


def test_highlighting_knows_markdown_liquid_and_comments(editor: MarkdownEditor) -> None:
    editor.set_markdown(
        "## Title\n\nSome **bold** and [a link](/x).\n<!--more-->\n{% include x.html %}\n"
        "```\n# not a heading\n```\n<!-- a\nlong comment -->\n> quoted"
    )
    f = editor.highlighter.formats

    def colour_at(line: int, column: int) -> str:
        block = editor.document().findBlockByNumber(line)
        for r in block.layout().formats():
            if r.start <= column < r.start + r.length:
                return r.format.foreground().color().name()
        return ""

    name = lambda key: f[key].foreground().color().name()  # noqa: E731
    assert colour_at(0, 3) == name("heading")
    assert colour_at(2, 8) == name("strong")
    assert colour_at(2, 20) == name("link")
    assert colour_at(3, 3) == name("comment")
    assert colour_at(4, 3) == name("liquid")
    assert colour_at(6, 0) == name("fence")
    assert colour_at(9, 2) == name("comment")  # the second line of a comment
    assert colour_at(10, 2) == name("quote")


def test_inserted_images_go_where_the_page_keeps_its_images(
    editor: MarkdownEditor, site_copy: Path, tmp_path: Path
) -> None:
    site = Site.open(site_copy)
    editor.set_site(site)  # as the window does: no folder given
    body = Document.load(site_copy / CASE_STUDY).body
    editor.set_markdown(body)
    assert editor.image_folder() == site_copy / "assets" / "resources"
    editor.set_markdown("A new page without images yet.")
    editor.set_collection("people")
    assert editor.image_folder() == site_copy / "assets" / "people"
    source = tmp_path / "portrait.jpg"
    source.write_bytes(b"jpeg")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    assert editor.insert_image(source, alt="A portrait") == "/assets/people/portrait.jpg"
    assert editor.markdown().endswith("![A portrait](/assets/people/portrait.jpg)")
    # Inserted at the end of the sentence typed: below it, in a paragraph of its own (the
    # preview shows it under the words, not within the sentence).
    assert editor.markdown() == (
        "A new page without images yet.\n\n![A portrait](/assets/people/portrait.jpg)"
    )


def test_a_shorter_fence_inside_a_code_block_does_not_close_it(editor: MarkdownEditor) -> None:
    """A page showing how to write a code block (hugo-docs' diagrams page) puts ``` lines inside
    a ```` block: only a fence as long closes it, so the words after the block are prose again
    and the ``` lines inside stay code (they were taken as closing it, and the prose after the
    block was coloured as code)."""
    editor.set_markdown(
        "````txt\n```goat\n  a --> b\n```\n````\n\nWill be rendered as:\n\n"
        "~~~~\n~~~\nstill code\n~~~~~\nprose **again**\n"
    )
    fence = editor.highlighter.formats["fence"].foreground().color().name()

    def colour_at(line: int, column: int) -> str:
        block = editor.document().findBlockByNumber(line)
        for r in block.layout().formats():
            if r.start <= column < r.start + r.length:
                return r.format.foreground().color().name()
        return ""

    assert colour_at(2, 3) == fence  # inside the goat block shown as text
    assert colour_at(4, 0) == fence  # the closing ````
    assert colour_at(6, 2) != fence  # "Will be rendered as:" is prose
    assert colour_at(10, 2) == fence  # ~~~ did not close ~~~~
    assert colour_at(12, 0) != fence  # ~~~~~ did
    assert colour_at(12, 9) == editor.highlighter.formats["strong"].foreground().color().name()


def test_colouring_a_long_page_in_view_changes_nothing(qtbot, editor) -> None:
    """Only the lines in view of a very long page are coloured; scrolling colours the others,
    and that is no edit: nothing reports the text as changed."""
    from editor_app.ui.highlighter import PENDING

    editor.LAZY_FROM_BLOCKS = 500
    text = "\n".join(f"Line {i} with **bold** words." for i in range(3000))
    editor.resize(400, 300)
    editor.show()
    editor.set_markdown(text)
    far = editor.document().findBlockByNumber(2500)
    assert far.userState() & PENDING  # not coloured yet
    near = editor.document().findBlockByNumber(2)
    assert not near.userState() & PENDING
    changes: list[int] = []
    editor.textChanged.connect(
        lambda: None if editor.highlighter.recolouring else changes.append(1)
    )
    editor.go_to_line(2500)
    qtbot.wait(50)
    far = editor.document().findBlockByNumber(2500)
    assert not far.userState() & PENDING  # coloured once in view
    assert any(r.format.fontWeight() > 400 for r in far.layout().formats())
    assert changes == []
    assert editor.markdown() == text
    assert not editor.document().isModified()


def test_a_page_of_few_but_long_lines_is_coloured_in_view_only(qtbot, editor) -> None:
    """A 120 KB page of 1,500 lines (tables of long rows, as the emoji reference has) colours
    only what is in view as it opens; scrolling down colours the rest."""
    from editor_app.ui.highlighter import PENDING

    row = "| **bold** | `code` | " + "word " * 12 + "|"
    text = "\n".join(f"{row} {i}" for i in range(1500))
    assert len(text) >= editor.LAZY_FROM_CHARS and 1500 < editor.LAZY_FROM_BLOCKS
    editor.resize(400, 300)
    editor.show()
    editor.set_markdown(text)
    assert editor.document().findBlockByNumber(1400).userState() & PENDING
    near = editor.document().findBlockByNumber(1)
    assert not near.userState() & PENDING
    assert any(r.format.fontWeight() > 400 for r in near.layout().formats())
    editor.go_to_line(1400)
    qtbot.wait(50)
    far = editor.document().findBlockByNumber(1400)
    assert not far.userState() & PENDING
    assert any(r.format.fontWeight() > 400 for r in far.layout().formats())
    assert editor.markdown() == text
    short = "\n".join(f"{row} {i}" for i in range(100))  # a short page: coloured whole
    editor.set_markdown(short)
    assert not editor.document().findBlockByNumber(99).userState() & PENDING
