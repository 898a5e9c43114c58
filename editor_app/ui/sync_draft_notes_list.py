"""The Drafts dialog's list of a draft's review notes and suggested edits, each quoted
line read in its own direction, a setting named by the label the site's form gives it.
Mixed into `DraftsDialog`, whose `notes`, `notes_label`, `bar`, `root` and `_own` these
methods use."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from editor_app.core import review, sync_draft_review, sync_draft_suggestions, sync_drafts
from editor_app.core.review.notes import QUOTE_SHOWN
from editor_app.ui.sync_draft_decisions import NOTE_ROLE
from editor_app.ui.translation import translator

if TYPE_CHECKING:
    _Base = Any
else:
    _Base = object

tr = translator("DraftsDialog")


class DraftNotesListMixin(_Base):
    """The notes list of the chosen draft, for the DraftsDialog."""

    def _list_notes(
        self, d: sync_drafts.Draft, seen: sync_draft_review.DraftReview | None
    ) -> tuple[list[Any], list[Any]]:
        """List the draft's notes and suggested edits; its notes and suggestions."""
        self.notes.clear()
        notes = seen.notes if seen is not None else []
        for note in notes:
            done = tr(" (resolved)") if note.resolved else ""
            if note.is_general:
                # Right-to-left words set apart, in their own order, in this line.
                said = f"{review.isolate(note.author)}{done}: {review.isolate(note.text)}"
            else:
                since = tr(" (since changed)") if seen.words_changed(note) else ""
                # The quoted words and the note each a line of its own, as the review
                # window lists them, read in their own direction (LinesAsTheyRead): a
                # long Persian quote wrapped with its closing mark mid-line.
                quote = review.clip(note.quote, QUOTE_SHOWN)
                said = tr("{who}{done} on these words{since}:\n“{quote}”\n{text}").format(
                    who=review.isolate(note.author),
                    done=done,
                    since=since,
                    quote=quote,
                    text=note.text,
                )
            item = QListWidgetItem(said)
            item.setData(NOTE_ROLE, (note.id, note.resolved))
            self.notes.addItem(item)
        # Suggested edits are in the same record, and Approve counts the open ones too.
        suggestions = list(seen.store.suggestions) if seen is not None else []
        # A setting named as the form names it: by its label in the site's schema.
        labels = self._setting_labels(d) if any(s.field for s in suggestions) else {}
        for s in suggestions:
            state = "" if s.status == review.OPEN else f" ({tr(s.status)})"
            # The quoted words each a line of their own, read in their own direction
            # (LinesAsTheyRead), as the notes: a long Persian quote wrapped the wrong way.
            what = "\n".join(s.lines(labels=labels))
            item = QListWidgetItem(
                tr("{who} suggests{state}: {what}").format(
                    who=review.isolate(s.author), state=state, what=what
                )
            )
            if s.is_open and not self._own:  # Accept / Reject (the editor's) act on it
                item.setData(Qt.ItemDataRole.UserRole, s.id)
            self.notes.addItem(item)
        self._name_suggestion_buttons()
        self._name_resolve_button()
        open_items = sum(not n.resolved for n in notes)
        open_items += sum(s.status == review.OPEN for s in suggestions)
        heading = (
            tr("Review notes and suggested edits ({n} open)").format(n=open_items)
            if suggestions
            else tr("Review notes ({n} open)").format(n=open_items)
            if notes
            else tr("No review notes")
        )
        self.notes_label.setText(heading)
        return notes, suggestions

    def _setting_labels(self, d: sync_drafts.Draft) -> dict[str, str]:
        """The draft page's settings by the names the site's form gives them ({} with no
        site open: the key in plain words)."""
        window = getattr(self.bar, "window_", None)
        return sync_draft_suggestions.draft_setting_labels(
            self.root, d, getattr(window, "site", None), getattr(window, "schema", None)
        )
