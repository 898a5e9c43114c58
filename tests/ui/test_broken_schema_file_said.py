"""A site's _schema.yml that cannot be read is said in sight when the site opens (the Problems
panel, its line and what happens instead), not only counted among 'things noticed': the site's
declared fields and rules were silently replaced by inferred ones."""

from __future__ import annotations

from pathlib import Path

from window_helpers import open_site

from editor_app.ui.main_window import MainWindow


def test_an_unreadable_schema_file_is_said_when_the_site_opens(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    (site_copy / "_schema.yml").write_text("collections:\n  resources:\n    fields: [oops\n")
    window = quiet_window
    open_site(qtbot, window, site_copy)
    summary = window.problems.summary.text()
    assert "_schema.yml, line 4" in summary and "inferred" in summary
    assert window.problems_dock.isVisible()


def test_a_site_without_a_schema_file_opens_quietly(
    qtbot, quiet_window: MainWindow, site_copy: Path  # noqa: ANN001
) -> None:
    window = quiet_window
    open_site(qtbot, window, site_copy)
    assert "_schema.yml" not in window.problems.summary.text()
