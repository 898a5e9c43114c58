"""The panels of the main window and where they sit: list | form + text | preview, problems.

`build_panels(window)` creates them as attributes of the window (`library`, `form`,
`form_area`, `editor`, `banner`, `banner_label`, `placeholder`, `centre_splitter`, `centre`,
`preview`, `splitter`, `problems`, `problems_dock`); the window wires them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from editor_app.paths import is_sample_site
from editor_app.ui.editor import MarkdownEditor
from editor_app.ui.focus_frame import FocusFrame, FramesChoiceBoxes
from editor_app.ui.form import FrontMatterForm
from editor_app.ui.form_tab_order import keep_form_in_tab_order
from editor_app.ui.library import DocumentList
from editor_app.ui.library_keys import DATE, STATUS
from editor_app.ui.preview import PreviewPane
from editor_app.ui.problems import ProblemList
from editor_app.ui.screen_fit import fit_to_screen, is_small_screen, keep_on_screen
from editor_app.ui.text_direction import show_page_direction


def _banner(window: Any) -> tuple[QFrame, QLabel]:
    """A banner above the form for things the author must know (unreadable header, ...)."""
    banner = QFrame()
    banner.setFrameShape(QFrame.Shape.StyledPanel)
    banner.setAutoFillBackground(True)
    banner.setBackgroundRole(banner.palette().ColorRole.ToolTipBase)
    banner.setForegroundRole(banner.palette().ColorRole.ToolTipText)
    icon = QLabel()
    icon.setPixmap(
        window.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24)
    )
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(window.tr("Notice"))
    layout = QHBoxLayout(banner)
    layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(label, 1)
    banner.hide()
    return banner, label


def bottom_dock(window: Any, title: str, name: str, panel: QWidget) -> QDockWidget:
    """`panel` docked under the page (the author may move it to the right); `name` keeps its
    place from one run to the next."""
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(panel)
    dock.setAllowedAreas(
        Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    return dock


def _say_what_to_do(window: Any, shown: int, total: int) -> None:
    """The word in place of the page: an empty list said "Choose a document in the list"."""
    tr = window.tr
    site = getattr(window, "site", None)
    if total == 0 and site is not None and not site.collections:
        # No kind of page to make one of (File > New says so): most likely another folder.
        text = tr("No pages in this folder. File > Open Folder… (Ctrl+O) opens the site's folder.")
    elif total == 0:
        text = tr("No pages of this kind yet. File > New Document… (Ctrl+N) makes one.")
    elif shown == 0:
        text = tr("No title in this list matches the search.")
    elif site is not None and _opened_sample(window, site):
        # The first start opens the sample with no word of what it is: a newcomer did not
        # know that these pages were not theirs, nor how to reach their own site.
        text = tr(
            "This is a sample site to try the editor on: choose a document in the list, or "
            "make a new one. File\u00a0>\u00a0Open\u00a0Folder… (Ctrl+O) opens your own site."
        )
    else:
        text = tr("Choose a document in the list, or make a new one.")
    window.placeholder.setText(text)


def _opened_sample(window: Any, site: Any) -> bool:
    """Whether `site` is the sample, worked out once per site opened (the list's count
    changes at each key typed in its search; the answer resolves three paths)."""
    known = getattr(window, "_sample_site_answer", None)
    if known is None or known[0] is not site:
        known = (site, is_sample_site(site.root))
        window._sample_site_answer = known
    return known[1]


def build_panels(window: Any) -> None:
    """Create the window's panels and lay them out (nothing is wired yet)."""
    tr = window.tr
    window.library = DocumentList()
    window.library.setAccessibleName(tr("Document list"))

    window.form = FrontMatterForm()
    window.form.setAccessibleName(tr("Page settings"))
    window.form_area = QScrollArea()
    window.form_area.setWidget(window.form)
    window.form_area.setWidgetResizable(True)
    window.form_area.setFrameShape(QFrame.Shape.NoFrame)
    window.form_area.setAccessibleName(tr("Page settings"))

    window.editor = MarkdownEditor()
    window.editor.setAccessibleName(tr("Page text"))

    window.banner, window.banner_label = _banner(window)

    window.placeholder = QLabel(tr("Choose a document in the list, or make a new one."))
    window.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
    window.placeholder.setWordWrap(True)
    # Its words wrap short of the dividers beside it: at 1024x700 they ran up to them.
    window.placeholder.setContentsMargins(12, 0, 12, 0)
    window.library.countChanged.connect(lambda shown, total: _say_what_to_do(window, shown, total))

    centre_splitter = QSplitter(Qt.Orientation.Vertical)
    centre_splitter.setObjectName("centreSplitter")
    centre_splitter.addWidget(window.form_area)
    centre_splitter.addWidget(window.editor)
    centre_splitter.setStretchFactor(0, 2)
    centre_splitter.setStretchFactor(1, 3)
    centre_splitter.setChildrenCollapsible(False)
    centre_splitter.setSizes([380, 420])  # room for the usual dozen fields
    window.centre_splitter = centre_splitter

    centre = QWidget()
    centre_layout = QVBoxLayout(centre)
    centre_layout.setContentsMargins(0, 0, 0, 0)
    centre_layout.addWidget(window.banner)
    centre_layout.addWidget(window.placeholder, 1)
    centre_layout.addWidget(centre_splitter, 1)
    window.centre = centre

    # Chromium starts once the site is listed; the text preview shows pages until then.
    window.preview = PreviewPane(defer_web=True)

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.addWidget(window.library)
    splitter.addWidget(centre)
    splitter.addWidget(window.preview)
    # The list grows a little with the window too: its titles are what tell pages apart.
    splitter.setStretchFactor(0, 1)
    splitter.setStretchFactor(1, 3)
    splitter.setStretchFactor(2, 3)
    splitter.setSizes([340, 600, 540])
    window.splitter = splitter
    window.setCentralWidget(splitter)

    window.problems = ProblemList()
    dock = bottom_dock(window, tr("Problems"), "problemsDock", window.problems)
    dock.hide()
    window.problems_dock = dock

    # Where the keyboard is, seen from afar, as round the preview: the text showed it only by
    # its caret, and the list's selected row looks the same whether it holds the keyboard.
    window.editor.focus_frame = FocusFrame(window.editor)
    window.library.view.focus_frame = FocusFrame(window.library.view)
    window.form.choice_frames = FramesChoiceBoxes(window.form)

    # Keyboard order follows the eye: list, form, text, preview.
    keep_form_in_tab_order(window)
    window.setTabOrder(window.editor, window.preview.view)


def restore_layout(window: Any) -> None:
    """Window size, docks, splitters and shown panels as they were when it last closed."""
    s = window.settings
    geometry = s.value("window/geometry")
    moved = False  # to a smaller screen than the one it was last closed on
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
        keep_on_screen(window)  # all of it stays in sight
        size = s.value("window/size")
        if isinstance(size, QSize) and (
            size.width() > window.width() or size.height() > window.height()
        ):
            # Remembered on a bigger screen, Qt brought it back at two thirds of this one (682
            # x 450 on a 1024 x 700 laptop): it opens here as on a first start instead.
            geometry, moved = None, True
    if not isinstance(geometry, QByteArray) or geometry.isEmpty():
        # A first start: most of a big screen, all of a small one.
        fit_to_screen(window, 1600, 1000, share=0.9)
        if is_small_screen(window):
            fit_to_screen(window, 1600, 1000, share=1.0)
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    if remembered_true(s.value("window/maximized", False)):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    state = s.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)
    # Docks keep their places but start closed: their contents (problems, notes, search) were
    # about a page or a site that is not open yet. Each opens again when it has something.
    for dock in window.findChildren(QDockWidget):
        dock.hide()
    # First start: the list gets a quarter of the width (at least room for a short title and
    # its date), the text a little more than the preview.
    width = window.width()
    list_width = max(290, width // 4)
    rest = max(0, width - list_width)
    window.splitter.setSizes([list_width, rest * 53 // 100, rest * 47 // 100])
    for splitter, key in (
        (window.splitter, "window/mainSplitter"),
        (window.centre_splitter, "window/centreSplitter"),
    ):
        if moved and splitter is window.splitter:
            continue  # widths of a bigger screen, shrunk: the list's titles cut to a word
        value = s.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            splitter.restoreState(value)
    for action in _panel_toggles(window):
        action.setChecked(remembered_true(s.value(f"view/{action.objectName()}", True)))
    chosen = {c: remembered_int(s.value(f"library/column{c}Width")) for c in (DATE, STATUS)}
    window.library.columns.remember({c: w for c, w in chosen.items() if w})


def remembered_int(value: object) -> int | None:
    """A whole number as read back from the settings file (text in INI files); None if none."""
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None


def remembered_true(value: object) -> bool:
    """A yes/no setting as read back from the settings file ("true"/"false" in INI files)."""
    return value not in (False, "false", "0", 0, None, "")


def save_layout(window: Any) -> None:
    """Remember the window layout (called when the window closes)."""
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/size", window.normalGeometry().size())  # to tell a smaller screen
    s.setValue("window/maximized", window.isMaximized())
    s.setValue("window/state", window.saveState())
    s.setValue("window/problemsSized", bool(getattr(window, "problems_sized", False)))
    problems_height = getattr(window, "problems_height", None)
    if problems_height is not None:
        problems_height.remember()
    fit = getattr(window, "form_fit", None)
    if fit is not None and fit.wanted is not None:
        s.setValue("window/formHeight", int(fit.wanted))
    s.setValue("window/mainSplitter", window.splitter.saveState())
    s.setValue("window/centreSplitter", window.centre_splitter.saveState())
    tools = getattr(window, "site_tools", None)
    under_search = tools.list_shown_under_search() if tools is not None else None
    for action in _panel_toggles(window):
        shown = action.isChecked()
        if action is window.toggle_list_action and under_search is not None:
            # The Search Site panel stood in for the list, which starts closed: remembered
            # hidden, the window came back with neither.
            shown = under_search
        s.setValue(f"view/{action.objectName()}", shown)
    for column, width in window.library.columns.chosen.items():  # Date, Status sized by hand
        s.setValue(f"library/column{column}Width", width)
    s.sync()


def _panel_toggles(window: Any) -> tuple[Any, ...]:
    return (window.toggle_list_action, window.toggle_form_action, window.toggle_preview_action)


def show_banner(w: Any, doc: Any) -> None:
    """What the author must know about the open page, above the form (or nothing)."""
    notes: list[str] = []
    reason = getattr(doc, "read_only_reason", None) if doc is not None else None
    # A header error in a read-only file (binary data) cannot be fixed here: the reason alone.
    if doc is not None and doc.error is not None and not reason:
        if getattr(doc.error, "fixable", True):
            text = w.tr(
                "Line {line}: {message}\nThe whole file is shown below so you can fix it; "
                "nothing has been changed or lost. Save when done to get the settings "
                "form back."
            )
        else:  # nothing to fix (Eleventy's ---js): the page is edited as text
            text = w.tr(
                "{message}\nThe whole file is shown below, to edit as text; nothing has "
                "been changed."
            )
        notes.append(text.format(line=doc.error.line, message=doc.error.message.rstrip(".") + "."))
    if reason:
        notes.append(
            w.tr("This page is shown but cannot be changed here: {reason}").format(
                reason=str(reason).rstrip(".") + "."
            )
        )
    if doc is not None and getattr(doc, "decode_error", None):
        notes.append(
            w.tr(
                "This file is not in the usual text encoding; it was read as {encoding} "
                "and will be saved the same way."
            ).format(encoding=doc.encoding)
        )
    w.banner_label.setText("\n\n".join(notes))
    w.banner.setVisible(bool(notes))


def fill_panels(w: Any, doc: Any, raw: bool) -> None:
    """Put a page in the form and the editor (the whole file in the editor when `raw`: its
    header could not be read)."""
    show_header = getattr(w.editor, "set_front_matter_shown", None)
    if callable(show_header):
        show_header(raw)
    collection = w.site.collection_of(doc.path) if w.site and doc.path else None
    set_editor_collection = getattr(w.editor, "set_collection", None)
    if callable(set_editor_collection):
        set_editor_collection(collection)  # its images go to its collection's folder
    collection_schema = (
        w.schema.for_collection(collection) if w.schema is not None and collection else None
    )
    # A Persian, Arabic or Hebrew page: its lines aligned as the preview shows them.
    show_page_direction(w, doc)
    # The same page read again (changed on disk: a suggestion accepted, a page saved by another
    # program) stays where the author was, the caret and the view; it went back to the top.
    shown_already = getattr(w, "form_shows", None) == doc.path
    place = _editor_place(w.editor) if shown_already and doc.path is not None else None
    if raw:
        w.form.load({}, collection_schema, [])
        w.form.setEnabled(False)
        w.editor.set_markdown(doc.text.replace("\r\n", "\n"))
    else:
        w.form.setEnabled(True)
        w.form.load(
            doc.front_matter,
            collection_schema,
            list(doc.front_matter),
            doc.path,
            has_header=doc.has_front_matter,
        )
        w.editor.set_markdown(doc.body)
    # A page the editor cannot change safely (binary data, an unknown encoding...): shown,
    # not editable; the banner says why.
    read_only = getattr(doc, "read_only_reason", None) is not None
    w.editor.setReadOnly(read_only)
    if read_only:
        w.form.setEnabled(False)
    if place is not None:
        _put_editor_back(w.editor, place)
    if not shown_already:
        # Another page: its form from the top (it opened scrolled where the last page's was
        # left, its title out of sight above); the same page read again stays where it was.
        w.form_area.verticalScrollBar().setValue(0)
    w.form_shows = doc.path


def _editor_place(editor: Any) -> tuple[int, int]:
    """The editor's caret and its view's top."""
    return editor.textCursor().position(), editor.verticalScrollBar().value()


def _put_editor_back(editor: Any, place: tuple[int, int]) -> None:
    """The caret and the view where `_editor_place` found them (within the new text)."""
    caret, top = place
    cursor = editor.textCursor()
    cursor.setPosition(min(caret, max(0, editor.document().characterCount() - 1)))
    editor.setTextCursor(cursor)
    editor.verticalScrollBar().setValue(top)  # after the caret: setTextCursor scrolls to it


# A panel docked beside the page takes at most this share of the window when it opens (but
# not below SIDE_DOCK_LEAST): on a 1024 px screen, a 360 px notes panel left the list's
# titles and the form a few pixels.
SIDE_DOCK_SHARE = 0.24
SIDE_DOCK_LEAST = 220


def keep_side_dock_narrow(window: Any, dock: QDockWidget) -> None:
    """Each time `dock` opens beside the page, narrow it to its share of the window."""

    def narrow() -> None:
        if not dock.isVisible() or dock.isFloating():
            return
        area = window.dockWidgetArea(dock)
        if area not in (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea):
            return
        most = max(SIDE_DOCK_LEAST, int(window.width() * SIDE_DOCK_SHARE))
        if dock.width() > most:
            window.resizeDocks([dock], [most], Qt.Orientation.Horizontal)

    dock.visibilityChanged.connect(lambda shown: shown and QTimer.singleShot(0, narrow))


# Below this width the three panes (list, form and text, preview) have no room to spare: a
# panel that opens by itself goes under them rather than beside them (at 1024 px the notes
# panel beside the page left the list's titles ~90 px and the text 290 px).
NARROW_WINDOW = 1280
_PUT_BELOW = "putBelowForWidth"  # the dock is under the page for want of width, not by choice
_PLACED_BY_AUTHOR = "placedByAuthor"  # moved by the author this session: left where they put it
_PLACING = "placingForWidth"  # moved by the rule below, not by the author


def place_dock_opening_by_itself(window: Any, dock: QDockWidget) -> None:
    """Before `dock` (a side panel) opens by itself: under the page in a narrow window, a tab
    beside the Problems panel's (side by side, both were too narrow to read); back beside the
    page in a wide one when it was put under for want of width. A floating dock, one the
    author put under the page, or one the author moved this session stays where it is."""
    if dock.isVisible():
        return
    _place_for_width(window, dock)


def place_dock_opened_by_hand(window: Any, dock: QDockWidget) -> None:
    """`dock` opened from a menu (its toggle action) is placed by the same width rule as when
    it opens by itself: it opened where it was last, beside the page, squeezing a 1024 px
    window. Moved by the author this session (dragged, docked again), it is left there."""

    def moved(_area: Qt.DockWidgetArea) -> None:
        if dock.isVisible() and not dock.property(_PLACING):
            dock.setProperty(_PLACED_BY_AUTHOR, True)
            dock.setProperty(_PUT_BELOW, False)

    dock.dockLocationChanged.connect(moved)
    dock.topLevelChanged.connect(lambda _floating: moved(Qt.DockWidgetArea.NoDockWidgetArea))
    # Runs just after Qt has shown the dock, before anything is drawn.
    dock.toggleViewAction().triggered.connect(lambda shown: shown and _opened_by_hand(window, dock))


def _opened_by_hand(window: Any, dock: QDockWidget) -> None:
    _place_for_width(window, dock)
    dock.raise_()  # in front of Problems when they share a place as tabs


def _place_for_width(window: Any, dock: QDockWidget) -> None:
    if dock.isFloating() or dock.property(_PLACED_BY_AUTHOR):
        return
    dock.setProperty(_PLACING, True)
    try:
        _move_for_width(window, dock)
    finally:
        dock.setProperty(_PLACING, False)


def _move_for_width(window: Any, dock: QDockWidget) -> None:
    area = window.dockWidgetArea(dock)
    narrow = window.width() < NARROW_WINDOW
    if narrow and area == Qt.DockWidgetArea.RightDockWidgetArea:
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock, Qt.Orientation.Horizontal)
        dock.setProperty(_PUT_BELOW, True)
        problems = getattr(window, "problems_dock", None)
        if (
            problems is not None
            and not problems.isFloating()
            and window.dockWidgetArea(problems) == Qt.DockWidgetArea.BottomDockWidgetArea
        ):
            window.tabifyDockWidget(problems, dock)
        # A strip of the window's height: its notes readable, the page keeping the most.
        height = max(SIDE_DOCK_LEAST * 3 // 4, window.height() // 4)
        QTimer.singleShot(0, lambda: window.resizeDocks([dock], [height], Qt.Orientation.Vertical))
    elif not narrow and area == Qt.DockWidgetArea.BottomDockWidgetArea and dock.property(_PUT_BELOW):
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        dock.setProperty(_PUT_BELOW, False)
