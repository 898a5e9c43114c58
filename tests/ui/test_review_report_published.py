"""The review window's report says in one row whether the page is on the site, from its status
field and what keeps it off, rather than "Status (not set)" beside "Published: no" on a
translated guide page whose kind has no status field."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from shared_sites import copy_shared_site

from editor_app.cli import main

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from review_helpers import open_panel  # noqa: E402
from review_site import BRAND  # noqa: E402

PERSIAN_PAGE = "_articles/fa/best-practices.md"


def report_on(qtbot, panel, path: Path) -> str:  # noqa: ANN001
    assert panel.select_path(path)
    qtbot.mouseClick(panel.report_one_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.pdf_button.isEnabled(), timeout=20000)
    return panel.report_view.toPlainText()


def test_an_unpublished_translated_page_is_said_off_the_site_once(
    qtbot, tmp_path: Path, settings
) -> None:
    site = copy_shared_site("opensource-guide", tmp_path)
    site.chmod(0o755)
    (site / PERSIAN_PAGE).chmod(0o644)
    assert main(["set", str(site / PERSIAN_PAGE), "published=false"]) == 0
    panel = open_panel(qtbot, site, settings)

    shown = report_on(qtbot, panel, site / PERSIAN_PAGE)
    assert "Published\nNo: “published: false” keeps it off the site; approving publishes it." in (
        shown
    )
    assert "(not set)" not in shown and "Status" not in shown


def test_a_draft_resource_says_it_waits_for_its_final_status(
    qtbot, site_copy: Path, settings
) -> None:
    panel = open_panel(qtbot, site_copy, settings)
    shown = report_on(qtbot, panel, site_copy / BRAND)
    assert "Published\nNot yet: its status is draft; approving sets it to final." in shown
