"""The main window's actions, menus, toolbar and status bar.

`build_actions(window)` then `build_menus(window)`, `build_toolbar(window)` and
`build_status_bar(window)` create them as attributes of the window (`new_action`,
`save_action`, ..., `file_menu`, `edit_menu`, `view_menu`, `tools_menu`, `help_menu`,
`toolbar`, `site_progress`, `stats_label`). Each action calls one public method of the window.
Other parts add their actions to these menus; they never rebuild them.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QStyle,
    QTextEdit,
    QToolBar,
    QWidget,
)

from editor_app.ui.status_fit import StatusFit
from editor_app.ui.status_progress import StatusProgress
from editor_app.ui.window_panels import remembered_true


def _edit(window: Any, what: str) -> None:
    """Cut, Copy, Paste or Select All in the text box that has the keyboard, else in the page's
    text; nothing in the page list or on a button: with the list in hand, Ctrl+V pasted into
    the page unseen, and Ctrl+A then Ctrl+X emptied it."""
    focus = QApplication.focusWidget()
    if focus is None or isinstance(focus, (QMenu, QMenuBar)):
        focus = last_focused(window)  # chosen from the menu: where it was
        if focus is not None and not focus.isVisible():
            focus = None
    if focus is None:
        target: Any = window.editor
    elif isinstance(focus, (QLineEdit, QTextEdit, QPlainTextEdit)):
        target = focus
    elif isinstance(focus, (QAbstractSpinBox, QComboBox)) and focus.findChild(QLineEdit):
        target = focus.findChild(QLineEdit)  # a date or a choice typed in
    else:
        return
    getattr(target, what)()


def last_focused(window: Any) -> QWidget | None:
    """The window's last focused widget that is no menu (kept by `_FocusMemory`), while it
    still exists; None before any."""
    widget = getattr(window, "_edit_focus", None)
    return widget if widget is not None and shiboken6.isValid(widget) else None


class _FocusMemory(QObject):
    """Remembers the window's last focused widget that is no menu (`window._edit_focus`)."""

    def changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self.parent()
        if new is not None and not isinstance(new, (QMenu, QMenuBar)) and new.window() is window:
            window._edit_focus = new


def _icon(window: Any, theme: str, fallback: QStyle.StandardPixmap) -> QIcon:
    return QIcon.fromTheme(theme, window.style().standardIcon(fallback))


def make_action(
    window: Any,
    text: str,
    slot: Any,
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    tip: str = "",
    icon: QIcon | None = None,
) -> QAction:
    """An action of the window calling `slot`, with its shortcut, tip and icon."""
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    if icon is not None:
        action.setIcon(icon)
    action.triggered.connect(slot)
    return action


def add_after(menu: QMenu, anchor: QAction | None, action: QAction) -> None:
    """Put `action` in `menu` just after `anchor`; at the end when `anchor` is not in it."""
    actions = menu.actions()
    if anchor in actions and actions.index(anchor) + 1 < len(actions):
        menu.insertAction(actions[actions.index(anchor) + 1], action)
    else:
        menu.addAction(action)


def _toggle(window: Any, text: str, widget: QWidget, name: str, shortcut: str) -> QAction:
    action = QAction(text, window)
    action.setCheckable(True)
    action.setChecked(True)
    action.setObjectName(name)
    action.setShortcut(QKeySequence(shortcut))
    action.toggled.connect(widget.setVisible)
    return action


def build_actions(w: Any) -> None:
    """The File, Edit, View, Tools and Help actions."""
    sp = QStyle.StandardPixmap
    key = QKeySequence.StandardKey
    tr = w.tr
    w.new_action = make_action(
        w,
        tr("&New Document…"),
        w.new_document,
        key.New,
        tr("Start a new page in this site"),
        _icon(w, "document-new", sp.SP_FileIcon),
    )
    w.open_action = make_action(
        w,
        tr("&Open Folder…"),
        w.choose_folder,
        key.Open,
        tr("Open the folder of a site"),
        _icon(w, "document-open", sp.SP_DirOpenIcon),
    )
    w.save_action = make_action(
        w,
        tr("&Save"),
        w.save_document,
        key.Save,
        tr("Save this page"),
        _icon(w, "document-save", sp.SP_DialogSaveButton),
    )
    w.save_as_action = make_action(
        w,
        tr("Save &As…"),
        w.save_document_as,
        key.SaveAs,
        tr("Save this page under another name or in another folder"),
    )
    w.close_action = make_action(
        w, tr("&Close Document"), w.close_document, key.Close, tr("Close this page")
    )
    w.quit_action = make_action(w, tr("&Quit"), w.close, "Ctrl+Q")
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    editor = w.editor
    # In the form, on the form's changes; in the text, on the editor's; elsewhere, on the
    # latest of the two (page_edits).
    w.undo_action = make_action(w, tr("&Undo"), lambda: w.documents.undo(), key.Undo)
    w.redo_action = make_action(w, tr("&Redo"), lambda: w.documents.redo(), key.Redo)
    # Greyed while there is nothing to undo or redo (page_edits.follow_histories).
    w.undo_action.setEnabled(False)
    w.redo_action.setEnabled(False)
    app = QApplication.instance()
    if app is not None:  # where the keyboard was before a menu opened, for Edit's items
        w._focus_memory = _FocusMemory(w)  # a child: disconnected when the window goes
        app.focusChanged.connect(w._focus_memory.changed)
    w.cut_action = make_action(w, tr("Cu&t"), lambda: _edit(w, "cut"), key.Cut)
    w.copy_action = make_action(w, tr("&Copy"), lambda: _edit(w, "copy"), key.Copy)
    w.paste_action = make_action(w, tr("&Paste"), lambda: _edit(w, "paste"), key.Paste)
    w.select_all_action = make_action(
        w, tr("Select &All"), lambda: _edit(w, "selectAll"), key.SelectAll
    )
    # The editor's own Find bar when it has one; otherwise the action is not shown.
    find = getattr(editor, "show_find", None)
    w.find_action = make_action(w, tr("&Find…"), find, key.Find) if callable(find) else None
    replace = getattr(editor, "show_replace", None)
    w.replace_action = (
        make_action(w, tr("Find and R&eplace…"), replace, "Ctrl+H")  # the editor's own key
        if callable(replace)
        else None
    )

    w.validate_action = make_action(
        w,
        tr("&Check This Page"),
        w.validate_current,
        "F7",
        tr("Look for problems in this page (F7)"),
        _icon(w, "tools-check-spelling", sp.SP_DialogApplyButton),
    )
    w.validate_action.setIconText(tr("Check"))
    w.validate_site_action = make_action(
        w,
        tr("Check the &Whole Site"),
        w.validate_whole_site,
        "Shift+F7",
        tr("Look for problems in every page of the site (Shift+F7)"),
    )

    w.site_notes_action = make_action(
        w,
        tr("What the Editor &Noticed About This Site…"),
        w.sites.show_site_notes,
        tip=tr("Things about the site's folders and settings that could not be worked out"),
    )
    w.site_notes_action.setEnabled(False)

    w.toggle_list_action = _toggle(w, tr("Document &List"), w.library, "showList", "Ctrl+1")
    w.toggle_form_action = _toggle(w, tr("Page &Settings"), w.form_area, "showForm", "Ctrl+2")
    w.toggle_preview_action = _toggle(w, tr("&Preview"), w.preview, "showPreview", "Ctrl+3")
    w.toggle_problems_action = w.problems_dock.toggleViewAction()
    w.toggle_problems_action.setText(tr("P&roblems"))
    w.toggle_problems_action.setShortcut(QKeySequence("Ctrl+4"))

    # Pages wrapped by hand at ~80 characters read raggedly when the editor wraps them again
    # at the window's edge: the author chooses. Display only: the file is never changed.
    w.wrap_action = QAction(tr("&Wrap Long Lines at the Window Edge"), w)
    w.wrap_action.setCheckable(True)
    w.wrap_action.setObjectName("wrapLines")
    w.wrap_action.setChecked(remembered_true(w.settings.value("view/wrapLines", True)))
    w.wrap_action.toggled.connect(lambda on: _set_wrap(w, on))
    _set_wrap(w, w.wrap_action.isChecked())
    # The same pages again: their paragraphs shown flowing, as the preview shows them. Display
    # only: the breaks are given back on saving (core/soft_wrap.py).
    w.join_lines_action = QAction(tr("&Join Hand-Wrapped Lines of Paragraphs"), w)
    w.join_lines_action.setCheckable(True)
    w.join_lines_action.setObjectName("joinLines")
    w.join_lines_action.setStatusTip(
        tr("Show each paragraph as one flowing line; the file keeps its own line breaks")
    )
    w.join_lines_action.setChecked(remembered_true(w.settings.value("view/joinLines", False)))
    w.join_lines_action.toggled.connect(lambda on: _set_join(w, on))
    _set_join(w, w.join_lines_action.isChecked())

    w.about_action = make_action(w, tr("&About editor-app"), lambda: about(w))


def _set_wrap(w: Any, on: bool) -> None:
    mode = QPlainTextEdit.LineWrapMode.WidgetWidth if on else QPlainTextEdit.LineWrapMode.NoWrap
    w.editor.setLineWrapMode(mode)
    w.settings.setValue("view/wrapLines", on)


def _set_join(w: Any, on: bool) -> None:
    w.editor.set_join_wrapped(on)
    w.settings.setValue("view/joinLines", on)


def build_menus(w: Any) -> None:
    """File, Edit, View, Tools and Help menus, in the menu bar."""
    tr = w.tr
    bar = w.menuBar()
    w.file_menu = bar.addMenu(tr("&File"))
    w.file_menu.addAction(w.new_action)
    w.file_menu.addAction(w.open_action)
    w.recent_menu = QMenu(tr("Open &Recent"), w)
    w.recent_menu.aboutToShow.connect(w._fill_recent_menu)
    w.file_menu.addMenu(w.recent_menu)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.save_action)
    w.file_menu.addAction(w.save_as_action)
    w.file_menu.addAction(w.close_action)
    w.file_menu.addSeparator()
    w.file_menu.addAction(w.quit_action)

    w.edit_menu = bar.addMenu(tr("&Edit"))
    for action in (w.undo_action, w.redo_action):
        w.edit_menu.addAction(action)
    w.edit_menu.addSeparator()
    for action in (w.cut_action, w.copy_action, w.paste_action):
        w.edit_menu.addAction(action)
    plain = getattr(w.editor, "paste_plain_action", None)
    if plain is not None:
        w.edit_menu.addAction(plain)
    w.edit_menu.addAction(w.select_all_action)
    if w.find_action is not None or w.replace_action is not None:
        w.edit_menu.addSeparator()
    for action in (w.find_action, w.replace_action):
        if action is not None:
            w.edit_menu.addAction(action)

    # The editor's formatting and Insert Image where an author looks for them (they were only
    # in the text's right-click menu: no one found how to put a picture in the text).
    formats = getattr(w.editor, "format_actions", None)
    if formats:
        w.format_menu = bar.addMenu(tr("F&ormat"))
        w.format_menu.addActions(formats)
        image = getattr(w.editor, "insert_image_action", None)
        if image is not None:
            w.format_menu.addSeparator()
            w.format_menu.addAction(image)
        # Greyed while no page is open: there is no text to format or put a picture in.
        shown = w.format_menu.menuAction()
        shown.setEnabled(False)
        w.documentOpened.connect(lambda _path: shown.setEnabled(True))
        w.documentClosed.connect(lambda _path: shown.setEnabled(False))

    w.view_menu = bar.addMenu(tr("&View"))
    for action in (
        w.toggle_list_action,
        w.toggle_form_action,
        w.toggle_preview_action,
        w.toggle_problems_action,
    ):
        w.view_menu.addAction(action)
    w.view_menu.addSeparator()
    w.view_menu.addAction(w.wrap_action)
    w.view_menu.addAction(w.join_lines_action)
    w.view_menu.addSeparator()

    w.tools_menu = bar.addMenu(tr("&Tools"))
    w.tools_menu.addAction(w.validate_action)
    w.tools_menu.addAction(w.validate_site_action)
    w.tools_menu.addAction(w.site_notes_action)

    w.help_menu = bar.addMenu(tr("&Help"))
    w.help_menu.addAction(w.about_action)


def build_toolbar(w: Any) -> None:
    """New, Save and Check, with their words beside the icons."""
    w.toolbar = QToolBar(w.tr("Main toolbar"))
    w.toolbar.setObjectName("mainToolbar")
    w.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    w.toolbar.addAction(w.new_action)
    w.toolbar.addAction(w.save_action)
    w.toolbar.addAction(w.validate_action)
    w.new_action.setIconText(w.tr("New"))
    w.save_action.setIconText(w.tr("Save"))
    w.addToolBar(w.toolbar)


def build_status_bar(w: Any) -> None:
    """The site's reading progress and the page's word count, on the right of the status bar."""
    status = w.statusBar()
    # One progress for every long job (the site read, a Word pack imported): ui/status_progress.
    w.status_progress = StatusProgress(w)
    w.site_progress = w.status_progress.job("site")
    w.stats_label = QLabel()
    w.stats_label.setAccessibleName(w.tr("Word count and reading time"))
    status.addPermanentWidget(w.stats_label)
    w.status_fit = StatusFit(status, w.stats_label)  # a long message is read whole


def about(w: Any) -> None:
    """Help > About."""
    from editor_app.ui import dialogs

    dialogs.show_info(
        w,
        w.tr("About editor-app"),
        w.tr(
            "editor-app edits the pages of a static website: the settings at the top of "
            "each page in a form, and the text in Markdown, with a live preview."
        ),
    )
