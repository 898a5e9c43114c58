"""A page bundle (a Hugo page's folder, its pictures beside its index.md) others moved while
this copy changed the page and added a picture to it: the picture goes with the page. It
stayed in the old folder, the page at its new one showing a missing picture (hugo-docs'
host-on-render moved to host-on-render-com)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sync_site import git, isolate_git, make_synthetic_site, share

from editor_app.core import sync

OLD = "guides/render"
NEW = "guides/render-com"
TWO_PICTURES_BODY = "![One](render-01.png)\n\n![Two](render-02.png)\n"
TWO_PICTURES = {"render-01.png": b"PNG first", "render-02.png": b"PNG second"}


def shared_bundle(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    body: str,
    pictures: dict[str, bytes] | None = None,
) -> tuple[Path, Path, Path]:
    """A synthetic site whose bundle at OLD holds "Host on Render" (`body` below its header)
    and `pictures` beside it, shared: `share`'s server and two clones."""
    isolate_git(monkeypatch)
    site = make_synthetic_site(tmp_path / "site")
    (site / OLD).mkdir(parents=True)
    (site / OLD / "index.md").write_text(f"---\ntitle: Host on Render\n---\n\n{body}")
    for name, data in (pictures or {}).items():
        (site / OLD / name).write_bytes(data)
    return share(site, tmp_path)


def ben_moves_the_bundle(ben: Path) -> None:
    """Ben moves the bundle from OLD to NEW and shares the move."""
    git(ben, "mv", OLD, NEW)
    git(ben, "commit", "-q", "-m", "Move the Render guide")
    git(ben, "push", "-q")


@pytest.fixture
def team(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    server, ben, ana = shared_bundle(
        tmp_path,
        monkeypatch,
        "Step one.\n\n![First](render-01.png)\n",
        {"render-01.png": b"PNG first"},
    )
    ben_moves_the_bundle(ben)
    page = ana / OLD / "index.md"
    page.write_text(page.read_text() + "\n![Logs](render-12.png)\n")
    (ana / OLD / "render-12.png").write_bytes(b"PNG logs")
    return server, ben, ana


def test_get_latest_takes_the_new_picture_with_the_page(team: tuple[Path, Path, Path]) -> None:
    server, _ben, ana = team
    result = sync.pull(ana)
    assert result.conflicts == []
    assert "![Logs](render-12.png)" in (ana / NEW / "index.md").read_text()
    assert (ana / NEW / "render-12.png").read_bytes() == b"PNG logs"
    assert not (ana / OLD).exists()
    assert sync.push(ana).shared
    assert git(server, "show", f"main:{NEW}/render-12.png") == "PNG logs"


def test_share_takes_the_committed_picture_with_the_page(team: tuple[Path, Path, Path]) -> None:
    server, _ben, ana = team
    git(ana, "add", OLD)
    git(ana, "commit", "-q", "-m", "Add the logs")
    assert sync.push(ana).shared
    shared = git(server, "ls-tree", "-r", "--name-only", "main")
    assert f"{NEW}/render-12.png" in shared.splitlines()
    assert f"{OLD}/render-12.png" not in shared.splitlines()
    assert (ana / NEW / "render-12.png").read_bytes() == b"PNG logs"


def test_a_bundle_moved_here_is_said_as_one_page_with_its_pictures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bundle's folder renamed in a file manager: the status said "1 page and 4 pictures"
    and Share's message listed each picture added and each removed."""
    server, ana, _ben = shared_bundle(tmp_path, monkeypatch, TWO_PICTURES_BODY, TWO_PICTURES)
    (ana / OLD).rename(ana / NEW)
    st = sync.status(ana)
    assert st.message == "1 page and 2 pictures changed here, not shared yet"  # not 4
    assert sync.push(ana).shared
    assert git(ana, "log", "-1", "--format=%B").strip() == (
        f"Move 'Host on Render' and its 2 pictures to {NEW}/index.md"
    )
    shared = git(server, "ls-tree", "-r", "--name-only", "main").splitlines()
    assert f"{NEW}/render-02.png" in shared and f"{OLD}/render-02.png" not in shared


def test_a_picture_beside_a_bundles_page_is_shared_though_not_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Hugo bundle's pictures are its resources (a template shows `featured.png` without
    the page naming it): Share left such a picture out, the status never counting it."""
    server, ana, _ben = shared_bundle(tmp_path, monkeypatch, "Step one.\n")
    (ana / OLD / "featured.png").write_bytes(b"PNG card")
    (ana / "loose.png").write_bytes(b"PNG no page")  # beside no page: not shared, as before
    assert sync.status(ana).message == "1 picture changed here, not shared yet"
    assert sync.push(ana).shared
    shared = git(server, "ls-tree", "-r", "--name-only", "main").splitlines()
    assert f"{OLD}/featured.png" in shared and "loose.png" not in shared


def test_get_latest_says_a_bundle_moved_by_others_as_one_page_and_its_pictures(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Get latest said "1 page and 4 pictures changed by others" for a bundle of two pictures
    moved, and `sync pull` listed the page under both names."""
    from editor_app.cli import main

    _server, ben, ana = shared_bundle(tmp_path, monkeypatch, TWO_PICTURES_BODY, TWO_PICTURES)
    ben_moves_the_bundle(ben)
    assert main(["sync", "pull", str(ana)]) == 0
    assert capsys.readouterr().out == (
        "Got the latest: 1 page and 2 pictures changed by others\n"
        f"  {NEW}/index.md (moved from {OLD}/index.md)\n"
    )


@pytest.fixture
def picture_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """Ben moved the bundle; Ana added a picture beside its page, the page left as it was."""
    server, ben, ana = shared_bundle(tmp_path, monkeypatch, "Step one.\n")
    ben_moves_the_bundle(ben)
    (ana / OLD / "featured.png").write_bytes(b"PNG card")
    return server, ben, ana


def test_get_latest_takes_a_new_picture_along_though_the_page_is_unchanged(
    picture_only: tuple[Path, Path, Path],
) -> None:
    """The picture followed the bundle only when the page had been changed here too: else it
    stayed in the old folder, a folder with no page, never shown."""
    server, _ben, ana = picture_only
    result = sync.pull(ana)
    assert result.conflicts == []
    assert (ana / NEW / "featured.png").read_bytes() == b"PNG card"
    assert not (ana / OLD).exists()
    assert sync.push(ana).shared
    assert git(server, "show", f"main:{NEW}/featured.png") == "PNG card"


def test_share_takes_a_committed_picture_along_though_the_page_is_unchanged(
    picture_only: tuple[Path, Path, Path],
) -> None:
    server, _ben, ana = picture_only
    git(ana, "add", OLD)
    git(ana, "commit", "-q", "-m", "Add the card")
    assert sync.push(ana).shared
    shared = git(server, "ls-tree", "-r", "--name-only", "main").splitlines()
    assert f"{NEW}/featured.png" in shared and f"{OLD}/featured.png" not in shared
    assert (ana / NEW / "featured.png").read_bytes() == b"PNG card"
    assert not (ana / OLD).exists()


def test_a_page_kept_at_its_old_name_keeps_its_pictures(
    picture_only: tuple[Path, Path, Path],
) -> None:
    """Ana's page changed too but its new name taken by hers: a choice; nothing carried."""
    _server, _ben, ana = picture_only
    (ana / NEW).mkdir(parents=True)
    (ana / NEW / "index.md").write_text("---\ntitle: Ana's own page\n---\n\nHers.\n")
    page = ana / OLD / "index.md"
    page.write_text(page.read_text() + "\nStep two.\n")
    sync.pull(ana)
    assert (ana / OLD / "featured.png").read_bytes() == b"PNG card"
