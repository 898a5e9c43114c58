"""Decisions on a page: approve (behind a gate), send back, undo; and the state they leave.

Approve is refused while the page has validation errors or open notes or suggestions
(`approval_blockers`), unless the editor approves anyway and says why. Every decision is kept
in the page's review record (`record.NoteStore.decisions`); the last one can be undone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from editor_app.core.document import Document
from editor_app.core.review.common import ReviewError, _display, clip, now_utc
from editor_app.core.review.gate import (
    ApprovalFindings,
    ApprovalRefused,
    Blocker,
    _site_and_schema,
    _with_record,
    checked_findings,
)
from editor_app.core.review.history import SnapshotStore
from editor_app.core.review.notes import Note, default_author, make_note, notes_path
from editor_app.core.review.own_change import (
    ASK,
    REFUSE,
    OwnChangeRefused,
    last_change_by,
    own_change_rule,
    page_title,
)
from editor_app.core.review.record import APPROVED, SENT_BACK, Decision, NoteStore, file_digest
from editor_app.core.review.status import in_jekyll_drafts, status_rule, unpublished_by

WAITING, CHANGED_SINCE = "waiting", "changed since sent back"
STATES = (WAITING, SENT_BACK, CHANGED_SINCE, APPROVED)  # SENT_BACK, APPROVED from record
# An approved Jekyll draft whose words changed since: in the queue, to be approved again before
# it is published (`publish_draft` refuses it).
CHANGED_SINCE_APPROVED = "changed since approved"


# -- decisions ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Approval:
    """A page just approved (`approve_page`): its document as saved, and what Check warned
    about in the approval's own run (kept in its review record too)."""

    document: Document
    warnings: list[Blocker]


def approve(*args: Any, **kwargs: Any) -> Document:
    """`approve_page`, for callers that want the saved document alone."""
    return approve_page(*args, **kwargs).document


def approve_page(
    path: str | os.PathLike[str],
    site: Any = None,
    schema: Any = None,
    snapshots: SnapshotStore | None = None,
    *,
    anyway: bool = False,
    reason: str = "",
    author: str | None = None,
    own: bool = False,
    own_ruled: bool = False,
    before: str | None = None,
    findings: ApprovalFindings | None = None,
    merged_draft: bool = False,
) -> Approval:
    """Set the status to its final value (a one-line change) and save; remember it as reviewed.

    A page whose last change is the approver's own (`own_change_rule`) is refused
    (OwnChangeRefused, nothing changed) when the site says another person approves it, and
    by default until they say yes (`own=True`), as a branch draft of their own. `own_ruled`:
    the caller ruled it already (a branch draft's own rule, its sender's), so not again.

    Refused (ApprovalRefused, nothing changed) while `approval_blockers` finds anything,
    unless `anyway` with a `reason`, which the page's review record keeps. A page kept out of
    the site with `published: false` gets `published: true` too (its own one-line change; on a
    Hugo site `draft: true` becomes `draft: false`); either line goes instead when the page's
    last committed version had none, or the page was never committed (the line was added for
    the review; `before`: the commit to ask instead, as a branch draft's merge holds its line
    already). A page of a Jekyll site's `_drafts` with
    neither is approved in its review record only: moving it to `_posts` publishes it.
    `merged_draft`: the page is a branch draft its approval just merged (`approve_draft`):
    one with no status field is approved in its review record only too, the merge having
    published it (else its record kept "sent back" as its last word).
    Check runs once, for the gate and for the warnings returned (`Approval.warnings`), which
    a caller says after approving rather than running Check again; not at all when the
    caller's `findings` (the approve question's) were found on the bytes read now (their
    `checked`), the review record's open notes and suggestions read again all the same.
    Raises ReviewError (no status field; approve anyway without a reason), FrontMatterError
    (unreadable settings) or OSError.
    """
    path = Path(path).resolve()
    site, schema = _site_and_schema(path, site, schema)
    _refuse_stale_copy(path)
    own_rule = None if own_ruled else own_change_rule(path, author, getattr(site, "root", None))
    if own_rule == REFUSE or (own_rule == ASK and not own):
        raise OwnChangeRefused(own_rule, page_title(path), last_change_by(path) or "")
    rule = status_rule(schema.for_collection(site.collection_of(path)))
    doc = Document.load(path)
    generator = getattr(site, "generator", None)
    unpublished = unpublished_by(doc.front_matter, generator) if doc.error is None else None
    jekyll_draft = in_jekyll_drafts(site.collection_of(path), getattr(site, "generator", None))
    if rule is None and unpublished is None and not jekyll_draft and not merged_draft:
        raise ReviewError("This kind of page has no status field, so it cannot be approved.")
    # Check's run of the approve question when on these very bytes; the record read again.
    found = checked_findings(doc, site, schema, findings)
    blockers, warnings, _ = _with_record(found, doc, site, schema, NoteStore(path))
    if blockers and not anyway:
        raise ApprovalRefused(blockers)
    if blockers and not reason.strip():
        raise ReviewError(
            "Say why the page is approved anyway: the reason is kept in its review record."
        )
    changes: list[dict[str, Any]] = []
    wanted: list[tuple[str, Any]] = [(rule.field, rule.final)] if rule is not None else []
    if unpublished is not None and _setting_is_new(path, unpublished[0], before):
        # A `published: false` (Jekyll) or `draft: true` (Hugo) line added for the review (a
        # Word import, `set published=false`) goes again: the page is back as it publishes,
        # not left with a `published: true` / `draft: false` line it never had.
        name = unpublished[0]
        wanted = [(n, v) for n, v in wanted if n != name]
        changes.append({"field": name, "old": doc.front_matter.get(name), "new": None})
        doc.remove(name)  # undo sets it back (was_set)
    elif unpublished is not None:
        wanted.append(unpublished)
    for name, value in wanted:
        fm = doc.front_matter
        if fm.get(name) != value or name not in fm:
            changes.append(
                {"field": name, "old": fm.get(name), "new": value, "was_set": name in fm}
            )
        doc.set(name, value)
    if doc.is_modified:
        doc.save(inside=getattr(site, "root", None))  # never through a link out of the site
    (snapshots if snapshots is not None else SnapshotStore()).mark_reviewed(path, doc.original)
    store = NoteStore(path)
    if store.error is None:  # a damaged notes file is never overwritten
        store.add_decision(
            Decision(
                APPROVED,
                author or default_author(path),
                now_utc(),
                reason=reason.strip(),
                anyway=bool(blockers),
                despite=[b.text for b in blockers],
                warnings=[w.text for w in warnings],
                changes=changes,
                file=file_digest(doc.original),
            )
        )
    if hasattr(site, "update_entry"):
        site.update_entry(path)
    return Approval(doc, warnings)


def _setting_is_new(path: Path, name: str, before: str | None = None) -> bool:
    """True unless the page's last committed version (at `before`, when given) has the field
    `name` too: the page had no such line before (never committed, or the site not kept in
    git: nothing says it had)."""
    from editor_app.core import gitutil

    try:
        root = gitutil.repo_root(path)
        if root is None:
            committed = None
        elif before is not None:
            committed = gitutil.file_at(root, before, path)
        else:
            committed = gitutil.head_version(root, path)
    except (gitutil.GitError, OSError):
        return False  # git cannot tell: the line is kept, set to the value that publishes
    if committed is None:
        return True
    before = Document.from_bytes(committed, path)
    return before.error is not None or name not in before.front_matter


class NewerDraftWaits(ReviewError):
    """A decision on the shared copy of a page whose newer draft waits on a review branch.

    One message for every face, each naming its own way to the drafts (`said`); as raised,
    the command line's (`editor-app sync drafts`)."""

    def __init__(self, draft: Any) -> None:
        self.draft = draft
        super().__init__(self.said("Drafts (editor-app sync drafts)"))

    def said(self, drafts: str) -> str:
        """The refusal, with `drafts` the face's way to review the newer draft."""
        d = self.draft
        return (
            f"A newer draft of this page, sent by {d.sent_by} on {d.sent_at:%d %b %Y}, waits "
            f"on {d.branch}: review that one, in {drafts}; this is the shared copy."
        )


def _refuse_stale_copy(path: Path) -> None:
    """A decision on the shared copy of a page whose newer draft waits on a review branch
    would be on words the author has since changed: refused, saying where the draft is."""
    from editor_app.core.review.queue import newer_draft

    draft = newer_draft(path)
    if draft is not None:
        raise NewerDraftWaits(draft)


def send_back(
    path: str | os.PathLike[str], note_text: str = "", author: str | None = None
) -> Note | None:
    """Leave the page as a draft, its notes kept, and record the decision; the message (if
    any) is added as a note on the whole page and returned."""
    _refuse_stale_copy(Path(path).resolve())
    store = NoteStore(path)
    if store.error is not None:
        raise ReviewError(store.error)
    author = author or default_author(path)
    note = None
    if note_text.strip():
        note = make_note("", 0, 0, note_text.strip(), author)
        store.notes.append(note)
    data = Path(path).read_bytes()
    store.add_decision(
        Decision(
            SENT_BACK,
            author,
            now_utc(),
            reason=note_text.strip(),
            file=file_digest(data),
            note=note.id if note is not None else "",
        )
    )
    return note


def undo_last(
    path: str | os.PathLike[str], author: str | None = None, site: Any = None
) -> Decision:
    """Undo the page's last decision: an approval puts back the values it changed (only those
    lines change); a send back takes back its message. The history keeps both, marked undone.

    Raises ReviewError when there is nothing to undo, or the page changed since the approval.
    """
    path = Path(path).resolve()
    store = NoteStore(path)
    if store.error is not None:
        raise ReviewError(store.error)
    last = store.last_decision()
    if last is None:
        raise ReviewError("There is no decision to undo on this page.")
    if last.undone:
        raise ReviewError(f"The last decision on this page was already undone ({last.describe()}).")
    if last.decision == APPROVED:
        doc = Document.load(path)
        for change in last.changes:
            name, now = change["field"], doc.front_matter.get(change["field"])
            if now != change.get("new") or type(now) is not type(change.get("new")):
                raise ReviewError(
                    f"The page changed since it was approved ({name} is now "
                    f"“{_display(now)}”), so the approval was not undone."
                )
        for change in reversed(last.changes):
            if change.get("was_set", True):
                doc.set(change["field"], change.get("old"))
            else:
                doc.remove(change["field"])
        if doc.is_modified:
            doc.save(inside=getattr(site, "root", None))
        if site is not None and hasattr(site, "update_entry"):
            site.update_entry(path)
    elif last.note:
        store.notes = [n for n in store.notes if n.id != last.note]
    last.undone_by, last.undone_at = author or default_author(path), now_utc()
    store.save()
    return last


# -- the state of a page ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PageState:
    """Where a page stands in review: waiting, sent back (with the reason), changed since
    sent back, or approved; `decision` is the decision in force (None: none yet)."""

    state: str
    reason: str = ""
    decision: Decision | None = None
    # The page's bytes differ from those right after `decision` (as its record keeps their
    # fingerprint; False when it keeps none, or the page cannot be read).
    changed: bool = False

    def describe(self) -> str:
        """Plain words for lists: "sent back: please shorten it", "approved", "approved with
        2 warnings" (Check warned then)."""
        if self.state in (SENT_BACK, CHANGED_SINCE) and self.reason:
            return f"{self.state}: {clip(self.reason, 60)}"
        if self.state == APPROVED and self.decision is not None:
            return self.state + self.decision.warned
        return self.state


def state_from_record(store: NoteStore, data: bytes | None) -> PageState:
    """The state the decisions in `store` leave, `data` being the page's bytes now."""
    current = next((d for d in reversed(store.decisions) if not d.undone), None)
    if current is None:
        return PageState(WAITING)
    changed = data is not None and bool(current.file) and file_digest(data) != current.file
    if current.decision == APPROVED:
        return PageState(APPROVED, current.reason, current, changed)
    return PageState(CHANGED_SINCE if changed else SENT_BACK, current.reason, current, changed)


def page_state(path: str | os.PathLike[str]) -> PageState:
    """The review state of one page (`waiting` when no decision was made on it).

    Cheap when the page has no review record: no file but the page's own is read.
    """
    path = Path(path)
    if not notes_path(path).is_file():
        return PageState(WAITING)
    try:
        data = path.read_bytes()
    except OSError:
        data = None
    return state_from_record(NoteStore(path), data)


def review_states(paths: list[Path]) -> dict[Path, PageState]:
    """The state of every page that has a decision in its review record (for the main list).

    Each `.review` folder is listed once, so a site with no review records costs nothing.
    """
    out: dict[Path, PageState] = {}
    folders: dict[Path, set[str]] = {}
    for path in paths:
        folder = Path(path).parent / notes_path(path).parent.name
        if folder not in folders:
            try:
                folders[folder] = {p.name for p in folder.iterdir()} if folder.is_dir() else set()
            except OSError:
                folders[folder] = set()
        if notes_path(path).name in folders[folder]:
            state = page_state(path)
            if state.decision is not None:
                out[Path(path)] = state
    return out
