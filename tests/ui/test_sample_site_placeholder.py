"""The word in place of the page on the sample site: whether the site is the sample is worked
out once per site opened, not at each key typed in the list's search."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.paths import sample_site_dir
from editor_app.ui import window_panels
from editor_app.ui.main_window import MainWindow


def test_searching_the_list_does_not_ask_again_whether_this_is_the_sample(
    qtbot, quiet_window: MainWindow, monkeypatch, tmp_path: Path
) -> None:
    asked: list[Path] = []
    real = window_panels.is_sample_site

    def counted(folder: Path) -> bool:
        asked.append(folder)
        return real(folder)

    monkeypatch.setattr(window_panels, "is_sample_site", counted)
    open_site(qtbot, quiet_window, sample_site_dir())  # read only: nothing is written
    search = quiet_window.library.search
    qtbot.keyClicks(search, "ab")
    search.clear()
    qtbot.keyClicks(search, "e")
    search.clear()
    assert "sample site" in quiet_window.placeholder.text()
    assert len(asked) == 1
    other = tmp_path / "notes"
    (other / "_posts").mkdir(parents=True)
    (other / "_config.yml").write_text("title: Notes\n", encoding="utf-8")
    (other / "_posts" / "2031-01-01-a.md").write_text("---\ntitle: A\n---\nText.\n", "utf-8")
    open_site(qtbot, quiet_window, other)
    qtbot.keyClicks(search, "zz")
    search.clear()
    assert "sample site" not in quiet_window.placeholder.text()
    assert len(asked) == 2  # once for the next site opened
