"""The store's details a person or a program relies on: what each refusal says (error number
and file), the differences shown before an overwrite, and the recovery records kept across
sessions (read back by a later run, perhaps of a later version)."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor_app.core import store
from editor_app.core.safe_files import UnsafeTarget, check_regular_target, read_regular_file
from editor_app.core.store import (
    DiskStamp,
    Recovery,
    RecoveryStore,
    atomic_create,
    atomic_write,
    decode_for_display,
    is_temp_file,
    line_changes,
    unified_diff,
)

TEN_LINES = "\n".join("abcdefghij")


# --- what each refusal says: the error number programs test and the file people are shown


def _refusal(call, *args, **kwargs) -> OSError:
    with pytest.raises(OSError) as caught:
        call(*args, **kwargs)
    return caught.value


def test_each_refusal_names_its_file_and_reason(tmp_path: Path, null_device: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside.md"
    site.mkdir()
    outside.write_text("x")
    (site / "folder").mkdir()
    link = site / "away.md"
    link.symlink_to(outside)

    err = _refusal(read_regular_file, outside, inside=site)
    assert (type(err), err.errno, err.filename) == (UnsafeTarget, errno.EPERM, str(outside))
    err = _refusal(read_regular_file, site / "folder")
    assert (type(err), err.errno, err.filename) == (
        IsADirectoryError, errno.EISDIR, str(site / "folder"),
    )  # fmt: skip
    err = _refusal(read_regular_file, null_device)
    assert (type(err), err.errno, err.filename) == (UnsafeTarget, errno.EINVAL, str(null_device))

    err = _refusal(check_regular_target, link, inside=site)
    assert (type(err), err.errno, err.filename) == (UnsafeTarget, errno.EPERM, str(link))
    err = _refusal(check_regular_target, null_device)
    assert (type(err), err.errno, err.filename) == (UnsafeTarget, errno.EINVAL, str(null_device))
    err = _refusal(check_regular_target, site / "folder")
    assert (type(err), err.errno, err.filename) == (
        IsADirectoryError, errno.EISDIR, str(site / "folder"),
    )  # fmt: skip

    gone = tmp_path / "gone" / "page.md"
    err = _refusal(atomic_write, gone, b"x")
    assert (type(err), err.errno, err.filename) == (
        FileNotFoundError, errno.ENOENT, str(gone.parent),
    )  # fmt: skip


def test_a_read_only_page_refusal_names_the_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"kept")
    monkeypatch.setattr(store, "is_read_only", lambda path: True)
    err = _refusal(atomic_write, page, b"new")
    assert (type(err), err.errno, err.filename) == (PermissionError, errno.EACCES, str(page))
    assert page.read_bytes() == b"kept"


def test_everything_is_inside_the_top_folder(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"text")
    assert read_regular_file(page, inside="/") == b"text"
    assert check_regular_target(page, inside="/") == page


# --- saving: writes that come back in pieces, renames refused, owners and other temp files


def test_a_write_the_disk_takes_in_pieces_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:1000])))
    page = tmp_path / "page.md"
    data = bytes(range(256)) * 40
    atomic_write(page, data)
    assert page.read_bytes() == data


def test_a_refused_rename_is_said_once_and_leaves_the_page_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"old")
    calls = []

    def refuse(src, dst) -> None:
        calls.append(dst)
        raise PermissionError(errno.EACCES, "in use", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        atomic_write(page, b"new")
    # One attempt: retries (with pauses) are for Windows, where scanners hold files briefly.
    assert calls == [page]
    assert page.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["page.md"]


def test_a_failed_create_without_hard_links_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src, dst) -> None:
        raise OSError(errno.EPERM, "no hard links here")

    def refuse(src, dst) -> None:
        raise PermissionError(errno.EACCES, "in use", str(dst))

    monkeypatch.setattr(os, "link", no_links)
    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        atomic_create(tmp_path / "new.md", b"text")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_a_page_owned_by_someone_else_keeps_its_owner(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"old")
    os.chown(page, 12345, 23456)
    atomic_write(page, b"new")
    st = page.stat()
    assert (st.st_uid, st.st_gid, page.read_bytes()) == (12345, 23456, b"new")


def test_other_backup_files_and_odd_leftovers_are_left_alone(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_bytes(b"old")
    others = ["b.md~", "a.md~", ".b.md.saving-0123abcd~", "notes~"]
    for name in others:
        (tmp_path / name).write_bytes(b"keep")
    # A folder named like a leftover cannot be removed as a file: the save goes on.
    (tmp_path / ".a.md.saving-0123abcd~").mkdir()
    atomic_write(page, b"new")
    assert page.read_bytes() == b"new"
    for name in others:
        assert (tmp_path / name).read_bytes() == b"keep"
    assert (tmp_path / ".a.md.saving-0123abcd~").is_dir()


# --- stamps of a file on disk


def test_a_stamp_records_the_file_as_it_is(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    assert DiskStamp.of(page) == DiskStamp(exists=False)
    assert DiskStamp.of(page).exists is False
    page.write_bytes(b"hello")
    st = page.stat()
    assert DiskStamp.of(page) == DiskStamp(
        True, 5, st.st_mtime_ns, st.st_ino, hashlib.sha256(b"hello").hexdigest()
    )


def test_a_page_that_appears_after_its_stamp_has_changed(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    stamp = DiskStamp.of(page)
    assert stamp.changed(page) is False
    page.write_bytes(b"")
    assert stamp.changed(page) is True


# --- differences shown before an overwrite or a restore


def test_line_changes_around_one_change() -> None:
    new = TEN_LINES.replace("e", "E")
    assert line_changes(TEN_LINES, new, context=1) == [
        ("skip", "3"), ("same", "d"), ("removed", "e"), ("added", "E"), ("same", "f"),
        ("skip", "4"),
    ]  # fmt: skip
    assert line_changes(TEN_LINES, new) == [
        ("skip", "1"), ("same", "b"), ("same", "c"), ("same", "d"), ("removed", "e"),
        ("added", "E"), ("same", "f"), ("same", "g"), ("same", "h"), ("skip", "2"),
    ]  # fmt: skip


def test_line_changes_at_the_edges_and_none() -> None:
    assert line_changes("a\nb", "A\nb", context=0) == [("removed", "a"), ("added", "A"), ("skip", "1")]
    assert line_changes("a\nb", "a\nB", context=0) == [("skip", "1"), ("removed", "b"), ("added", "B")]
    assert line_changes("a\nb", "a\nb\nc", context=5) == [("same", "a"), ("same", "b"), ("added", "c")]
    assert line_changes("same\n", "same\n") == []
    two = "1\n2\n3\n4\n5\n6\n7\n8"
    assert line_changes(two, two.replace("2", "X").replace("7", "Y"), context=0) == [
        ("skip", "1"), ("removed", "2"), ("added", "X"), ("skip", "4"), ("removed", "7"),
        ("added", "Y"), ("skip", "1"),
    ]  # fmt: skip


def test_a_long_page_of_repeated_lines_shows_only_the_change() -> None:
    # Difflib's "junk" heuristic would call the repeated line noise and show 51 lines changed.
    old = "\n".join(["same"] * 250 + ["first"] + ["same"] * 50)
    assert line_changes(old, old.replace("first", "second"), context=1) == [
        ("skip", "249"), ("same", "same"), ("removed", "first"), ("added", "second"),
        ("same", "same"),
        ("skip", "49"),
    ]  # fmt: skip


def test_the_unified_difference_word_for_word() -> None:
    assert unified_diff("a\nb", "a\nc") == "--- on disk\n+++ unsaved\n@@ -1,2 +1,2 @@\n a\n-b\n+c\n"
    # A final line break added is a difference too.
    assert unified_diff("a\nb", "a\nb\n") == (
        "--- on disk\n+++ unsaved\n@@ -1,2 +1,2 @@\n a\n-b\n+b\n"
    )
    assert unified_diff(TEN_LINES, TEN_LINES.replace("e", "E")) == (
        "--- on disk\n+++ unsaved\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n"
    )
    assert unified_diff("x\n", "x\n") == ""
    assert unified_diff(TEN_LINES, TEN_LINES.replace("e", "E"), "old", "new", context=1) == (
        "--- old\n+++ new\n@@ -4,3 +4,3 @@\n d\n-e\n+E\n f\n"
    )


def test_text_for_a_difference_has_plain_line_breaks() -> None:
    assert decode_for_display(b"a\r\nb\rc\n") == "a\nb\nc\n"
    assert decode_for_display(None) == ""


# --- recovery records: kept by one run, read by a later one


def test_the_default_recovery_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "data"))
    assert RecoveryStore().folder == tmp_path / "data" / "recovery"
    assert RecoveryStore(tmp_path / "mine").folder == tmp_path / "mine"


def test_a_pages_key_is_stable_across_versions(tmp_path: Path) -> None:
    # Copies left by an older version must still be found: the key is the start of the
    # SHA-256 of the absolute path.
    path = tmp_path / "page.md"
    expected = hashlib.sha256(os.path.normcase(str(path)).encode()).hexdigest()[:32]
    assert RecoveryStore.key_for(path) == expected


def test_a_page_whose_name_is_not_utf8_gets_its_copy(tmp_path: Path) -> None:
    # A name from an old archive (Latin-1 bytes): Python holds it with a lone surrogate.
    name = os.fsdecode(b"caf\xe9.md")
    page = tmp_path / name
    rs = RecoveryStore(tmp_path / "recovery")
    rs.save(page, b"unsaved")
    assert RecoveryStore.key_for(page) != RecoveryStore.key_for(tmp_path / "cafe.md")
    rec = RecoveryStore(tmp_path / "recovery").get(page)
    assert rec is not None and rec.path == page and rec.data == b"unsaved"


def test_recovery_copies_are_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rs = RecoveryStore(tmp_path / "recovery")
    rs.save(tmp_path / "page.md", b"draft")
    assert stat.S_IMODE(rs.folder.stat().st_mode) == 0o700

    def refuse(path, mode) -> None:
        raise PermissionError(errno.EPERM, "not the owner", str(path))

    # A folder whose mode cannot be changed (another owner, a network disk) still keeps copies.
    monkeypatch.setattr(os, "chmod", refuse)
    rs.save(tmp_path / "other.md", b"draft")
    assert rs.get(tmp_path / "other.md") is not None


def test_a_recovery_record_says_when_who_and_from_what(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"on disk")
    rs = RecoveryStore(tmp_path / "recovery")
    before = time.time()
    rs.save(page, b"first", base=b"started from")
    rs.save(page, b"second")  # the same session: the earliest base is kept
    after = time.time()
    rec = rs.get(page)
    assert rec is not None
    assert rec.data == b"second"
    assert rec.base_digest == hashlib.sha256(b"started from").hexdigest()
    assert before <= rec.saved_at <= after
    assert rec.pid == os.getpid()
    assert rec.disk_changed_since is True  # the disk never held what the edits started from


def test_a_copy_of_a_new_page_has_no_base(tmp_path: Path) -> None:
    page = tmp_path / "never-saved.md"
    rs = RecoveryStore(tmp_path / "recovery")
    rs.save(page, b"typed")
    rs.save(page, b"typed more")
    rec = rs.get(page)
    assert rec is not None and rec.base_digest == ""
    assert rec.disk_changed_since is False


def test_a_copy_without_a_base_is_based_on_the_disk(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"on disk")
    rs = RecoveryStore(tmp_path / "recovery")
    rs.save(page, b"typed")
    rec = rs.get(page)
    assert rec is not None and rec.base_digest == hashlib.sha256(b"on disk").hexdigest()
    assert rec.disk_changed_since is False
    assert rec.diff() == "--- on disk\n+++ unsaved\n@@ -1 +1 @@\n-on disk\n+typed\n"


def _record(folder: Path, key: str, meta: object, data: bytes | None = b"text") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{key}.json").write_text(json.dumps(meta), encoding="utf-8")
    if data is not None:
        (folder / f"{key}.data").write_bytes(data)


def test_damaged_or_live_records_do_not_hide_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "recovery"
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _record(folder, "0a", ["not", "a", "record"])
        _record(folder, "0b", {"path": 3})
        (folder / "0c.json").write_text("{broken", encoding="utf-8")
        _record(folder, "0d", {"path": str(tmp_path / "d.md")}, data=None)
        _record(folder, "0e", {"path": str(tmp_path / "e.md"), "pid": child.pid})
        _record(folder, "0f", {"path": str(tmp_path / "f.md"), "pid": 0})
        _record(folder, "1a", {"path": str(tmp_path / "a.md")}, data=b"kept")
        _record(
            folder, "1b", {"path": str(tmp_path / "b.md"), "saved_at": 5.5, "base": "abc"}
        )
        found = RecoveryStore(folder).pending()
        # Checking a window is alive never disturbs it (no signal that would end it).
        with pytest.raises(subprocess.TimeoutExpired):
            child.wait(timeout=1)
        assert [(r.key, r.path.name, r.saved_at, r.base_digest, r.pid) for r in found] == [
            ("0f", "f.md", 0.0, "", 0),
            ("1a", "a.md", 0.0, "", 0),
            ("1b", "b.md", 5.5, "abc", 0),
        ]
        assert found[1].data == b"kept"
        live = RecoveryStore(folder).pending(include_live=True)
        assert [r.key for r in live] == ["0e", "0f", "1a", "1b"]
        assert live[0].pid == child.pid
        # The copy kept by a running window is still found for its page.
        page = tmp_path / "g.md"
        _record(folder, RecoveryStore.key_for(page), {"path": str(page), "pid": child.pid})
        assert RecoveryStore(folder).get(page) is not None
    finally:
        child.kill()
        child.wait()


def test_a_restored_copy_becomes_this_sessions_own(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"on disk")
    crashed = RecoveryStore(tmp_path / "recovery")
    crashed.save(page, b"lost work", base=b"on disk")
    record = crashed.folder / f"{crashed.key_for(page)}.json"
    meta = json.loads(record.read_text(encoding="utf-8"))
    record.write_text(json.dumps({**meta, "pid": 0}), encoding="utf-8")  # its window is gone
    old = crashed.get(page)
    assert old is not None
    now = RecoveryStore(tmp_path / "recovery")
    now.adopt(old)
    adopted = now.get(page)
    assert adopted is not None
    assert (adopted.pid, adopted.saved_at, adopted.base_digest) == (
        os.getpid(), old.saved_at, old.base_digest,
    )  # fmt: skip
    # Saving again replaces the adopted copy instead of moving it aside as a stranger's.
    now.save(page, b"lost work, and more")
    copies = now.pending(include_live=True)
    assert [(c.path, c.data) for c in copies] == [(page, b"lost work, and more")]
    assert copies[0].base_digest == old.base_digest


def test_adopting_a_copy_whose_record_vanished_writes_a_new_one(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    rs = RecoveryStore(tmp_path / "recovery")
    rs.save(page, b"text")
    rec = rs.get(page)
    assert rec is not None
    (rs.folder / f"{rec.key}.json").unlink()
    rs.adopt(rec)
    again = rs.get(page)
    assert again is not None and again.path == page and again.data == b"text"


@pytest.mark.parametrize(
    ("code", "offered"), [(errno.EPERM, False), (errno.EIO, True), (errno.ESRCH, True)]
)
def test_a_window_of_another_user_counts_as_running(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, offered: bool
) -> None:
    # Signalling another user's process is refused: it exists. No such process, or any other
    # failure: the copy is offered.
    def kill(pid: int, sig: int) -> None:
        raise OSError(code, os.strerror(code))

    _record(tmp_path / "recovery", "aa", {"path": str(tmp_path / "a.md"), "pid": 4242})
    monkeypatch.setattr(os, "kill", kill)
    assert bool(RecoveryStore(tmp_path / "recovery").pending()) is offered


def test_discarding_a_page_without_a_copy_is_fine(tmp_path: Path) -> None:
    rs = RecoveryStore(tmp_path / "recovery")
    rs.discard(tmp_path / "page.md")
    rs.discard_copy(Recovery(tmp_path / "x.md", b"", 0.0, "", "nokey"))
    assert rs.pending(include_live=True) == []
    assert not any(is_temp_file(p) for p in tmp_path.rglob("*"))


# Mutation testing (tools/mutation.py store) leaves these alive; each is equivalent here:
# - `contextlib.suppress(OSError)` -> `suppress(None)` around removals that succeed (a failed
#   removal is what it guards; the folder-named leftover above is the one that can fail);
# - the chmod fallback after the temp file is closed (only where `os.fchmod` is missing:
#   Windows) and `appauthor=False` -> `None` (used by platformdirs on Windows only);
# - `O_NONBLOCK` looked up with another default (it exists on every system the tests run on);
# - the session and moved-aside key sizes (`token_hex(8)`, `token_hex(4)`): only compared for
#   equality; "utf-8" -> "UTF-8" and `encoding=None` (a UTF-8 locale) for the records;
# - the claimed name's mode in `atomic_create` (replaced by the rename);
# - `pid <= 0` -> `pid <= 1`: process 1 (init) is never a window; `os.name == "nt"` there;
# - `unified_diff` without `n=context` when the context is 3 (difflib's own default);
# - a record's missing base written as JSON null (`None`): read back as no base.
