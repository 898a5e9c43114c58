"""A Word file is not a page: opened as one it showed as unreadable bytes. What the window and
`editor-app FILE` say of it instead, in one line: a `.docx` comes in through Import (a new
page, or a returned review pack's notes); an older Word file is saved as `.docx` first.
"""

from __future__ import annotations

import os
from pathlib import Path

IMPORTABLE_SUFFIX = ".docx"
# Word's other files: python-docx (behind Import) reads none of them.
OTHER_WORD_SUFFIXES = frozenset({".doc", ".docm", ".dot", ".dotx", ".dotm"})


def is_word_document(path: str | os.PathLike[str]) -> bool:
    """True for a Word file (by its name, as Word names them): never opened as a page."""
    suffix = Path(path).suffix.lower()
    return suffix == IMPORTABLE_SUFFIX or suffix in OTHER_WORD_SUFFIXES


def is_importable(path: str | os.PathLike[str]) -> bool:
    """True for a Word file Import reads (`.docx`)."""
    return Path(path).suffix.lower() == IMPORTABLE_SUFFIX


def command_line_refusal(given: str) -> str:
    """The one line `editor-app FILE` prints for a Word file (`given` as typed)."""
    if is_importable(given):
        return (
            f"{given} is a Word document, not a page: bring it into a site with "
            f"editor-app import {given} COLLECTION SITE, or File > Import Word Document… in "
            "the window"
        )
    return (
        f"{given} is a Word file, not a page: save it as .docx in Word, then bring it into a "
        "site with editor-app import, or File > Import Word Document… in the window"
    )
