"""Get latest bringing others' change to the site's fields (`_schema.yml`) puts them in force
at once: the form shows a field they added without the site being opened again."""

from __future__ import annotations

import sys
from pathlib import Path

from editor_app.ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from sync_site import POST, git, replace_in  # noqa: E402
from test_sync_window import open_clone, team, wait_idle, window  # noqa: E402, F401


def field_names(main: MainWindow) -> list[str]:
    posts = main.schema.for_collection("posts")
    return [f.name for f in posts.fields] if posts is not None else []


def test_a_field_others_added_shows_after_get_latest(qtbot, window, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    open_clone(qtbot, window, editor)
    assert window.open_document(editor / POST)
    assert "summary" not in field_names(window)
    replace_in(author / "_schema.yml", "      - name: tags", "      - summary\n      - name: tags")
    git(author, "commit", "-qam", "A summary for posts")
    git(author, "push", "-q")
    window.sync_bar.get_latest_action.trigger()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "summary" in field_names(window), timeout=20000)
    assert (
        window.statusBar().currentMessage() == "Got the latest: 1 file changed by others (no page)"
    )


def test_keep_theirs_of_the_fields_puts_them_in_force(qtbot, window, team) -> None:  # noqa: ANN001, F811
    _server, author, editor = team
    replace_in(author / "_schema.yml", "      - name: tags", "      - summary\n      - name: tags")
    git(author, "commit", "-qam", "A summary for posts")
    git(author, "push", "-q")
    replace_in(editor / "_schema.yml", "      - name: tags", "      - teaser\n      - name: tags")
    open_clone(qtbot, window, editor)
    bar = window.sync_bar
    bar.get_latest_action.trigger()
    qtbot.waitUntil(lambda: getattr(bar, "choice_dialog", None) is not None, timeout=20000)
    wait_idle(qtbot, window)  # the fields as Get latest left them (mine kept) are read first
    bar.choice_dialog.keep_theirs.click()
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: "summary" in field_names(window), timeout=20000)
    assert "teaser" not in field_names(window)
