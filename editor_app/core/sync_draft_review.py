"""Reviewing a draft where it waits, on its review branch: its notes, a note, send back.

A draft sent on a branch (`sync_drafts`) is not in the editor's files: the shared copy is. So
the editor's notes and a send back are made by the review core itself (`review.send_back`,
`NoteStore`) on the page and review record as the branch holds them, in a folder of their own,
and the record that results is committed on the branch and sent; the checkout never switches.
The author's Get latest (and their next Send for review) brings that record into their copy
(`bring_back`), merged with their own notes, so they see the note and the decision as if the
editor had made them in their copy.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from editor_app.core.document import Document
from editor_app.core.sync_base import (
    NOTES_SUFFIX,
    SyncError,
    kind_of,
    notes_of,
    open_repo,
    page_of,
)
from editor_app.core.sync_drafts import (
    REVIEWERS_TO_UNDO,
    Draft,
    _review_refs,
    _shared_tip,
    ask_server_first,
    draft_queue,
    refuse_own_draft,
)
from editor_app.core.sync_git import Repo
from editor_app.core.sync_pull import merge_file

if TYPE_CHECKING:
    from editor_app.core.review import ApprovalFindings

T = TypeVar("T")

NOT_SENT = "The server cannot be reached, so nothing was sent: try again when it is reachable."


@dataclass
class DraftReview:
    """A draft's review record as its branch holds it, and where the draft stands."""

    draft: Draft
    store: Any  # a `review.NoteStore` read from the branch (its file is gone: read-only)
    state: Any  # a `review.PageState`: waiting, sent back, changed since sent back
    data: bytes | None = None  # the draft page's bytes as its branch holds them (None: not read)

    @cached_property
    def body(self) -> str | None:
        """The draft's text (None: not read), parsed when first needed (where a note is):
        the drafts listed, their state and their blockers need none."""
        return None if self.data is None else Document.from_bytes(self.data).body

    @property
    def notes(self) -> list[Any]:
        return list(self.store.notes)

    def note_on(self, note: Any) -> str:
        """Where the note is, as the Drafts dialog and `sync list` say it: ' on “built”',
        with ' (since changed)' when the author has replaced those words (`review.note_on_words`)."""
        from editor_app.core import review

        return review.note_on_words(note, self.body)

    def note_json(self, note: Any) -> dict[str, Any]:
        """The note as `sync drafts --json` gives it: its JSON and `words_changed`, true when
        the author has replaced the words it is on (None: the draft's text was not read)."""
        from editor_app.core import review

        changed = None if self.body is None else review.note_words_changed(note, self.body)
        return {**note.to_json(), "words_changed": changed}


def find_draft(site_root: str | os.PathLike[str], branch: str, path: str | None = None) -> Draft:
    """The draft waiting on `branch` (its page `path`, when the branch holds several)."""
    found = [d for d in draft_queue(site_root) if d.branch == branch]
    if path is not None:
        found = [d for d in found if d.path == path]
    if not found:
        raise SyncError(f"There is no draft waiting on '{branch}'.")
    return found[0]


def _with_draft_page(
    repo: Repo, draft: Draft, work: Callable[[Path], T]
) -> tuple[T, dict[str, bytes | None]]:
    """Run `work` on the draft's page and review record as the branch holds them, in a folder
    of their own; return what it returned and both files' bytes afterwards: {path: bytes or
    None}."""
    with tempfile.TemporaryDirectory(prefix="editor-app-draft-") as tmp:
        page = Path(tmp) / draft.path
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_bytes(repo.read(draft.commit, draft.path) or b"")
        notes = Path(tmp) / notes_of(draft.path)
        record = repo.read(draft.commit, notes_of(draft.path))
        if record is not None:
            notes.parent.mkdir(parents=True, exist_ok=True)
            notes.write_bytes(record)
        result = work(page)
        after = {
            draft.path: page.read_bytes() if page.is_file() else None,
            notes_of(draft.path): notes.read_bytes() if notes.is_file() else None,
        }
    return result, after


def draft_review(site_root: str | os.PathLike[str], draft: Draft) -> DraftReview:
    """The draft's notes, suggested edits and decisions, and its state, read from its branch."""
    from editor_app.core import review

    repo = open_repo(site_root)

    def read(page: Path) -> tuple[Any, Any, bytes]:
        store = review.NoteStore(page)
        data = page.read_bytes()
        return store, review.state_from_record(store, data), data

    (store, state, data), _after = _with_draft_page(repo, draft, read)
    return DraftReview(draft, store, state, data)


def draft_blockers(
    site_root: str | os.PathLike[str], draft: Draft, site: Any = None, schema: Any = None
) -> list[Any]:
    """What the review window's Approve would list for the draft as its branch holds it: its
    validation errors, open notes and open suggestions (`review.Blocker`s)."""
    from editor_app.core import review

    doc, site, schema = _draft_to_check(site_root, draft, site, schema)
    return review.error_blockers(doc, site, schema) + review.record_blockers(
        draft_review(site_root, draft).store
    )


def draft_findings(
    site_root: str | os.PathLike[str], draft: Draft, site: Any = None, schema: Any = None
) -> ApprovalFindings:
    """`draft_blockers` and what Check warns about in the draft, apart (the Drafts dialog's
    Approve, which says the warnings first): the draft read, the site and its schema opened
    (working the schema out reads every page of the site) and Check run once for both."""
    from editor_app.core import review

    doc, site, schema = _draft_to_check(site_root, draft, site, schema)
    return review.document_findings(doc, site, schema, draft_review(site_root, draft).store)


def _draft_to_check(
    site_root: str | os.PathLike[str], draft: Draft, site: Any, schema: Any
) -> tuple[Document, Any, Any]:
    """The draft as its branch holds it, with the site and schema Check judges it by (opened
    here when not given)."""
    from editor_app.core.review.decisions import _site_and_schema

    repo = open_repo(site_root)
    site, schema = _site_and_schema(Path(site_root), site, schema)
    # The draft's words at the page's own place in the site, so the site's rules apply.
    doc = Document.from_bytes(repo.read(draft.commit, draft.path) or b"", repo.root / draft.path)
    return doc, site, schema


def _record_on_branch(
    site_root: str | os.PathLike[str],
    branch: str,
    path: str | None,
    change: Callable[[Path], T],
    message: Callable[[Draft], str],
    author: str | None,
    not_on_own: str = "",
) -> T:
    """Make `change` on the draft's review record, commit the record on the branch, send it.

    The server is asked first, so the change lands on the newest draft; nothing is kept when
    the server cannot be reached or the draft is gone (SyncError, one plain line)."""
    return change_on_branch(
        site_root, branch, path, change, message, author, page_too=False, not_on_own=not_on_own
    )


def change_on_branch(
    site_root: str | os.PathLike[str],
    branch: str,
    path: str | None,
    change: Callable[[Path], T],
    message: Callable[[Draft], str],
    author: str | None,
    *,
    page_too: bool,
    not_on_own: str = "",
) -> T:
    """Make `change` on the draft's review record (and, `page_too`, its page), commit what
    changed on the branch and send it; as `_record_on_branch`. `not_on_own`: refused on the
    author's own draft (`sync_drafts.OwnDraftDecision`, saying this), as the Drafts dialog
    offers it only on others' drafts."""
    repo, remote = _fetched(site_root)
    draft = find_draft(site_root, branch, path)
    if not_on_own:
        refuse_own_draft(site_root, draft, author, not_on_own)
    result, after = _with_draft_page(repo, draft, change)
    if not page_too:
        after.pop(draft.path)
    changed = {f: data for f, data in after.items() if data != repo.read(draft.commit, f)}
    if changed:
        commit_on_branch(repo, remote, draft, changed, message(draft), author)
    return result


def _fetched(site_root: str | os.PathLike[str]) -> tuple[Repo, str | None]:
    """The copy, with what the server holds asked first (SyncError when it cannot be reached
    or is not at its address)."""
    repo = open_repo(site_root)
    ask_server_first(repo, "nothing was sent.", offline=NOT_SENT)
    return repo, repo.remote()


def commit_on_branch(
    repo: Repo,
    remote: str | None,
    draft: Draft,
    files: dict[str, bytes | None],
    message: str,
    author: str | None,
) -> str:
    """Commit these files (None: removed) on the draft's branch, on top of its newest commit,
    and send the branch; the commit. SyncError when the server took another change meanwhile."""
    blobs = {
        f: ("100644", repo.hash_bytes(data, path=f)) if data is not None else None
        for f, data in files.items()
    }
    tree = repo.tree_with(draft.commit, blobs)
    commit = repo.commit_tree(tree, [draft.commit], message, author)
    branch = draft.branch
    if remote is not None:
        if not repo.push(remote, f"{commit}:refs/heads/{branch}"):
            raise SyncError(
                "The draft changed on the server at the same moment; nothing was sent: try again."
            )
        repo.run("update-ref", f"refs/remotes/{remote}/{branch}", commit)
    if repo.rev(f"refs/heads/{branch}") is not None or remote is None:
        repo.run("update-ref", f"refs/heads/{branch}", commit)
    return commit


def find_in_draft(
    site_root: str | os.PathLike[str], draft: Draft, words: str, nth: int | None = None
) -> tuple[int, int]:
    """Where the quoted words are in the draft's text, as `editor-app review note` finds them
    (`review.find_quoted`); review.PassageNotFound when they are not there, or are there more
    than once without `nth`."""
    from editor_app.core import review

    repo = open_repo(site_root)
    body = Document.from_bytes(repo.read(draft.commit, draft.path) or b"").body
    return review.find_quoted(body, words, nth)


def note_on_draft(
    site_root: str | os.PathLike[str],
    branch: str,
    text: str,
    author: str | None = None,
    *,
    on: str = "",
    nth: int | None = None,
    path: str | None = None,
) -> Any:
    """Add a review note to a draft on its branch (on the quoted words `on`, found as
    `editor-app review note` finds them, else on the whole page) and send it; the `Note`.

    Raises review.PassageNotFound when the words are not in the draft (nothing sent)."""
    from editor_app.core import review

    if not text.strip():
        raise review.ReviewError("Write the note first: it has no words.")
    who = _reviewer(site_root, author)

    def add(page: Path) -> Any:
        store = review.NoteStore(page)
        if store.error is not None:
            raise review.ReviewError(store.error)
        body = Document.load(page).body
        start, end = review.find_quoted(body, on, nth) if on.strip() else (0, 0)
        return store.add(review.make_note(body, start, end, text.strip(), who))

    return _record_on_branch(
        site_root, branch, path, add, lambda d: f"Review note on '{d.title}'\n", who
    )


def send_back_draft(
    site_root: str | os.PathLike[str],
    branch: str,
    reason: str = "",
    author: str | None = None,
    *,
    path: str | None = None,
) -> Any:
    """Send a draft back to its author, as the review window's Send back does (the page stays
    a draft; the message, if any, a note on the whole page; the decision in its record), on
    its branch, and send it. The note made, or None without a message."""
    from editor_app.core import review

    who = _reviewer(site_root, author)

    def back(page: Path) -> Any:
        return review.send_back(page, reason, who)

    def message(d: Draft) -> str:
        first = " ".join(reason.split())
        return f"Send back '{d.title}'" + (f": {first}" if first else "") + "\n"

    return _record_on_branch(site_root, branch, path, back, message, who)


def resolve_on_draft(
    site_root: str | os.PathLike[str],
    branch: str,
    note_id: str,
    author: str | None = None,
    *,
    resolved: bool = True,
    path: str | None = None,
) -> Any:
    """Mark a note on a draft (`note_id`: its id, or the start of one) as dealt with
    (`resolved=False`: open again), as the review window's Mark as resolved does, on its
    branch, and send it; the `Note`."""
    from editor_app.core import review

    who = _reviewer(site_root, author)

    def mark(page: Path) -> Any:
        store = review.NoteStore(page)
        if store.error is not None:
            raise review.ReviewError(store.error)
        found = store.find("note", note_id)  # its id, or the start of one
        if len(found) != 1:
            raise review.ReviewError(
                "This note is no longer on the draft: it was deleted."
                if not found
                else f"{len(found)} notes' ids start with “{note_id}”: give more of it."
            )
        store.set_resolved(found[0].id, resolved)
        return store.get(found[0].id)

    def message(d: Draft) -> str:
        return f"{'Resolve' if resolved else 'Reopen'} a review note on '{d.title}'\n"

    return _record_on_branch(site_root, branch, path, mark, message, who)


def undo_send_back(
    site_root: str | os.PathLike[str],
    branch: str,
    author: str | None = None,
    *,
    path: str | None = None,
) -> Any:
    """Take back the last send back of a draft, as the review window's Undo does (its message
    goes, the decision is kept marked undone), on its branch, and send it; the `Decision`.

    Raises review.ReviewError when the draft's last decision is not a send back."""
    from editor_app.core import review

    who = _reviewer(site_root, author)

    def undo(page: Path) -> Any:
        last = review.NoteStore(page).last_decision()
        if last is None or last.undone or last.decision != review.SENT_BACK:
            raise review.ReviewError("This draft has no send back to undo.")
        return review.undo_last(page, who)

    return _record_on_branch(
        site_root,
        branch,
        path,
        undo,
        lambda d: f"Undo the send back of '{d.title}'\n",
        who,
        not_on_own=REVIEWERS_TO_UNDO,
    )


def _reviewer(site_root: str | os.PathLike[str], author: str | None) -> str:
    """Who makes the note or decision: the name given, else as on every sharing commit of
    this copy (git's user.name here), else review's default (the login name)."""
    from editor_app.core import review

    return author or open_repo(site_root).config("user.name") or review.default_author()


def _returned(repo: Repo) -> list[tuple[str, str, str]]:
    """This copy's review branches the editor moved on since (notes, a send back), not
    approved yet: (name, this copy's commit, the newest)."""
    out = []
    tip = _shared_tip(repo)
    newest_of, mine_of = _review_refs(repo)  # this copy's own commits listed with the rest
    for name, newest in newest_of.items():
        mine = mine_of.get(name)
        if mine is None or mine == newest or not repo.is_ancestor(mine, newest):
            continue  # another person's draft, or nothing new on it
        if tip is not None and repo.is_ancestor(newest, tip):
            continue  # approved meanwhile: Get latest brings it with the shared copy
        out.append((name, mine, newest))
    return out


@dataclass
class BroughtBack:
    """What Get latest brought back from this copy's review branches."""

    pages: list[str] = field(default_factory=list)  # pages whose record or words came back
    conflicts: list[Any] = field(default_factory=list)  # words changed here and on the branch
    # One line each: a record here that cannot be read, and where the editor's is kept.
    kept_aside: list[str] = field(default_factory=list)


KEPT_ASIDE_SUFFIX = ".from-review.yml"


def kept_aside_path(page: str) -> str:
    """Where the editor's record is kept when the one here cannot be read: beside it, in the
    hidden review folder, so it is never shared by mistake (`_posts/.review/x.md.from-review.yml`)."""
    return notes_of(page)[: -len(NOTES_SUFFIX)] + KEPT_ASIDE_SUFFIX


def bring_back(repo: Repo, branch: str | None = None) -> BroughtBack:
    """Bring the review records the editor changed on this copy's own review branches (and the
    words of a suggested edit they accepted there) into the files here, merged with what was
    written here since, and move those branches on.

    Called after a fetch: by Get latest, and before sending a draft again (so the editor's
    notes and edits are never overwritten). A record here that cannot be read is left as it
    is, the editor's kept beside it (`kept_aside_path`) and said; that branch is not moved on,
    so the next Get latest tries again."""
    from editor_app.core import review
    from editor_app.core.sync_pull import _write

    out = BroughtBack()
    for name, mine, newest in _returned(repo):
        if branch is not None and name != branch:
            continue
        done = True
        for ch in repo.changes(mine, newest):
            kind = kind_of(ch.path)
            if kind not in ("notes", "page") or ch.new_blob is None:
                continue
            here = repo.root / ch.path
            theirs = repo.checkout_bytes(ch.new_blob, ch.path)
            if not here.is_file():
                _write(here, theirs, ch.new_mode)
            else:
                if kind == "notes":
                    damaged = review.NoteStore(repo.root / page_of(ch.path)).error
                    if damaged is not None:
                        out.kept_aside.append(_keep_aside(repo, ch.path, theirs))
                        done = False
                        continue
                old = repo.checkout_bytes(ch.old_blob, ch.path) if ch.old_blob else None
                merged, clash = merge_file(repo, ch.path, old, here.read_bytes(), theirs, newest)
                out.conflicts += clash  # a clash keeps this copy's words until chosen
                if merged is not None:
                    _write(here, merged, ch.new_mode)
            if kind == "notes":  # brought in now: the copy kept aside before is not needed
                (repo.root / kept_aside_path(page_of(ch.path))).unlink(missing_ok=True)
            if page_of(ch.path) not in out.pages:
                out.pages.append(page_of(ch.path))
        if done:
            repo.run("update-ref", f"refs/heads/{name}", newest, mine)
    return out


def _keep_aside(repo: Repo, record: str, theirs: bytes) -> str:
    """Write the editor's record beside the damaged one here; the line that says so."""
    from editor_app.core.sync_pull import _write

    page = page_of(record)
    aside = kept_aside_path(page)
    _write(repo.root / aside, theirs, "100644")
    return (
        f"The review record of {page} here cannot be read, so the editor's notes were not "
        f"brought in: they are kept in {aside}; repair or delete {record}, then Get latest again"
    )
