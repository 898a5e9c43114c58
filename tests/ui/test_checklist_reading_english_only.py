"""The Checklist panel tells a reading ease for English pages only: the guide's French page
read "Reading ease 69 (fine; the site aims for 40), about grade 8", from English formulas."""

from __future__ import annotations

import shutil
from pathlib import Path

from shared_sites import shared_site_path

from editor_app.ui.checklist import install_checklist


def _lines(panel) -> list[str]:  # noqa: ANN001
    tree = panel.tree
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def test_a_french_page_has_no_reading_ease_and_an_english_one_has(
    qtbot, tmp_path: Path, quiet_window  # noqa: ANN001
) -> None:
    guide = shared_site_path("opensource-guide")
    site = tmp_path / "guide"
    (site / "_articles" / "fr").mkdir(parents=True)
    shutil.copy(guide / "_config.yml", site / "_config.yml")
    shutil.copy(guide / "_articles" / "best-practices.md", site / "_articles")
    shutil.copy(guide / "_articles" / "fr" / "best-practices.md", site / "_articles" / "fr")
    window = quiet_window
    hook = getattr(window, "checklist", None) or install_checklist(window)
    hook.dock.show()  # worked out while its panel is open (View > Checklist)
    english = site / "_articles" / "best-practices.md"
    assert window.open_folder(site, then_open=english)
    qtbot.waitUntil(lambda: any("Reading ease" in t for t in _lines(hook.panel)), timeout=20000)

    french = site / "_articles" / "fr" / "best-practices.md"
    assert window.open_document(french)
    qtbot.waitUntil(
        lambda: hook.panel.summary.text() != "" and not any(
            "Reading ease" in t for t in _lines(hook.panel)
        ),
        timeout=20000,
    )
    qtbot.wait(300)  # a later refresh would bring it back
    assert not any("Reading ease" in t for t in _lines(hook.panel))
