"""The site session of the main window: open a folder, index it in a worker, remember it.

`SiteSession(window)` sets `window.site`, `window.schema` and `window.renderer` once the site
is read, hands the site to the panels, and emits the window's `siteOpened(root)`. It also keeps
the folders opened before (File > Open Recent) and what is remembered per site.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

from editor_app.core.render import Renderer
from editor_app.core.schema import load_schema
from editor_app.core.site import Site
from editor_app.ui import dialogs, site_notes_dialog
from editor_app.ui.library_keys import prepare_listing
from editor_app.ui.workers import Job

MAX_RECENT = 8
FREEZE_FROM_PAGES = 5000  # from this many pages the index is kept out of the collector's walks


def _load_site(folder: Path, progress: Any = None) -> tuple[Any, Any, Renderer]:
    """Open a site, index its documents and load its schema (runs in a worker).

    The document list's keys and the renderer (its engine's modules imported) are made here
    too: on the UI thread they held the window still for a second on a site of 50,000 pages.
    """
    # The cycle collector waits while the index is read: its full passes over the growing
    # index held the interpreter, and so the window, 0.1-0.3 s at a time on 50,000 pages.
    # A big site's index is then moved out of its sight (gc.freeze), so later passes do not
    # walk it again; reference counting still frees it when another site is opened.
    collecting = gc.isenabled()
    gc.disable()
    pages = 0
    try:
        site = Site.open(folder)
        site.keep_read_bytes = False  # pages are checked one by one here: hold no file's bytes
        pages = len(site.entries(progress))
        prepare_listing(site)
        return site, load_schema(site), Renderer(site)
    finally:
        if collecting:
            if pages >= FREEZE_FROM_PAGES:
                gc.freeze()
            gc.enable()


class SiteSession(QObject):
    """Reads the window's site in the background and keeps what is remembered about sites."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self._job: Job | None = None
        self._pending_document: Path | None = None
        self._opened_folder: Path | None = None  # as chosen: maybe one collection's folder

    def choose_folder(self) -> None:
        """File > Open Folder: ask for a site folder and open it."""
        w = self.window
        start = str(w.site.root) if w.site is not None else str(Path.home())
        folder = dialogs.ask_folder(w, w.tr("Open a site folder"), start)
        if folder is not None:
            w.open_folder(folder)

    def open_folder(self, folder: str | Path, then_open: Path | None = None) -> bool:
        """Read a site in the background; the list fills when it is ready."""
        w = self.window
        if not Path(folder).expanduser().exists():
            # Gone since it was opened (File > Open Recent): said before anything closes, so
            # the page open stays open; and no longer offered.
            self.forget_folder(folder)
            self._on_failed(w.tr("{folder}: no such folder.").format(folder=folder))
            return False
        self.remember_open_page()  # the site left reopens on it
        if not w.close_document():
            return False
        if self._job is not None:
            self._job.cancel()
        self._pending_document = then_open
        self._opened_folder = Path(folder)
        w.statusBar().showMessage(w.tr("Reading the site…"))
        w.site_progress.show()
        self._job = w.jobs.start(
            _load_site,
            Path(folder),
            on_done=self._on_loaded,
            on_error=self._on_failed,
            on_progress=self._on_progress,
        )
        return True

    def _on_progress(self, done: int, total: int) -> None:
        w = self.window
        if total:
            w.site_progress.set_progress(done, total)
            w.statusBar().showMessage(
                w.tr("Reading the site… {done} of {total} pages").format(done=done, total=total)
            )

    def _on_loaded(self, result: tuple[Any, Any, Renderer]) -> None:
        w = self.window
        self._job = None
        w.site_progress.hide()
        w.site, schema, w.renderer = result
        self.use_schema(schema)
        set_editor_site = getattr(w.editor, "set_site", None)  # images go into its assets
        if callable(set_editor_site):
            set_editor_site(w.site)
        remembered = w.settings.value(self.collection_key())  # the author's last choice here
        w.library.set_site(w.site)
        chosen = self._collection_opened()
        if not (chosen and w.library.set_collection(chosen)) and not (
            remembered and w.library.set_collection(str(remembered))
        ):
            w.library.choose_largest_collection()
        w.preview.set_site_root(w.site.root)
        # Notes of a page of the site left behind have nothing to show here.
        for dock in w.findChildren(QDockWidget):
            if dock.objectName() == "reviewNotesDock":
                dock.hide()
        w.problems.clear_problems(w.site.root)
        count = len(w.site.entries())
        if count or w.site.generator is not None:
            # A folder that is no site (no page, no generator's settings: opened by mistake)
            # is not offered again in Open Recent nor opened at the next start.
            self.remember_folder(w.site.root)
        if count:
            opened = (
                w.tr("Opened {site}: 1 page.")
                if count == 1
                else w.tr("Opened {site}: {n} pages.")
            ).format(site=self.site_name(), n=count)
            notes = self.site_notes()
            if notes:
                opened += " " + (
                    w.tr("1 thing noticed about the site: Tools > What the Editor Noticed.")
                    if len(notes) == 1
                    else w.tr("{n} things noticed about the site: Tools > What the Editor Noticed.")
                ).format(n=len(notes))
            w.statusBar().showMessage(opened, 8000 if notes else 5000)
        w.site_notes_action.setEnabled(bool(self.site_notes()))
        notes = list(w.schema.notes) if w.schema is not None else list(w.site.notes)
        told = list(w.site.notes)
        if getattr(w.schema, "error", None) is not None and notes:
            # The site's own _schema.yml cannot be used (its note comes first): its fields and
            # rules are not in force. Said in sight, not only counted among things noticed.
            told.insert(0, notes[0])
        if count == 0:
            # Never a quiet empty list, nor "No problems found": say what this folder is.
            # Most likely the wrong folder: said once, in the Problems panel shown, where it
            # stays (the status line, which keeps it only till the next message, left empty).
            w.problems.summary.setText(w.site.no_pages_message())
            w.problems_dock.show()
            w.statusBar().clearMessage()
        elif told:
            # What could not be worked out (skipped links or pipes, a missing source folder).
            w.problems.summary.setText(" ".join(told[:3]))
            w.problems.summary.setToolTip("\n".join(notes))
            w.problems_dock.show()
        w.update_title()
        w.update_actions()
        w.siteOpened.emit(w.site.root)
        pending, self._pending_document = self._pending_document, None
        if pending is None:
            pending = self._page_left_open()
        if pending is not None:
            w.open_document(pending)

    def use_schema(self, schema: Any) -> None:
        """The schema in force from now on, for the window and its form: the one place it
        changes (the site opened, a repaired header saved, a value renamed)."""
        w = self.window
        w.schema = schema
        w.form.set_site(w.site, schema)

    def read_schema_again(self, then: Callable[[Any], None]) -> None:
        """Work the schema out again in a worker (pages changed what it infers) and put it in
        force; then `then(schema)`, or `then(None)` when it could not be read (the old one
        stays). Nothing happens when another site was opened meanwhile."""
        w = self.window
        site = w.site
        if site is None:
            return

        def done(schema: Any) -> None:
            if w.site is not site:
                return
            if schema is not None:
                self.use_schema(schema)
            then(schema)

        def failed(_reason: str) -> None:
            if w.site is site:
                then(None)

        w.jobs.start(load_schema, site, on_done=done, on_error=failed)

    def _collection_opened(self) -> str | None:
        """The collection whose folder the author opened (`_projects`, `content/en/blog`): its
        pages are listed, not the last collection shown or the largest. None for the site's own
        folder."""
        site, opened = self.window.site, self._opened_folder
        if opened is None:
            return None
        try:
            opened = opened.expanduser().resolve()
            root = site.root.resolve()
        except (OSError, RuntimeError):
            return None
        if opened == root or root not in opened.parents:
            return None
        return site.collection_of(opened)

    def _on_failed(self, reason: str) -> None:
        w = self.window
        self._job = None
        w.site_progress.hide()
        w.statusBar().clearMessage()
        dialogs.show_error(
            w,
            w.tr("Cannot open the folder"),
            w.tr("This folder cannot be opened as a site.\n\n{reason}").format(reason=reason),
        )

    def site_notes(self) -> list[str]:
        """What could not be worked out about the open site (folders, settings, links), and
        what Check cannot judge on it (shortcodes or tags not all known), as the command line
        says them."""
        notes = [str(n) for n in getattr(self.window.schema, "notes", None) or []]
        site = self.window.site
        if site is None:
            return notes
        # Imported here: the checks are left out of the window's start (test_start_leaves_heavy_parts).
        from editor_app.core.validate import check_notes

        return check_notes(site, notes, self.window.schema)

    def show_site_notes(self) -> None:
        """Tools > What the Editor Noticed About This Site: the notes, in plain words."""
        w = self.window
        notes = self.site_notes()
        # The notes name fields as the schema file's comments do (`key`): quotes read better.
        plain = [re.sub(r"`([^`\n]+)`", "‘\\1’", n) for n in notes]
        text = "\n\n".join(f"• {n}" for n in plain) or w.tr("Nothing to report.")
        site_notes_dialog.show_site_notes(w, w.tr("About this site"), text)

    # -- remembered per site -------------------------------------------------------------
    def setting_key(self, group: str) -> str:
        """The settings key for something remembered per site, e.g. its collection shown."""
        site = self.window.site
        root = str(site.root) if site is not None else ""
        return group + "/" + root.replace("/", "|").replace("\\", "|")

    def remember_open_page(self) -> None:
        """The page open now, to be opened again with its site (the window closing, another
        site opened); none when no page is open, so a page closed on purpose stays closed."""
        w = self.window
        if w.site is None:
            return
        doc = w.current_document()
        path = getattr(doc, "path", None)
        key = self.setting_key("openPage")
        if path is not None and Path(path).is_file():
            try:
                page = Path(path).resolve().relative_to(w.site.root.resolve())
                w.settings.setValue(key, page.as_posix())
                return
            except ValueError:  # a page from outside the site
                pass
        w.settings.remove(key)

    def _page_left_open(self) -> Path | None:
        """The page open when the site was last left, if it is still there."""
        w = self.window
        name = w.settings.value(self.setting_key("openPage"))
        if not name or w.site is None:
            return None
        root = w.site.root.resolve()
        path = (root / str(name)).resolve()
        return path if path.is_file() and root in path.parents else None

    def collection_key(self) -> str:
        return self.setting_key("collections")

    def on_collection_chosen(self, name: str) -> None:
        if self.window.site is not None:
            self.window.settings.setValue(self.collection_key(), name)

    def site_name(self) -> str:
        """The site's title from its configuration, else its folder's name."""
        site = self.window.site
        if site is None:
            return ""
        return site.title or site.root.name

    # -- recent folders ------------------------------------------------------------------
    def recent_folders(self) -> list[str]:
        """Folders opened before, most recent first."""
        value = self.window.settings.value("recentFolders", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def remember_folder(self, folder: Path) -> None:
        folders = [str(folder)] + [f for f in self.recent_folders() if f != str(folder)]
        self.window.settings.setValue("recentFolders", folders[:MAX_RECENT])
        self.window.settings.setValue("lastFolder", str(folder))

    def forget_folder(self, folder: str | Path) -> None:
        """Take a folder out of File > Open Recent."""
        folders = [f for f in self.recent_folders() if f != str(folder)]
        self.window.settings.setValue("recentFolders", folders)

    def fill_recent_menu(self, menu: Any) -> None:
        """File > Open Recent, filled each time it opens."""
        menu.clear()
        folders = self.recent_folders()
        if not folders:
            action = menu.addAction(self.window.tr("(none yet)"))
            action.setEnabled(False)
            return
        for folder in folders:
            action = menu.addAction(folder)
            action.triggered.connect(lambda _c=False, f=folder: self.window.open_folder(f))
