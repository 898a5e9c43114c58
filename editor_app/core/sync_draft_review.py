"""Reviewing a draft where it waits, on its review branch: its notes, a note, send back.

A draft sent on a branch (`sync_drafts`) is not in the editor's files: the shared copy is. So
the editor's notes and a send back are made by the review core itself (`review.send_back`,
`NoteStore`) on the page and review record as the branch holds them, in a folder of their own,
and the record that results is committed on the branch and sent; the checkout never switches.
The author's Get latest (and their next Send for review) brings that record into their copy
(`sync_draft_bring_back.bring_back`), merged with their own notes, so they see the note and the decision as if the
editor had made them in their copy.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from editor_app.core.document import Document
from editor_app.core.sync_base import SyncError, notes_of, open_repo
from editor_app.core.sync_drafts import (
    REVIEWERS_TO_UNDO,
    Draft,
    ask_server_first,
    draft_queue,
    refuse_own_draft,
)
from editor_app.core.sync_git import Repo

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
        """Where the note is, as `sync drafts` says it: ' on “built”', with ' (since changed)'
        when the author has replaced those words (`review.note_on_words`; the Drafts dialog
        lists the words on a line of their own and asks `words_changed`)."""
        from editor_app.core import review

        return review.note_on_words(note, self.body)

    def words_changed(self, note: Any) -> bool | None:
        """Whether the author has replaced the words the note is on (None: the draft's text
        was not read)."""
        from editor_app.core import review

        return None if self.body is None else review.note_words_changed(note, self.body)

    def note_json(self, note: Any) -> dict[str, Any]:
        """The note as `sync drafts --json` gives it: its JSON and `words_changed`, true when
        the author has replaced the words it is on (None: the draft's text was not read)."""
        return {**note.to_json(), "words_changed": self.words_changed(note)}


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
    site_root: str | os.PathLike[str],
    draft: Draft,
    site: Any = None,
    schema: Any = None,
    findings: ApprovalFindings | None = None,
) -> list[Any]:
    """What the review window's Approve would list for the draft as its branch holds it: its
    validation errors, open notes and open suggestions (`review.Blocker`s). `findings`: the
    approve question's (`draft_findings`); when found on these very bytes (their `checked`),
    their errors are taken rather than running Check again, the review record read anew."""
    from editor_app.core import review
    from editor_app.core.review.gate import checked_findings

    doc, site, schema = _draft_to_check(site_root, draft, site, schema)
    found = checked_findings(doc, site, schema, findings)
    errors = [b for b in found if b.kind == "error"]
    return errors + review.record_blockers(draft_review(site_root, draft).store, doc=doc)


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
    email: str | None = None,
) -> T:
    """Make `change` on the draft's review record, commit the record on the branch, send it.

    The server is asked first, so the change lands on the newest draft; nothing is kept when
    the server cannot be reached or the draft is gone (SyncError, one plain line)."""
    return change_on_branch(
        site_root,
        branch,
        path,
        change,
        message,
        author,
        page_too=False,
        not_on_own=not_on_own,
        email=email,
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
    email: str | None = None,
) -> T:
    """Make `change` on the draft's review record (and, `page_too`, its page), commit what
    changed on the branch and send it; as `_record_on_branch`. `not_on_own`: refused on the
    author's own draft (`sync_drafts.OwnDraftDecision`, saying this), as the Drafts dialog
    offers it only on others' drafts. `email`: signed as Share signs, with the app's e-mail
    (else git's `user.email`, `Repo.identity`)."""
    repo, remote = _fetched(site_root)
    draft = find_draft(site_root, branch, path)
    if not_on_own:
        refuse_own_draft(site_root, draft, author, not_on_own, email)
    result, after = _with_draft_page(repo, draft, change)
    if not page_too:
        after.pop(draft.path)
    changed = {f: data for f, data in after.items() if data != repo.read(draft.commit, f)}
    if changed:
        commit_on_branch(repo, remote, draft, changed, message(draft), author, email)
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
    email: str | None = None,
) -> str:
    """Commit these files (None: removed) on the draft's branch, on top of its newest commit,
    and send the branch; the commit, signed `author` <`email`> as Share signs. SyncError when
    the server took another change meanwhile."""
    blobs = {
        f: ("100644", repo.hash_bytes(data, path=f)) if data is not None else None
        for f, data in files.items()
    }
    tree = repo.tree_with(draft.commit, blobs)
    commit = repo.commit_tree(tree, [draft.commit], message, author, email)
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
    email: str | None = None,
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
        site_root, branch, path, add, lambda d: f"Review note on '{d.title}'\n", who, email=email
    )


def send_back_draft(
    site_root: str | os.PathLike[str],
    branch: str,
    reason: str = "",
    author: str | None = None,
    *,
    path: str | None = None,
    email: str | None = None,
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

    return _record_on_branch(site_root, branch, path, back, message, who, email=email)


def resolve_on_draft(
    site_root: str | os.PathLike[str],
    branch: str,
    note_id: str,
    author: str | None = None,
    *,
    resolved: bool = True,
    path: str | None = None,
    email: str | None = None,
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

    return _record_on_branch(site_root, branch, path, mark, message, who, email=email)


UNDO_ANSWERED = (
    "The draft changed since it was sent back (its author sent it again), so the send back "
    "stays; add a note or send it back again"
)


def send_back_kept(store: Any, state: Any) -> str | None:
    """Why the draft's last send back cannot be taken back, or None when it can: `store` its
    review record, `state` the `PageState` it leaves (`DraftReview.state`). Drafts offers
    Undo send back by it, and `undo_send_back` refuses by it."""
    from editor_app.core import review

    last = store.last_decision()
    if last is None or last.undone or last.decision != review.SENT_BACK:
        return "This draft has no send back to undo."
    if state.state == review.CHANGED_SINCE:
        # Answered: taking it back now would take its message from the author's answer.
        return UNDO_ANSWERED
    return None


def undo_send_back(
    site_root: str | os.PathLike[str],
    branch: str,
    author: str | None = None,
    *,
    path: str | None = None,
    email: str | None = None,
) -> Any:
    """Take back the last send back of a draft, as the review window's Undo does (its message
    goes, the decision is kept marked undone), on its branch, and send it; the `Decision`.

    Raises review.ReviewError when the draft's last decision is not a send back."""
    from editor_app.core import review

    who = _reviewer(site_root, author)

    def undo(page: Path) -> Any:
        store = review.NoteStore(page)
        kept = send_back_kept(store, review.state_from_record(store, page.read_bytes()))
        if kept is not None:
            raise review.ReviewError(kept)
        return review.undo_last(page, who)

    return _record_on_branch(
        site_root,
        branch,
        path,
        undo,
        lambda d: f"Undo the send back of '{d.title}'\n",
        who,
        not_on_own=REVIEWERS_TO_UNDO,
        email=email,
    )


def _reviewer(site_root: str | os.PathLike[str], author: str | None) -> str:
    """Who makes the note or decision: the name given, else as on every sharing commit of
    this copy (git's user.name here), else review's default (the login name)."""
    from editor_app.core import review

    return author or open_repo(site_root).config("user.name") or review.default_author()
