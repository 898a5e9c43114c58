"""A section a page lacks by name but holds in matter: not told missing.

Some sections are boilerplate the pages repeat word for word (hugo-docs' command pages list
the root command's flags under "Options inherited from parent commands"). A page that has no
parent writes those same lines under its own "Options" (the root `hugo`, and `hugo build`,
which takes the root's flags as its own): it lacks the heading, not the matter. So a section
is not missing from a page that already holds its usual lines (those written under it by at
least half the pages having it, at least `MIN_LINES` of them), each found somewhere on the page.
Sections whose text differs from page to page (a case study's "What we learned") have no
usual lines, and are told as before.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

from editor_app.core.checks.content_words import plain_words

MIN_LINES = 3  # usual lines a section needs for its matter to stand in for its heading
SAMPLE = 9  # pages having the section read to learn its usual lines
_HEADING = re.compile(r" {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")


def _plain(line: str) -> str:
    return " ".join(line.split())


def section_lines(body: str, key_of: Callable[[str], str], key: str) -> list[str] | None:
    """The lines written under the heading whose key (`key_of` of its plain text, as the
    sections rule reads headings: `## **Options**` is "Options") is `key`, up to the next
    heading (code fences read through: a `#` in code is no heading), or None."""
    found: list[str] | None = None
    fence = ""
    for line in body.splitlines():
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            elif found is not None and line.strip():
                found.append(_plain(line))
            continue
        if opened:
            fence = opened.group(1)
            continue
        heading = _HEADING.match(line)
        if heading:
            if found is not None:
                return found
            if key_of(plain_words(heading.group(2))) == key:
                found = []
            continue
        if found is not None and line.strip():
            found.append(_plain(line))
    return found


def usual_lines(bodies: Iterable[str], key_of: Callable[[str], str], key: str) -> frozenset[str]:
    """The lines at least half of the first `SAMPLE` bodies having the section write under
    it (empty when fewer than `MIN_LINES`)."""
    counts: Counter[str] = Counter()
    having = 0
    for body in bodies:
        lines = section_lines(body, key_of, key)
        if lines is None:
            continue
        having += 1
        counts.update(set(lines))
        if having >= SAMPLE:
            break
    usual = frozenset(line for line, n in counts.items() if having >= 2 and n * 2 >= having)
    return usual if len(usual) >= MIN_LINES else frozenset()


def holds_matter(body: str, usual: frozenset[str]) -> bool:
    """Whether every usual line of a section is somewhere on the page (`body`)."""
    if not usual:
        return False
    lines = {_plain(line) for line in body.splitlines()}
    return usual <= lines


class SampleBodies:
    """The bodies of the first `SAMPLE` pages having each section, kept while a collection's
    sections are inferred (the pages are read then, each made once), to learn the usual lines
    of the sections some page lacks."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[str]] = {}

    def add(self, body: str, keys: Iterable[str]) -> None:
        for key in keys:
            kept = self.by_key.setdefault(key, [])
            if len(kept) < SAMPLE:
                kept.append(body)

    def usual(self, keys: Iterable[str], key_of: Callable[[str], str]) -> dict[str, frozenset[str]]:
        """The usual lines of each of `keys` (those with none left out)."""
        found = {k: usual_lines(self.by_key.get(k, ()), key_of, k) for k in keys}
        return {k: lines for k, lines in found.items() if lines}
