"""Saving never loses a word: atomic writes, change stamps, recovery copies."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.core import store
from editor_app.core.store import DiskStamp, RecoveryStore, atomic_write, is_temp_file


def _page(site: Path) -> Path:
    pages = sorted((site / "_resources").glob("*.md"))
    assert pages, "the real site has resources"
    return pages[0]


def test_atomic_write_replaces_content_and_keeps_permissions(site_copy: Path) -> None:
    page = _page(site_copy)
    os.chmod(page, 0o640)
    new = page.read_bytes() + b"\nOne more line.\n"
    atomic_write(page, new)
    assert page.read_bytes() == new
    assert stat.S_IMODE(page.stat().st_mode) == 0o640
    assert [p for p in page.parent.iterdir() if is_temp_file(p)] == []


def test_atomic_write_creates_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "new.md"
    atomic_write(target, b"---\ntitle: New\n---\n")
    assert target.read_bytes() == b"---\ntitle: New\n---\n"


def test_read_only_file_is_refused_and_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"---\ntitle: Kept\n---\n")
    os.chmod(page, 0o444)
    real_access = os.access
    # The tests run as root, who may write anything; ask as an ordinary user would be answered.
    monkeypatch.setattr(
        store.os,
        "access",
        lambda p, mode: False if mode & os.W_OK and Path(p) == page else real_access(p, mode),
    )
    assert store.is_read_only(page)
    with pytest.raises(PermissionError):
        atomic_write(page, b"overwritten")
    assert page.read_bytes() == b"---\ntitle: Kept\n---\n"


def test_missing_folder_raises_oserror(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        atomic_write(tmp_path / "gone" / "page.md", b"text")


def test_full_disk_leaves_original_intact_and_no_temp(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(site_copy)
    before = page.read_bytes()
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if len(data) > 10:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(store.os, "write", full)
    with pytest.raises(OSError) as info:
        atomic_write(page, before + b"x" * 100)
    assert info.value.errno == errno.ENOSPC
    assert page.read_bytes() == before
    assert [p for p in page.parent.iterdir() if is_temp_file(p)] == []


def test_leftover_temp_files_are_cleaned_on_next_save(tmp_path: Path) -> None:
    target = tmp_path / "page.md"
    target.write_bytes(b"old")
    leftover = tmp_path / ".page.md.saving-0123abcd~"
    leftover.write_bytes(b"ol")
    unrelated = tmp_path / ".page.md.bak"
    unrelated.write_bytes(b"keep me")
    assert is_temp_file(leftover) and not is_temp_file(unrelated)
    atomic_write(target, b"new")
    assert not leftover.exists()
    assert unrelated.read_bytes() == b"keep me"


def test_symlink_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_bytes(b"old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    atomic_write(link, b"new")
    assert link.is_symlink()
    assert real.read_bytes() == b"new"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=4096))
def test_atomic_write_round_trips_any_bytes(tmp_path: Path, data: bytes) -> None:
    target = tmp_path / "any.md"
    atomic_write(target, data)
    assert target.read_bytes() == data


def test_disk_stamp_sees_content_changes_not_touches(site_copy: Path) -> None:
    page = _page(site_copy)
    stamp = DiskStamp.of(page)
    assert not stamp.changed(page)
    os.utime(page, ns=(1, 1))  # touched, same bytes
    assert not stamp.changed(page)
    page.write_bytes(page.read_bytes() + b"edited elsewhere\n")
    assert stamp.changed(page)
    page.unlink()
    assert stamp.changed(page)
    assert not DiskStamp.of(page).changed(page)


def test_recovery_store_lives_in_the_data_folder(site_copy: Path, tmp_path: Path) -> None:
    rs = RecoveryStore()
    assert Path(os.environ["EDITOR_APP_DATA_DIR"]) in rs.folder.parents
    page = _page(site_copy)
    original = page.read_bytes()
    edited = original + b"\nUnsaved paragraph.\n"
    before = sorted(p.relative_to(site_copy) for p in site_copy.rglob("*"))
    rs.save(page, edited)
    (rec,) = rs.pending()
    assert rec.path == Path(os.path.abspath(page))
    assert rec.data == edited
    assert not rec.same_as_disk and not rec.disk_changed_since
    assert "+Unsaved paragraph." in rec.diff()
    # nothing written next to the site's files
    assert sorted(p.relative_to(site_copy) for p in site_copy.rglob("*")) == before
    rs.discard(page)
    assert rs.pending() == []
    assert list(rs.folder.iterdir()) == []


def test_recovery_notices_the_file_changed_on_disk_since(site_copy: Path) -> None:
    rs = RecoveryStore()
    page = _page(site_copy)
    base = page.read_bytes()
    rs.save(page, base + b"mine\n", base=base)
    page.write_bytes(base + b"theirs\n")
    (rec,) = rs.pending()
    assert rec.disk_changed_since


def test_user_data_dir_honours_the_override(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("EDITOR_APP_DATA_DIR", str(tmp_path / "elsewhere"))
    assert store.user_data_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("EDITOR_APP_DATA_DIR")
    assert "editor-app" in str(store.user_data_dir())


# -- fault injection: a saving process killed at random moments ------------------------------

# A driver process forks a saver for each round (no interpreter start-up per kill), kills it
# with SIGKILL at a random moment, and waits for the test to check the file before the next.
_DRIVER = r"""
import os, random, signal, sys, time
from editor_app.core.store import atomic_write
target, a, b, rounds = sys.argv[1], open(sys.argv[2], "rb").read(), open(sys.argv[3], "rb").read(), int(sys.argv[4])
rng = random.Random(1234)
for i in range(rounds):
    pid = os.fork()
    if pid == 0:
        while True:
            atomic_write(target, b)
            atomic_write(target, a)
    time.sleep(rng.uniform(0.001, 0.02))
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    print("killed", flush=True)
    if sys.stdin.readline() != "next\n":
        break
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")
def test_killing_a_save_at_random_moments_never_leaves_a_partial_file(tmp_path: Path) -> None:
    import subprocess
    import sys

    site = tmp_path / "site" / "_posts"
    site.mkdir(parents=True)
    target = site / "2024-01-01-page.md"
    old = b"---\ntitle: Old\n---\n" + b"The old paragraph, line after line.\n" * 30_000
    new = b"---\ntitle: New\n---\n" + b"A new, longer paragraph replaces it here.\n" * 40_000
    (tmp_path / "a").write_bytes(old)
    (tmp_path / "b").write_bytes(new)
    target.write_bytes(old)
    os.chmod(target, 0o640)
    rounds = 200
    driver = subprocess.Popen(
        [
            sys.executable,
            "-c",
            _DRIVER,
            str(target),
            str(tmp_path / "a"),
            str(tmp_path / "b"),
            str(rounds),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert driver.stdin is not None and driver.stdout is not None
    kills_mid_save = 0
    try:
        for _ in range(rounds):
            assert driver.stdout.readline() == b"killed\n"
            content = target.read_bytes()
            assert content in (old, new), f"partial file: {len(content)} bytes"
            assert stat.S_IMODE(target.stat().st_mode) == 0o640
            leftovers = [p for p in site.iterdir() if p != target]
            assert all(is_temp_file(p) for p in leftovers), leftovers
            kills_mid_save += bool(leftovers)
            driver.stdin.write(b"next\n")
            driver.stdin.flush()
    finally:
        driver.stdin.close()
        driver.wait(timeout=30)
        driver.stdout.close()
    # The saver does nothing but save: most kills land inside a save, so the test really bites.
    assert kills_mid_save > 0
    atomic_write(target, old)
    assert sorted(site.iterdir()) == [target], "the next save cleans leftovers"


def test_a_crashed_sessions_copy_is_moved_aside_not_overwritten(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"on disk\n")
    RecoveryStore().save(page, b"from the crashed session\n")
    now = RecoveryStore()
    now.save(page, b"from this session\n")
    now.save(page, b"from this session, later\n")
    datas = sorted(r.data for r in RecoveryStore().pending())
    assert datas == [b"from the crashed session\n", b"from this session, later\n"]
    # Restoring the old one makes it this session's; the newer copy is kept aside in turn.
    old = next(r for r in RecoveryStore().pending() if r.data.startswith(b"from the crashed"))
    later = RecoveryStore()
    later.adopt(old)
    assert old.key == RecoveryStore.key_for(page)
    assert len(later.pending()) == 2
    later.discard(page)
    (left,) = RecoveryStore().pending()
    assert left.data == b"from this session, later\n"
    RecoveryStore().discard_copy(left)
    assert RecoveryStore().pending() == []


def test_copies_of_a_window_still_running_are_not_offered(tmp_path: Path) -> None:
    import json
    import subprocess
    import sys

    page = tmp_path / "page.md"
    rs = RecoveryStore()
    rs.save(page, b"being edited in another window\n")
    meta = next(rs.folder.glob("*.json"))
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        record = json.loads(meta.read_text())
        record["pid"] = other.pid
        meta.write_text(json.dumps(record))
        assert RecoveryStore().pending() == []
        assert len(RecoveryStore().pending(include_live=True)) == 1
    finally:
        other.kill()
        other.wait()
    assert len(RecoveryStore().pending()) == 1, "once that window is gone, it is offered"


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2048))
def test_any_file_opened_and_saved_untouched_stays_byte_identical(
    tmp_path: Path, data: bytes
) -> None:
    from editor_app.core.document import Document

    page = tmp_path / "page.md"
    atomic_write(page, data)
    Document.load(page).save()
    assert page.read_bytes() == data


_words = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc", "Zl", "Zp")),
    max_size=40,
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    title=_words,
    body=st.lists(_words, max_size=8).map("\n".join),
    added=_words,
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_read_edit_write_keeps_everything_but_the_edit(
    tmp_path: Path, title: str, body: str, added: str, newline: str
) -> None:
    from editor_app.core.document import Document

    page = tmp_path / "page.md"
    source = Document.from_text("---\nstatus: draft\n---\n")
    source.set("title", title)
    text = (source.text + body + "\n").replace("\n", newline)
    atomic_write(page, text.encode("utf-8"))
    doc = Document.load(page)
    before = doc.front_matter
    doc.body = doc.body + added + "\n"
    doc.save()
    again = Document.load(page)
    assert again.front_matter == before
    assert again.text == doc.text, "what was saved is what reads back"
    assert again.body.endswith(added + "\n")
    assert again.newline == newline
