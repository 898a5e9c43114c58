"""What every command of the command line shares: exit codes and the one-line failure."""

from __future__ import annotations

import re
import sys

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_CANNOT_RUN = 2


# Sentences joined by code sometimes end twice: "(...)." then "; the file was not changed".
_DOUBLE_STOP = re.compile(r"(?<!\.)\.\.(?!\.)")


def tidy(message: str) -> str:
    """One line, one stop at the end of each sentence: `..` -> `.`, `.;` -> `;`, `.,` -> `,`."""
    message = " ".join(message.split())
    message = _DOUBLE_STOP.sub(".", message)
    return message.replace(".;", ";").replace(".,", ",")


def fail(message: str) -> int:
    """Say why a command cannot run, in one line on stderr; the exit code for it."""
    print(f"editor-app: {tidy(message)}", file=sys.stderr)
    return EXIT_CANNOT_RUN


def tolerant_stdout() -> None:
    """Messages quote the page's own characters: never fail on a narrow console."""
    try:
        sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (AttributeError, ValueError):
        pass
