"""Saving and reading only ever touch ordinary files: pipes, devices and links out of the site
are refused in plain words, and a full disk never leaves an empty or half-written page."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest

from editor_app.core import store
from editor_app.core.errors import explain_os_error
from editor_app.core.store import (
    DiskStamp,
    UnsafeTarget,
    atomic_create,
    atomic_write,
    is_temp_file,
    read_regular_file,
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")


def _no_temp_files(folder: Path) -> bool:
    return not [p for p in folder.iterdir() if is_temp_file(p)]


@needs_fifo
def test_a_pipe_named_like_a_page_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTarget) as info:
        atomic_write(fifo, b"---\ntitle: x\n---\n")
    assert fifo.is_fifo()
    assert _no_temp_files(tmp_path)
    message = explain_os_error(info.value, fifo)
    assert "not an ordinary file" in message and "page.md" in message


def test_a_link_to_a_device_is_never_replaced_by_a_file(
    tmp_path: Path, null_device: Path
) -> None:
    link = tmp_path / "page.md"
    link.symlink_to(null_device)
    with pytest.raises(UnsafeTarget):
        atomic_write(link, b"text")
    assert link.is_symlink() and os.readlink(link) == str(null_device)
    assert null_device.is_char_device()


def test_a_link_out_of_the_site_is_refused_when_the_site_is_known(tmp_path: Path) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside"
    site.mkdir()
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_bytes(b"---\ntitle: Not yours\n---\n")
    link = site / "page.md"
    link.symlink_to(secret)
    with pytest.raises(UnsafeTarget) as info:
        atomic_write(link, b"overwritten", inside=site)
    assert secret.read_bytes() == b"---\ntitle: Not yours\n---\n"
    assert "outside the site" in info.value.strerror
    assert _no_temp_files(outside) and _no_temp_files(site)
    with pytest.raises(UnsafeTarget):
        read_regular_file(link, inside=site)
    # a link that stays inside the site is written through, as before
    inner = site / "real.md"
    inner.write_bytes(b"old")
    (site / "alias.md").symlink_to(inner)
    atomic_write(site / "alias.md", b"new", inside=site)
    assert inner.read_bytes() == b"new" and (site / "alias.md").is_symlink()


@needs_fifo
def test_reading_a_pipe_never_hangs(tmp_path: Path) -> None:
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    outcome: list[object] = []

    def read() -> None:
        try:
            outcome.append(read_regular_file(fifo))
        except OSError as exc:
            outcome.append(exc)

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(30)
    if reader.is_alive():  # unblock the reader so the test run can end, then fail
        with open(fifo, "wb"):
            pass
        pytest.fail("reading a pipe blocked")
    assert isinstance(outcome[0], UnsafeTarget)
    assert not DiskStamp.of(fifo).exists


def test_read_regular_file_reads_whole_files_and_honours_the_limit(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    data = os.urandom(3 << 20)
    page.write_bytes(data)
    assert read_regular_file(page) == data
    assert read_regular_file(page, limit=10) == data[:10]
    with pytest.raises(IsADirectoryError):
        read_regular_file(tmp_path)
    with pytest.raises(FileNotFoundError):
        read_regular_file(tmp_path / "missing.md")


def _full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if len(data) > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(store.os, "write", full)


def test_creating_a_page_on_a_full_disk_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "new-page.md"
    _full_disk(monkeypatch)
    with pytest.raises(OSError) as info:
        atomic_create(page, b"---\ntitle: New\n---\nText.\n")
    assert info.value.errno == errno.ENOSPC
    assert not page.exists(), "no empty page is left"
    assert list(tmp_path.iterdir()) == []


def test_creating_a_page_never_overwrites_one(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    atomic_create(page, b"first")
    assert page.read_bytes() == b"first"
    with pytest.raises(FileExistsError):
        atomic_create(page, b"second")
    assert page.read_bytes() == b"first"
    assert list(tmp_path.iterdir()) == [page]


def test_creating_a_page_without_hard_links_still_works(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(src: object, dst: object) -> None:
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(store.os, "link", no_links)
    page = tmp_path / "page.md"
    atomic_create(page, b"text")
    assert page.read_bytes() == b"text"
    with pytest.raises(FileExistsError):
        atomic_create(page, b"other")
    assert page.read_bytes() == b"text"
    assert _no_temp_files(tmp_path)


@needs_fifo
def test_a_pipe_opened_as_a_page_is_refused_not_read(tmp_path: Path) -> None:
    from editor_app.core.document import Document

    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTarget):
        Document.load(fifo)


def test_a_page_linked_out_of_the_site_is_not_saved_through_the_link(tmp_path: Path) -> None:
    from editor_app.core.document import Document

    site, outside = tmp_path / "site", tmp_path / "outside"
    site.mkdir()
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_bytes(b"---\ntitle: Theirs\n---\n")
    (site / "page.md").symlink_to(secret)
    doc = Document.load(site / "page.md")
    doc.set("title", "Mine")
    with pytest.raises(UnsafeTarget):
        doc.save(inside=site)
    assert secret.read_bytes() == b"---\ntitle: Theirs\n---\n"


def test_a_difference_shows_a_utf16_page_as_its_text() -> None:
    from editor_app.core.store import decode_for_display

    page = "\ufeff---\r\ntitle: Café\r\n---\r\nBody.\r\n".encode("utf-16-le")
    assert decode_for_display(page) == "---\ntitle: Café\n---\nBody.\n"
    assert decode_for_display(b"\xef\xbb\xbftitle: Caf\xc3\xa9\n") == "title: Café\n"
    assert decode_for_display(b"title: Caf\xe9\n") == "title: Café\n"
    assert decode_for_display(None) == ""


def test_a_page_linked_from_outside_the_site_is_not_read_when_the_site_is_known(
    tmp_path: Path,
) -> None:
    from editor_app.core.document import Document

    site, outside = tmp_path / "site", tmp_path / "outside"
    site.mkdir()
    outside.mkdir()
    (outside / "secret.md").write_bytes(b"---\ntitle: Theirs\n---\n")
    (site / "page.md").symlink_to(outside / "secret.md")
    (site / "own.md").write_bytes(b"---\ntitle: Ours\n---\n")
    with pytest.raises(UnsafeTarget):
        Document.load(site / "page.md", inside=site)
    assert Document.load(site / "own.md", inside=site).get("title") == "Ours"
    assert Document.load(site / "page.md").get("title") == "Theirs"  # no site known: read
