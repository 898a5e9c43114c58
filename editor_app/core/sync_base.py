"""What sharing works on: the git copy holding a site, and which of its files are shared.

Shared from the app: pages, their pictures and their review notes inside the site; nothing else
(recovery files live outside the site; hidden folders, half-written saves and site settings are
never committed by the app).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from editor_app.core import gitutil
from editor_app.core.document import Document
from editor_app.core.gitutil import GitError
from editor_app.core.site import IMAGE_SUFFIXES, MARKDOWN_SUFFIXES
from editor_app.core.site_entries import page_title
from editor_app.core.store import atomic_write, is_temp_file
from editor_app.core.sync_git import Repo

NOTES_FOLDER = ".review"
NOTES_SUFFIX = ".notes.yml"
OFFLINE_TEXT = "Offline: changes will be shared when the server is reachable"
# A folder outside any git copy: the Sharing bar's line, then why and what to do, in the same
# words in the bar's tooltips, Share's and Get latest's refusal and `sync status`.
NOT_SHARED_LINE = "Not shared: this folder is not kept in git"
NOT_SHARED_TEXT = (
    "This folder is not shared: it is not kept in git, so there is no shared copy to get "
    "changes from or send them to. Ask whoever set up the site for its git copy, and open "
    "that folder instead."
)


class SyncError(GitError):
    """Sharing cannot run here (not a git copy, no server, an operation half done)."""


def file_problem(repo: Repo, exc: OSError, doing: str) -> SyncError:
    """A file of the copy that could not be read or written while `doing` ("getting the
    latest"), in one line ("[Errno 13] Permission denied: '/…'" before)."""
    where = ""
    if exc.filename:
        path = Path(os.fsdecode(exc.filename))
        try:
            where = f" {path.resolve().relative_to(repo.root.resolve()).as_posix()}"
        except ValueError:
            where = f" {path}"
    return SyncError(
        f"A file could not be read or written while {doing}:{where} ({os_reason(exc)}). "
        "Nothing was lost: make it readable and writable, then try again."
    )


def os_reason(exc: OSError) -> str:
    """Why the system refused a file, in its own few words ("permission denied")."""
    return (exc.strerror or str(exc)).rstrip(".").lower()


def open_repo(site_root: str | os.PathLike[str]) -> Repo:
    """The git working copy holding the site; SyncError when it is not in one."""
    root = gitutil.repo_root(site_root)
    if root is None:
        raise SyncError(NOT_SHARED_TEXT)
    return Repo(root)


# -- which files are shared -----------------------------------------------------------------------


def kind_of(path: str) -> str | None:
    """ "page", "notes", "image", or None for files that are never shared from the app."""
    name = path.rsplit("/", 1)[-1]
    if is_temp_file(name) or "\n" in path:
        return None
    suffix = os.path.splitext(name)[1].lower()
    parts = path.split("/")
    if len(parts) >= 2 and parts[-2] == NOTES_FOLDER and name.endswith(NOTES_SUFFIX):
        return "notes"
    if any(p.startswith(".") for p in parts):
        return None  # editor settings and other hidden folders
    if suffix in MARKDOWN_SUFFIXES:
        return "page"
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return None


def waiting_for_choice(paths: list[str]) -> str:
    """How many files wait for a choice, named as everything else names them: "1 page
    waits", "2 pages wait", "1 file waits" (not a page: a data file, settings), "1 page and
    1 file wait"."""
    pages = sum(kind_of(p) == "page" for p in paths)
    files = len(paths) - pages
    said = [
        f"{n} {word}{'' if n == 1 else 's'}" for n, word in ((pages, "page"), (files, "file")) if n
    ]
    return " and ".join(said) + (" waits" if len(paths) == 1 else " wait")


def page_of(path: str) -> str:
    """The page a file belongs to: a notes file's page, else the file itself."""
    if kind_of(path) == "notes":
        folder = path.rsplit("/", 2)[0] if path.count("/") >= 2 else ""
        name = path.rsplit("/", 1)[-1][: -len(NOTES_SUFFIX)]
        return f"{folder}/{name}" if folder else name
    return path


def notes_of(page: str) -> str:
    """A page's notes file (`folder/.review/name.notes.yml`): the other way from `page_of`."""
    folder, slash, name = page.rpartition("/")
    return f"{folder}{slash}{NOTES_FOLDER}/{name}{NOTES_SUFFIX}"


def site_prefix(repo: Repo, site_root: str | os.PathLike[str]) -> str:
    rel = Path(site_root).resolve().relative_to(repo.root.resolve()).as_posix()
    return "" if rel == "." else rel + "/"


def in_site(path: str, prefix: str) -> bool:
    return path.startswith(prefix)


def shareable_changes(repo: Repo, prefix: str = "") -> list[str]:
    """Saved files changed here and not committed: pages, their images and review notes."""
    return working_files(repo, prefix)[0]


def working_files(repo: Repo, prefix: str = "") -> tuple[list[str], list[str]]:
    """`shareable_changes`, and the pages of the site that the copy's git settings
    (`.gitignore`) leave out (saved, they are never shared, and the status said "Up to date"
    over them), from one look at the working tree: git's status lists the ignored files beside
    the changed ones. A folder left out whole (`node_modules/`, `_site/`) is named by
    `--ignored=matching` without being walked: its pages are no author's."""
    out = repo.run(
        "status",
        "--porcelain",
        "-z",
        "--untracked-files=all",
        "--ignored=matching",
        "--no-renames",
        "--",  # the site's folder alone: a site in `docs/` of a larger repository
        f":(literal){prefix}" if prefix else ".",
    ).stdout
    found: list[str] = []
    left_out: list[str] = []
    for entry in os.fsdecode(out).split("\0"):
        if len(entry) < 4:
            continue
        path = entry[3:]
        if not in_site(path, prefix):
            continue
        if entry.startswith("!!"):
            if kind_of(path) == "page":
                left_out.append(path)
        elif kind_of(path) is not None:
            found.append(path)
    images = [p for p in found if kind_of(p) == "image"]
    if images:
        shown = _pictures_shown(repo, found, images) | kept_pictures(repo)
        bundles = _bundle_folders(repo, images)
        shown |= {p for p in images if p.rpartition("/")[0] in bundles}
        found = [p for p in found if kind_of(p) != "image" or p in shown]
    return sorted(found), sorted(left_out)


# A page of one of these names is its folder's page (a Hugo page bundle): the pictures beside
# it are its own (its resources: a template may show them without the page naming them).
BUNDLE_PAGES = frozenset({"index.md", "_index.md", "index.markdown", "_index.markdown"})


def _bundle_folders(repo: Repo, pictures: list[str]) -> set[str]:
    """The folders of these pictures that hold a bundle's page (`featured.png` next to
    `index.md`): on disk, or at the last commit for a folder gone (moved or removed). Asked
    once a folder, not once a picture."""
    found = set()
    for folder in {p.rpartition("/")[0] for p in pictures} - {""}:
        here = repo.root / folder
        if here.is_dir():
            if any((here / name).is_file() for name in BUNDLE_PAGES):
                found.add(folder)
        elif any(repo.read("HEAD", f"{folder}/{name}") is not None for name in BUNDLE_PAGES):
            found.add(folder)
    return found


def read_record(repo: Repo, name: str) -> Any:
    """The JSON record `name` kept in the copy's own folder (`.git/editor-app/`, never
    shared), as written; None when there is none or it cannot be read."""
    try:
        return json.loads((repo.git_dir / "editor-app" / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_record(repo: Repo, name: str, record: object) -> None:
    """Write the JSON record `name` under `.git/editor-app/` all at once (a kill leaves the
    old record or the new one). ASCII escapes: a file name that is not UTF-8 fits too."""
    target = repo.git_dir / "editor-app" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    atomic_write(target, json.dumps(record, indent=1).encode())


KEPT_PICTURES = "kept-pictures.json"


def kept_pictures(repo: Repo) -> set[str]:
    """Pictures Keep both pictures wrote under a free name: shared though no page shows them
    yet (which one a page shows is the author's choice), so the other author has both too."""
    kept = read_record(repo, KEPT_PICTURES)
    return {p for p in kept if isinstance(p, str)} if isinstance(kept, list) else set()


def keep_picture(repo: Repo, path: str) -> None:
    """Remember a picture Keep both pictures wrote, for Share my changes to send."""
    write_record(repo, KEPT_PICTURES, sorted(kept_pictures(repo) | {path}))


def left_out_words(pages: list[str], sentence: bool = False) -> str:
    """Pages left out of sharing, in the status line's words ("2 pages left out…"; with
    `sentence`, "2 pages are left out…"); "" when none."""
    if not pages:
        return ""
    n = len(pages)
    are = (" is" if n == 1 else " are") if sentence else ""
    return f"{n} {'page' if n == 1 else 'pages'}{are} left out of sharing by the site's .gitignore"


def _pictures_shown(repo: Repo, changed: list[str], images: list[str]) -> set[str]:
    """The pictures a page shows (its file name is in a changed page, or in a shared one)."""
    names = {p.rsplit("/", 1)[-1] for p in images}
    seen: set[str] = set()
    for p in changed:
        if kind_of(p) == "page":
            try:
                text = (repo.root / p).read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            seen |= {n for n in names if n in text}
    rest = names - seen
    if rest and repo.rev("HEAD"):
        args = ["grep", "-h", "-o", "-F", "-I"]
        for n in sorted(rest):
            args += ["-e", n]
        patterns = [f"*{s}" for s in sorted(MARKDOWN_SUFFIXES)]
        out = repo.run(*args, "HEAD", "--", *patterns, check=False).stdout
        seen |= set(out.decode("utf-8", "replace").splitlines()) & rest
    return {p for p in images if p.rsplit("/", 1)[-1] in seen}


def pages_of(paths: list[str] | set[str]) -> list[str]:
    return sorted({page_of(p) for p in paths if kind_of(p) in ("page", "notes")})


def moved_to(old: str, new: str, folder_alone: bool = False) -> str:
    """Where a file moved, as sharing's lines say it: its new name alone when the folder is
    the same (the line fits a narrow window), else its new path, or with `folder_alone` its
    new folder (`docs/`: a picture moved keeps its name)."""
    old_folder, _, _ = old.rpartition("/")
    new_folder, _, new_name = new.rpartition("/")
    if old_folder == new_folder:
        return new_name
    return f"{new_folder}/" if folder_alone else new


def listed_name(doc: Document | None, path: str) -> str:
    """The page as the page list names it (its title, Eleventy's `newstitle` or menu name,
    on one line), else its file name: sharing's messages and choices name pages as the author
    knows them."""
    title = page_title(doc.front_matter) if doc is not None and doc.error is None else None
    if title and str(title).strip():
        return " ".join(str(title).split())
    return path.rsplit("/", 1)[-1]


def check_ready(repo: Repo) -> str:
    for name in ("MERGE_HEAD", "rebase-merge", "rebase-apply", "CHERRY_PICK_HEAD"):
        if (repo.git_dir / name).exists():
            raise SyncError(
                "The site's folder is in the middle of a git operation started outside the app; "
                "finish or cancel it there first."
            )
    branch = repo.branch()
    if not branch:
        raise SyncError("The site's folder is not on a branch, so it cannot share changes.")
    return branch


LAST_GET_LATEST = "last-get-latest.json"


def last_get_latest(repo: Repo) -> list[str]:
    """The pages the last Get latest brought in, while that is still the news: nothing has
    been committed or shared here since (the copy is still at the commit it left). Once it
    has, the list was kept for weeks, until the next Get latest, as if just brought in. A
    record without its commit (written by an older version) cannot tell: not listed."""
    record = read_record(repo, LAST_GET_LATEST)
    try:
        pages, head = list(record["pages"]), record.get("head")
    except (KeyError, TypeError, AttributeError):
        return []
    if not pages or not isinstance(head, str) or head != repo.rev("HEAD"):
        return []
    return pages


def remember_get_latest(repo: Repo, pages: list[str]) -> None:
    """Remember the pages a Get latest brought in, and the commit it left the copy at."""
    when = datetime.now(UTC).isoformat(timespec="seconds")
    write_record(repo, LAST_GET_LATEST, {"when": when, "head": repo.rev("HEAD"), "pages": pages})
