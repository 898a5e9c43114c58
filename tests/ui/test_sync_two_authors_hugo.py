"""Two authors share a copy of hugo-docs: one on the command line, one in the window. Edits to
the same page on both sides, a new page on one side, a picture removed on the other; what the
window says at each step is one line, and nothing either wrote is lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from shared_sites import shared_site_path

from editor_app.cli import main
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, shown_window, wait_idle  # noqa: E402
from sync_site import copy_real_site, git, isolate_git, replace_in, share  # noqa: E402

BUNDLE = "content/en/host-and-deploy/host-on-codeberg-pages"
PAGE = f"{BUNDLE}/index.md"
PICTURE = f"{BUNDLE}/cb-pages-04.png"
NEW = "content/en/host-and-deploy/host-on-nowhere.md"


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    isolate_git(monkeypatch)
    site = copy_real_site(shared_site_path("hugo-docs"), tmp_path / "site")
    (site / PICTURE).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    return share(site, tmp_path)


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_two_authors_share_hugo_docs(qtbot, window: MainWindow, team, capsys, errors) -> None:  # noqa: ANN001
    server, ben, ana = team
    # Ben, on the command line: a new page, and a sentence of the page changed.
    (ben / NEW).write_text("---\ntitle: Host on nowhere\n---\n\nNot a real host.\n")
    replace_in(ben / PAGE, "Use these instructions", "Use these short instructions")
    assert main(["sync", "push", str(ben), "--author", "Ben"]) == 0
    # Ana, in the window: the same page open, a word typed in another paragraph (not saved),
    # and a picture of the page removed from its folder.
    (ana / PICTURE).unlink()
    open_clone(qtbot, window, ana, timeout=30000)
    bar = window.sync_bar
    assert window.open_document(ana / PAGE)
    text = window.editor.toPlainText()
    cursor = window.editor.textCursor()
    cursor.setPosition(text.index("## Prerequisites") + len("## Prerequisites"))
    window.editor.setTextCursor(cursor)
    qtbot.keyClicks(window.editor, " first")
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    said = window.statusBar().currentMessage()
    assert said == "Got the latest: 2 pages changed by others", said
    merged = window.editor.toPlainText()
    assert "Use these short instructions" in merged and "## Prerequisites first" in merged
    assert window.site.entry(ana / NEW) is not None  # the new page is in the site's list
    assert not (ana / PICTURE).exists()  # still removed: nobody else changed it
    assert window.save_document()
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message.startswith("Shared: Update 1 page: 'Host on Codeberg Pages'")
    assert PICTURE not in git(server, "ls-tree", "-r", "--name-only", "main")
    # Ben gets it all back.
    capsys.readouterr()
    assert main(["sync", "pull", str(ben)]) == 0
    # The picture said too (it read as if only the page had changed).
    assert capsys.readouterr().out.startswith(
        "Got the latest: 1 page and 1 picture changed by others"
    )
    assert "## Prerequisites first" in (ben / PAGE).read_text()
    assert not (ben / PICTURE).exists()
    assert errors == []
