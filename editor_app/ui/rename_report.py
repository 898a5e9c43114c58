"""The list of Rename or Merge a Value: the pages a rename would change or changed, each as
authors know it (its title and collection, its file in the tooltip), then what is worth knowing
(pages left as they are, notes). `RenameValueDialog` (ui/rename_value.py) shows it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from editor_app.core.rename_value import RenameReport
from editor_app.ui.site_search import pages_text
from editor_app.ui.translation import translator

tr = translator("RenameValueDialog")  # the dialog's own messages


def relative(site: Any, path: Path) -> str:
    """The page's file as it lives in the site."""
    try:
        return Path(path).relative_to(site.root).as_posix()
    except (ValueError, AttributeError):
        return str(path)


def describe(site: Any, path: Path) -> str:
    """A page as authors know it: its title and where it lives."""
    entry = site.entry(path) if site is not None else None
    title = entry.title if entry is not None and entry.title else Path(path).name
    collection = site.collections.get(entry.collection) if entry is not None else None
    label = getattr(collection, "label", "") if collection is not None else ""
    return f"{title} ({label})" if label else title


def _page_item(site: Any, path: Path, text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setToolTip(relative(site, path))
    return item


def summary_text(report: RenameReport) -> str:
    """How many pages would change, or changed."""
    n = len(report.files)
    if report.dry_run:
        if n == 0:
            return tr("No page would change.")
        return tr("{pages} would change:").format(pages=pages_text(n))
    if n == 0:
        return tr("No page was changed.")
    return tr("Changed {pages}:").format(pages=pages_text(n))


def show_report(
    report: RenameReport, site: Any, summary: QLabel, files: QListWidget, quiet: QColor
) -> None:
    """Say what `report` found in `summary` and list its pages in `files` (notes in `quiet`)."""
    files.clear()
    summary.setText(summary_text(report))
    for path in report.changed:
        files.addItem(_page_item(site, path, describe(site, path)))
    for path in report.targets:
        if path not in report.changed:
            text = tr("{page}: the page's own title").format(page=describe(site, path))
            files.addItem(_page_item(site, path, text))
    extra = [
        tr("Left as it is: {page}: {why}").format(page=relative(site, path), why=why)
        for path, why in report.skipped
    ] + list(report.notes)
    if extra:
        heading = QListWidgetItem(tr("Also worth knowing:"))
        heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        files.addItem(heading)
    for text in extra:
        item = QListWidgetItem(text)
        item.setForeground(quiet)
        item.setToolTip(text)
        files.addItem(item)
