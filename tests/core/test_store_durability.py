"""The atomic save puts the data on the disk before the rename makes it the file: a power cut
after the rename must never find an empty or partial page (the rename alone is not enough)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from editor_app.core.store import atomic_write


def _record_calls(monkeypatch: pytest.MonkeyPatch) -> list[tuple]:
    """Spy on the system calls that decide durability, in the order they happen."""
    calls: list[tuple] = []
    real = {name: getattr(os, name) for name in ("write", "fsync", "close", "replace", "rename")}

    def spy(name: str):  # noqa: ANN202 - a wrapper of any signature
        def call(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            result = real[name](*args, **kwargs)
            if name in ("replace", "rename"):
                calls.append((name, str(args[0]), str(args[1])))
            else:
                fd = args[0]
                target = None
                if name != "close":
                    try:
                        target = os.readlink(f"/proc/self/fd/{fd}")
                    except OSError:
                        target = None
                calls.append((name, fd, target))
            return result

        return call

    for name in real:
        monkeypatch.setattr(os, name, spy(name))
    return calls


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc to name open files")
@pytest.mark.parametrize("exists", [True, False])
def test_the_data_is_synced_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exists: bool
) -> None:
    page = tmp_path / "page.md"
    if exists:
        page.write_bytes(b"old text\n")
    calls = _record_calls(monkeypatch)
    atomic_write(page, b"new text\n" * 1000)
    monkeypatch.undo()

    assert page.read_bytes() == b"new text\n" * 1000
    renames = [i for i, c in enumerate(calls) if c[0] in ("replace", "rename")]
    assert len(renames) == 1, calls
    rename_at = renames[0]
    temp = calls[rename_at][1]
    assert calls[rename_at][2] == str(page)
    writes = [i for i, c in enumerate(calls) if c[0] == "write" and c[2] == temp]
    assert writes, "the data is written to the temporary file"
    syncs = [i for i, c in enumerate(calls) if c[0] == "fsync" and c[2] == temp and i > writes[-1]]
    assert syncs and syncs[0] < rename_at, (
        "the temporary file is synced after its last write, before the rename"
    )
    # The folder is synced after the rename, so the new name itself survives a power cut.
    folder_syncs = [i for i, c in enumerate(calls) if c[0] == "fsync" and c[2] == str(tmp_path)]
    assert folder_syncs and folder_syncs[-1] > rename_at, calls


def test_a_failed_sync_keeps_the_old_page_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = tmp_path / "page.md"
    page.write_bytes(b"old text\n")

    def broken_sync(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_sync)
    with pytest.raises(OSError):
        atomic_write(page, b"new text\n")
    monkeypatch.undo()
    assert page.read_bytes() == b"old text\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.md"]
