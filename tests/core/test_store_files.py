"""Only ordinary files inside the site are read or written, whole, with their permissions: the
file-safety half of core/store.py, pinned case by case (each case a mistake that once happened
or that a deliberate bug in the module would make)."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from editor_app.core import store
from editor_app.core.store import (
    UnsafeTarget,
    atomic_create,
    atomic_write,
    check_regular_target,
    is_temp_file,
    read_regular_file,
)

MB = 1 << 20
# The words the user reads (through the window or the command line), exactly.
NOT_REGULAR = "it is not an ordinary file (a device, a pipe or a socket), so it is left alone"
OUTSIDE_LINK = "it is a link to a file outside the site, so it is left alone"
OUTSIDE_READ = "it is outside the site (or a link leading out of it), so it is not read"


# -- reading ------------------------------------------------------------------------------


def test_a_file_bigger_than_one_read_is_read_whole(tmp_path: Path) -> None:
    page = tmp_path / "big.md"
    data = bytes(range(256)) * (int(2.5 * MB) // 256 + 1)
    page.write_bytes(data)
    assert read_regular_file(page) == data


@pytest.mark.parametrize("limit", [0, 1, 10, MB, MB + 5, 3 * MB])
def test_a_limit_reads_that_many_bytes_at_most(tmp_path: Path, limit: int) -> None:
    page = tmp_path / "big.md"
    data = os.urandom(2 * MB + 3)
    page.write_bytes(data)
    assert read_regular_file(page, limit=limit) == data[:limit]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_a_page_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    result: list[object] = []

    def read() -> None:
        try:
            read_regular_file(fifo)
        except Exception as exc:  # noqa: BLE001 - the test looks at what it is
            result.append(exc)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), "reading a pipe must not wait for a writer"
    assert isinstance(result[0], UnsafeTarget)
    assert result[0].strerror == NOT_REGULAR


def test_a_device_and_a_folder_are_not_read(tmp_path: Path) -> None:
    if Path("/dev/null").exists():
        with pytest.raises(UnsafeTarget):
            read_regular_file("/dev/null")
    with pytest.raises(IsADirectoryError) as folder:
        read_regular_file(tmp_path)
    assert folder.value.strerror == "This is a folder, not a file"


def test_reading_inside_the_site_follows_links_but_never_out(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "a.md").write_bytes(b"inside")
    (site / "link.md").symlink_to(site / "a.md")
    outside = tmp_path / "site2"  # a sibling whose name starts like the site's
    outside.mkdir()
    (outside / "secret.md").write_bytes(b"outside")
    (site / "out.md").symlink_to(outside / "secret.md")
    assert read_regular_file(site / "link.md", inside=site) == b"inside"
    assert read_regular_file(site / "a.md", inside=str(site) + os.sep) == b"inside"
    for path in (site / "out.md", outside / "secret.md", site / ".." / "site2" / "secret.md"):
        with pytest.raises(UnsafeTarget) as refused:
            read_regular_file(path, inside=site)
        assert refused.value.strerror == OUTSIDE_READ
    assert read_regular_file(site / "out.md") == b"outside"  # no site given: no confinement


# -- what a write would change ----------------------------------------------------------------


def test_the_target_of_a_write(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    page = site / "a.md"
    assert check_regular_target(page, site) == page  # a new file is fine
    page.write_text("x")
    (site / "link.md").symlink_to(page)
    assert check_regular_target(site / "link.md", site) == page.resolve()
    with pytest.raises(IsADirectoryError) as folder:
        check_regular_target(site, tmp_path)
    assert folder.value.strerror == "This is a folder, not a file"
    if Path("/dev/null").exists():
        with pytest.raises(UnsafeTarget) as refused:
            check_regular_target("/dev/null")
        assert refused.value.strerror == NOT_REGULAR
    (tmp_path / "elsewhere.md").write_text("y")
    (site / "away.md").symlink_to(tmp_path / "elsewhere.md")
    with pytest.raises(UnsafeTarget) as refused:
        check_regular_target(site / "away.md", site)
    assert refused.value.strerror == OUTSIDE_LINK


# -- writing ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o027, 0o640), (0o022, 0o644), (0o002, 0o664)])
def test_a_new_file_gets_the_usual_permissions(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        atomic_write(tmp_path / "new.md", b"text")
        atomic_create(tmp_path / "created.md", b"text")
        assert os.umask(umask) == umask  # the umask is left as it was
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == mode
    assert stat.S_IMODE((tmp_path / "created.md").stat().st_mode) == mode


def test_a_read_only_file_is_refused_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "a.md"
    page.write_bytes(b"old")
    # As root every file is writable, so the check is made to answer as for another user.
    monkeypatch.setattr(store, "is_read_only", lambda path: True)
    with pytest.raises(PermissionError) as refused:
        atomic_write(page, b"new")
    assert refused.value.strerror == "The file is read-only"
    assert page.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    assert store.user_data_dir() == tmp_path / "data"
    monkeypatch.delenv("EDITOR_APP_DATA_DIR")
    assert store.user_data_dir().name == "editor-app"


def test_an_existing_file_keeps_its_permissions(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_bytes(b"old")
    page.chmod(0o604)
    atomic_write(page, b"new")
    assert page.read_bytes() == b"new"
    assert stat.S_IMODE(page.stat().st_mode) == 0o604


def test_a_link_stays_a_link_and_its_target_changes(tmp_path: Path) -> None:
    target = tmp_path / "real.md"
    target.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(target)
    atomic_write(link, b"new")
    assert link.is_symlink() and target.read_bytes() == b"new"


def test_a_write_outside_the_site_or_to_a_device_changes_nothing(
    tmp_path: Path, null_device: Path
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    victim = tmp_path / "victim.md"
    victim.write_bytes(b"keep me")
    (site / "page.md").symlink_to(victim)
    with pytest.raises(UnsafeTarget):
        atomic_write(site / "page.md", b"overwritten", inside=site)
    assert victim.read_bytes() == b"keep me"
    assert sorted(p.name for p in site.iterdir()) == ["page.md"]  # no temp file left
    with pytest.raises(UnsafeTarget):
        atomic_write(null_device, b"x")
    assert stat.S_ISCHR(os.stat(null_device).st_mode)


def test_a_vanished_folder_is_said(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as gone:
        atomic_write(tmp_path / "gone" / "a.md", b"x")
    assert gone.value.strerror == "The folder no longer exists"


def test_a_large_write_is_whole(tmp_path: Path) -> None:
    data = os.urandom(3 * MB + 7)
    atomic_write(tmp_path / "big.md", data)
    assert (tmp_path / "big.md").read_bytes() == data


def test_create_never_replaces_and_leaves_no_temp_file(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    atomic_create(page, b"first")
    with pytest.raises(FileExistsError):
        atomic_create(page, b"second")
    assert page.read_bytes() == b"first"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_create_without_hard_links_still_fills_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    page = tmp_path / "a.md"
    atomic_create(page, b"text")
    assert page.read_bytes() == b"text"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
    with pytest.raises(FileExistsError):
        atomic_create(page, b"other")
    assert page.read_bytes() == b"text"


def test_a_failed_create_leaves_no_empty_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(fd: int, data: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", disk_full)
    with pytest.raises(OSError):
        atomic_create(tmp_path / "a.md", b"text")
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_temp_files_are_recognised_and_cleaned(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    name = store._temp_name(page)
    assert is_temp_file(tmp_path / name) and name.startswith(".a.md")
    assert not is_temp_file(page) and not is_temp_file(tmp_path / "a.md~")
    leftover = tmp_path / name
    leftover.write_bytes(b"half")
    other = tmp_path / (store._temp_name(page) + "x")  # not exactly the pattern: kept
    other.write_bytes(b"not ours")
    atomic_write(page, b"new")
    assert not leftover.exists() and other.exists()
    assert page.read_bytes() == b"new"


# Mutation testing (tools/mutation.py store): the mutants still surviving these tests are
# equivalent on the systems the tests run on:
# - `os.name == "nt"` branches (the folder sync, Windows rename retries): never taken here;
# - `getattr(os, "O_BINARY", 0)` with another name or default: O_BINARY exists only on Windows
#   (a default of 1 is O_WRONLY, already set);
# - the temp file's creation mode 0o600 -> 385 (0o601): the mode is set with fchmod before the
#   data is written; `O_EXCL` dropped: the temp name is random;
# - `os.umask(0)` -> `os.umask(1)`: the call only reads the mask, which is put back at once;
# - type annotations (`os.stat_result | None` -> `&`): not evaluated at run time.
