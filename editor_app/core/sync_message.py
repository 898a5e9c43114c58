"""Share's commit message, for people: one line per page or picture, pages named by title.

`commit_message` describes saved files against the last shared version; `as_shared` says a
replayed commit's message again once others' changes are under it (Get latest before
sharing), so a page is named by the title it is shared with, not the older one this copy had.
"""

from __future__ import annotations

import hashlib

from editor_app.core.document import Document
from editor_app.core.review.record import APPROVED, SENT_BACK, decisions_made
from editor_app.core.sync_base import kind_of, listed_name, moved_to, page_of, pages_of
from editor_app.core.sync_git import Repo
from editor_app.core.sync_moves import pair_moves

_DECIDED = {APPROVED: "Approve", SENT_BACK: "Send back"}


def _title(data: bytes | None, path: str) -> str:
    """The page as the page list names it: the history reads as the author knows the pages."""
    return listed_name(Document.from_bytes(data) if data else None, path)


def _what_changed(old: bytes, new: bytes) -> list[str]:
    a, b = Document.from_bytes(old), Document.from_bytes(new)
    parts = [
        str(k)
        for k in dict.fromkeys([*a.front_matter, *b.front_matter])
        if a.front_matter.get(k, None) != b.front_matter.get(k, None)
        or (k in a.front_matter) != (k in b.front_matter)
    ]
    if a.body != b.body:
        parts.append("the text")  # "body" read as a word of the file format
    return parts


def _new(repo: Repo, path: str, new: str | None) -> bytes | None:
    """The file as committed: in the tree or commit `new`, else on disk (None: not there)."""
    if new is not None:
        return repo.read(new, path)
    f = repo.root / path
    return f.read_bytes() if f.is_file() else None


def _page_title(repo: Repo, page: str, head: str | None, new: str | None) -> str:
    """The page's title as committed (`_new`), else as `head` had it (a page removed)."""
    data = _new(repo, page, new)
    return _title(data if data is not None else repo.read(head, page), page)


def describe_change(repo: Repo, path: str, head: str | None, new: str | None = None) -> str:
    """One change in words: "Update 'TITLE' (subtitle, the text)", "Add picture x.png"…
    (`new`: the tree or commit holding the changed files; None: the files on disk)."""
    return _described(repo, path, head, new)[0]


def _described(
    repo: Repo, path: str, head: str | None, new: str | None
) -> tuple[str, str | None]:
    """`describe_change`'s line, and for review notes holding an approval or send back made
    here its verb ("Approve" / "Send back"; else None)."""
    kind = kind_of(path)
    old = repo.read(head, path)
    now = _new(repo, path, new)
    name = path.rsplit("/", 1)[-1]
    if kind == "image":
        verb = "Remove" if now is None else "Add" if old is None else "Replace"
        return f"{verb} picture {name}", None
    if kind == "notes":
        title = _page_title(repo, page_of(path), head, new)
        # An approval or send back made here is named: the history read "Update 1 page".
        made = decisions_made(old, now)
        if made:
            decided = _DECIDED[made[-1]]
            return f"{decided} '{title}'", decided
        return f"Review notes on '{title}'", None
    if now is None:
        return f"Remove '{_title(old, path)}'", None
    if old is None:
        return f"Add '{_title(now, path)}'", None
    parts = _what_changed(old, now)
    detail = f" ({', '.join(parts)})" if parts else ""
    return f"Update '{_title(now, path)}'{detail}", None


def pages_moved(
    repo: Repo, paths: list[str], head: str | None, new: str | None = None
) -> dict[str, str]:
    """{old: new} of the pages moved (renamed in a file manager, say): one page removed and
    one added, alike as `sync_moves.pair_moves` judges a move (Get latest's rule too)."""
    gone = [p for p in paths if kind_of(p) == "page" and _new(repo, p, new) is None]
    if not gone:  # no page removed: none moved, and the added ones need not be read
        return {}
    came = [p for p in paths if kind_of(p) == "page" and repo.read(head, p) is None]
    return pair_moves({p: repo.read(head, p) for p in gone}, {p: _new(repo, p, new) for p in came})


def files_moved(
    repo: Repo, paths: list[str], head: str | None, new: str | None = None
) -> dict[str, str]:
    """`pages_moved`, and the pictures moved: one removed and one added with the same bytes
    (a page bundle's pictures when its folder is renamed), the same name first."""
    moves = pages_moved(repo, paths, head, new)
    gone = [p for p in paths if kind_of(p) == "image" and _new(repo, p, new) is None]
    if not gone:
        return moves
    came = [p for p in paths if kind_of(p) == "image" and repo.read(head, p) is None]
    if not came:
        return moves
    by_bytes: dict[str, list[str]] = {}
    for path in came:
        by_bytes.setdefault(_digest(_new(repo, path, new)), []).append(path)
    for old in gone:
        same = [p for p in by_bytes.get(_digest(repo.read(head, old)), []) if p not in moves.values()]
        named = [p for p in same if p.rsplit("/", 1)[-1] == old.rsplit("/", 1)[-1]]
        if same:
            moves[old] = (named or same)[0]
    return moves


def _digest(data: bytes | None) -> str:
    return hashlib.sha256(data or b"").hexdigest()


def _folder(path: str) -> str:
    return path.rpartition("/")[0]


def _describe_move(
    repo: Repo, old: str, new_path: str, head: str | None, new: str | None, pictures: int = 0
) -> str:
    """ "Move 'TITLE' to faq-questions.md (the text)": one page, not one removed and one added;
    "Move 'TITLE' and its 11 pictures to …" for a page bundle moved whole."""
    before, after = repo.read(head, old) or b"", _new(repo, new_path, new) or b""
    parts = _what_changed(before, after)
    detail = f" ({', '.join(parts)})" if parts else ""
    its = f" and its {pictures} {'picture' if pictures == 1 else 'pictures'}" if pictures else ""
    return f"Move '{_title(after, new_path)}'{its} to {moved_to(old, new_path)}{detail}"


def _describe_picture_move(old: str, new_path: str) -> str:
    where = moved_to(old, new_path, folder_alone=True)
    return f"Move picture {old.rsplit('/', 1)[-1]} to {where}"


def commit_message(repo: Repo, paths: list[str], head: str | None, new: str | None = None) -> str:
    """A message for people: one line per page or picture, the first line a summary."""
    moves = files_moved(repo, paths, head, new)
    page_moves = {o: n for o, n in moves.items() if kind_of(o) == "page"}
    # Pictures that went from a moved page's folder to its new one: said with the page.
    folders = {(_folder(o), _folder(n)): o for o, n in page_moves.items()}
    with_page: dict[str, int] = {}
    folded: set[str] = set()
    for o, n in moves.items():
        page = folders.get((_folder(o), _folder(n))) if kind_of(o) == "image" else None
        if page is not None:
            with_page[page] = with_page.get(page, 0) + 1
            folded.add(o)
    lines = []
    decided: dict[str, str] = {}  # page -> "Approve" / "Send back", made here
    for p in paths:
        if p in moves.values() or p in folded:
            continue
        if p in page_moves:
            lines.append(_describe_move(repo, p, moves[p], head, new, with_page.get(p, 0)))
        elif p in moves:
            lines.append(_describe_picture_move(p, moves[p]))
        else:
            line, verb = _described(repo, p, head, new)
            lines.append(line)
            if verb is not None:
                decided[page_of(p)] = verb
    if len(lines) == 1:
        return lines[0] + "\n"
    pages = [p for p in pages_of(paths) if p not in moves]
    titles = [f"'{_page_title(repo, p, head, new)}'" for p in pages[:3]]
    more = f" and {len(pages) - 3} more" if len(pages) > 3 else ""
    verbs = {line.split(" ", 1)[0] for line in lines}
    verb = verbs.pop() if len(verbs) == 1 and verbs <= {"Add", "Remove"} else "Update"
    page_verbs = {decided.get(p) for p in pages}
    if len(page_verbs) == 1 and None not in page_verbs:  # every page approved (or sent back)
        verb = str(page_verbs.pop())
    if pages:
        head_line = (
            f"{verb} {len(pages)} {'page' if len(pages) == 1 else 'pages'}: "
            + ", ".join(titles)
            + more
        )
    else:
        count = len(set(paths) - set(moves))
        head_line = f"{verb} {count} {'picture' if count == 1 else 'pictures'}"
    return head_line + "\n\n" + "\n".join(f"- {line}" for line in lines) + "\n"


def as_shared(
    repo: Repo, parent: str | None, commit: str, base: str, tree: str, message: str
) -> str:
    """The message of `commit` replayed as `tree` on top of `base` (others' changes): when it
    is the one Share wrote, written again of the replayed change, so pages are named by the
    titles they are shared with (another author may have retitled one meanwhile); a message
    the person wrote (`sync push -m`) is kept as it is."""
    paths = sorted(c.path for c in repo.changes(parent, commit) if kind_of(c.path))
    if not paths or commit_message(repo, paths, parent, commit).strip() != message.strip():
        return message
    still = {c.path for c in repo.changes(base, tree, paths)}
    paths = [p for p in paths if p in still]  # a change others had made too is no news
    return commit_message(repo, paths, base, tree) if paths else message
