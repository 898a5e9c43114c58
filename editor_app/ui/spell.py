"""Qt glue for spell checking: reads the dictionary off the UI thread, builds the menu entries.

Reading a dictionary takes seconds, so `SpellService` reads it in a background thread and
says `ready` when done; until then nothing is underlined. One service per language is shared
by every editor, so the personal word list and the word cache are shared too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu

from editor_app.core.spelling import DEFAULT_LANGUAGE, SpellChecker


def tr(text: str) -> str:
    """Translate user-facing text (module-level helper, like QObject.tr)."""
    return QGuiApplication.translate("Spelling", text)


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

    def _load(self) -> None:
        try:
            self.checker.load()
        except Exception as exc:  # any failure only turns spell checking off, with a reason
            self._loaded.emit(str(exc) or exc.__class__.__name__)
            return
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
