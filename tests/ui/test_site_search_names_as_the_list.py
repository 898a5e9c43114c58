"""Search Site names pages sharing a title as the page list does (the guide's "Best Practices
for Maintainers" in English and in its Nigerian Pidgin folder): it read "_articles" and "pcm"
where the list reads "best-practices.md" and "pcm/best-practices.md", and a page matched alone
was not told apart at all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from shared_sites import shared_site_path
from window_helpers import open_site

from editor_app.ui.site_search import DETAIL_ROLE

TITLE = "Best Practices for Maintainers"


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    source = shared_site_path("opensource-guide")
    dest = tmp_path / "guide"
    (dest / "_articles" / "pcm").mkdir(parents=True)
    for name in ("best-practices.md", "pcm/best-practices.md"):
        shutil.copy(source / "_articles" / name, dest / "_articles" / name)
    shutil.copy(source / "_articles" / "best-practices.md", dest / "_articles" / "maintainers.md")
    pidgin = dest / "_articles" / "pcm" / "best-practices.md"
    pidgin.write_bytes(pidgin.read_bytes() + b"\nZebrafinch.\n")  # a word of its own
    shutil.copy(source / "_config.yml", dest / "_config.yml")
    return dest


def _search(qtbot, window, words: str) -> list[str]:  # noqa: ANN001
    """Ctrl+Shift+F, the words typed: each result as "title · what tells it apart"."""
    qtbot.keyClick(
        window.editor,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    panel = window.site_tools.panel
    qtbot.waitUntil(lambda: window.site_tools.dock.isVisible())
    with qtbot.waitSignal(panel.searchFinished, timeout=20000):
        panel.set_query(words)
    rows = []
    for row in range(panel.results.count()):
        item = panel.results.item(row)
        told = item.data(DETAIL_ROLE).split(" · ")[0]
        rows.append(f"{item.text()} · {told}")
    return sorted(rows)


def test_search_names_same_titled_pages_as_the_list(qtbot, quiet_window, guide: Path) -> None:  # noqa: ANN001
    window = quiet_window
    open_site(qtbot, window, guide)
    listed = window.library.proxy
    qtbot.waitUntil(lambda: listed.rowCount() == 3, timeout=10000)
    in_list = sorted(listed.index(r, 0).data() for r in range(listed.rowCount()))
    assert in_list == [
        f"{TITLE} · best-practices.md",
        f"{TITLE} · maintainers.md",
        f"{TITLE} · pcm/best-practices.md",
    ]
    window.editor.setFocus()
    assert _search(qtbot, window, TITLE) == in_list
    # Matched alone, the Pidgin copy still reads as the list names it.
    assert _search(qtbot, window, "zebrafinch") == [f"{TITLE} · pcm/best-practices.md"]
