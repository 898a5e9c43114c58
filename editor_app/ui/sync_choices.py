"""The choice left by Get latest: a place changed here and by others, shown side by side.

One choice at a time: "Keep mine", "Keep theirs" or "Keep both paragraphs" (paragraphs only;
"Keep both pictures" for two pictures of one name added here and by others).
Until the person chooses, the page keeps their own version; the other version stays in the
page's history, so closing the dialog loses nothing and it can be opened again later.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import sync_conflicts
from editor_app.core.sync_merge import Conflict
from editor_app.ui.translation import translator

tr = translator("ChoiceDialog")


def where_in_words(c: Conflict, title: str) -> str:
    """What both sides changed, for a person: a field by its name, or a paragraph."""
    both_added = bool(c.extra.get("both_added"))  # a page of one name written on both sides
    if c.kind == "field" and both_added:
        return tr(
            "“{page}” was added here and by others: the field “{field}” has two values."
        ).format(page=title, field=c.where)
    if c.kind == "field":
        return tr("In “{page}”, the field “{field}” was changed here and by others.").format(
            page=title, field=c.where
        )
    if c.kind == "file":
        # A page by its title; a picture, a data file, the site's settings by their path,
        # said what they are.
        thing = sync_conflicts.thing_of(c)
        if thing == "page":
            named = f"“{title}”"
        else:
            name = tr("The picture") if thing == "picture" else tr("The file")
            named = f"{name} “{c.path}”"
        if c.removed_by == "others":
            return tr("{named} was changed here and removed by others.").format(named=named)
        if c.removed_by == "here":
            return tr("{named} was removed here and changed by others.").format(named=named)
        if c.extra.get("both_added"):
            # Two new pictures of one name, not one picture changed twice.
            return tr(
                "{named} was added here and by others: two different {things} of one name."
            ).format(named=named, things=tr("pictures") if thing == "picture" else tr("files"))
        return tr("{named} was changed here and by others.").format(named=named)
    if both_added:
        return tr(
            "“{page}” was added here and by others, with different words in the same place."
        ).format(page=title)
    return tr("In “{page}”, the same paragraph was changed here and by others.").format(page=title)


class ChoiceDialog(QDialog):
    """Shows each waiting choice with the two versions in words, and applies the one picked."""

    def __init__(self, repo: Any, conflicts: list[Conflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Changed here and by others"))
        self.repo = repo
        self.waiting = list(conflicts)
        self.changed: list[str] = []  # pages whose file a choice rewrote
        self.made: list[str] = []  # the choices made ("mine", "theirs", "both"), in order
        self.to_share = False  # a choice left something Share my changes sends
        self.kept_both: list[str] = []  # what Keep both pictures did, said after the dialog
        # What Keep both paragraphs did ("yours first"), said after the dialog: the two
        # versions of a long paragraph one after the other look alike in the editor.
        self.both_paragraphs: list[str] = []
        self.error = ""

        self.progress = QLabel()
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.mine = QTextEdit()
        self.theirs = QTextEdit()
        for box, name in ((self.mine, tr("Your version")), (self.theirs, tr("Their version"))):
            box.setReadOnly(True)
            box.setAccessibleName(name)
        grid = QGridLayout()
        self.mine_label = QLabel()
        grid.addWidget(self.mine_label, 0, 0)
        self.theirs_label = QLabel()
        grid.addWidget(self.theirs_label, 0, 1)
        grid.addWidget(self.mine, 1, 0)
        grid.addWidget(self.theirs, 1, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.keep_mine = QPushButton(tr("Keep mine"))
        self.keep_theirs = QPushButton(tr("Keep theirs"))
        self.keep_both = QPushButton(tr("Keep both paragraphs"))
        self.later = QPushButton(tr("Decide later"))
        self.keep_mine.clicked.connect(lambda: self.choose("mine"))
        self.keep_theirs.clicked.connect(lambda: self.choose("theirs"))
        self.keep_both.clicked.connect(lambda: self.choose("both"))
        self.later.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.later)
        buttons.addStretch(1)
        for b in (self.keep_mine, self.keep_theirs, self.keep_both):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.where)
        layout.addLayout(grid, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self._total = len(self.waiting)
        self._show()

    @property
    def current(self) -> Conflict | None:
        return self.waiting[0] if self.waiting else None

    def _show(self) -> None:
        c = self.current
        if c is None:
            self.accept()
            return
        done = self._total - len(self.waiting) + 1
        self.progress.setText(tr("Choice {n} of {total}").format(n=done, total=self._total))
        self.where.setText(where_in_words(c, sync_conflicts.page_title(self.repo, c)))
        page = sync_conflicts.thing_of(c) == "page"
        self.mine_label.setText(
            tr("<b>Your version</b> (as last saved; the words you have not saved yet stay too)")
            if self._typing_in(c)
            else tr("<b>Your version</b> (in the page now)")
            if page
            else tr("<b>Your version</b> (on this computer now)")
        )
        by = sync_conflicts.theirs_by(self.repo, c)
        history = tr("the page's history") if page else tr("the site's history")
        self.theirs_label.setText(
            tr("<b>Their version</b> (by {name}, kept in {history})").format(
                name=escape(by), history=history
            )
            if by
            else tr("<b>Their version</b> (kept in {history})").format(history=history)
        )
        mine, theirs = sync_conflicts.versions_html(c)
        pictures = sync_conflicts.picture_versions(self.repo, c)
        for box, words, data in zip((self.mine, self.theirs), (mine, theirs), pictures, strict=True):
            box.setHtml(_with_picture(box, words, data))
        # One side removed it: the buttons say what each does ("Keep theirs" of a removal
        # left the author to work out that it removes the page).
        mine_words, theirs_words = {
            "others": (tr("Keep it"), tr("Remove it too")),
            "here": (tr("Keep it removed"), tr("Bring it back")),
        }.get(c.removed_by, (tr("Keep mine"), tr("Keep theirs")))
        self.keep_mine.setText(mine_words)
        self.keep_theirs.setText(theirs_words)
        self.keep_both.setVisible("both" in c.choices)
        self.keep_both.setText(
            tr("Keep both pictures") if c.both_pictures else tr("Keep both paragraphs")
        )
        self.message.setText("")
        self.keep_mine.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typing_in(self, c: Conflict) -> bool:
        """True when the page is open with unsaved words: the versions shown are the saved
        file's, and the choice does not take the typed words away."""
        current = getattr(self.parent(), "current_document", None)
        doc = current() if callable(current) else None
        if doc is None or doc.path is None or not doc.is_modified:
            return False
        return Path(doc.path).resolve() == (Path(self.repo.root) / c.path).resolve()

    def choose(self, choice: str) -> bool:
        """Apply a choice to the current place; False (and the reason shown) when it cannot."""
        c = self.current
        if c is None:
            return False
        try:
            c = sync_conflicts.resolve(self.repo, c.id, choice)
        except sync_conflicts.ChoiceError as exc:
            self.error = str(exc)
            self.message.setText(self.error)
            return False
        if c.extra.get("kept_as"):
            self.kept_both.append(sync_conflicts.kept_both_words(c))
        elif choice != "mine" and c.path not in self.changed:
            self.changed.append(c.path)
        if choice == "both" and not c.both_pictures:
            self.both_paragraphs.append(
                both_paragraphs_words(sync_conflicts.page_title(self.repo, c))
            )
        self.made.append(choice)
        # Mine, a picture both added, differs from the one shared: Share sends it.
        if choice != "theirs" and (c.both_pictures or sync_conflicts.shared_from_app(self.repo, c)):
            self.to_share = True
        self.waiting.pop(0)
        self._show()
        return True


def both_paragraphs_words(title: str) -> str:
    """What Keep both paragraphs did, for the status bar: which comes first, and what is
    left to do."""
    return tr(
        "Kept both paragraphs in “{title}”, yours first: remove the one you do not want."
    ).format(title=title)


# Each version's picture at most this big: both side by side, whole, with their names and
# sizes under them, in a 1024x700 window.
PICTURE_WIDTH, PICTURE_HEIGHT = 300, 180


def _with_picture(box: QTextEdit, words: str, data: bytes | None) -> str:
    """The version's words, under the picture itself when it is one that can be shown."""
    image = QImage.fromData(data) if data else QImage()
    if image.isNull():
        return words
    if image.width() > PICTURE_WIDTH or image.height() > PICTURE_HEIGHT:
        image = image.scaled(
            PICTURE_WIDTH,
            PICTURE_HEIGHT,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    url = QUrl(f"choice-picture:{box.accessibleName()}")
    box.document().addResource(QTextDocument.ResourceType.ImageResource, url, image)
    return f'<img src="{url.toString()}"><br>{words}'
