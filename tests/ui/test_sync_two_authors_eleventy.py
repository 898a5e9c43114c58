"""Two authors share a copy of eleventy-website: Ben on the command line, Ana in the window.
The same page changed in different places merges; the same sentence is a choice; what the
window says at each step is one line, and nothing either wrote is lost."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from editor_app.cli import main
from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sharing_helpers import open_clone, shown_window, site_team_fixture, type_after, wait_idle  # noqa: E402
from sync_site import git, replace_in  # noqa: E402

PAGE = "src/docs/config.md"
LEFT_OUT = "src/docs/server-api.md"  # in the site's .gitignore


team = site_team_fixture("eleventy-website")


@pytest.fixture
def window(qtbot, settings: QSettings, monkeypatch: pytest.MonkeyPatch, errors):  # noqa: ANN001, ANN201
    yield from shown_window(qtbot, settings, monkeypatch)


def test_two_authors_share_eleventy_website(
    qtbot, window: MainWindow, team, capsys, errors
) -> None:  # noqa: ANN001
    server, ben, ana = team
    # Ben, on the command line: the menu title and a sentence of the page.
    replace_in(ben / PAGE, "title: Add a Configuration File", "title: Add a Config File")
    replace_in(ben / PAGE, "are optional.", "are not required.")
    assert main(["sync", "push", str(ben), "--author", "Ben"]) == 0
    # Ana, in the window: the same page open, words typed in another paragraph (not saved).
    open_clone(qtbot, window, ana, timeout=30000)
    bar = window.sync_bar
    assert window.open_document(ana / PAGE)
    type_after(qtbot, window, "There are a few different ways", " (three, in fact)")
    bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == "Got the latest: 1 page changed by others"
    merged = window.editor.toPlainText()
    assert "are not required." in merged and "ways (three, in fact)" in merged
    assert window.save_document()
    assert "title: Add a Config File" in (ana / PAGE).read_text()  # Ben's menu title kept
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert bar.last_message == "Shared: Update 'Configuration' (the text)"
    # The same sentence changed on both sides: a choice; Keep both keeps both.
    assert main(["sync", "pull", str(ben)]) == 0
    replace_in(ben / PAGE, "(three, in fact)", "(three of them)")
    assert main(["sync", "push", str(ben), "--author", "Ben"]) == 0
    type_after(qtbot, window, "(three, in fact", " at least")
    assert window.save_document()
    bar.share_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=30000)
    dialog = bar.choice_dialog
    assert dialog.where.text() == (
        "In “Configuration”, the same paragraph was changed here and by others."
    )
    assert "(three of them)" in dialog.theirs.toPlainText()
    dialog.keep_both.click()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Kept both paragraphs in “Configuration”, yours first: remove the one you do not "
        "want. Share my changes to send the result."
    )
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert bar.status_label.text() == "Up to date: everything is shared"
    capsys.readouterr()
    assert main(["sync", "pull", str(ben)]) == 0
    assert capsys.readouterr().out == f"Got the latest: 1 page changed by others\n  {PAGE}\n"
    text = (ben / PAGE).read_text()
    assert "(three, in fact at least)" in text and "(three of them)" in text
    assert "Ben <" in git(server, "log", "--format=%an <%ae>", "main")
    assert errors == []


def test_a_page_the_site_leaves_out_of_git_is_said(qtbot, window: MainWindow, team, errors) -> None:  # noqa: ANN001
    """eleventy-website's .gitignore leaves out src/docs/server-api.md: a page saved there
    was never shared while the bar said "Up to date: everything is shared"."""
    _server, _ben, ana = team
    (ana / LEFT_OUT).write_text("---\ntitle: Server API\n---\n\nHello.\n")
    open_clone(qtbot, window, ana, timeout=30000)
    bar = window.sync_bar
    assert window.open_document(ana / LEFT_OUT)
    qtbot.keyClicks(window.editor, "Hi. ")
    assert window.save_document()
    bar.share_action.trigger()
    wait_idle(qtbot, window)
    assert window.statusBar().currentMessage() == (
        "Nothing to share. 1 page is left out of sharing by the site's .gitignore: "
        f"{LEFT_OUT} (ask whoever set up the site)"
    )
    assert bar.status_label.text() == "1 page left out of sharing by the site's .gitignore"
    assert LEFT_OUT in bar.status_label.toolTip()
    assert errors == []
