"""The document list, preview pane, problems list and background jobs, driven as a person would."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from editor_app.core.site import Site
from editor_app.ui.library import DocumentList
from editor_app.ui.preview import HAVE_WEBENGINE, PreviewPane
from editor_app.ui.problems import ProblemList
from editor_app.ui.workers import JobRunner


@pytest.fixture
def document_list(qtbot, shared_site: Path) -> DocumentList:
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.set_site(Site.open(shared_site))
    return widget


def test_list_shows_the_chosen_collection(document_list: DocumentList, shared_site: Path) -> None:
    assert document_list.set_collection("resources")
    paths = document_list.paths()
    assert len(paths) == len(list((shared_site / "_resources").glob("*.md")))
    assert all(p.parent.name == "_resources" for p in paths)
    # Title, date and status columns are filled from the front matter.
    model = document_list.proxy
    statuses = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert {"draft", "final"} & statuses
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert all(titles)


def test_search_filters_as_you_type(qtbot, document_list: DocumentList) -> None:
    document_list.set_collection("resources")
    everything = len(document_list.paths())
    qtbot.keyClicks(document_list.search, "case study")
    shown = document_list.paths()
    assert 0 < len(shown) < everything
    assert any("case-study" in p.name for p in shown)
    assert "of" in document_list.count_label.text()
    document_list.search.clear()
    assert len(document_list.paths()) == everything


def test_clicking_a_row_asks_to_open_it(qtbot, document_list: DocumentList) -> None:
    document_list.set_collection("resources")
    index = document_list.proxy.index(0, 0)
    rect = document_list.view.visualRect(index)
    with qtbot.waitSignal(document_list.documentActivated) as blocker:
        qtbot.mouseClick(
            document_list.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert blocker.args[0] == document_list.paths()[0]


def test_unsaved_marker(document_list: DocumentList) -> None:
    document_list.set_collection("resources")
    path = document_list.paths()[0]
    document_list.set_modified(path, True)
    assert document_list.is_marked_modified(path)
    document_list.refresh()  # survives a refresh of the list
    assert document_list.is_marked_modified(path)
    document_list.set_modified(path, False)
    assert not document_list.is_marked_modified(path)


@dataclass(frozen=True)
class _Problem:
    path: str
    line: int | None
    field: str | None
    severity: str
    code: str
    message: str


def test_problem_list_shows_and_activates(qtbot, tmp_path: Path) -> None:
    widget = ProblemList()
    qtbot.addWidget(widget)
    problems = [
        _Problem(str(tmp_path / "_resources/a.md"), 3, "status", "error", "bad-choice", "Wrong"),
        _Problem("_resources/b.md", None, None, "warning", "x", "Odd"),
    ]
    widget.set_problems(problems, tmp_path, "Whole site:")
    assert widget.tree.topLevelItemCount() == 2
    first = widget.tree.topLevelItem(0)
    assert first.text(1) == "_resources/a.md"
    assert first.text(2) == "3"
    assert widget.summary.text() == "Whole site: Found 1 error and 1 warning."
    rect = widget.tree.visualItemRect(first)
    with qtbot.waitSignal(widget.problemActivated) as blocker:
        qtbot.mouseClick(widget.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] is problems[0]
    widget.set_problems([], tmp_path)
    assert "No problems" in widget.summary.text()


def test_problem_list_puts_errors_then_warnings_before_suggestions(qtbot, tmp_path: Path) -> None:
    widget = ProblemList()
    qtbot.addWidget(widget)
    problems = [
        _Problem("_resources/a.md", 2, None, "suggestion", "link-insecure", "Plain http"),
        _Problem("_resources/a.md", 9, None, "warning", "x", "Odd"),
        _Problem("_resources/b.md", 1, None, "suggestion", "sentence-long", "Long"),
        _Problem("_resources/c.md", 4, "status", "error", "bad-choice", "Wrong"),
        _Problem("_resources/d.md", 5, None, "warning", "y", "Odder"),
    ]
    widget.set_problems(problems, tmp_path)
    shown = [widget.tree.topLevelItem(i).text(3) for i in range(widget.tree.topLevelItemCount())]
    assert shown == ["Wrong", "Odd", "Odder", "Plain http", "Long"]
    rect = widget.tree.visualItemRect(widget.tree.topLevelItem(3))
    with qtbot.waitSignal(widget.problemActivated) as blocker:
        qtbot.mouseClick(widget.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args[0] is problems[0]


def test_jobs_report_results_progress_and_cancel(qtbot) -> None:
    runner = JobRunner()
    got: dict = {"progress": []}

    def work(n: int, progress) -> int:
        for i in range(n):
            progress(i + 1, n)
        return n * 2

    # The callbacks are connected before the job starts (a signal connected after a fast job
    # has finished would never arrive).
    runner.start(
        work,
        3,
        on_done=lambda r: got.update(result=r),
        on_progress=lambda d, t: got["progress"].append((d, t)),
    )
    qtbot.waitUntil(lambda: "result" in got)
    assert got["result"] == 6
    qtbot.waitUntil(lambda: (3, 3) in got["progress"])

    def fails() -> None:
        raise ValueError("no such thing")

    job = runner.start(fails, on_error=lambda reason: got.update(error=reason))
    qtbot.waitUntil(lambda: "error" in got)
    assert got["error"] == "no such thing"
    del job

    def slow(progress) -> None:
        import time

        for i in range(1000):
            time.sleep(0.005)
            progress(i, 1000)

    job = runner.start(
        slow, on_progress=lambda d, t: None, on_cancelled=lambda: got.update(cancelled=True)
    )
    job.cancel()
    qtbot.waitUntil(lambda: got.get("cancelled", False), timeout=5000)
    runner.shutdown()


def _shut(qtbot, pane: PreviewPane) -> None:
    pane.shutdown()
    qtbot.wait(50)


@pytest.mark.parametrize("web", [False, True] if HAVE_WEBENGINE else [False])
def test_preview_shows_html_offline(qtbot, web: bool, shared_site: Path) -> None:
    pane = PreviewPane(web=web)
    qtbot.addWidget(pane)
    pane.set_site_root(shared_site)
    pane.resize(500, 400)
    pane.show()
    html = (
        "<h1>Hello preview</h1><p>Text <img src='https://example.org/x.png'>"
        "<img src='/etc/hostname.png'></p>"
    )
    with qtbot.waitSignal(pane.rendered, timeout=10000):
        pane.set_html(html, shared_site / "_resources")
    seen: list[str] = []
    qtbot.waitUntil(
        lambda: (pane.to_plain_text(seen.append), bool(seen) and "Hello preview" in seen[-1])[1],
        timeout=10000,
    )
    if web:
        # Files outside the site are blocked; remote ones are refused before any request.
        blocked = pane._interceptor.blocked
        qtbot.waitUntil(lambda: any("/etc/" in u for u in blocked), timeout=5000)
        # Remote: Chromium is told local pages may not reach remote addresses, so it refuses
        # them itself (they never reach the interceptor, which would block them too).
        settings = pane.view.page().settings()
        attribute = settings.WebAttribute.LocalContentCanAccessRemoteUrls
        assert settings.testAttribute(attribute) is False
        assert not any("example.org" in u for u in blocked)
    else:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QTextDocument

        # The text browser gets nothing for a remote image: no request, no picture.
        image = QTextDocument.ResourceType.ImageResource.value
        remote = pane.view.loadResource(image, QUrl("https://example.org/x.png"))
        assert remote is None or not remote
        outside = pane.view.loadResource(image, QUrl("file:///etc/hostname.png"))
        assert outside is None or not outside
    _shut(qtbot, pane)


def test_links_in_the_preview_open_in_the_browser(qtbot, monkeypatch) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pane = PreviewPane(web=False)
    qtbot.addWidget(pane)
    pane.view.anchorClicked.emit(QUrl("https://example.org/page"))
    pane.view.anchorClicked.emit(QUrl("file:///etc/passwd"))  # local files never open
    assert opened == ["https://example.org/page"]
    if HAVE_WEBENGINE:
        from PySide6.QtWebEngineCore import QWebEnginePage

        web = PreviewPane(web=True)
        qtbot.addWidget(web)
        page = web.view.page()
        link = QWebEnginePage.NavigationType.NavigationTypeLinkClicked
        assert not page.acceptNavigationRequest(QUrl("https://example.org/two"), link, True)
        assert opened[-1] == "https://example.org/two"
        _shut(qtbot, web)
