"""What the `editor-app review` actions share: the refusal, the page and site named, output."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.review import NoteStore, PassageNotFound
    from editor_app.core.site import Site


class _Refused(Exception):
    """A review action cannot run; the message is one plain line for stderr."""


def _review_page(name: str) -> tuple[Path, Document]:
    """The page named on the command line as (resolved path, loaded Document)."""
    from pathlib import Path

    from editor_app.core.document import Document
    from editor_app.core.safe_paths import is_inside
    from editor_app.core.validate import PAGE_SUFFIXES

    path = Path(name)
    if path.is_dir():
        from editor_app.cli.common import cannot_read

        raise _Refused(cannot_read(name, "This is a folder, not a file"))
    if path.is_file() and path.suffix.lower() not in PAGE_SUFFIXES:
        # `_config.yml` is no page: a note or an approval there would land beside it.
        raise _Refused(f"{name}: not a page (a Markdown or HTML file), so it is not reviewed")
    root = _site_folder_of(path)
    if not is_inside(path, root):
        # Notes and decisions are written beside the page: never outside the site's folder.
        raise _Refused(
            f"{name} leads outside the site folder ({root}) through a link; review notes "
            "are kept inside the site only. Review the page where it really is."
        )
    try:
        doc = Document.load(path)
    except OSError as exc:
        from editor_app.cli.common import cannot_read

        raise _Refused(cannot_read(name, exc)) from exc
    if doc.not_text_reason is not None:
        # A picture or a Word file named .md: no note, decision or suggestion is kept for it,
        # as none is for a file that is not a page.
        raise _Refused(f"{name}: {doc.not_text_reason}, so it is not reviewed")
    return path.resolve(), doc


# The files that mark a site's folder (Jekyll, Hugo, Eleventy).
_SITE_MARKS = (
    "_config.yml", "_config.yaml", "_config.toml", "hugo.toml", "hugo.yaml", "hugo.json",
    "config.toml", "eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs",
    ".eleventy.js",
)  # fmt: skip


def _site_folder_of(path: Path) -> Path:
    """The folder of the site holding `path`, found up the path as written, links not
    followed (a link to a page elsewhere must not move the site there); else its folder."""
    absolute = path.absolute()
    for folder in absolute.parents:
        if any((folder / mark).is_file() for mark in _SITE_MARKS):
            return folder
    return absolute.parent


def _page_record(name: str, path: Path) -> NoteStore:
    """The review record of the page named `name` (at `path`): its notes, suggestions and
    decisions; refused when the file holding them cannot be read."""
    from editor_app.core import review

    store = review.NoteStore(path)
    if store.error is not None:
        raise _Refused(f"{name}: {store.error}")
    return store


def _review_site(path: str | Path, site_needed: bool = False) -> Site:
    from editor_app.cli.common import open_site
    from editor_app.core.site import SiteError

    try:
        return open_site(path, site_needed)
    except (SiteError, OSError) as exc:
        raise _Refused(str(exc)) from exc


def _sentence(exc: Exception) -> str:
    """An error's message ready to take more words after it (no final full stop)."""
    return str(exc).rstrip().rstrip(".")


def _passage_refused(
    name: str, exc: PassageNotFound, nth: int | None, nothing_done: str
) -> _Refused:
    """The refusal when the words given with --on are not in the page, or are there more
    than once and --nth does not say which."""
    hint = f"; add --nth 1 to {exc.count} to choose one" if exc.count > 1 and nth is None else ""
    return _Refused(f"{name}: {_sentence(exc)}{hint}; {nothing_done}")


def _print_approval_warnings(label: str, warnings: list) -> None:
    """Check's warnings on a page just approved (`review approve`, `sync approve`): said after
    approving, as they do not hold an approval back."""
    if warnings:
        count = len(warnings)
        print(f"{label}: approved with {count} warning{'s' if count != 1 else ''} from Check:")
        for w in warnings:
            print(f"  - {w.text}")


def _ways_to_deal_with(blockers: list, command: str, target: str) -> list[str]:
    """How to deal with the open notes and suggested edits listed (by the ids they were
    listed with), one line each, `command` being `review` or `sync` and `target` the page or
    the branch: "Resolve a note: editor-app review resolve PAGE NOTE_ID". None for errors."""
    kinds = {b.kind for b in blockers}
    ways = []
    if "note" in kinds:
        ways.append(f"Resolve a note: editor-app {command} resolve {target} NOTE_ID")
    if "suggestion" in kinds:
        ways.append(
            f"Accept a suggested edit: editor-app {command} accept {target} ID (or reject it)"
        )
    return ways


def _print_json(data: object) -> None:
    import json

    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def _review_when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d %b %Y, %H:%M")
