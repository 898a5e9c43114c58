"""Qt glue for spell checking: reads the dictionary off the UI thread, builds the menu entries.

Reading a dictionary takes seconds, so `SpellService` reads it in a background thread and
says `ready` when done; until then nothing is underlined. One service per language is shared
by every editor, so the personal word list and the word cache are shared too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu

from editor_app.core.site_words import (
    FoldersSeen,
    SiteVocabulary,
    gone_pages,
    page_text,
    read_vocabulary,
    site_pages,
)
from editor_app.core.spelling import (
    DEFAULT_LANGUAGE,
    SpellChecker,
    available_languages,
    declared_site_language,
    language_name,
)
from editor_app.ui.translation import translator

tr = translator("Spelling")


class SpellService(QObject):
    """One language's checker, loaded in the background; `ready` fires once it can check."""

    ready = Signal()
    failed = Signal(str)
    # Emitted when the personal list changes, so every editor can re-underline.
    wordsChanged = Signal()

    _instances: dict[str, SpellService] = {}

    def __init__(self, language: str = DEFAULT_LANGUAGE, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.checker = SpellChecker(language)
        self.error: str | None = None
        self._started = False
        self._start_asked = False
        # Work that goes with the dictionary (a site's vocabulary, `read_with_dictionary`),
        # run by the reading thread before it says `ready`; taken under the lock.
        self._lock = threading.Lock()
        self._with_dictionary: list[Callable[[], None]] = []
        self._read_done = False  # the reading thread took its last work: later work runs alone
        # Queued: the loading thread must not touch widgets itself.
        self._loaded.connect(self._on_loaded, Qt.ConnectionType.QueuedConnection)

    _loaded = Signal(str)

    @classmethod
    def shared(cls, language: str = DEFAULT_LANGUAGE, start: bool = True) -> SpellService:
        """The service for `language`, created on first use (and loading unless `start` is off).

        Reading the dictionary is about a second of Python work: an editor that holds no text
        yet passes `start=False` and starts it with its first text, so the load does not compete
        with opening the site.
        """
        service = cls._instances.get(language)
        if service is None:
            service = cls(language)
            cls._instances[language] = service
        if start:
            service.start()
        return service

    @property
    def is_ready(self) -> bool:
        """True when words can be checked without waiting."""
        return self.checker.loaded

    def start(self) -> None:
        """Begin reading the dictionary in the background (once)."""
        if self._started:
            return
        self._started = True
        threading.Thread(target=self._load, name="spelling-load", daemon=True).start()

    # Long enough for the window to paint the page that asked: the reading thread would slow
    # every call from Qt into Python meanwhile.
    START_DELAY_MS = 300

    def start_soon(self) -> None:
        """`start()` shortly (once): after the current work and the paint that follows it."""
        if self._started or self._start_asked:
            return
        self._start_asked = True
        QTimer.singleShot(self.START_DELAY_MS, self.start)

    def read_with_dictionary(self, work: Callable[[], None], name: str = "spelling-with") -> None:
        """Run `work` in the background with the dictionary's reading, before `ready`: the
        site's own words are then known before the first underline (no word of the site
        underlined for a moment). Once the dictionary is read, `work` runs at once, alone."""
        with self._lock:
            if not self._read_done:
                self._with_dictionary.append(work)
                return
        threading.Thread(target=work, name=name, daemon=True).start()

    def _run_work_with_dictionary(self) -> None:
        while True:
            with self._lock:
                if not self._with_dictionary:
                    self._read_done = True
                    return
                work = self._with_dictionary.pop(0)
            try:
                work()
            except Exception:  # noqa: BLE001, S110 - each work reports its own failures
                pass

    def _load(self) -> None:
        try:
            self.checker.load()
        except Exception as exc:  # any failure only turns spell checking off, with a reason
            self._run_work_with_dictionary()
            self._loaded.emit(str(exc) or exc.__class__.__name__)
            return
        self._run_work_with_dictionary()
        self._loaded.emit("")

    def _on_loaded(self, error: str) -> None:
        if error:
            self.error = error
            self.failed.emit(error)
        else:
            self.ready.emit()

    def wait_until_ready(self) -> bool:
        """Read the dictionary now if needed (tests and the self-test only; the UI never waits)."""
        self.start()
        self.checker.load()
        return self.checker.loaded

    def add_word(self, word: str) -> None:
        """Add to the personal list and tell every editor."""
        self.checker.add_word(word)
        self.wordsChanged.emit()

    def ignore(self, word: str) -> None:
        """Accept the word for this session and tell every editor."""
        self.checker.ignore(word)
        self.wordsChanged.emit()


def add_spelling_actions(
    menu: QMenu,
    service: SpellService,
    word: str,
    replace: Callable[[str], None],
    before: QAction | None = None,
) -> None:
    """Put suggestions for `word`, "Add to dictionary" and "Ignore" at the top of `menu`.

    Suggestions are computed here, when the menu opens, because they are slow.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        suggestions = service.checker.suggest(word)
    finally:
        QGuiApplication.restoreOverrideCursor()
    actions: list[QAction] = []
    if suggestions:
        for suggestion in suggestions:
            action = QAction(suggestion, menu)
            font = action.font()
            font.setBold(True)
            action.setFont(font)
            action.triggered.connect(lambda _=False, s=suggestion: replace(s))
            actions.append(action)
    else:
        none = QAction(tr("No spelling suggestions"), menu)
        none.setEnabled(False)
        actions.append(none)
    add = QAction(tr("Add “{word}” to Dictionary").format(word=word), menu)
    add.triggered.connect(lambda: service.add_word(word))
    ignore = QAction(tr("Ignore “{word}”").format(word=word), menu)
    ignore.setToolTip(tr("Accept this word until the program closes"))
    ignore.triggered.connect(lambda: service.ignore(word))
    actions += [add, ignore]
    first = before or (menu.actions()[0] if menu.actions() else None)
    for action in actions:
        menu.insertAction(first, action)
    if first is not None:
        menu.insertSeparator(first)


class SpellingLanguageHook(QObject):
    """Tools > Spelling Language: one entry per bundled dictionary, remembered per site.

    A site that declares its language (`lang: en-US` in `_config.yml`, Hugo's `locale` or
    `languageCode`) gets that dictionary until the user picks another one for it. Installed by
    `install_spelling_language(window)`; uses only the window's public hooks (`tools_menu`,
    `editor`, `settings`, `siteOpened`, `site_setting_key`). It also hands the editor the
    site's own vocabulary for that dictionary (`core/site_words.py`).
    """

    # The site's vocabulary is learnt: (site folder, dictionary, words), from the reading thread.
    siteWordsLearnt = Signal(object, str, object)
    # A page the site's index read again (saved, renamed, removed): (site folder, full path).
    pageIndexed = Signal(str, object)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        # Each site's vocabulary by (folder, dictionary): learnt once, off the window's thread.
        self.site_words: dict[tuple[str, str], frozenset[str]] = {}
        # Their counts, so that a page saved updates them (`_on_indexed`).
        self.vocabularies: dict[tuple[str, str], SiteVocabulary] = {}
        self._learning: set[tuple[str, str]] = set()
        # Pages saved, renamed or removed while their site's vocabulary is being read: the
        # reading may have seen them as they were, so they are read again once it is done.
        self._changed_meanwhile: dict[tuple[str, str], set[Path]] = {}
        # By site: its pages' folders' times when last looked at for pages deleted meanwhile.
        self._folders_seen: dict[str, FoldersSeen] = {}
        self.siteWordsLearnt.connect(self._on_learnt, Qt.ConnectionType.QueuedConnection)
        # Queued: the index may be updated from another thread (Get latest).
        self.pageIndexed.connect(self._on_indexed, Qt.ConnectionType.QueuedConnection)
        self.menu = QMenu(tr("Spelling &Language"), window)
        self.menu.setObjectName("spellingLanguageMenu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.actions: dict[str, QAction] = {}
        for code in available_languages() or [DEFAULT_LANGUAGE]:
            action = QAction(tr(language_name(code)), self.menu)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self.choose(c, remember=True))
            self.group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        window.tools_menu.addSeparator()
        window.tools_menu.addMenu(self.menu)
        self._show(self.language)
        window.siteOpened.connect(self._on_site)
        # A save is heard through the site's index (`_listen`), which the save tells.
        # Back from another program, which may have deleted pages no index hears of.
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._on_app_state)
        guard = getattr(window, "guard", None)
        if guard is not None:  # the open page's file deleted by another program
            guard.fileDeleted.connect(self._on_file_deleted)

    @property
    def language(self) -> str:
        """The dictionary the editor checks against now."""
        return self.window.editor.spelling_language

    def _key(self) -> str:
        return self.window.site_setting_key("spelling")

    def _on_site(self, _root: object = None) -> None:
        site = self.window.site
        remembered = self.window.settings.value(self._key())
        if isinstance(remembered, str) and remembered in self.actions:
            self.choose(remembered)
        else:
            declared = declared_site_language(site) if site is not None else None
            self.choose(declared or DEFAULT_LANGUAGE)

    def choose(self, language: str, remember: bool = False) -> None:
        """Check the editor's words against `language`; with `remember`, for this site."""
        self.window.editor.set_spelling_language(language)
        self._show(language)
        if remember and self.window.site is not None:
            self.window.settings.setValue(self._key(), language)
        self._learn_site_words()

    def _learn_site_words(self) -> None:
        """Underline no word the site's own pages use on several pages: its vocabulary is read
        in a thread (about half a second on 1,000 pages) and handed to the editor."""
        site = self.window.site
        if site is None:
            self.window.editor.set_site_words(frozenset())
            return
        # Each time: a site opened again is another index, whose changes must be heard too.
        self._listen(site)
        key = (str(site.root), self.language)
        known = self.site_words.get(key)
        # Not known yet (a site opened after the dictionary was read): no word is underlined
        # until they are, rather than the site's jargon for a moment.
        self.window.editor.set_site_words(known)
        if known is not None or key in self._learning:
            return
        self._learning.add(key)
        pages = site_pages(site, self.language)  # from the index, on this thread

        def learn() -> None:
            try:
                vocabulary = read_vocabulary(pages)
            except Exception:  # noqa: BLE001 - without it, the dictionary alone still works
                vocabulary = SiteVocabulary()
            try:
                self.siteWordsLearnt.emit(key[0], key[1], vocabulary)
            except RuntimeError:
                pass  # the window closed meanwhile: no editor to hand them to

        # Read with the dictionary, after the first page is painted (the highlighter starts
        # it): not while the site opens, and known before the dictionary's first underline.
        SpellService.shared(self.language, start=False).read_with_dictionary(learn, "site-words")

    def _listen(self, site: Any) -> None:
        """Hear of each page `site`'s index reads again: a page removed or renamed (by Get
        latest, a rename) takes its words out of the counts, or to its new name."""
        listeners = getattr(site, "entry_listeners", None)
        if listeners is None or any(getattr(t, "hook", None) is self for t in listeners):
            return
        root = str(site.root)

        def tell(path: Path) -> None:
            try:
                self.pageIndexed.emit(root, path)
            except RuntimeError:
                listeners.remove(tell)  # the window is gone

        tell.hook = self  # type: ignore[attr-defined]
        listeners.append(tell)

    def _on_learnt(self, root: str, language: str, vocabulary: SiteVocabulary) -> None:
        key = (root, language)
        self._learning.discard(key)
        self.vocabularies[key] = vocabulary
        site = self.window.site
        if site is not None and str(site.root) == root:
            for path in sorted(self._changed_meanwhile.pop(key, set())):
                self._read_again(site, vocabulary, language, path)
        words = self.site_words[key] = vocabulary.known()
        if site is not None and str(site.root) == root and self.language == language:
            self.window.editor.set_site_words(words)

    def _on_app_state(self, state: Qt.ApplicationState) -> None:
        """The window active again: pages deleted meanwhile by another program leave the
        site's counts, so a word now on too few pages is underlined again."""
        site = self.window.site
        if state != Qt.ApplicationState.ApplicationActive or site is None:
            return
        root = str(site.root)
        mine = [v for k, v in self.vocabularies.items() if k[0] == root]
        counted = frozenset().union(*(v.pages() for v in mine))
        seen = self._folders_seen.get(root)
        if not counted or (seen is not None and not seen.may_have_lost(counted)):
            return  # no folder of a counted page changed: none can be gone
        # The times read first: a page deleted while the pages are looked at moves them again.
        self._folders_seen[root] = FoldersSeen(counted)
        gone = gone_pages(counted)  # each page looked at once, whichever dictionaries count it
        forgot = [v.forget_pages(gone) for v in mine]
        key = (root, self.language)
        if any(forgot) and key in self.vocabularies:
            words = self.site_words[key] = self.vocabularies[key].known()
            self.window.editor.set_site_words(words)

    def _on_file_deleted(self, path: object) -> None:
        """The open page's file deleted: its words out of the site's counts, so a word now on
        too few pages is underlined again (one page read: a few milliseconds)."""
        site = self.window.site
        if site is not None and isinstance(path, Path):
            self._on_indexed(str(site.root), path)

    def _on_indexed(self, root: str, path: object) -> None:
        site = self.window.site
        if site is None or str(site.root) != root or not isinstance(path, Path):
            return
        touched = False
        for key in [k for k in (*self.vocabularies, *self._learning) if k[0] == root]:
            if key in self._learning:
                self._changed_meanwhile.setdefault(key, set()).add(path)
            else:
                self._read_again(site, self.vocabularies[key], key[1], path)
                touched = True
        key = (root, self.language)
        if touched and key in self.vocabularies:
            words = self.site_words[key] = self.vocabularies[key].known()
            self.window.editor.set_site_words(words)

    def _read_again(self, site: Any, vocabulary: SiteVocabulary, language: str, path: Path) -> None:
        """Count the page at `path` as it is on disk now: out when gone or no page of the site."""
        doc = self.window.current_document()
        if doc is not None and doc.path is not None and Path(doc.path) == path:
            front_matter = doc.front_matter
        else:
            entry = site.entry(path)
            front_matter = entry.front_matter if entry is not None else None
        page = None
        if path.is_file() and front_matter is not None:
            page = page_text(site, path, front_matter, language)
        if page is None:
            vocabulary.remove_page(path)
        else:
            vocabulary.read_page(page)

    def _show(self, language: str) -> None:
        action = self.actions.get(language)
        if action is not None:
            action.setChecked(True)


def install_spelling_language(window: Any) -> SpellingLanguageHook:
    """Add Tools > Spelling Language to a MainWindow."""
    hook = SpellingLanguageHook(window)
    window.spelling_language = hook
    return hook
