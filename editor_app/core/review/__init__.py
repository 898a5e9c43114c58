"""Offline review for editors: the queue of drafts, what changed, notes, decisions, reports.

Everything here is plain Python (no Qt). One module per concept:

- `status`: which field says "draft" in a collection, and which value means "done";
- `queue`: the pages waiting for review, and the filters on that list;
- `diff`: what changed between two versions (settings and paragraphs, as HTML or text);
- `history`: the versions an editor compares (git commits, or the last reviewed copy);
- `anchors`: finding a quoted passage again after edits elsewhere in the page;
- `notes`: the review notes sidecar (format in docs/REVIEW.md);
- `decisions`: approve and send back;
- `report`: the review report.

Callers import every public name from `editor_app.core.review` itself.
"""

from editor_app.core.review.anchors import (
    CHANGED,
    CONTEXT,
    FOUND,
    GENERAL,
    LOST,
    MOVED,
    Anchor,
    PassageNotFound,
    anchor_note,
    find_passage,
)
from editor_app.core.review.common import ReviewError, user_data_dir
from editor_app.core.review.decisions import approve, send_back
from editor_app.core.review.diff import (
    BodyBlock,
    DocumentDiff,
    FieldChange,
    diff_to_html,
    diff_to_text,
    diff_versions,
    paragraphs,
    word_diff_html,
    word_diff_text,
)
from editor_app.core.review.history import History, Snapshot, SnapshotStore
from editor_app.core.review.notes import (
    NOTES_FOLDER,
    NOTES_SUFFIX,
    Note,
    NoteStore,
    PlacedNote,
    default_author,
    make_note,
    notes_path,
    notes_publishing_warning,
    place_notes,
)
from editor_app.core.review.queue import (
    QueueFilter,
    QueueItem,
    filter_queue,
    queue_statuses,
    review_queue,
)
from editor_app.core.review.report import note_state_text, report_html, write_report
from editor_app.core.review.status import (
    DRAFT_WORDS,
    FINAL_WORDS,
    UNPUBLISHED,
    StatusRule,
    is_unpublished,
    status_rule,
)

__all__ = [
    "CHANGED",
    "CONTEXT",
    "DRAFT_WORDS",
    "FINAL_WORDS",
    "FOUND",
    "GENERAL",
    "LOST",
    "MOVED",
    "NOTES_FOLDER",
    "NOTES_SUFFIX",
    "UNPUBLISHED",
    "Anchor",
    "BodyBlock",
    "DocumentDiff",
    "FieldChange",
    "History",
    "Note",
    "NoteStore",
    "PassageNotFound",
    "PlacedNote",
    "QueueFilter",
    "QueueItem",
    "ReviewError",
    "Snapshot",
    "SnapshotStore",
    "StatusRule",
    "anchor_note",
    "approve",
    "default_author",
    "diff_to_html",
    "diff_to_text",
    "diff_versions",
    "filter_queue",
    "find_passage",
    "is_unpublished",
    "make_note",
    "note_state_text",
    "notes_path",
    "notes_publishing_warning",
    "paragraphs",
    "place_notes",
    "queue_statuses",
    "report_html",
    "review_queue",
    "send_back",
    "status_rule",
    "user_data_dir",
    "word_diff_html",
    "word_diff_text",
    "write_report",
]
