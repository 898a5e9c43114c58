"""The document list over a large index: sorting by each column, the search box, the marks,
the selection kept through a sort; rows served on demand, not built per cell."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPixmap

from editor_app.core.site import IndexEntry
from editor_app.ui import library_model
from editor_app.ui.library import DocumentList, ListMark

ROOT = Path("/site")
STATUSES = ("draft", "final", "Review", "")


def make_entry(i: int, collection: str | None = "posts") -> IndexEntry:
    """A post with a varied title, date (front matter, file name, or none) and status."""
    folder = ROOT / ("_posts" if collection == "posts" else "pages")
    fm: dict = {"status": STATUSES[i % 4]} if STATUSES[i % 4] else {}
    if i % 3 == 0:
        fm["date"] = dt.date(2020 + i % 5, 1 + i % 12, 1 + i % 28)
        name = f"post-{i}.md"
    elif i % 3 == 1:
        name = f"{2019 + i % 6}-{1 + i % 12:02d}-{1 + i % 28:02d}-post-{i}.md"
    else:
        name = f"undated-{i}.md"
    title = f"Post number {i:05d} about {'gardens' if i % 7 == 0 else 'rivers'}"
    if i % 1000 == 5:
        title = "Weeknotes"  # a title shared by many pages
    return IndexEntry(folder / name, collection, fm, None, None, title, 0.0)


class FakeSite:
    def __init__(self, entries: list[IndexEntry]) -> None:
        self.root = ROOT
        self.collections = {"posts": SimpleNamespace(label="Posts")}
        self._entries = entries

    def entries(self) -> list[IndexEntry]:
        return list(self._entries)


@pytest.fixture
def big_list(qtbot, monkeypatch: pytest.MonkeyPatch) -> tuple[DocumentList, list[int]]:
    """A list of a 20,000-page collection (plus 30 other pages), shown; and the number of
    rows whose cells were worked out while listing."""
    worked_out: list[int] = []
    original = library_model.DocumentRows._cells_of

    def counting(self, position: int):  # noqa: ANN001, ANN202
        worked_out.append(position)
        return original(self, position)

    monkeypatch.setattr(library_model.DocumentRows, "_cells_of", counting)
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    entries = [make_entry(i) for i in range(20_000)] + [make_entry(i, None) for i in range(30)]
    widget.set_site(FakeSite(entries))
    widget.choose_largest_collection()
    qtbot.wait(50)  # painted
    return widget, worked_out


def shown(widget: DocumentList, column: int) -> list[str]:
    rows = widget.proxy
    return [rows.index(r, column).data() for r in range(rows.rowCount())]


def test_a_large_collection_is_listed_without_building_every_row(big_list) -> None:  # noqa: ANN001
    widget, worked_out = big_list
    assert widget.current_collection() == "posts"
    assert widget.proxy.rowCount() == 20_000
    assert widget.count_label.text() == "20000 documents"
    assert widget.collection_box.itemText(1) == "Other pages (30)"
    # Only the rows on screen (and the few the column widths are measured on) were read.
    assert 0 < len(set(worked_out)) <= 200
    # Newest first by default; pages without a date last.
    dates = shown(widget, 1)
    filled = [d for d in dates if d]
    assert filled == sorted(filled, reverse=True)
    assert dates.index("") == len(filled)


def test_dates_from_file_names_and_repeated_titles(big_list) -> None:  # noqa: ANN001
    widget, _ = big_list
    paths = widget.paths()
    row = paths.index(ROOT / "_posts" / "2020-02-02-post-1.md")
    date = widget.proxy.index(row, 1)
    assert date.data() == "2020-02-02"
    assert date.data(Qt.ItemDataRole.ToolTipRole) == "The date at the start of the file name"
    row = paths.index(ROOT / "_posts" / "undated-5.md")
    assert widget.proxy.index(row, 0).data() == "Weeknotes · undated-5.md"
    tip = widget.proxy.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Weeknotes · undated-5.md\n_posts/undated-5.md"


@pytest.mark.parametrize("column", [0, 1, 2])
def test_clicking_a_column_heading_sorts_by_it_both_ways(qtbot, big_list, column: int) -> None:  # noqa: ANN001
    widget, _ = big_list
    header = widget.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    for _ in range(2):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
        assert header.sortIndicatorSection() == column
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        texts = [t.casefold() for t in shown(widget, column)]
        assert texts == sorted(texts, reverse=descending)
        assert len(set(widget.paths())) == 20_000


def test_typing_filters_narrower_and_wider(qtbot, big_list) -> None:  # noqa: ANN001
    widget, _ = big_list
    titles = {p: t for p, t in zip(widget.paths(), shown(widget, 0), strict=True)}

    def expected(*words: str) -> set[Path]:
        return {
            p
            for p, t in titles.items()
            if all(w in f"{t} {p.relative_to(ROOT).as_posix()}".casefold() for w in words)
        }

    qtbot.keyClicks(widget.search, "garden")
    assert set(widget.paths()) == expected("garden")
    assert widget.count_label.text() == f"{len(expected('garden'))} of 20000 documents"
    qtbot.keyClicks(widget.search, "s 0001")
    assert set(widget.paths()) == expected("gardens", "0001")
    assert 0 < len(widget.paths()) < 20
    qtbot.keyClick(widget.search, Qt.Key.Key_Backspace)  # "gardens 000": wider again
    assert set(widget.paths()) == expected("gardens", "000")
    widget.search.setText("STATUS-LESS undated-")  # no page has both words
    assert widget.paths() == []
    widget.search.setText("final undated")  # the status is searched too
    assert set(widget.paths()) == expected("undated") & {
        p for p in titles if p.name.startswith("undated") and int(p.stem.split("-")[1]) % 4 == 1
    }
    widget.search.clear()
    assert len(widget.paths()) == 20_000


def test_the_selected_page_stays_selected_through_a_sort_and_a_search(big_list) -> None:  # noqa: ANN001
    widget, _ = big_list
    path = ROOT / "_posts" / "undated-14.md"
    assert widget.select_path(path)
    widget.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    current = widget.view.currentIndex()
    assert Path(current.data(library_model.PATH_ROLE)) == path
    widget.search.setText("gardens")
    assert Path(widget.view.currentIndex().data(library_model.PATH_ROLE)) == path
    widget.search.setText("rivers")  # the page is hidden, so nothing is current
    assert not widget.view.currentIndex().isValid()
    assert widget.select_path(path)  # shows the whole list again to select it
    assert widget.search.text() == ""


def test_marks_show_as_an_icon_and_words_and_stay_after_a_refresh(big_list) -> None:  # noqa: ANN001
    widget, _ = big_list
    pixmap = QPixmap(8, 8)
    pixmap.fill(QColor("orange"))
    path = ROOT / "_posts" / "post-3.md"
    widget.set_marks({path: ListMark(QIcon(pixmap), "Changed here, not shared yet")})
    widget.refresh()

    def cell(p: Path):  # noqa: ANN202
        return widget.proxy.index(widget.paths().index(p), 0)

    assert isinstance(cell(path).data(Qt.ItemDataRole.DecorationRole), QIcon)
    assert cell(path).data(Qt.ItemDataRole.ToolTipRole).endswith("\nChanged here, not shared yet")
    assert cell(path).data(Qt.ItemDataRole.WhatsThisRole) == "Changed here, not shared yet"
    assert widget.proxy.item(widget.paths().index(path), 0).icon().isNull() is False
    other = ROOT / "_posts" / "post-6.md"
    assert cell(other).data(Qt.ItemDataRole.DecorationRole) is None
    widget.set_marks({})  # the marks given replace the ones before
    assert cell(path).data(Qt.ItemDataRole.DecorationRole) is None
    assert widget.mark_of(path) is None


def test_unsaved_pages_are_bold_with_a_bullet(big_list) -> None:  # noqa: ANN001
    widget, _ = big_list
    path = ROOT / "_posts" / "post-9.md"
    widget.set_modified(path, True)
    cell = widget.proxy.index(widget.paths().index(path), 0)
    assert cell.data().startswith("● ")
    assert isinstance(cell.data(Qt.ItemDataRole.FontRole), QFont)
    assert cell.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", unsaved changes")
    assert widget.is_marked_modified(path)
    widget.set_modified(path, False)
    assert not widget.is_marked_modified(path)
    assert cell.data(Qt.ItemDataRole.FontRole) is None


def test_opening_a_site_works_out_the_list_off_the_window_thread(
    qtbot, settings, site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # noqa: ANN001
    """The pages' keys are worked out in the worker that reads the site: the window's own
    thread only hands them to the list (a pass over 50,000 pages there held it still)."""
    import threading

    from editor_app.ui import library_keys
    from editor_app.ui.main_window import MainWindow

    made_on: list[bool] = []
    original = library_keys.Listing.__init__

    def recording(self, *args, **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        made_on.append(threading.current_thread() is threading.main_thread())
        original(self, *args, **kwargs)

    monkeypatch.setattr(library_keys.Listing, "__init__", recording)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.siteOpened, timeout=30000):
        window.open_folder(site_copy)
    assert made_on == [False]
    assert window.library.current_collection() == "resources"
    assert len(window.library.paths()) == 50
