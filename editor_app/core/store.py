"""Saving without ever losing a word: atomic writes, change-on-disk stamps, recovery copies."""

from __future__ import annotations

import contextlib
import difflib
import errno
import hashlib
import json
import os
import secrets
import stat
import time
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from editor_app.core.document_decode import decode_page
from editor_app.core.safe_files import UnsafeTarget as UnsafeTarget
from editor_app.core.safe_files import check_regular_target as check_regular_target
from editor_app.core.safe_files import read_regular_file as read_regular_file

APP_NAME = "editor-app"

# Temporary files start with "." and end with "~": Jekyll, Hugo, Eleventy and git tooling all
# treat such names as hidden or backup files, so a leftover never becomes part of the site.
_TMP_PREFIX = "."
_TMP_MARK = ".saving-"
_TMP_SUFFIX = "~"


def user_data_dir() -> Path:
    """The user's data folder for recovery copies and logs (`EDITOR_APP_DATA_DIR` overrides it)."""
    override = os.environ.get("EDITOR_APP_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _temp_name(target: Path) -> str:
    return f"{_TMP_PREFIX}{target.name}{_TMP_MARK}{secrets.token_hex(4)}{_TMP_SUFFIX}"


def is_temp_file(path: str | os.PathLike) -> bool:
    """True for a temporary file left by an interrupted save (never part of the site)."""
    name = Path(path).name
    return name.startswith(_TMP_PREFIX) and _TMP_MARK in name and name.endswith(_TMP_SUFFIX)


def _clean_leftovers(target: Path) -> None:
    """Remove temp files an interrupted save of `target` left behind."""
    start = f"{_TMP_PREFIX}{target.name}{_TMP_MARK}"
    try:
        names = os.listdir(target.parent)
    except OSError:
        return
    for name in names:
        rest = name[len(start) :]
        # Exactly our pattern: 8 hex digits then "~", so "a.md" never matches "a.md.bak"'s temps.
        if name.startswith(start) and len(rest) == 9 and rest.endswith(_TMP_SUFFIX):
            with contextlib.suppress(OSError):
                os.unlink(target.parent / name)


def _default_mode() -> int:
    # The mode a new file would get from open(): 0o666 minus the umask.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def is_read_only(path: str | os.PathLike) -> bool:
    """True when the existing file may not be written by this user.

    Needed because replacing a file by rename only asks for the folder's permission: without
    this check a save would silently overwrite a file the user may not change.
    """
    return os.path.exists(path) and not os.access(path, os.W_OK)


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write(
    path: str | os.PathLike, data: bytes, inside: str | os.PathLike | None = None
) -> None:
    """Replace `path` with `data` all at once: temp file in the same folder, fsync, rename.

    Keeps the file's permissions. On any failure raises OSError and the original is intact;
    a kill at any moment leaves the old file or the new one, complete. Only ordinary files
    are written: a device, pipe or socket raises `UnsafeTarget` (never replaced by a file), as
    does a path or link leading outside `inside` (the site's folder) when it is given.
    """
    target = check_regular_target(path, inside)
    folder = target.parent
    if not folder.is_dir():
        raise FileNotFoundError(errno.ENOENT, "The folder no longer exists", str(folder))
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    if st is not None:
        if is_read_only(target):
            raise PermissionError(errno.EACCES, "The file is read-only", str(target))
        mode = stat.S_IMODE(st.st_mode)
    else:
        mode = _default_mode()

    tmp = _write_temp(target, data, mode, st)
    try:
        _replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def atomic_create(path: str | os.PathLike, data: bytes) -> None:
    """Create `path` holding `data`, complete or not at all; `FileExistsError` if it exists.

    The text is written to a temp file first, then linked to the name (which fails when the
    name is taken), so a full disk or a kill never leaves an empty or half-written page.
    """
    target = Path(path)
    tmp = _write_temp(target, data, _default_mode(), None)
    try:
        try:
            os.link(tmp, target)
        except FileExistsError:
            raise
        except OSError:
            # No hard links here (some network or FAT disks): claim the name, then fill it
            # by rename; the name is taken by an empty file only for that moment.
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
            try:
                _replace(tmp, target)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(target)
                raise
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    _fsync_dir(target.parent)


def _write_temp(target: Path, data: bytes, mode: int, st: os.stat_result | None) -> Path:
    """A complete, fsynced temp copy of `data` beside `target` (removed on any failure)."""
    _clean_leftovers(target)
    tmp = target.parent / _temp_name(target)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)
            if st is not None and hasattr(os, "fchown"):
                # Keep the owner when the user may (e.g. an administrator editing a shared site).
                with contextlib.suppress(OSError):
                    os.fchown(fd, st.st_uid, st.st_gid)
            # Before the rename: the new name must never point at data still in the cache.
            os.fsync(fd)
        finally:
            os.close(fd)
        if not hasattr(os, "fchmod"):
            os.chmod(tmp, mode)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _replace(src: Path, dst: Path) -> None:
    # On Windows a reader (virus scanner, indexer) can briefly hold the target open.
    attempts = 10 if os.name == "nt" else 1
    for attempt in range(attempts):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class DiskStamp:
    """What a file on disk looked like at one moment, to notice when another program changes it."""

    exists: bool
    size: int = -1
    mtime_ns: int = 0
    inode: int = 0
    digest: str = ""

    @classmethod
    def of(cls, path: str | os.PathLike) -> DiskStamp:
        """The file as it is now (a missing or unreadable file gives `exists=False`)."""
        try:
            st = os.stat(path)
            data = read_regular_file(path)
        except OSError:  # also a pipe or device: never read (it could block forever)
            return cls(exists=False)
        return cls(True, st.st_size, st.st_mtime_ns, st.st_ino, _digest(data))

    def changed(self, path: str | os.PathLike) -> bool:
        """True when the file's content (or existence) differs from this stamp.

        A touch or a rewrite with the same bytes is not a change: nobody needs to be asked.
        """
        try:
            st = os.stat(path)
        except OSError:
            return self.exists
        if not self.exists:
            return True
        if (st.st_size, st.st_mtime_ns, st.st_ino) == (self.size, self.mtime_ns, self.inode):
            return False
        return DiskStamp.of(path).digest != self.digest


def unified_diff(
    old: str, new: str, old_label: str = "on disk", new_label: str = "unsaved", context: int = 3
) -> str:
    """A readable line-by-line difference between two texts (empty when they are the same)."""
    lines = difflib.unified_diff(
        old.splitlines(keepends=True),
        new.splitlines(keepends=True),
        fromfile=old_label,
        tofile=new_label,
        n=context,
    )
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n")
    return "".join(out)


def line_changes(old: str, new: str, context: int = 3) -> list[tuple[str, str]]:
    """The difference as (kind, line) pairs for showing to people.

    Kinds: "same" (a line around a change), "removed" (only in `old`), "added" (only in
    `new`), "skip" (unchanged lines left out; the line says how many).
    """
    a, b = old.splitlines(), new.splitlines()
    out: list[tuple[str, str]] = []
    groups = difflib.SequenceMatcher(None, a, b, autojunk=False).get_grouped_opcodes(context)
    last = 0
    for group in groups:
        first = group[0][1]
        if first > last:
            out.append(("skip", str(first - last)))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out.extend(("same", line) for line in a[i1:i2])
                continue
            out.extend(("removed", line) for line in a[i1:i2])
            out.extend(("added", line) for line in b[j1:j2])
        last = group[-1][2]
    if out and last < len(a):
        out.append(("skip", str(len(a) - last)))
    return out


def decode_for_display(data: bytes | None) -> str:
    """Bytes as text for showing a difference (never fails): decoded as a page is (UTF-8,
    UTF-16 or UTF-32 with their marks, legacy text), so a UTF-16 page does not show as noise."""
    if data is None:
        return ""
    text = decode_page(data).text
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class Recovery:
    """One recovery copy: the unsaved text of a document, kept after a crash until decided."""

    path: Path
    data: bytes
    saved_at: float
    base_digest: str
    key: str
    pid: int = 0

    def disk_bytes(self) -> bytes | None:
        """The file as it is on disk now (None when it is gone or unreadable)."""
        try:
            return read_regular_file(self.path)
        except OSError:
            return None

    @property
    def same_as_disk(self) -> bool:
        """True when the copy holds nothing the file on disk lacks."""
        return self.disk_bytes() == self.data

    @property
    def disk_changed_since(self) -> bool:
        """True when the file on disk changed after the copy's edits began (e.g. a git pull)."""
        current = self.disk_bytes()
        if current is None:
            return self.base_digest != ""
        return _digest(current) != self.base_digest

    def diff(self) -> str:
        """What differs between the file on disk and the recovered text."""
        return unified_diff(decode_for_display(self.disk_bytes()), decode_for_display(self.data))


def _pid_alive(pid: int) -> bool:
    if pid <= 0 or pid == os.getpid():
        return False
    if os.name == "nt":
        return False  # no cheap, safe check; offering the copy is the safe side
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


class RecoveryStore:
    """Recovery copies of unsaved documents, kept in the user's data folder, never in the site."""

    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        self.folder = Path(folder) if folder is not None else user_data_dir() / "recovery"
        # Copies written through this store carry its session; a copy from another session
        # (a crashed run) is never overwritten, only moved aside, until the user decides.
        self.session = secrets.token_hex(8)

    @staticmethod
    def key_for(path: str | os.PathLike) -> str:
        """A stable file-name-safe key for a document path."""
        absolute = os.path.normcase(os.path.abspath(os.fspath(path)))
        return hashlib.sha256(absolute.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def _files(self, key: str) -> tuple[Path, Path]:
        return self.folder / f"{key}.data", self.folder / f"{key}.json"

    def save(self, path: str | os.PathLike, data: bytes, base: bytes | None = None) -> None:
        """Keep `data` as the unsaved text of `path`; `base` is what the edits started from."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError):
            os.chmod(self.folder, 0o700)  # other users must not read unsaved drafts
        key = self.key_for(path)
        data_file, meta_file = self._files(key)
        old = self._read_meta(meta_file)
        if old is not None and old.get("session") != self.session:
            self._move_aside(key)
            old = None
        # Keep the earliest base across saves: it is what the user's edits are based on.
        if base is not None:
            base_digest = _digest(base)
        elif old is not None:
            base_digest = str(old.get("base") or "")
        else:
            try:
                base_digest = _digest(Path(path).read_bytes())
            except OSError:
                base_digest = ""
        meta = {
            "path": os.path.abspath(os.fspath(path)),
            "saved_at": time.time(),
            "base": base_digest,
            "pid": os.getpid(),
            "session": self.session,
        }
        # Data first, then the record naming it: a kill in between leaves the older pair usable
        # or an orphan data file, never a record pointing at half a copy.
        atomic_write(data_file, data)
        atomic_write(meta_file, json.dumps(meta).encode("utf-8"))

    @staticmethod
    def _read_meta(meta_file: Path) -> dict | None:
        try:
            meta = json.loads(meta_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) and isinstance(meta.get("path"), str) else None

    def pending(self, include_live: bool = False) -> list[Recovery]:
        """Recovery copies waiting for the user's decision, oldest first.

        Copies still being kept by another running window are left out unless `include_live`.
        """
        if not self.folder.is_dir():
            return []
        found: list[Recovery] = []
        for meta_file in sorted(self.folder.glob("*.json")):
            meta = self._read_meta(meta_file)
            if meta is None:
                continue
            data_file = meta_file.with_suffix(".data")
            try:
                data = data_file.read_bytes()
            except OSError:
                continue
            # A data file newer than its record (kill between the two writes) is still whole
            # and is the latest text: offer it.
            pid = int(meta.get("pid") or 0)
            if not include_live and _pid_alive(pid):
                continue
            found.append(
                Recovery(
                    path=Path(meta["path"]),
                    data=data,
                    saved_at=float(meta.get("saved_at") or 0.0),
                    base_digest=str(meta.get("base") or ""),
                    key=meta_file.stem,
                    pid=pid,
                )
            )
        found.sort(key=lambda r: r.saved_at)
        return found

    def get(self, path: str | os.PathLike) -> Recovery | None:
        """The copy kept for `path`, if any (whichever process wrote it)."""
        key = self.key_for(path)
        for rec in self.pending(include_live=True):
            if rec.key == key:
                return rec
        return None

    def _move_aside(self, key: str) -> str:
        """Rename the copy under `key` to a fresh key; returns the new key."""
        new_key = f"{key}-{secrets.token_hex(4)}"
        data_file, meta_file = self._files(key)
        new_data, new_meta = self._files(new_key)
        # Data first: a record never points at a missing data file for long.
        if data_file.exists():
            os.replace(data_file, new_data)
        if meta_file.exists():
            os.replace(meta_file, new_meta)
        return new_key

    def adopt(self, recovery: Recovery) -> None:
        """Make a recovered copy this session's own (after Restore): saving or closing decides."""
        key = self.key_for(recovery.path)
        if recovery.key != key:
            if self._files(key)[1].exists():
                self._move_aside(key)
            old_data, old_meta = self._files(recovery.key)
            new_data, new_meta = self._files(key)
            os.replace(old_data, new_data)
            os.replace(old_meta, new_meta)
            recovery.key = key
        meta = self._read_meta(self._files(key)[1]) or {"path": str(recovery.path)}
        meta.update(session=self.session, pid=os.getpid())
        atomic_write(self._files(key)[1], json.dumps(meta).encode("utf-8"))

    def discard_copy(self, recovery: Recovery) -> None:
        """Delete one copy the user chose to throw away."""
        self._discard_key(recovery.key)

    def discard(self, path: str | os.PathLike) -> None:
        """Delete the copy of `path` (only once the user has saved or decided)."""
        self._discard_key(self.key_for(path))

    def _discard_key(self, key: str) -> None:
        data_file, meta_file = self._files(key)
        # Record first: without it the data file is never offered, so no half-state shows up.
        for f in (meta_file, data_file):
            with contextlib.suppress(FileNotFoundError):
                f.unlink()
        for f in (meta_file, data_file):
            _clean_leftovers(f)
