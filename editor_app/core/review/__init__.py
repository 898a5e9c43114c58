"""Offline review for editors: the queue of drafts, what changed, notes, decisions, reports.

Everything here is plain Python (no Qt). One module per concept:

- `status`: which field says "draft" in a collection, and which value means "done";
- `queue`: the pages waiting for review, and the filters on that list;
- `diff`: what changed between two versions (settings and paragraphs, as HTML or text);
- `history`: the versions an editor compares (git commits, or the last reviewed copy);
- `anchors`: finding a quoted passage again after edits elsewhere in the page;
- `notes`: review notes; `suggestions`: suggested edits (what they are, where they sit);
- `record`: the page's review record in its sidecar file (notes, suggestions, decisions;
  format in docs/REVIEW.md);
- `decisions`: approve (behind the approval gate), send back, undo, the state of a page;
- `suggesting`: make, accept and reject suggested edits; `marks`: them in the preview;
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
    find_passage_as_read,
    find_quoted,
)
from editor_app.core.review.common import ReviewError, user_data_dir
from editor_app.core.review.decisions import (
    CHANGED_SINCE,
    CHANGED_SINCE_APPROVED,
    STATES,
    WAITING,
    ApprovalRefused,
    Blocker,
    NewerDraftWaits,
    PageState,
    approval_blockers,
    approval_findings,
    approval_warnings,
    approve,
    error_blockers,
    page_state,
    record_blockers,
    review_states,
    send_back,
    state_from_record,
    undo_last,
    warning_findings,
)
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
from editor_app.core.review.marks import MARK_ATTRIBUTE, mark_suggestions_html
from editor_app.core.review.notes import (
    NOTES_FOLDER,
    NOTES_SUFFIX,
    Note,
    PlacedNote,
    default_author,
    make_note,
    note_on_words,
    note_words_changed,
    notes_path,
    notes_publishing_warning,
    place_notes,
)
from editor_app.core.review.own_change import ALLOW as OWN_ALLOW
from editor_app.core.review.own_change import ASK as OWN_ASK
from editor_app.core.review.own_change import REFUSE as OWN_REFUSE
from editor_app.core.review.own_change import (
    OwnChangeRefused,
    last_change_by,
    own_change_rule,
)
from editor_app.core.review.publish import (
    ChangedSinceApproved,
    NotApproved,
    publish_draft,
    published_path,
)
from editor_app.core.review.queue import (
    QueueFilter,
    QueueItem,
    branch_drafts,
    filter_queue,
    newer_draft,
    not_waiting_reason,
    nothing_to_review,
    others_drafts,
    queue_statuses,
    review_queue,
)
from editor_app.core.review.record import APPROVED, SENT_BACK, Decision, NoteStore
from editor_app.core.review.report import note_state_text, report_html, write_report
from editor_app.core.review.status import (
    DRAFT_WORDS,
    FINAL_WORDS,
    JEKYLL_DRAFT,
    UNPUBLISHED,
    StatusRule,
    in_jekyll_drafts,
    is_unpublished,
    status_rule,
    unpublished_by,
)
from editor_app.core.review.suggesting import accept_suggestion, reject_suggestion, suggest
from editor_app.core.review.suggestions import (
    ACCEPTED,
    DELETE,
    INSERT,
    OPEN,
    REJECTED,
    REPLACE,
    Suggestion,
    joined,
    make_suggestion,
    open_body_marks,
    place_suggestion,
)

__all__ = [
    "OWN_ALLOW",
    "OWN_ASK",
    "OWN_REFUSE",
    "OwnChangeRefused",
    "last_change_by",
    "own_change_rule",
    "MARK_ATTRIBUTE",
    "mark_suggestions_html",
    "ACCEPTED",
    "APPROVED",
    "CHANGED",
    "CHANGED_SINCE",
    "CHANGED_SINCE_APPROVED",
    "CONTEXT",
    "DELETE",
    "DRAFT_WORDS",
    "FINAL_WORDS",
    "JEKYLL_DRAFT",
    "FOUND",
    "GENERAL",
    "INSERT",
    "LOST",
    "MOVED",
    "NOTES_FOLDER",
    "NOTES_SUFFIX",
    "OPEN",
    "REJECTED",
    "REPLACE",
    "SENT_BACK",
    "STATES",
    "UNPUBLISHED",
    "WAITING",
    "Anchor",
    "ApprovalRefused",
    "Blocker",
    "BodyBlock",
    "Decision",
    "DocumentDiff",
    "FieldChange",
    "History",
    "Note",
    "NoteStore",
    "PageState",
    "PassageNotFound",
    "PlacedNote",
    "QueueFilter",
    "QueueItem",
    "ReviewError",
    "Snapshot",
    "SnapshotStore",
    "StatusRule",
    "Suggestion",
    "accept_suggestion",
    "anchor_note",
    "approval_blockers",
    "approval_findings",
    "approval_warnings",
    "warning_findings",
    "approve",
    "branch_drafts",
    "default_author",
    "diff_to_html",
    "diff_to_text",
    "diff_versions",
    "error_blockers",
    "filter_queue",
    "find_passage",
    "find_passage_as_read",
    "find_quoted",
    "in_jekyll_drafts",
    "NotApproved",
    "NewerDraftWaits",
    "ChangedSinceApproved",
    "publish_draft",
    "published_path",
    "is_unpublished",
    "joined",
    "make_note",
    "make_suggestion",
    "newer_draft",
    "not_waiting_reason",
    "note_state_text",
    "others_drafts",
    "notes_path",
    "notes_publishing_warning",
    "open_body_marks",
    "page_state",
    "paragraphs",
    "note_on_words",
    "note_words_changed",
    "place_notes",
    "place_suggestion",
    "nothing_to_review",
    "queue_statuses",
    "record_blockers",
    "reject_suggestion",
    "report_html",
    "review_queue",
    "review_states",
    "send_back",
    "state_from_record",
    "status_rule",
    "unpublished_by",
    "suggest",
    "undo_last",
    "user_data_dir",
    "word_diff_html",
    "word_diff_text",
    "write_report",
]
