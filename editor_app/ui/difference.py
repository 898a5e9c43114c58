"""Two versions of a page side by side: what is on disk and the author's own.

`Difference` holds the two texts, `DifferenceView` shows them line by line (removed red,
added green, unchanged stretches folded) and `DifferenceDialog` asks a question about them
with the difference one click away. Used by the safety guard and the recovery dialog.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from editor_app.core import store
from editor_app.ui.screen_fit import keep_on_screen
from editor_app.ui.translation import translator

tr = translator("safety")


@dataclass(frozen=True)
class Difference:
    """Two versions of a page as text: what is on disk (or was) and the user's own."""

    old: str
    new: str
    old_label: str = ""
    new_label: str = ""

    @classmethod
    def of(
        cls, old: bytes | None, new: bytes | None, old_label: str = "", new_label: str = ""
    ) -> Difference:
        """From file bytes (any encoding shows; odd bytes as replacement characters)."""
        return cls(
            store.decode_for_display(old),
            store.decode_for_display(new),
            old_label or tr("the version on disk"),
            new_label or tr("your version"),
        )

    def unified(self) -> str:
        """The classic line-by-line difference (for logs and tests)."""
        return store.unified_diff(self.old, self.new, self.old_label, self.new_label)

    @property
    def same(self) -> bool:
        """True when the two texts are the same."""
        return self.old == self.new


_COLOURS = {"removed": "#fbe3e4", "added": "#e2f5e2"}
_MARKS = {"removed": "−", "added": "+", "same": " "}


class DifferenceView(QTextEdit):
    """Shows two versions of a page: lines only in the old one red, only in the new one green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAccessibleName(tr("Difference between the two versions"))

    def show_difference(self, difference: Difference) -> None:
        """Fill the view; unchanged stretches are folded into one grey line."""
        if difference.same:
            self.setPlainText(tr("The two versions are the same."))
            return
        legend = tr("− red lines: only in {old}.  + green lines: only in {new}.").format(
            old=difference.old_label, new=difference.new_label
        )
        rows = [f"<p style='color:#555; margin-bottom:6px'>{html.escape(legend)}</p>"]
        for kind, line in store.line_changes(difference.old, difference.new):
            if kind == "skip":
                text = tr("… {n} unchanged lines …").format(n=line)
                rows.append(f"<p style='color:#888; margin:4px 0'>{html.escape(text)}</p>")
                continue
            background = _COLOURS.get(kind)
            # A hanging indent keeps wrapped lines clear of the +/− column.
            style = "margin:0 0 0 16px; text-indent:-16px; white-space:pre-wrap;"
            if background:
                style += f" background-color:{background};"
            shown = _blanks_marked(line) if background else html.escape(line)
            # Left to right whatever the line's language: an Arabic or Hebrew line was laid
            # out from the right, its +/− pushed out of sight past the right edge.
            rows.append(
                f"<p dir='ltr' style='{style}'><tt>{_MARKS[kind]} </tt>{shown or '&nbsp;'}</p>"
            )
        self.setHtml("".join(rows))


def _blanks_marked(line: str) -> str:
    """A changed line as HTML, its tabs and its spaces at the end marked in grey: a Tab pressed
    by mistake showed as an empty red line beside an empty green one, nothing to tell."""
    body = line.rstrip(" \t")
    end = line[len(body) :]
    marked = html.escape(body).replace("\t", f"{_BLANK.format('→')}\t")
    if end:
        marked += _BLANK.format(end.replace(" ", "·").replace("\t", "→"))
    return marked


_BLANK = "<span style='color:#999'>{}</span>"


class DifferenceDialog(QDialog):
    """A question about two versions of a page, with the difference one click away."""

    def __init__(
        self,
        title: str,
        message: str,
        difference: Difference,
        choices: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = choices[-1][0]  # closing the box means the last (safest) choice
        label = QLabel(message)
        label.setWordWrap(True)
        self.message = label
        self.difference = DifferenceView()
        self.difference.show_difference(difference)
        self.difference.hide()
        self.show_button = QPushButton(tr("Show the difference"))
        self.show_button.setCheckable(True)
        self.show_button.toggled.connect(self._toggle)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        self.buttons: dict[str, QPushButton] = {}
        for key, text in choices:
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=key: self._choose(k))
            buttons.addWidget(button)
            self.buttons[key] = button
        self.buttons[choices[-1][0]].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.difference, 1)
        layout.addLayout(buttons)
        self.resize(640, self.sizeHint().height())

    def _toggle(self, shown: bool) -> None:
        self.difference.setVisible(shown)
        self.show_button.setText(tr("Hide the difference") if shown else tr("Show the difference"))
        self.resize(self.width(), 540 if shown else self.sizeHint().height())
        if shown:
            # Grown downwards from where the short question sat: keep the answers in sight.
            keep_on_screen(self)

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()
