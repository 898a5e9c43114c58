"""The choices waiting after Get latest: pages both sides changed in the same place.

They are kept in the repository's own folder (`.git/editor-app/conflicts.json`), never in the
site, so they are not shared. The file keeps "mine" until the person chooses; "theirs" stays in
history (the commit named in the record), so either choice loses nothing.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
from datetime import UTC, datetime
from difflib import SequenceMatcher
from pathlib import Path

from editor_app.core.assets import free_name
from editor_app.core.document import Document, FrontMatterError
from editor_app.core.gitutil import GitError
from editor_app.core.store import atomic_write
from editor_app.core.sync_base import (
    keep_picture,
    kind_of,
    listed_name,
    os_reason,
    read_record,
    shareable_changes,
    write_record,
)
from editor_app.core.sync_git import Repo
from editor_app.core.sync_merge import Conflict

CHOICE_WORDS = {
    "mine": "Keep mine",
    "theirs": "Keep theirs",
    "both": "Keep both paragraphs",
}


class ChoiceError(GitError):
    """A choice could not be applied (the passage was edited since); in plain words."""


CONFLICTS = "conflicts.json"


def load(repo: Repo) -> list[Conflict]:
    """The choices still waiting, oldest first."""
    data = read_record(repo, CONFLICTS)
    if data is None:
        return []
    return [Conflict.from_json(item) for item in data.get("conflicts", [])]


def _save(repo: Repo, conflicts: list[Conflict]) -> None:
    write_record(repo, CONFLICTS, {"conflicts": [c.to_json() for c in conflicts]})


def add(repo: Repo, new: list[Conflict]) -> list[Conflict]:
    """Record new choices (each gets its id; a ref keeps their side's commit reachable)."""
    if not new:
        return []
    now = datetime.now(UTC).isoformat(timespec="seconds")
    for c in new:
        digest = hashlib.sha1(
            f"{c.path}\0{c.where}\0{c.mine}\0{c.theirs}\0{now}".encode()
        ).hexdigest()
        c.id = digest[:10]
        if c.theirs_commit:
            # Their version stays reachable whatever happens to branches later.
            repo.run("update-ref", f"refs/editor-app/theirs/{c.id}", c.theirs_commit, check=False)
    _save(repo, load(repo) + new)
    return new


def thing_of(c: Conflict) -> str:
    """What the choice is about, in a reader's word: "page", "picture" or "file" (a data
    file, the site's settings, anything else)."""
    kind = kind_of(c.path)
    return {"page": "page", "image": "picture"}.get(kind or "", "file")


# Said after "Keep mine" on a file Share my changes never sends (a data file, the settings).
KEPT_HERE_ONLY = (
    "It stays as it is on this computer: Share my changes sends pages, their pictures and "
    "review notes only."
)


def shared_from_app(repo: Repo, c: Conflict) -> bool:
    """True when Share my changes sends this file (a page, a picture a page shows, review
    notes), as it is after the choice."""
    kind = kind_of(c.path)
    if kind == "image":  # a picture no page shows any more is not sent
        return c.path in shareable_changes(repo)
    return kind is not None


def page_title(repo: Repo, c: Conflict) -> str:
    """The page as the page list names it (its title, Eleventy's `newstitle` or menu name),
    else its file name; a picture or another file by its path (`assets/park.png`: several
    folders may hold a `nav.yml`)."""
    if thing_of(c) != "page":
        return c.path
    try:
        doc: Document | None = Document.load(repo.root / c.path)
    except OSError:
        doc = None
        if c.removed_by == "here":
            # Removed here, changed by others: named by their version, as the list will name it.
            try:
                doc = Document.from_bytes(c.theirs.encode("utf-8"), repo.root / c.path)
            except (ValueError, FrontMatterError):
                doc = None
    return listed_name(doc, c.path)


def theirs_by(repo: Repo, c: Conflict) -> str | None:
    """Who made their version: the author of the last change to the page in their history."""
    if not c.theirs_commit:
        return None
    try:
        name = repo.out("log", "-1", "--format=%an", c.theirs_commit, "--", c.path)
    except GitError:
        return None
    return name or None


_MARK = '<span style="background-color:{colour};">{words}</span>'


def picture_versions(repo: Repo, c: Conflict) -> tuple[bytes | None, bytes | None]:
    """A picture's two versions, to show them: mine (the file here now) and theirs (kept in
    history); None for a side that removed it or is not a picture. Their names and sizes
    alone ("12 bytes", "14 bytes") told the author nothing of which picture was which."""
    if c.kind != "file" or thing_of(c) != "picture":
        return None, None
    path = repo.root / c.path
    try:
        mine = path.read_bytes() if c.removed_by != "here" and path.is_file() else None
    except OSError:
        mine = None
    theirs = repo.read(c.theirs_commit, c.path) if c.removed_by != "others" else None
    return mine, theirs


def kept_page_words(c: Conflict, text: str) -> str:
    """A whole page kept on one side (the other removed it) as a reader knows it: its title,
    then its words; its settings' lines ("--- title: … permalink: … ---") told nothing. Any
    other side of a choice as it is. The Choices window and `sync choices` both show it so."""
    parts = _kept_page(c, text)
    return text if parts is None else f"“{parts[0]}”: {parts[1]}"


def _kept_page(c: Conflict, text: str) -> tuple[str, str] | None:
    """(title, words) of a whole page kept on one side; None for anything else."""
    if not text or c.kind != "file" or thing_of(c) != "page":
        return None
    doc = Document.from_bytes(text.encode("utf-8"))
    if doc.error is not None or not doc.has_front_matter:
        return None
    return listed_name(doc, c.path), doc.body.strip()


def _kept_html(c: Conflict, text: str) -> str:
    """A side kept whole, for the Choices window: a page's title in bold above its words."""
    parts = _kept_page(c, text)
    if parts is None:
        return html.escape(text)
    return f"<b>{html.escape(parts[0])}</b>\n\n{html.escape(parts[1])}"


def versions_html(c: Conflict) -> tuple[str, str]:
    """Mine and theirs as HTML, the words that differ highlighted in each (nothing struck out:
    neither version is being removed)."""
    wrap = '<div style="white-space: pre-wrap;">{}</div>'
    if c.removed_by:
        # One side removed it: an empty box read as if something had failed to show.
        thing = {"paragraph": "paragraph", "field": "setting"}.get(c.kind) or thing_of(c)
        gone = '<div style="color:#555;"><i>{}</i></div>'
        return (
            gone.format(f"You removed this {thing}.")
            if c.removed_by == "here"
            else wrap.format(_kept_html(c, c.mine)),
            gone.format(f"They removed this {thing}.")
            if c.removed_by == "others"
            else wrap.format(_kept_html(c, c.theirs)),
        )
    mine, theirs = re.split(r"(\s+)", c.mine), re.split(r"(\s+)", c.theirs)
    out_mine: list[str] = []
    out_theirs: list[str] = []
    for op, a1, a2, b1, b2 in SequenceMatcher(None, mine, theirs, autojunk=False).get_opcodes():
        left, right = html.escape("".join(mine[a1:a2])), html.escape("".join(theirs[b1:b2]))
        if op == "equal":
            out_mine.append(left)
            out_theirs.append(right)
            continue
        if left.strip():
            out_mine.append(_MARK.format(colour="#ffe3a3", words=left))
        else:
            out_mine.append(left)
        if right.strip():
            out_theirs.append(_MARK.format(colour="#cde3ff", words=right))
        else:
            out_theirs.append(right)
    return wrap.format("".join(out_mine)), wrap.format("".join(out_theirs))


def describe(c: Conflict) -> str:
    """One line in plain words: what both sides changed."""
    if c.kind == "field":
        if c.extra.get("both_added"):  # a page of one name written on both sides
            return f"{c.path}: added here and by others, the field '{c.where}' differs"
        return f"{c.path}: the field '{c.where}' was changed here and by others"
    if c.kind == "file":
        if c.removed_by == "others":
            return f"{c.path}: changed here and removed by others"
        if c.removed_by == "here":
            return f"{c.path}: removed here and changed by others"
        if c.extra.get("both_added"):
            return f"{c.path}: added here and by others, two different {thing_of(c)}s of one name"
        return f"{c.path}: changed here and by others"
    if c.extra.get("both_added"):
        return f"{c.path}: added here and by others, different words in the same place"
    return f"{c.path}: the same paragraph was changed here and by others"


def resolve(repo: Repo, conflict_id: str, choice: str) -> Conflict:
    """Apply "mine", "theirs" or "both" to the file on disk and forget the choice."""
    waiting = load(repo)
    matches = [c for c in waiting if c.id == conflict_id or c.id.startswith(conflict_id)]
    if len(matches) != 1:
        raise ChoiceError("That choice is not waiting any more.")
    c = matches[0]
    if choice not in c.choices:
        raise ChoiceError(f"'{choice}' is not one of the choices here: {', '.join(c.choices)}.")
    if choice != "mine":
        try:
            if c.both_pictures and choice == "both":
                c.extra["kept_as"] = _keep_both_pictures(repo, c)
            else:
                _apply(repo, c, choice)
        except OSError as exc:  # said in words, the choice still waiting
            raise ChoiceError(
                f"{c.path} could not be written ({os_reason(exc)}): make it writable, then "
                "choose again."
            ) from exc
    _save(repo, [x for x in waiting if x.id != c.id])
    repo.run("update-ref", "-d", f"refs/editor-app/theirs/{c.id}", check=False)
    return c


def _keep_both_pictures(repo: Repo, c: Conflict) -> str:
    """Their picture written beside mine under the first free name (`chart-2.png`), mine
    left where it is: which one a page shows stays the author's choice. The new name."""
    data = repo.read(c.theirs_commit, c.path)
    if data is None:
        raise ChoiceError(f"Their picture {c.path} is not in the site's history any more.")
    folder, slash, name = c.path.rpartition("/")

    def taken(free: str) -> bool:  # mine's own name, or one in either side's history
        return free == name or any(
            repo.read(rev, f"{folder}{slash}{free}") is not None
            for rev in ("HEAD", c.theirs_commit)
        )

    candidate = folder + slash + free_name(repo.root / folder, name, taken, web_safe=False)
    atomic_write(repo.root / candidate, data)
    keep_picture(repo, candidate)  # shared with the next Share, though no page shows it
    return candidate


def kept_both_words(c: Conflict) -> str:
    """What Keep both pictures did, in one line for the window and `sync choose`."""
    kept_as = c.extra.get("kept_as", "")
    new_name = kept_as.rsplit("/", 1)[-1]
    return (
        f"Kept both pictures: theirs as {kept_as}; the pages still show yours (write "
        f"{new_name} there to show theirs)."
    )


def _keep_mine(repo: Repo, c: Conflict, path: Path) -> None:
    """Before "theirs" or "both" rewrites the file, its current bytes go into history."""
    try:
        data = path.read_bytes()
    except OSError:
        return
    tree = repo.tree_with(None, {c.path: ("100644", repo.hash_bytes(data))})
    commit = repo.commit_tree(tree, [], f"The version of {c.path} kept here before a choice\n")
    repo.run("update-ref", f"refs/editor-app/mine/{c.id}", commit)


def _apply(repo: Repo, c: Conflict, choice: str) -> None:
    path = repo.root / c.path
    _keep_mine(repo, c, path)
    if c.kind == "file":
        data = repo.read(c.theirs_commit, c.path)
        if data is None:
            path.unlink(missing_ok=True)
        else:
            atomic_write(path, data)
        return
    try:
        doc = Document.load(path)
    except OSError as exc:
        raise ChoiceError(f"The page {c.path} cannot be read: {exc.strerror}.") from exc
    try:
        if c.kind == "field":
            if c.extra.get("theirs_missing"):
                doc.remove(c.where)
            else:
                doc.set(c.where, c.theirs_value)
        else:
            text = doc.body if c.where == "body" else doc.text
            new = _replace_passage(text, c, choice)
            if c.where == "body":
                doc.body = new
            else:
                doc.set_text(new)
    except (ValueError, TypeError, FrontMatterError) as exc:
        raise ChoiceError(f"The change to {c.path} could not be made: {exc}") from exc
    if doc.is_modified:
        doc.save()


def _replace_passage(text: str, c: Conflict, choice: str) -> str:
    starts = []
    at = text.find(c.mine)
    while at >= 0 and c.mine:
        starts.append(at)
        at = text.find(c.mine, at + 1)
    if not starts:
        raise ChoiceError(
            f"The paragraph in {c.path} was edited since; copy the other version from the page's "
            "history by hand."
        )
    start = min(starts, key=lambda s: abs(s - c.offset))
    replacement = c.theirs if choice == "theirs" else f"{c.mine}\n\n{c.theirs}"
    return text[:start] + replacement + text[start + len(c.mine) :]


def short_versions(mine: str, theirs: str, width: int = 100) -> tuple[str, str]:
    """Mine and theirs on one line each, at most `width` characters, showing where they differ:
    a long paragraph changed near its end read the same in both when cut after its start."""
    a, b = " ".join(mine.split()), " ".join(theirs.split())
    same = len(os.path.commonprefix([a, b]))
    # A few words before the first difference, from a word's start.
    start = 0
    if max(len(a), len(b)) > width and same > 30:
        start = a.rfind(" ", 0, same - 20) + 1
    return _cut(a, start, width), _cut(b, start, width)


def _cut(line: str, start: int, width: int) -> str:
    head = "…" if start else ""
    line = head + line[start:]
    return line if len(line) <= width else line[: width - 1] + "…"
