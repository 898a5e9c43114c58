"""Share my changes: the commit's head line counts pictures in words that agree."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.sync_push import commit_message


class _Repo:
    """Only what `commit_message` reads: the folder and the last shared version (none)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def read(self, _head: str | None, _path: str) -> bytes | None:
        return None


def test_one_picture_named_twice_is_one_picture(tmp_path: Path) -> None:
    (tmp_path / "img").mkdir()
    (tmp_path / "img/a.png").write_bytes(b"\x89PNG")
    (tmp_path / "img/b.png").write_bytes(b"\x89PNG")
    repo = _Repo(tmp_path)
    once = commit_message(repo, ["img/a.png", "img/a.png"], None)  # type: ignore[arg-type]
    assert once.splitlines()[0] == "Add 1 picture"
    both = commit_message(repo, ["img/a.png", "img/b.png"], None)  # type: ignore[arg-type]
    assert both.splitlines()[0] == "Add 2 pictures"
