"""Search Site: a panel listing the site's pages as the author types (titles, settings, text).

The search runs in a worker after a short pause in typing; stale results are dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from editor_app.core.schema import field_label
from editor_app.core.site_search import SearchHit, search
from editor_app.ui.library_keys import names_told_apart
from editor_app.ui.workers import JobRunner

SEARCH_DELAY_MS = 150  # a pause in typing, so each keystroke does not start a search
RESULT_LIMIT = 200  # more than anyone reads; keeps the list quick on big sites
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # the second line of a result
MATCH_ROLE = Qt.ItemDataRole.UserRole + 2  # the searched word to keep in sight in it


def pages_text(n: int) -> str:
    """ "1 page" / "N pages", translated."""
    if n == 1:
        return QCoreApplication.translate("site_tools", "1 page")
    return QCoreApplication.translate("site_tools", "{n} pages").format(n=n)


# -- Search Site ---------------------------------------------------------------------------------


class _HitDelegate(QStyledItemDelegate):
    """Draws a result as two lines: the title in bold, then where it matched and a snippet."""

    def _lines(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str]:
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        detail = str(index.data(DETAIL_ROLE) or "")
        return title, detail

    def sizeHint(  # noqa: N802 - Qt API
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        height = QFontMetrics(option.font).height()
        return QSize(200, height * 2 + 12)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, detail = self._lines(index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        text_role = palette.ColorRole.HighlightedText if selected else palette.ColorRole.Text
        painter.save()
        rect = opt.rect.adjusted(8, 5, -8, -5)
        height = QFontMetrics(opt.font).height()
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        top = QRect(rect.left(), rect.top(), rect.width(), height)
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setFont(opt.font)
        if not selected:
            painter.setPen(palette.color(palette.ColorRole.PlaceholderText))
        bottom = QRect(rect.left(), rect.top() + height + 2, rect.width(), height)
        word = str(index.data(MATCH_ROLE) or "")
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            shown_detail(detail, word, QFontMetrics(opt.font), rect.width()),
        )
        painter.restore()


def shown_detail(detail: str, word: str, metrics: QFontMetrics, width: int) -> str:
    """The result's second line as it fits `width`: when it is too long, the snippet starts a
    few words before the searched `word`, so the word stays in sight (it was cut off the
    end of the line in a narrow panel: "Text: …listed in the top level …")."""
    where, sep, snippet = detail.partition(": ")
    at = snippet.casefold().find(word.casefold()) if sep and word else -1
    if at >= 0 and metrics.horizontalAdvance(detail) > width:
        end = at + len(word)
        # A page told apart by its path ("bn/security-best-practices-….md · Text") can fill
        # the line by itself: shortened in its middle, to leave the word its room.
        room = width - metrics.averageCharWidth() - metrics.horizontalAdvance(
            f"{sep}…{snippet[at:end]}…"
        )
        shortened = metrics.horizontalAdvance(where) > room > 0
        if shortened:
            where = metrics.elidedText(where, Qt.TextElideMode.ElideMiddle, room)
        head = f"{where}{sep}…"
        # A word or two before it when they fit with the word, else from the word itself.
        for start in (snippet.rfind(" ", 0, max(0, at - 12)) + 1, at):
            # (a character to spare: eliding measures the line a little differently)
            if (
                metrics.horizontalAdvance(head + snippet[start:end] + "…")
                < width - metrics.averageCharWidth()
            ):
                break
        if start > 1:
            detail = head + snippet[start:]
        elif shortened:
            detail = f"{where}{sep}{snippet}"
    shown = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)
    # Eliding measures a line that mixes scripts (Persian, Hindi, Japanese beside Latin, drawn
    # with fallback fonts) a pixel or two short: narrower until it really fits.
    narrower = width
    while metrics.horizontalAdvance(shown) > width and narrower > 0:
        narrower -= 2
        shown = metrics.elidedText(detail, Qt.TextElideMode.ElideRight, narrower)
    return shown


class SiteSearchPanel(QWidget):
    """A search box over the whole site; matching pages are listed as you type.

    Searches run in a worker thread after a short pause in typing, one at a time; results
    for text that has since changed are dropped. Enter or a double-click on a result emits
    `openRequested(path)`; for a match in the page text, `matchRequested(path, query)` follows
    so the window can show the line, and for one in a setting, `fieldRequested(path, field)`.
    """

    openRequested = Signal(Path)
    matchRequested = Signal(Path, str)  # a match in the page text: the path and the query
    fieldRequested = Signal(Path, str)  # a match in a setting: the path and the field name
    searchFinished = Signal()  # results (or "nothing found") are on show
    closeRequested = Signal()  # Escape in the box or the results: the panel is done with

    def __init__(self, parent: QWidget | None = None, delay_ms: int = SEARCH_DELAY_MS) -> None:
        super().__init__(parent)
        self._site: Any = None
        self._schema: Any = None
        self._hits: list[SearchHit] = []
        self._generation = 0  # bumped on every change of the text: older results are stale
        self._busy = False
        self._pending = False
        self._jobs = JobRunner(1, self)

        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Search every page…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search the site"))
        self.box.textChanged.connect(self._on_text_changed)
        self.box.returnPressed.connect(self._open_current_or_first)
        self.box.installEventFilter(self)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))

        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Pages found"))
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setUniformItemSizes(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(lambda item: self.activate(self.results.row(item)))
        # One click opens the page, as in a web search; the same page again changes nothing.
        self.results.itemClicked.connect(lambda item: self.activate(self.results.row(item)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.box)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        self._show_status()

    # -- public ----------------------------------------------------------------------------
    def set_site(self, site: Any, schema: Any = None) -> None:
        """Search this site from now on (None: no site open); the current text is searched
        again on the same site (read again after a rename), cleared on another."""
        previous = self._site
        if previous is not None and (site is None or site.root != previous.root):
            # Words sought in another site: their "No page holds all of these words" would
            # read as this folder's answer to a search nobody made here.
            self.box.clear()
        self._site = site
        self._schema = schema
        self.refresh()

    def query(self) -> str:
        """The text being searched for."""
        return self.box.text()

    def set_query(self, text: str) -> None:
        """Put text in the box, as if typed (the search follows after the usual pause)."""
        self.box.setText(text)

    def hits(self) -> list[SearchHit]:
        """The results on show."""
        return list(self._hits)

    def refresh(self) -> None:
        """Search again for the current text (after pages changed)."""
        self._on_text_changed(self.box.text())

    def focus_search(self) -> None:
        """Put the cursor in the search box, its text selected so typing replaces it."""
        self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.box.selectAll()

    def activate(self, row: int) -> None:
        """Open the result in `row` (as a click or Enter does)."""
        if not 0 <= row < len(self._hits):
            return
        hit = self._hits[row]
        self.openRequested.emit(hit.path)
        if hit.field == "body":
            self.matchRequested.emit(hit.path, self.box.text())
        elif hit.field != "title":
            self.fieldRequested.emit(hit.path, hit.field)

    # -- searching -------------------------------------------------------------------------
    def _on_text_changed(self, text: str) -> None:
        self._generation += 1
        if not text.strip() or self._site is None:
            self._timer.stop()
            self._show([])
            return
        self.status.setText(self.tr("Searching…"))
        self._timer.start()

    def _start(self) -> None:
        if self._site is None or not self.box.text().strip():
            return
        if self._busy:
            # One search at a time: the newest text is searched when this one is done.
            self._pending = True
            return
        self._busy = True
        generation, query = self._generation, self.box.text()
        self._jobs.start(
            search,
            self._site,
            query,
            limit=RESULT_LIMIT,
            on_done=lambda hits, g=generation: self._on_results(g, hits),
            on_error=lambda reason, g=generation: self._on_failed(g, reason),
        )

    def _next(self) -> None:
        self._busy = False
        if self._pending:
            self._pending = False
            self._start()

    def _on_results(self, generation: int, hits: list[SearchHit]) -> None:
        if generation == self._generation:
            self._show(hits)
        self._next()

    def _on_failed(self, generation: int, reason: str) -> None:
        if generation == self._generation:
            self._show([])
            self.status.setText(self.tr("The search stopped: {reason}").format(reason=reason))
        self._next()

    # -- showing ---------------------------------------------------------------------------
    def _where(self, hit: SearchHit) -> str:
        if hit.field == "title":
            return self.tr("Title")
        if hit.field == "body":
            return self.tr("Text")
        return field_label(hit.field)

    def _collection_label(self, hit: SearchHit) -> str:
        if self._site is None or hit.collection is None:
            return self.tr("Other pages")
        collection = self._site.collections.get(hit.collection)
        return str(getattr(collection, "label", "") or hit.collection)

    def _relative(self, path: Path) -> str:
        try:
            return path.relative_to(self._site.root).as_posix()
        except (ValueError, AttributeError):
            return str(path)

    def _which(self, hits: list[SearchHit]) -> dict[int, str]:
        """For pages sharing a title (a guide's page in each language's folder): what tells
        each apart, in place of the kind of page, as the page list names it among its
        collection's pages (library_keys.names_told_apart: its file name, or its path below
        the folder they share), so a page reads the same in both."""
        if self._site is None:
            return {}  # no site, no hits: a search's results are dropped when it closes
        names: dict[str, str] = {}
        for collection in {hit.collection for hit in hits}:
            try:
                entries = self._site.documents(collection)
            except (KeyError, OSError):
                continue
            names.update(names_told_apart(entries))
        return {at: names[str(hit.path)] for at, hit in enumerate(hits) if names.get(str(hit.path))}

    def _show(self, hits: list[SearchHit]) -> None:
        self._hits = list(hits)
        self.results.clear()
        which = self._which(self._hits)
        for at, hit in enumerate(self._hits):
            item = QListWidgetItem(hit.title or hit.path.name)
            kind = which.get(at) or self._collection_label(hit)
            if hit.field == "title":
                detail = f"{kind} · {self._where(hit)}"  # Title, as the form
            else:
                detail = f"{kind} · {self._where(hit)}: {hit.snippet}"
            item.setData(DETAIL_ROLE, detail)
            item.setData(MATCH_ROLE, (self.query().split() or [""])[0])
            item.setToolTip(
                self.tr("{title}\n{path}\nFound in: {where}").format(
                    title=hit.title, path=self._relative(hit.path), where=self._where(hit)
                )
            )
            self.results.addItem(item)
        self._show_status()
        self.searchFinished.emit()

    def _show_status(self) -> None:
        n = len(self._hits)
        if self._site is None:
            text = self.tr("Open a site to search its pages.")
        elif not self._site.entries():
            text = self.tr("This folder holds no page to search.")
        elif not self.box.text().strip():
            text = self.tr("Type words to find the pages that hold all of them.")
        elif n == 0:
            text = self.tr("No page holds all of these words.")
        elif n >= RESULT_LIMIT:
            text = self.tr("The first {n} pages found; add a word to narrow it down.").format(n=n)
        elif n == 1:
            text = self.tr("1 page found.")
        else:
            text = self.tr("{n} pages found.").format(n=n)
        self.status.setText(text)

    # -- keyboard --------------------------------------------------------------------------
    def _open_current_or_first(self) -> None:
        row = self.results.currentRow()
        self.activate(row if row >= 0 else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        # Escape closes the panel, as it closes the find bar and the review queue; it did
        # nothing here, and the search kept the list's place.
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            event.accept()
            self.closeRequested.emit()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        # Down arrow in the box moves into the results, as in most search lists.
        if (
            watched is self.box
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.results.count()
        ):
            self.results.setFocus()
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)


# -- Rename or merge a value ------------------------------------------------------------------
