"""Review mode for editors: the queue of drafts, what changed, notes, decisions and reports.

The widgets only call `editor_app.core.review`; every rule (what is a draft, how notes are
anchored, how a decision changes the file) lives there. One module per part of the screen:

- `queue_model`: the queue as a table model, and its filter;
- `notes_panel`: the notes of one page (also docked in the main window); `notes_panel_fit`:
  how its notes and suggested edits share the height;
- `editor_notes`: Add Review Note… on the words selected in the main window's text;
- `changes`: the "What changed" tab; `report`: the "Report" tab;
- `panel`: `ReviewPanel`, the review screen that holds them and makes the decisions;
- `window`: `ReviewWindow`, and `install_review(window)` for the main window.
"""

from editor_app.ui.review.changes import ChangesView
from editor_app.ui.review.common import ITEM_ROLE, NOTE_ROLE, SORT_ROLE
from editor_app.ui.review.notes_panel import NotesPanel
from editor_app.ui.review.panel import ReviewPanel
from editor_app.ui.review.queue_model import ReviewQueueFilter, ReviewQueueModel
from editor_app.ui.review.report import ReportView
from editor_app.ui.review.window import ReviewHook, ReviewWindow, install_review

__all__ = [
    "ITEM_ROLE",
    "NOTE_ROLE",
    "SORT_ROLE",
    "ChangesView",
    "NotesPanel",
    "ReportView",
    "ReviewHook",
    "ReviewPanel",
    "ReviewQueueFilter",
    "ReviewQueueModel",
    "ReviewWindow",
    "install_review",
]
