"""A page, or the folder holding it, that the user may not write: `set`, `rename`,
`rename-file` and `new` each say so on one line, exit non-zero and leave every file as it was
(no page half-written, no temporary file left behind).

The tests run as root, for whom the system ignores a file's permission bits, so `as_a_user`
makes the file functions the commands reach refuse as they would for an ordinary user: a file
without its write bit cannot be opened for writing, and a folder without its write bit cannot
have files made, renamed or removed in it."""

from __future__ import annotations

import builtins
import errno
import io
import os
from pathlib import Path

import pytest

from editor_app.cli import main


def _writable(path: str | os.PathLike[str]) -> bool:
    return bool(os.stat(path).st_mode & 0o200)


def _refuse(path: str | os.PathLike[str]) -> None:
    raise PermissionError(errno.EACCES, "Permission denied", os.fspath(path))


def _check_in(path: str | os.PathLike[str]) -> None:
    """Making, renaming or removing `path` asks the write permission of its folder."""
    folder = os.path.dirname(os.path.abspath(path))
    if os.path.isdir(folder) and not _writable(folder):
        _refuse(path)


def _check_write(path: str | os.PathLike[str]) -> None:
    if os.path.exists(path):
        if not _writable(path):
            _refuse(path)
    else:
        _check_in(path)


@pytest.fixture
def as_a_user(monkeypatch: pytest.MonkeyPatch) -> None:
    """The file functions refuse as they do for a user who is not root."""
    real_open, real_os_open, real_access = io.open, os.open, os.access

    def opened(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, str | os.PathLike) and any(c in mode for c in "wax+"):
            _check_write(file)
        return real_open(file, mode, *args, **kwargs)

    def os_opened(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT) and kwargs.get("dir_fd") is None:
            _check_write(path)
        return real_os_open(path, flags, *args, **kwargs)

    def accessed(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if mode & os.W_OK and os.path.exists(path) and not _writable(path):
            return False
        return real_access(path, mode, *args, **kwargs)

    def in_folder(real):  # type: ignore[no-untyped-def]
        def checked(*paths, **kwargs):  # type: ignore[no-untyped-def]
            for path in paths[:2]:
                if isinstance(path, str | os.PathLike):
                    _check_in(path)
            return real(*paths, **kwargs)

        return checked

    monkeypatch.setattr(io, "open", opened)
    monkeypatch.setattr(builtins, "open", opened)
    monkeypatch.setattr(os, "open", os_opened)
    monkeypatch.setattr(os, "access", accessed)
    for name in ("replace", "rename", "link", "unlink", "remove", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, in_folder(getattr(os, name)))


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _one_refusal(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("editor-app: "), err
    assert "Traceback" not in err[0] and "Errno" not in err[0], err
    return err[0]


@pytest.fixture
def post(jekyll_docs: Path) -> Path:
    """A post whose date field's day is not its file name's (for rename-file --to-date)."""
    page = jekyll_docs / "_posts" / "2030-01-02-a-read-only-post.md"
    page.write_text("---\ntitle: A post\ndate: 2030-01-05\n---\nWords.\n", encoding="utf-8")
    return page


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_set_refuses_a_page_it_may_not_write(
    post: Path, jekyll_docs: Path, capsys: pytest.CaptureFixture[str], as_a_user: None, locked: str
) -> None:
    (post if locked == "file" else post.parent).chmod(0o444 if locked == "file" else 0o555)
    said = "the file is read-only" if locked == "file" else "permission denied"
    before = _files(jekyll_docs)
    assert main(["set", str(post), "title=Another"]) == 2
    assert _one_refusal(capsys) == (
        f"editor-app: cannot write {post}: {said}; the file was not changed. Ask whoever "
        f"manages that {locked} for access, or copy the site into a folder of your own."
    )
    assert _files(jekyll_docs) == before


@pytest.mark.parametrize("locked", ["file", "folder"])
def test_rename_leaves_a_page_it_may_not_write_and_says_so(
    post: Path, jekyll_docs: Path, capsys: pytest.CaptureFixture[str], as_a_user: None, locked: str
) -> None:
    post.write_text("---\ntitle: A post\ncategories: [rare]\n---\nWords.\n", encoding="utf-8")
    (post if locked == "file" else post.parent).chmod(0o444 if locked == "file" else 0o555)
    before = _files(jekyll_docs)
    assert main(["rename", "categories", "rare", "scarce", str(jekyll_docs)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert all(line.startswith("editor-app: ") for line in err), err
    said = "the file is read-only" if locked == "file" else "permission denied"
    assert [line for line in err if post.name in line] == [
        f"editor-app: not changed: _posts/{post.name}: cannot be saved ({said})"
    ]
    assert _files(jekyll_docs) == before


def test_rename_file_refuses_a_folder_it_may_not_write(
    post: Path, jekyll_docs: Path, capsys: pytest.CaptureFixture[str], as_a_user: None
) -> None:
    post.parent.chmod(0o555)
    before = _files(jekyll_docs)
    assert main(["rename-file", str(post), "--to-date"]) != 0
    assert _one_refusal(capsys) == (
        f"editor-app: {post.name} could not be renamed: permission denied. Ask whoever "
        "manages that folder for access, or copy the site into a folder of your own."
    )
    assert _files(jekyll_docs) == before


def test_new_refuses_a_folder_it_may_not_write(
    jekyll_docs: Path, capsys: pytest.CaptureFixture[str], as_a_user: None
) -> None:
    (jekyll_docs / "_posts").chmod(0o555)
    before = _files(jekyll_docs)
    assert main(["new", "posts", "--title", "A new post", str(jekyll_docs)]) != 0
    assert _one_refusal(capsys) == (
        "editor-app: cannot create the document in _posts: permission denied. Ask whoever "
        "manages that folder for access, or copy the site into a folder of your own."
    )
    assert _files(jekyll_docs) == before
