"""The file of remembered content-check results (`content_cache.py` decides what is read
back during a check; this module is the file itself): where it lives, what ties it to the
settings and the code, its bytes, and the stored form of problems and inferred sections.

The file lives in the user's cache folder (`$EDITOR_APP_CACHE_DIR/checks/`, else
`$XDG_CACHE_HOME/editor-app/checks/`, else `~/.cache/editor-app/checks/`), named by a digest
of the site folder, never inside the site. It is a magic line, a checksum of the rest, then
`marshal` data; it is written to a temporary file renamed over it. The whole file is tied to
a fingerprint of the settings the cached rules read and of the checks' own code (the package
version and the sources of `core/checks/`, read once per process): when either changes,
nothing is reused. A cache that cannot be read, or is damaged, is ignored: it is only a cache.
"""

from __future__ import annotations

import dataclasses
import hashlib
import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import editor_app
from editor_app.core.checks.problem import Problem

if TYPE_CHECKING:
    from editor_app.core.checks.context import Context

CACHE_DIR_VARIABLE = "EDITOR_APP_CACHE_DIR"
_MAGIC = b"editor-app content checks 1\n"
_SUM = 16  # bytes of the file's checksum, right after the magic line
MAX_FILE_BYTES = 512 * 1024 * 1024  # a bigger file is not read (something went wrong)
_LANGUAGE_KEYS = ("lang", "locale", "language", "languageCode", "defaultContentLanguage")

# Digests: SHA-256 in C (OpenSSL), which this kind of processor computes in hardware: 6 KB in
# ~10 us where blake2b takes ~17 us (every page's text is digested at each check).
sha256 = hashlib.sha256

_code_fingerprint: bytes | None = None
_NOTHING: dict[str, list[Problem]] = {}  # read only


def cache_folder() -> Path:
    """Where the per-site files go: never inside a site."""
    override = os.environ.get(CACHE_DIR_VARIABLE)
    if override:
        return Path(override) / "checks"
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "editor-app" / "checks"


def cache_file(root: Path) -> Path:
    """The cache file of the site at `root`."""
    name = sha256(str(root).encode("utf-8", "surrogateescape")).hexdigest()[:32]
    return cache_folder() / f"{name}.cache"


def code_fingerprint() -> bytes:
    """The checks' own code: the package version and every `core/checks/*.py` (once)."""
    global _code_fingerprint
    if _code_fingerprint is None:
        h = sha256()
        h.update(f"{editor_app.__version__} {sys.version_info[:2]}".encode())
        folder = Path(__file__).resolve().parent
        for path in sorted(folder.glob("*.py")):
            h.update(path.name.encode())
            try:
                h.update(path.read_bytes())
            except OSError:
                h.update(b"?")
        _code_fingerprint = h.digest()[:16]
    return _code_fingerprint


def settings_fingerprint(ctx: Context) -> bytes:
    """Everything outside the page that the cached rules read: settings, house style, language."""
    from editor_app.core.checks.style import declared_variety, house_style

    settings = ctx.settings
    config = getattr(ctx.site, "config", None)
    languages = [config.get(k) for k in _LANGUAGE_KEYS] if isinstance(config, dict) else []
    parts = (
        sorted(settings.off),
        settings.options,
        settings.style,
        settings.sections,
        house_style(ctx),
        declared_variety(ctx),  # (the site's own majority, without one: `_reuse_spelling`)
        languages,
    )
    return sha256(repr(parts).encode("utf-8", "replace")).digest()[:16]


def write_cache_file(path: Path, kept: dict[str, Any]) -> None:
    """Write `kept` to `path` (a temporary file in its folder renamed over it); never raises."""
    tmp = None
    try:
        payload = marshal.dumps(kept)
        checksum = sha256(payload).digest()[:_SUM]
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".cache")
        with os.fdopen(fd, "wb") as fh:
            fh.write(_MAGIC + checksum + payload)
        os.replace(tmp, path)
        tmp = None
    except (OSError, ValueError):
        pass  # no cache next time, nothing worse
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass


def load_cache_file(path: Path, fingerprint: bytes) -> dict[str, Any]:
    """What `path` remembers for `fingerprint` ("pages", "sections"); {} for anything amiss."""
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except (OSError, ValueError):
        return {}
    head = len(_MAGIC) + _SUM
    if len(data) > MAX_FILE_BYTES or len(data) < head or not data.startswith(_MAGIC):
        return {}
    payload = data[head:]
    # The checksum turns a damaged file away before it is decoded.
    if sha256(payload).digest()[:_SUM] != data[len(_MAGIC) : head]:
        return {}
    try:
        found = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict) or found.get("fingerprint") != fingerprint:
        return {}
    return found


def stored_problems(rel: str, results: Any) -> dict[str, list[Problem]] | None:
    """The remembered results as problems on `rel`, or None when they do not read."""
    if not isinstance(results, dict):
        return None
    if not results:
        return _NOTHING  # most pages: nothing to say
    try:
        return {name: [_problem(rel, t) for t in found] for name, found in results.items()}
    except (TypeError, ValueError):
        return None


def all_stored_problems(rel: str, results: Any) -> list[Problem] | None:
    """The remembered results of every rule as one list of problems on `rel`, or None when
    they do not read."""
    if not isinstance(results, dict):
        return None
    try:
        return [_problem(rel, t) for found in results.values() for t in found]
    except (TypeError, ValueError):
        return None


# `Problem`'s frozen __init__ sets each field through object.__setattr__ (about 2 us); the
# problems read back, one or more a page, are filled in directly (0.6 us), when `Problem` is
# the plain frozen dataclass of these six fields that allows it (else made as usual).
_FIELDS = ("path", "line", "field", "severity", "code", "message")
_FILL = (
    tuple(f.name for f in dataclasses.fields(Problem)) == _FIELDS
    and not hasattr(Problem, "__slots__")
    and not hasattr(Problem, "__post_init__")
)
_new = object.__new__


def _problem(rel: str, found: Any) -> Problem:
    """`Problem(rel, *found)` (`found`: line, field, severity, code, message)."""
    if not _FILL:
        return Problem(rel, *found)
    problem = _new(Problem)
    fields = problem.__dict__
    fields["path"] = rel
    fields["line"], fields["field"], fields["severity"], fields["code"], fields["message"] = found
    return problem


def sections_out(found: dict[str, Any]) -> Any:
    """The inferred sections (`sections.inferred_sections`) as plain data to store."""

    def plain(section: Any) -> Any:
        if section is None:
            return None
        return (
            section.label,
            list(section.names),
            section.ordered,
            section.pages,
            dict(section.counts),
            section.declared,
        )

    try:
        collections = {
            coll: (plain(entry["collection"]), {k: plain(v) for k, v in entry["patterns"].items()})
            for coll, entry in found.items()
            if coll != "by_file"
        }
        by_file = {str(path): pattern for path, pattern in found["by_file"].items()}
    except (AttributeError, KeyError, TypeError):
        return None
    return (collections, by_file)


def sections_in(stored: Any) -> dict[str, Any] | None:
    """The inferred sections back from `sections_out`'s data, or None when they do not read."""
    from editor_app.core.checks.sections import SectionSet

    def made(section: Any) -> Any:
        return None if section is None else SectionSet(*section)

    try:
        collections, by_file = stored
        found: dict[str, Any] = {"by_file": {Path(p): pattern for p, pattern in by_file.items()}}
        for coll, (whole, patterns) in collections.items():
            found[coll] = {
                "collection": made(whole),
                "patterns": {k: made(v) for k, v in patterns.items()},
            }
    except (AttributeError, TypeError, ValueError):
        return None
    return found
