"""A collection whose pages have no date (a Hugo site's functions) is listed by title, and a
page added to it takes its place among them: the list opens sorted by date, and pages of one
date stayed in the index's order, a new page last, below Z."""

from __future__ import annotations

from pathlib import Path

from shared_sites import copy_shared_site
from window_helpers import open_site

from editor_app.ui.library_keys import DATE, CollectionRows, EntryKeys
from editor_app.ui.main_window import MainWindow


def _keys(title: str, date: str = "", status: str = "") -> EntryKeys:
    return EntryKeys(f"/s/{title}.md", title, date, False, bool(date), status)


def test_pages_of_one_date_or_status_are_listed_by_title() -> None:
    rows = CollectionRows(
        keys=[_keys("b"), _keys("C", "2024-01-01"), _keys("a"), _keys("d", "2024-01-01")]
    )
    assert rows.order(DATE, True) == [1, 3, 2, 0]  # C, d on their day; then a, b undated
    assert rows.order(DATE, False) == [2, 0, 1, 3]


def test_a_new_undated_page_takes_its_place_by_title(
    qtbot, quiet_window: MainWindow, tmp_path: Path  # noqa: ANN001
) -> None:
    site = copy_shared_site("hugo-docs", tmp_path)
    window = quiet_window
    open_site(qtbot, window, site)
    assert window.library.set_collection("functions")
    model = window.library.model

    def titles() -> list[str]:
        return [model.data(model.index(r, 0)) for r in range(model.rowCount())]

    assert titles() == sorted(titles(), key=str.casefold)
    page = site / "content/en/functions/cast/ToBool.md"
    page.write_text("---\ntitle: cast.ToBool\ndescription: To true or false.\n---\n")
    window.site.update_entry(page)  # as a save does
    window.library.refresh()
    shown = titles()
    assert shown[shown.index("cast.ToBool") + 1] == "cast.ToFloat"
