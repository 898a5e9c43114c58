"""The review window opens on the page open in the main window, when that page waits for review."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from editor_app.core import gitutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import review_main_window  # noqa: E402
from review_site import BRAND, BRIEFING, EDUCATION, make_git_site  # noqa: E402

pytestmark = pytest.mark.skipif(not gitutil.git_available(), reason="git is not installed")


@pytest.fixture
def main_window(qtbot, settings, monkeypatch):  # noqa: ANN001, ANN201
    yield from review_main_window(qtbot, settings, monkeypatch)


def _current(rw) -> str | None:
    current = rw.panel.current
    return None if current is None else current.relative


def _first_row(rw) -> str:
    from editor_app.ui.review import ITEM_ROLE

    return rw.panel.proxy.index(0, 0).data(ITEM_ROLE).relative


def test_queue_opens_on_the_open_page(qtbot, site_copy: Path, main_window) -> None:
    site = make_git_site(site_copy, education_draft=True)
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(site)
    hook = main_window.review

    # Each of the three drafts in turn (two of them are not the first row), on the first
    # opening and on later ones.
    for relative in (BRIEFING, BRAND, EDUCATION):
        assert main_window.open_document(site / relative)
        rw = hook.open_queue()
        qtbot.waitUntil(lambda w=rw: w.panel.model.rowCount() == 3, timeout=20000)
        qtbot.waitUntil(lambda w=rw, r=relative: _current(w) == r, timeout=5000)
        assert rw.panel.title_label.text() == rw.panel.current.title
        rw.close()


def test_queue_keeps_its_first_row_when_the_open_page_is_not_waiting(
    qtbot, site_copy: Path, main_window
) -> None:
    site = make_git_site(site_copy)
    with qtbot.waitSignal(main_window.siteOpened, timeout=30000):
        main_window.open_folder(site)
    assert main_window.open_document(site / EDUCATION)  # final: not in the queue
    rw = main_window.review.open_queue()
    qtbot.waitUntil(lambda: rw.panel.model.rowCount() == 2, timeout=20000)
    qtbot.waitUntil(lambda: rw.panel.current is not None, timeout=5000)
    assert _current(rw) == _first_row(rw)
