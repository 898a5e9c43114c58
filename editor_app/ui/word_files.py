"""File > Import Word Document… and File > Export Review Pack…: the window's face of the
Word bridge (`core/docx_import.py`, `core/docx_export.py`, `core/docx_export_pdf.py`).

Importing a Word file makes a new draft in a collection the user picks; importing a review
pack that comes back from a reviewer adds its comments and changes to the pages' review
notes. Exporting writes the open page (as last saved) as a Word or PDF review pack. The work
runs in the window's worker threads; the questions are classmethods tests replace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import errors
from editor_app.ui import dialogs


class WordFiles(QObject):
    """The two File menu actions and what they do; kept as `window.word_files`."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.progress = window.status_progress.job("word")
        self.import_action = QAction(self.tr("&Import Word Document…"), window)
        self.import_action.triggered.connect(lambda: self.import_word())
        self.export_action = QAction(self.tr("&Export Review Pack…"), window)
        self.export_action.triggered.connect(lambda: self.export_pack())
        menu = window.file_menu
        quit_action = next(
            (a for a in menu.actions() if a.menuRole() == QAction.MenuRole.QuitRole), None
        )
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (self.import_action, self.export_action, separator):
            if quit_action is not None:
                menu.insertAction(_before_separator(menu, quit_action), action)
            else:
                menu.addAction(action)
        for signal in (window.siteOpened, window.documentOpened, window.documentClosed):
            signal.connect(lambda *_a: self.update_actions())
        self.update_actions()

    # -- questions (tests replace these) ------------------------------------------------------
    @classmethod
    def ask_import_file(cls, parent: QWidget, start: Path) -> Path | None:
        return dialogs.ask_file_to_open(
            parent, parent.tr("Import a Word document"), start, parent.tr("Word documents (*.docx)")
        )

    @classmethod
    def ask_collection(
        cls, parent: QWidget, choices: list[tuple[str, str]], current: str | None
    ) -> str | None:
        return _ask_collection(parent, choices, current)

    @classmethod
    def ask_export_target(cls, parent: QWidget, suggested: Path) -> Path | None:
        answer = dialogs.ask_file_to_save(
            parent,
            parent.tr("Export a review pack"),
            suggested,
            parent.tr("Word document (*.docx);;PDF (*.pdf)"),
        )
        if answer is None:
            return None
        path, chosen = answer
        if path.suffix.lower() not in (".docx", ".pdf"):
            # `post.md` picked in the box would have been written over with the pack.
            path = path.with_name(path.name + (".pdf" if "pdf" in chosen.lower() else ".docx"))
        return path

    @classmethod
    def tell(cls, parent: QWidget, title: str, text: str) -> None:
        # Its title whole: "Review pack written" was cut to "Review pack w…" by the box's width.
        dialogs.show_info(parent, title, text)

    @classmethod
    def ask_import_instead(cls, parent: QWidget, text: str) -> bool:
        """Asked when a Word document is opened as a page: True to import it."""
        box = QMessageBox(
            QMessageBox.Icon.Question, parent.tr("A Word document"), text, parent=parent
        )
        do = box.addButton(parent.tr("&Import…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(do)
        box.exec()
        return box.clickedButton() is do

    # -- actions ------------------------------------------------------------------------------
    def update_actions(self) -> None:
        w = self.window
        self.import_action.setEnabled(w.site is not None and not self.progress.shown)
        doc = w.current_document()
        self.export_action.setEnabled(doc is not None and doc.path is not None)

    def open_instead(self, path: Path) -> bool:
        """For a Word file opened as a page (`editor-app FILE`, a link, a list): not opened,
        it would show as unreadable bytes; a `.docx` is offered to Import instead. True when
        `path` is a Word file (so handled here), False for a page."""
        from editor_app.core.word_document import is_importable, is_word_document

        if not is_word_document(path):
            return False
        w, name = self.window, Path(path).name
        if not is_importable(path):
            self.tell(
                w,
                self.tr("A Word document"),
                self.tr(
                    "“{name}” is a Word file, not a page: save it as .docx in Word, then "
                    "bring it in with File > Import Word Document…"
                ).format(name=name),
            )
            return True
        if w.site is None:
            self.tell(
                w,
                self.tr("A Word document"),
                self.tr(
                    "“{name}” is a Word document, not a page: open a site, then bring it in "
                    "with File > Import Word Document…"
                ).format(name=name),
            )
            return True
        question = self.tr(
            "“{name}” is a Word document, not a page: it comes into the site with File > "
            "Import Word Document… (as a new page, or a returned review pack's notes). "
            "Import it now?"
        ).format(name=name)
        if self.ask_import_instead(w, question):
            self.import_word(Path(path))
        return True

    def import_word(self, source: Path | None = None) -> None:
        """Ask for a .docx and import it (a returned review pack, or a new draft). The file is
        read in the background, as the import itself: a long pack takes seconds to parse."""
        from editor_app.core.docx_pack_import import read_returned_file

        w = self.window
        if w.site is None or self.progress.shown:
            return
        source = source or self.ask_import_file(w, _packs_folder())
        if source is None:
            return
        self._busy(self.tr("Reading “{name}”…").format(name=Path(source).name))
        w.jobs.start(
            _plainly(read_returned_file, "The Word document could not be read."),
            source,
            w.site,
            on_done=lambda read: self._import_read(Path(source), *read),
            on_error=self._import_failed,
        )

    def _import_read(self, source: Path, pack: Any, page_files: list[Path]) -> None:
        """The file is read: a returned pack goes back to its pages, another Word file is
        asked a collection to become a new draft in."""
        from editor_app.core.docx_import import import_docx, import_review_pack

        w = self.window
        self._busy(None)
        if w.site is None:  # the site was closed meanwhile
            return
        title = self.tr("Import a Word document")
        if pack is not None:
            # Suggested edits accepted in Word are made in their pages, as the review
            # window's Accept: unsaved edits of the open page are saved or dropped first,
            # when the pack holds that page (another page's pack leaves them as they are).
            doc = w.current_document()
            holds_open_page = (
                doc is not None and doc.path is not None and doc.path.resolve() in page_files
            )
            if holds_open_page and not w.maybe_save_changes():
                return
            # The page written by the import is read again when it is done, and said so:
            # the watch on disk would take it for another program's change.
            self._hold_disk_watch(holds_open_page)
            self._busy(self.tr("Importing “{name}”…").format(name=source.name))
            w.jobs.start(
                _plainly(import_review_pack),
                pack,
                w.site,
                source.name,
                on_done=self._pack_imported,
                on_error=self._import_failed,
            )
            return
        choices = _import_choices(w.site)
        if not choices:
            dialogs.show_error(
                w,
                title,
                self.tr(
                    "A Word document comes in as a new page of one of the site's kinds of "
                    "page (like Posts), and this folder has none. Open the site's own folder "
                    "(the one holding _config.yml, hugo.toml or eleventy.config.js), then "
                    "import it again."
                ),
            )
            return
        chosen = self.ask_collection(w, choices, w.library.current_collection())
        if chosen is None:
            return
        collection, _, page_folder = chosen.partition("\n")
        self._busy(self.tr("Importing “{name}”…").format(name=source.name))
        w.jobs.start(
            _plainly(import_docx),
            source,
            w.site,
            collection,
            None,
            w.schema,
            None,
            page_folder or None,
            on_done=lambda report: self._draft_imported(report, collection),
            on_error=self._import_failed,
        )

    def _busy(self, text: str | None) -> None:
        """Show what is being read or imported (None: done); one import at a time."""
        if text is None:
            self.progress.hide()
        else:
            self.progress.show(text)
        self.update_actions()

    def _import_failed(self, message: str) -> None:
        self._busy(None)
        self._hold_disk_watch(False)
        dialogs.show_error(self.window, self.tr("Import a Word document"), message)

    def _draft_imported(self, report: Any, collection: str) -> None:
        w = self.window
        self._busy(None)
        w.library.set_collection(collection)
        w.library.refresh()
        w.open_document(report.path)
        self.tell(w, self.tr("Word document imported"), report.summary())

    def _hold_disk_watch(self, held: bool) -> None:
        """Stop (or start again) the open page's watch on disk telling of changes."""
        disk = getattr(getattr(self.window, "guard", None), "disk", None)
        if disk is not None:
            disk.watcher.blockSignals(held)

    def _pack_imported(self, report: Any) -> None:
        w = self.window
        self._busy(None)
        self._hold_disk_watch(False)
        doc = w.current_document()
        hook = getattr(w, "review", None)
        changed = set(report.notes) | set(report.suggestions) | set(report.resolved)
        changed |= set(report.decided)
        path = doc.path.resolve() if doc is not None and doc.path is not None else None
        if path in report.accepted and not doc.is_modified:
            # A suggestion accepted in Word changed the open page: read again, and said.
            w.reload_document()
            errors.notifier.info(report.page_line(path))
        elif (disk := getattr(getattr(w, "guard", None), "disk", None)) is not None:
            # Edits typed while the import ran, or another program's change: asked as ever.
            disk.check()
        if path is not None and hook is not None and path in changed:
            hook.reread_notes()  # the notes panel opens on the new ones, words marked
        # The review window open beside shows the new notes and suggested edits too (its
        # queue counts them), without the editor pressing Refresh.
        review_window = getattr(getattr(w, "review", None), "review_window", None)
        if changed and review_window is not None and review_window.isVisible():
            review_window.panel.refresh()
        self.tell(w, self.tr("Review pack imported"), report.summary())

    def export_pack(self, target: Path | None = None) -> None:
        """Write the open page (as last saved) as a Word or PDF review pack."""
        w = self.window
        doc = w.current_document()
        if doc is None or doc.path is None:
            return
        from editor_app.core.docx_pack_name import pack_name

        # A translation's pack is named with its language: the packs of a page's languages
        # are not written over each other in one folder.
        suggested = _packs_folder() / pack_name(w.site, doc.path, doc.front_matter)
        target = target or self.ask_export_target(w, suggested)
        if target is None:
            return
        if target.suffix.lower() == ".pdf":
            from editor_app.core.docx_export_pdf import export_pdf as export
        else:
            from editor_app.core.docx_export import export_docx as export
        unsaved = doc.is_modified
        w.jobs.start(
            _plainly(
                export, "The review pack could not be written: an unexpected problem stopped it."
            ),
            [doc.path],
            target,
            w.site,
            w.schema,
            on_done=lambda report: self._exported(report, unsaved, target),
            on_error=lambda message: dialogs.show_error(
                w, self.tr("Export a review pack"), message
            ),
        )

    def _exported(self, report: Any, unsaved: bool, target: Path | None = None) -> None:
        text = report.summary()
        if target is not None:  # the box may have been left at the suggested folder
            text += "\n" + self.tr("It is in {folder}.").format(folder=target.parent)
        if unsaved:
            text += "\n" + self.tr(
                "The page as last saved was exported: save to include your edits."
            )
        self.tell(self.window, self.tr("Review pack written"), text)


def _import_choices(site: Any) -> list[tuple[str, str]]:
    """What a Word document can become a page of: each collection, or, for a collection
    whose pages all live in its subfolders (hugo-docs' methods), each of those folders, as
    File > New asks for one ("collection\nfolder", "Methods › page")."""
    from editor_app.core.new_page_folders import subfolders_only

    choices: list[tuple[str, str]] = []
    for name, c in site.collections.items():
        folders = subfolders_only(site, name)
        choices += [(f"{name}\n{f}", f"{c.label} › {f.rsplit('/', 1)[-1]}") for f in folders]
        if not folders:
            choices.append((name, c.label))
    return choices


def _ask_collection(
    parent: QWidget, choices: list[tuple[str, str]], current: str | None
) -> str | None:
    """The collection a new draft goes into, asked in a small dialog; None when cancelled."""
    labels = [label for _name, label in choices]
    names = [name for name, _label in choices]
    start = next((i for i, n in enumerate(names) if n.partition("\n")[0] == current), 0)
    dialog = QDialog(parent)
    dialog.setWindowTitle(parent.tr("Import a Word document"))
    kinds = QComboBox()
    kinds.addItems(labels)
    kinds.setCurrentIndex(start)
    question = QLabel(parent.tr("Add the new page &to:"))
    question.setBuddy(kinds)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (question, kinds, buttons):
        layout.addWidget(widget)
    # As wide as its title needs: at its own size the title bar read "Impor… or-app".
    dialog.setMinimumWidth(dialogs.title_width(dialog, dialog.windowTitle()))
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    label = kinds.currentText()
    dialog.deleteLater()
    return names[labels.index(label)] if ok and label in labels else None


def _packs_folder() -> Path:
    """Where a review pack is offered to go: the person's documents, never the site folder
    (a pack beside the page would be published and shared with the site)."""
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def _plainly(fn: Any, unexpected: str = "") -> Any:
    """`fn` with file errors told in plain words (the worker shows the message as it is);
    given `unexpected`, any other failure is told so, its details in the log file."""

    def run(*args: Any) -> Any:
        from editor_app.core.docx_read import DocxError
        from editor_app.core.errors import explain_os_error, log_exception
        from editor_app.core.site import SiteError

        try:
            return fn(*args)
        except OSError as exc:
            raise RuntimeError(explain_os_error(exc, None, "written")) from exc
        except (SiteError, DocxError):
            raise  # already in plain words
        except Exception as exc:
            if not unexpected:
                raise
            log = log_exception(type(exc), exc, exc.__traceback__)
            where = f" The details are in {log}." if log is not None else ""
            raise RuntimeError(unexpected + where) from exc

    return run


def _before_separator(menu: Any, quit_action: QAction) -> QAction:
    """Insert above the separator that sits just before Quit, when there is one."""
    actions = menu.actions()
    index = actions.index(quit_action)
    if index > 0 and actions[index - 1].isSeparator():
        return actions[index - 1]
    return quit_action


def install_word_files(window: Any) -> WordFiles:
    """Add File > Import Word Document… and File > Export Review Pack… to the window."""
    window.word_files = WordFiles(window)
    return window.word_files
