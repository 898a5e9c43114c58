"""A folder holding no page and no generator's settings (opened by mistake) is not remembered:
it was offered in File > Open Recent and opened again at the next start, showing 'No pages
found' instead of the site worked on before. A new site's folder with its settings and no page
yet is remembered."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.ui.main_window import MainWindow


def test_a_folder_that_is_no_site_is_not_remembered(
    qtbot, quiet_window: MainWindow, site_copy: Path, tmp_path: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    nothing = tmp_path / "Downloads"
    nothing.mkdir()
    (nothing / "notes.txt").write_text("not a page")
    open_site(qtbot, window, nothing)
    assert window.settings.value("lastFolder") == str(window.sites.recent_folders()[0])
    assert str(nothing) not in window.sites.recent_folders()
    assert window.settings.value("lastFolder") != str(nothing)
    new_site = tmp_path / "new-site"
    new_site.mkdir()
    (new_site / "_config.yml").write_text("title: New\n")
    open_site(qtbot, window, new_site)
    assert window.sites.recent_folders()[0] == str(new_site.resolve())
