"""The review queue: every page waiting for review, and the filters on it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from editor_app.core import gitutil
from editor_app.core.document import Document
from editor_app.core.review.common import _as_date, _display, _load_schema, _word
from editor_app.core.review.decisions import CHANGED_SINCE_APPROVED, WAITING, page_state
from editor_app.core.review.record import APPROVED, warnings_said
from editor_app.core.review.status import (
    JEKYLL_DRAFT,
    UNPUBLISHED,
    UNREADABLE,
    StatusRule,
    in_jekyll_drafts,
    is_unpublished,
    status_rule,
)


@dataclass
class QueueItem:
    """One document waiting for review, with what an editor sorts and filters by."""

    path: Path
    relative: str
    collection: str | None
    title: str
    author: str
    date: date | None
    status: str
    rule: StatusRule | None  # None: no status field, listed only for `published: false`
    last_change: datetime | None
    last_change_source: str  # "commit", "not committed" or "file"
    problems: int
    errors: int
    unpublished: bool = False  # `published: false`: the site leaves it out, whatever its status
    # Where it stands in review: "waiting", "sent back" or "changed since sent back".
    state: str = "waiting"
    state_reason: str = ""  # the message it was sent back with
    state_warnings: int = 0  # approved: how many warnings Check gave then (its record keeps)
    # A newer draft of this page sent by another person waits on a review branch: this row is
    # the shared copy, out of date (`sync_drafts.Draft`; review that one, from Drafts).
    newer_draft: Any = None

    @property
    def newer_draft_text(self) -> str:
        """"A newer draft waits: sent by Ada Author, 07 Dec 2026 (review/brand-narrative)"."""
        d = self.newer_draft
        if d is None:
            return ""
        return f"A newer draft waits: sent by {d.sent_by}, {d.sent_at:%d %b %Y} ({d.branch})"

    @property
    def state_said(self) -> str:
        """The state in a few words: "approved with 2 warnings" when Check warned at the
        approval (as `Decision.describe` says it), else the state itself."""
        if self.state != APPROVED:
            return self.state
        return self.state + warnings_said(self.state_warnings)

    @property
    def state_text(self) -> str:
        """The state in plain words, with the reason it was sent back."""
        if self.state != "waiting" and self.state_reason:
            return f"{self.state_said}: {self.state_reason}"
        return self.state_said

    def to_json(self) -> dict[str, Any]:
        """The row as plain JSON values (for `editor-app review queue --json`)."""
        return {
            "title": self.title,
            "status": self.status,
            "author": self.author,
            "date": self.date.isoformat() if self.date else None,
            "path": self.relative,
            "collection": self.collection,
            "unpublished": self.unpublished,
            "final": self.rule.final if self.rule is not None else None,
            "last_change": self.last_change.isoformat() if self.last_change else None,
            "last_change_source": self.last_change_source,
            "problems": self.problems,
            "errors": self.errors,
            "state": self.state,
            "state_reason": self.state_reason or None,
            "state_warnings": self.state_warnings,
            "newer_draft": (
                None
                if self.newer_draft is None
                else {
                    "branch": self.newer_draft.branch,
                    "sent_by": self.newer_draft.sent_by,
                    "sent_at": self.newer_draft.sent_at.isoformat(),
                }
            ),
        }


def _awaits_review(rule: StatusRule | None, front_matter: dict, schema: Any) -> bool:
    """True when the page's status field says it is not final yet."""
    if rule is None:
        return False
    if rule.field not in front_matter and getattr(schema, "source", "") != "declared":
        return False  # an inferred default is a guess, not the site owner's word
    value = rule.value_of(front_matter)
    # No status at all: the site publishes it as it is, so there is nothing to review.
    return not (value is None or value == "" or rule.is_final(value))


def not_waiting_reason(site: Any, schema: Any, path: Path, front_matter: dict) -> str | None:
    """Why the page is not waiting for review, in plain words (None: it is, as the queue
    lists it): no status field and nothing else keeping it off the site, so it cannot be
    approved; or a status the site publishes as it is. `review history` said 'waiting'."""
    collection = site.collection_of(path)
    rule = status_rule(schema.for_collection(collection))
    generator = getattr(site, "generator", None)
    if is_unpublished(front_matter, generator) or in_jekyll_drafts(collection, generator):
        return None
    if _awaits_review(rule, front_matter, schema):
        return None
    if rule is None:
        return "not under review: this kind of page has no status field, so it cannot be approved"
    value = rule.value_of(front_matter) if rule.field in front_matter else None
    if value is None or value == "":
        return (
            f"not under review: it has no {rule.field}, so the site publishes it as it is "
            f"(a {rule.field} other than {rule.final!r} puts it up for review)"
        )
    return (
        f"not under review: its {rule.field} is already {_display(value)!r}, so the site "
        "publishes it as it is"
    )


def review_queue(
    site: Any, schema: Any = None, progress: Callable[[int, int], None] | None = None
) -> list[QueueItem]:
    """Every document whose status is not final, with `published: false`, or in a Jekyll
    site's `_drafts`; newest first."""
    from editor_app.core.validate import validate_document

    if schema is None:
        schema = _load_schema(site)
    entries = site.entries()
    root = gitutil.repo_root(site.root)
    commit_dates: dict[Path, datetime] = {}
    uncommitted: set[Path] = set()
    if root is not None:
        commit_dates = gitutil.last_commit_dates(root)
        uncommitted = gitutil.uncommitted_paths(root)
    generator = getattr(site, "generator", None)
    items: list[QueueItem] = []
    rules: dict[str | None, StatusRule | None] = {}
    total = len(entries)
    for i, entry in enumerate(entries):
        if progress is not None:
            progress(i + 1, total)
        # One look through a collection's fields, not one per page (headers can be huge).
        if entry.collection not in rules:
            rules[entry.collection] = status_rule(schema.for_collection(entry.collection))
        rule = rules[entry.collection]
        fm = entry.front_matter or {}
        # A page whose header cannot be read is listed: it needs a person most of all.
        unreadable = entry.error is not None
        unpublished = not unreadable and is_unpublished(fm, generator)
        # Jekyll leaves `_drafts` off the site whatever their status: all wait for review.
        jekyll_draft = in_jekyll_drafts(entry.collection, generator)
        awaits = not unreadable and _awaits_review(rule, fm, schema)
        if not unreadable and not unpublished and not awaits and not jekyll_draft:
            continue
        if unreadable:
            value = UNREADABLE
        elif unpublished:
            value = UNPUBLISHED
        elif awaits:
            value = rule.value_of(fm)  # type: ignore[union-attr]
        else:
            value = JEKYLL_DRAFT
        path = Path(entry.path).resolve()
        try:
            doc = Document.load(path)
        except OSError:
            continue
        problems = validate_document(doc, site, schema, content=False)  # not suggestions
        # An approved page back in the queue (its status changed again) is waiting again;
        # an approved Jekyll draft is listed until it is moved to `_posts`, as approved.
        state = page_state(path)
        keep_approved = jekyll_draft and not awaits and not unpublished
        as_decided = state.state != APPROVED or keep_approved
        shown = state.state if as_decided else WAITING
        if shown == APPROVED and state.changed:
            shown = CHANGED_SINCE_APPROVED  # approve it again before it is published
        when: datetime | None
        if root is not None and path in commit_dates and path not in uncommitted:
            when, source = commit_dates[path], "commit"
        elif root is not None:
            when, source = gitutil.mtime_datetime(path), "not committed"
        else:
            when, source = gitutil.mtime_datetime(path), "file"
        items.append(
            QueueItem(
                path=path,
                relative=path.relative_to(Path(site.root).resolve()).as_posix(),
                collection=entry.collection,
                title=entry.title,
                author=_display(fm.get("author")),
                date=_as_date(fm.get("date")),
                status=_display(value),
                rule=rule,
                last_change=when,
                last_change_source=source,
                problems=len(problems),
                errors=sum(1 for p in problems if p.severity == "error"),
                unpublished=unpublished,
                state=shown,
                state_reason=state.reason if as_decided else "",
                state_warnings=(
                    len(state.decision.warnings)
                    if shown == APPROVED and state.decision is not None
                    else 0
                ),
            )
        )
    if root is not None:
        newer = newest_drafts(site, root)
        for it in items:
            it.newer_draft = newer.get(it.path)
    epoch = datetime.min.replace(tzinfo=UTC)
    items.sort(key=lambda it: it.last_change or epoch, reverse=True)
    return items


def others_drafts(site: Any) -> list[Any]:
    """The drafts others sent on review branches (`sync_drafts.Draft`, newest first); none
    when git cannot tell. `site`: a Site, or its folder."""
    from editor_app.core import sync_drafts  # here: sync_drafts approves through review

    root = site if isinstance(site, (str, Path)) else getattr(site, "root", None)
    if root is None:
        return []
    try:
        return [d for d in sync_drafts.draft_queue(root) if not d.mine]
    except (gitutil.GitError, OSError, ValueError):
        return []


def newer_draft(path: str | Path) -> Any:
    """The draft another person sent of this page, newer than the file here (None: none)."""
    path = Path(path).resolve()
    root = gitutil.repo_root(path)
    if root is None:
        return None
    return newest_drafts(root, root).get(path)


def newest_drafts(site: Any, root: Path | None = None) -> dict[Path, Any]:
    """Page (resolved path) -> the newest draft another person sent of it, waiting on a review
    branch ({} outside git): the one the queue, the review window and the report name.
    `site`: a Site, or its folder; `root`: its repository's folder, when known."""
    folder = site if isinstance(site, (str, Path)) else getattr(site, "root", None)
    if root is None and folder is not None:
        root = gitutil.repo_root(folder)
    if root is None:
        return {}
    newest: dict[Path, Any] = {}
    for draft in others_drafts(site):  # newest first: the first of each page is kept
        newest.setdefault((Path(root) / draft.path).resolve(), draft)
    return newest


def _name_key(text: str) -> str:
    """A name as a slug: `Jeni Tennison`, `jeni-tennison` and `JENI  TENNISON` compare equal."""
    return re.sub(r"[\W_]+", "-", text.casefold()).strip("-")


@dataclass(frozen=True)
class QueueFilter:
    """Which rows of the review queue to keep; every condition given must hold (None: any).

    The window's "Only with problems" box and `editor-app review queue`'s options both use it.
    """

    status: str | None = None  # the status as shown, any case (`draft`, `unpublished`)
    author: str | None = None  # the author as shown or as a slug (`jeni-tennison`), any case
    collection: str | None = None  # the collection's name or its label, any case
    with_problems: bool = False  # only pages with at least one validation problem
    text: str | None = None  # words found, any case, in the title, kind, status, author, date, path

    def accepts(self, item: QueueItem, labels: dict[str, str] | None = None) -> bool:
        """True when `item` passes every condition (`labels`: collection name -> label)."""
        if self.with_problems and not item.problems:
            return False
        if self.status is not None and _word(item.status) != _word(self.status):
            return False
        if self.author is not None:
            # A list of authors shows as "A, B": any one of them (or the whole text) matches.
            names = [item.author, *item.author.split(",")]
            if _name_key(self.author) not in {_name_key(n) for n in names if n.strip()}:
                return False
        if self.collection is not None:
            wanted = self.collection.strip().casefold()
            name = item.collection or ""
            label = (labels or {}).get(name, "")
            if not name or wanted not in {name.casefold(), label.casefold()}:
                return False
        if self.text is not None and self.text.strip():
            words = self.text.strip().casefold()
            name = item.collection or ""
            shown = [item.title, item.status, item.author, item.relative, name]
            shown.append((labels or {}).get(name, ""))
            if item.date is not None:  # as the command line and the window show it
                shown += [item.date.isoformat(), item.date.strftime("%d %b %Y")]
            if not any(words in s.casefold() for s in shown):
                return False
        return True


def filter_queue(
    items: Iterable[QueueItem], rules: QueueFilter, labels: dict[str, str] | None = None
) -> list[QueueItem]:
    """The items `rules` accepts, in their order."""
    return [it for it in items if rules.accepts(it, labels)]


def queue_statuses(site: Any, schema: Any) -> list[str]:
    """Every status a queued page of the site can have: the status choices, `draft` on a
    Jekyll site with `_drafts`, and `unpublished`."""
    seen: dict[str, str] = {}
    for name in getattr(site, "collections", {}):
        rule = status_rule(schema.for_collection(name))
        if rule is None:
            continue
        for choice in rule.choices:
            if not rule.is_final(choice):
                seen.setdefault(_word(choice), choice)
    if "drafts" in getattr(site, "collections", {}) and in_jekyll_drafts(
        "drafts", getattr(site, "generator", None)
    ):
        seen.setdefault(_word(JEKYLL_DRAFT), JEKYLL_DRAFT)
    seen.setdefault(UNPUBLISHED, UNPUBLISHED)
    return list(seen.values())


# Said under an empty queue on a site without status field: a note waits for no queue.
NOTES_NEED_NO_QUEUE = (
    "A review note can be left on any page: select its words in the text and right-click > "
    "Add Review Note… (editor-app review note PAGE --on WORDS --text NOTE)."
)


def nothing_to_review(site: Any, schema: Any) -> str:
    """What an empty queue means on this site: "every page is final" only where pages have a
    status field; elsewhere only the generator's own setting (or Jekyll's `_drafts`) keeps a
    page off the site, so none has it."""
    collections = getattr(site, "collections", {})
    if any(status_rule(schema.for_collection(name)) for name in collections):
        return "Nothing to review: every page is final."
    generator = getattr(site, "generator", None)
    marks = ["draft: true", "published: false"] if generator == "hugo" else ["published: false"]
    where = " or is in _drafts" if "drafts" in collections and in_jekyll_drafts(
        "drafts", generator
    ) else ""
    if generator == "eleventy":
        return (
            "Nothing to review: Eleventy has no setting that keeps a page off the site until "
            "it is approved, so none of this site's pages waits here (they have no status "
            f"field). {NOTES_NEED_NO_QUEUE}"
        )
    how = (
        f"A page waits here once its settings say {marks[0]}, which keeps it off the site "
        "until it is approved (Review > Send This Page for Review, or editor-app set PAGE "
        f"{marks[0].replace(': ', '=')})."
    )
    return (
        f"Nothing to review: no page has {' or '.join(marks)}{where} "
        f"(this site's pages have no status field). {how} {NOTES_NEED_NO_QUEUE}"
    )


def branch_drafts(site: Any, items: Iterable[QueueItem] = ()) -> int:
    """How many drafts wait on review branches (a site that sends drafts on their own git
    branch: see `sync_drafts`) besides those a row of `items` tells of (`newer_draft`); 0
    when there is none, or git cannot tell."""
    from editor_app.core import sync_drafts  # here: sync_drafts approves through review

    root = getattr(site, "root", None)
    if root is None:
        return 0
    shown = {(it.newer_draft.branch, it.newer_draft.path) for it in items if it.newer_draft}
    try:
        # Counted even when this copy is not set to send drafts on branches (a setting of each
        # copy): the author's was, and the editor must hear of the draft.
        drafts = sync_drafts.draft_queue(root)
    except (gitutil.GitError, OSError, ValueError):
        return 0
    return sum((d.branch, d.path) not in shown for d in drafts)
