"""What every command of the command line shares: exit codes and the one-line failure."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from pathlib import Path

    from editor_app.core.site import Site

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_CANNOT_RUN = 2

# What `--help` says of the arguments most commands take.
SITE_HELP = "the site's folder, or any folder inside it (default: the folder you are in)"
PAGE_HELP = "the page's file, e.g. _posts/2024-05-01-hello.md (a path from here, or absolute)"
FORMAT_HELP = "text, for reading (the default), or json, for scripts"


def format_option(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    """`--format text|json` into `args.format`, and `--json` (unless not `json_flag`), the
    same as --format json. Given together, the last one counts
    (`--json --format text` is text), one rule for every command, as scripts append options."""
    parser.add_argument("--format", choices=("text", "json"), default="text", help=FORMAT_HELP)
    if json_flag:
        parser.add_argument(
            "--json",
            dest="format",
            action="store_const",
            const="json",
            help="the same as --format json (with --format too, the last one given counts)",
        )


# Sentences joined by code sometimes end twice: "(...)." then "; the file was not changed".
# Only after a word and before a space, the end or a mark: `../x` and `...` stay as they are.
_DOUBLE_STOP = re.compile(r"(?<=[^\s./])\.\.(?=\s|$|[;,)])")
_STOP_BEFORE_MARK = re.compile(r"(?<=[^\s./])\.(?=[;,]\s)")


def tidy(message: str) -> str:
    """One line, one stop at the end of each sentence: `..` -> `.`, `.;` -> `;`, `.,` -> `,`."""
    message = " ".join(message.split())
    message = _DOUBLE_STOP.sub(".", message)
    return _STOP_BEFORE_MARK.sub("", message)


# The operating system's words for the usual failures -> plain words, and what to do.
_ADVICE = {
    "Permission denied": (
        "permission denied",
        "Ask whoever manages that folder for access, or copy the site into a folder of your own.",
    ),
    # store.atomic_write's own refusal of a file without write permission.
    "The file is read-only": (
        "the file is read-only",
        "Ask whoever manages that file for access, or copy the site into a folder of your own.",
    ),
    "No space left on device": ("the disk is full", "Free some space, then try again."),
    "Read-only file system": (
        "the disk cannot be written to",
        "Copy the site to a disk you can write to.",
    ),
}


def advise(message: str) -> str:
    """The message with the system's words for a refused file, a full or read-only disk made
    plain, and what to do about it at the end."""
    for words, (plain, advice) in _ADVICE.items():
        if words in message and advice not in message:
            message = message.replace(words, plain).rstrip()
            message = message + ("" if message.endswith(".") else ".") + " " + advice
    return message


def in_plain_words(message: str) -> tuple[str, str | None]:
    """The message with the system's words for a refused file, a full or read-only disk made
    plain, and the advice for them apart (None when there is none), for a list of files
    where the advice is said once."""
    for words, (plain, advice) in _ADVICE.items():
        if words in message:
            return message.replace(words, plain), advice
    return message, None


def fail(message: str) -> int:
    """Say why a command cannot run, in one line on stderr; the exit code for it."""
    print(f"editor-app: {tidy(advise(message))}", file=sys.stderr)
    return EXIT_CANNOT_RUN


def folder_needed(folders_of: str, subfolders: list[str]) -> int:
    """Refuse a new page at the top of a collection whose pages all live in its subfolders
    (hugo-docs' methods), naming them and `--folder`, as `new` and `import` both take it."""
    return fail(
        f"{folders_of} holds no page of its own, only folders of them: give --folder, "
        f"one of {', '.join(subfolders)}"
    )


def open_site(folder: str | Path, site_needed: bool = True, one_site: bool = False) -> Site:
    """The site at `folder` (or the one a folder inside it belongs to). Raises SiteError when
    it cannot be opened and, when `site_needed`, when no site is there at all: said before a
    walk of everything below it, which would list, or rewrite, any stray Markdown file.

    `one_site`: for a command that writes, a folder holding several sites is refused, as each would be changed with the settings of none (`new --title T site`
    took the site's name for a collection and wrote site/T.md at its top)."""
    from editor_app.core.site import Site, SiteError

    site = Site.open(folder)
    no_site = site.no_site_message() if site_needed else None
    if no_site is not None:
        raise SiteError(no_site)
    inside = site.sites_inside
    if one_site and inside:
        names = ", ".join(p.name for p in inside)
        raise SiteError(
            f"{site.root} holds {len(inside)} sites ({names}), not one: give the folder of the "
            "one to change"
        )
    return site


def file_meant(given: str) -> str:
    """For a page path that names no file: " (did you mean PATH?)" when a file beside where
    it points is spelt almost so (`2024-01-02-helo.md`); "; give a page's file in it" for a
    folder; else "" (also for a file that is there, but unreadable). A dated name whose
    slug one file beside has with another day is that file (a post `rename-file --to-date`
    gave its date field's day), before any name spelt almost so."""
    import difflib
    import re
    from pathlib import Path

    path = Path(given)
    if path.is_dir():
        return "; give a page's file in it"
    if path.exists():
        return ""  # the file is there but cannot be read: its own name is no slip
    folder = path.parent
    try:
        names = [p.name for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []
    except OSError:
        return ""
    dated = re.compile(r"\d{4}-\d{2}-\d{2}-(.+)")
    slug = dated.fullmatch(path.name)
    same_slug = [
        name for name in names if slug and (other := dated.fullmatch(name)) and other[1] == slug[1]
    ]
    near = same_slug if len(same_slug) == 1 else []
    near = near or difflib.get_close_matches(path.name, names, n=1, cutoff=0.8)
    return f" (did you mean {(folder / near[0]).as_posix()}?)" if near else ""


def not_found(given: str) -> str:
    """The one line for a file or folder named that is not there, worded as every command
    words it (`tool_support.not_there`), with the file perhaps meant (`file_meant`)."""
    from editor_app.core.tool_support import not_there

    return f"{not_there(given)}{file_meant(given)}"


def cannot_read(given: str, error: OSError | str) -> str:
    """The one line for a page that cannot be read: "cannot read NAME: why", with the file
    perhaps meant (`file_meant`). `error`: the system's, or its words."""
    import errno

    if isinstance(error, OSError) and error.errno == errno.ENOENT:
        return not_found(given)
    why = error if isinstance(error, str) else error.strerror or str(error)
    return f"cannot read {given}: {why}{file_meant(given)}"


def warn_not_utf8(page: str | Path, doc: Any, what_then: str, read: bytes | None = None) -> None:
    """Say on stderr that page `doc` is not saved as UTF-8, with the line of its first bad
    byte, as `validate` reports it, and `what_then` ("The preview shows its text as read that
    way"): never used without a word. `read`: the bytes read, once `doc` is saved anew."""
    from editor_app.core.checks.page import bad_byte_line

    line = bad_byte_line(doc.original if read is None else read) or 1
    sys.stderr.write(
        f"editor-app: warning: {page} line {line}: {doc.decode_error} {what_then}; save the "
        "page again as UTF-8 if any character looks wrong.\n"
    )


def warn_not_utf8_pages(
    pages: Iterable[str | Path], shown: Callable[[str | Path], str], what_then: str
) -> None:
    """`warn_not_utf8` for each of `pages` (read anew; one gone since is passed over, said
    when it is written) that is not saved as UTF-8, named as `shown` gives it: the pages a
    command changes keep their encoding, never without a word."""
    from editor_app.core.document import Document

    for path in pages:
        try:
            doc = Document.load(path)
        except OSError:
            continue
        if doc.decode_error:
            warn_not_utf8(shown(path), doc, what_then)


def tolerant_stdout() -> None:
    """Messages quote the page's own characters: never fail on a narrow console."""
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass


class ReaderGoneStream:
    """Standard output (or error) that goes quiet when its reader stops reading (`editor-app
    validate . | head`): the rest is dropped and the command ends as it would have, with its
    own exit code (`validate` still exits 1 on errors, a command that cannot run 2; a file
    being written is finished, not left halfway), never a "Broken pipe" failure or a Python
    message at exit."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        try:
            return self.stream.write(text)
        except BrokenPipeError:
            self._drop_the_rest()
            return len(text)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except BrokenPipeError:
            self._drop_the_rest()

    def _drop_the_rest(self) -> None:
        # What is still buffered, and all that follows, goes to the null device.
        try:
            null = os.open(os.devnull, os.O_WRONLY)
            os.dup2(null, self.stream.fileno())
            os.close(null)
        except (OSError, ValueError, AttributeError):
            pass  # no file descriptor (a test's captured output): nothing is buffered there

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)
