"""The window as a newcomer meets it: every window fits the screen, the form never scrolls
sideways, and a clicked problem's field is in sight."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QScrollArea
from window_helpers import open_site

from editor_app.core.document import Document
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.ui.form import FrontMatterForm
from editor_app.ui.main_window import MainWindow
from editor_app.ui.screen_fit import available_area

LONGEST_CASE_STUDY = "_resources/case-study-dfe.md"


def make_window(qtbot, settings: QSettings) -> MainWindow:  # noqa: ANN001 - qtbot
    w = MainWindow(settings)
    qtbot.addWidget(w)
    return w


@pytest.fixture
def window(quiet_window):  # noqa: ANN001, ANN201
    return quiet_window


def test_first_start_fills_a_small_screen_and_stays_on_it(qtbot, settings: QSettings) -> None:
    w = make_window(qtbot, settings)
    area = available_area(w)
    assert area.width() < 1280  # the offscreen screen is a small one (800x600)
    assert w.width() >= area.width() * 0.9 and w.height() >= area.height() * 0.85
    assert w.width() <= area.width() and w.height() <= area.height()
    assert w.windowState() & Qt.WindowState.WindowMaximized


def test_first_start_on_a_1440x900_laptop_is_maximised(
    qtbot, settings: QSettings, monkeypatch
) -> None:
    from PySide6.QtCore import QRect

    from editor_app.ui import screen_fit

    monkeypatch.setattr(screen_fit, "available_area", lambda widget: QRect(0, 0, 1440, 870))
    w = make_window(qtbot, settings)
    assert w.windowState() & Qt.WindowState.WindowMaximized  # not 1300x830 in the middle
    monkeypatch.setattr(screen_fit, "available_area", lambda widget: QRect(0, 0, 2560, 1400))
    big = make_window(qtbot, QSettings(str(settings.fileName()) + "2", QSettings.Format.IniFormat))
    assert not big.windowState() & Qt.WindowState.WindowMaximized  # a big monitor: a window
    assert big.width() <= 1600 and big.height() <= 1000


def test_a_size_remembered_from_a_bigger_screen_is_brought_onto_this_one(
    qtbot, settings: QSettings
) -> None:
    big = make_window(qtbot, settings)
    big.setWindowState(Qt.WindowState.WindowNoState)
    big.setGeometry(300, 200, 1900, 1150)  # as saved on a large monitor
    settings.setValue("window/geometry", big.saveGeometry())
    settings.setValue("window/maximized", False)
    w = make_window(qtbot, settings)
    area = available_area(w)
    assert w.width() <= area.width() and w.height() <= area.height()
    assert area.contains(w.geometry().topLeft())


def test_maximised_is_remembered(qtbot, settings: QSettings) -> None:
    w = make_window(qtbot, settings)
    w.setWindowState(Qt.WindowState.WindowMaximized)
    w.show()
    qtbot.waitUntil(w.isMaximized)
    w.save_settings()
    assert isinstance(settings.value("window/geometry"), QByteArray)
    again = make_window(qtbot, settings)
    again.show()
    qtbot.waitUntil(again.isMaximized)


def test_review_window_fits_the_screen(qtbot) -> None:
    from editor_app.ui.review import ReviewWindow

    rw = ReviewWindow()
    qtbot.addWidget(rw)
    rw.show()
    qtbot.waitExposed(rw)
    area = available_area(rw)
    least = rw.minimumSizeHint()
    # All of it fits a 1024x700 screen (with room for a title bar and a desktop panel)...
    assert least.width() <= 1000 and least.height() <= 640, least
    # ...and it opens no bigger than the screen it is on (here 800x800), not at 1300x820.
    assert rw.width() <= max(area.width(), least.width()) and rw.height() <= area.height()
    assert rw.geometry().left() >= area.left() and rw.geometry().top() >= area.top()


def test_long_chips_wrap_and_shorten_instead_of_scrolling_sideways(
    qtbot, shared_site: Path
) -> None:
    site = Site.open(shared_site)
    schema = load_schema(site)
    path = shared_site / LONGEST_CASE_STUDY
    doc = Document.load(path)
    form = FrontMatterForm()
    form.set_site(site, schema)
    long_value = "A project with a very long name that goes on and on " * 3
    values = dict(doc.front_matter, topics=[long_value, "Education"])
    form.load(values, schema.for_collection(site.collection_of(path)), list(values))
    area = QScrollArea()
    qtbot.addWidget(area)
    area.setWidget(form)
    area.setWidgetResizable(True)
    area.resize(380, 600)  # a narrow form, as at 1024x700 with a dock open
    area.show()
    qtbot.waitExposed(area)
    qtbot.wait(50)
    assert area.horizontalScrollBar().maximum() == 0
    chip = form.widgets["topics"].flow.itemAt(0).widget()
    assert chip.geometry().right() <= form.width()
    assert chip.label.text().endswith("…") and chip.label.toolTip() == long_value


def test_a_clicked_problem_shows_its_field(qtbot, window: MainWindow, site_copy: Path) -> None:
    from editor_app.core.validate import Problem

    window.resize(1000, 560)
    open_site(qtbot, window, site_copy)
    window.centre_splitter.setSizes([180, 400])  # a short form: the last field is out of sight
    path = (site_copy / LONGEST_CASE_STUDY).resolve()
    field = "image"  # the last field of a case study
    problem = Problem(
        path=str(path), line=None, field=field, severity="error", code="x", message="m"
    )
    window.jump_to_problem(problem)
    widget = window.form.widgets[field]
    viewport = window.form_area.viewport()

    def in_sight() -> bool:
        top = widget.mapTo(viewport, widget.rect().topLeft())
        bottom = widget.mapTo(viewport, widget.rect().bottomLeft())
        return top.y() >= 0 and bottom.y() <= viewport.height()

    qtbot.waitUntil(in_sight, timeout=3000)
    qtbot.wait(100)  # and it stays there once the page is laid out
    assert in_sight()


def test_emptying_the_add_box_does_not_pop_every_value(qtbot) -> None:
    from editor_app.ui.form import TagField

    field = TagField(["Education", "Health", "Public sector", "Data"], "topics")
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.input.setFocus()
    qtbot.keyClicks(field.input, "ed")
    qtbot.waitUntil(field.completer.popup().isVisible, timeout=2000)
    qtbot.keyClick(field.input, Qt.Key.Key_Backspace)
    qtbot.keyClick(field.input, Qt.Key.Key_Backspace)
    qtbot.wait(50)
    assert field.input.text() == ""
    assert not field.completer.popup().isVisible()


def test_the_preview_keeps_its_place_when_the_problem_list_opens(
    qtbot, window: MainWindow, site_copy: Path
) -> None:
    window.resize(1000, 560)
    open_site(qtbot, window, site_copy)
    preview = window.preview
    with qtbot.waitSignal(window.previewUpdated, timeout=20000):
        window.open_document(site_copy / LONGEST_CASE_STUDY)
    qtbot.waitUntil(lambda: not preview.web_pending, timeout=20000)
    qtbot.wait(300)

    def place() -> float:
        if preview.backend == "text":
            bar = preview.view.verticalScrollBar()
            return bar.value() / max(1, bar.maximum())
        page = preview.view.page()
        room = page.contentsSize().height() - preview.view.height()
        return page.scrollPosition().y() / max(1.0, room)

    preview.set_scroll_fraction(0.6)
    qtbot.waitUntil(lambda: abs(place() - 0.6) < 0.05, timeout=5000)
    window.validate_current()  # opens the problem list below
    qtbot.waitUntil(window.problems_dock.isVisible)
    qtbot.wait(400)
    assert abs(place() - 0.6) < 0.05, place()


def test_wrapping_at_the_window_edge_is_a_view_choice_remembered(
    qtbot, settings: QSettings
) -> None:
    from PySide6.QtWidgets import QPlainTextEdit

    w = make_window(qtbot, settings)
    assert w.wrap_action in w.view_menu.actions()
    assert w.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.WidgetWidth
    w.wrap_action.trigger()
    assert w.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
    again = make_window(qtbot, settings)
    assert not again.wrap_action.isChecked()
    assert again.editor.lineWrapMode() == QPlainTextEdit.LineWrapMode.NoWrap
