"""What a person at a terminal sees of a command's stderr, for the progress tests."""

from __future__ import annotations

import io


class Terminal(io.StringIO):
    """What a terminal receives (`isatty` true)."""

    def isatty(self) -> bool:
        return True


def screen(text: str) -> list[str]:
    """The lines a terminal shows for `text`: a carriage return writes over its line."""
    lines = []
    for raw in text.split("\n"):
        shown: list[str] = []
        for part in raw.split("\r"):
            shown[: len(part)] = list(part)
        lines.append("".join(shown).rstrip())
    return lines
