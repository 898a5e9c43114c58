"""Inline patterns tried only on text that holds their opening mark (same output, less work).

Python-Markdown tries every inline pattern (19 here) on every piece of text, one regular
expression scan each, with a good deal of Python around each try; on a long page most of the
render goes there, though most patterns cannot match most text (no backtick, no `[`, no
`$$`...). Each pattern below is skipped for a piece of text that holds none of the
substrings every match of its expression must contain: a scan that could not find anything
is not made, so the output is exactly what it was. Reference links go one step further:
their expression finds every `[`, but their handler takes one only when a `]`, at most one
space and a `[` follow (`[text][id]`), so they wait for that; and on a page without link
definitions no reference link can find its target, so none is tried. Patterns not listed
here (or whose expression is not the one listed, should a new version of Python-Markdown
change it) are always tried.
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown, util
from markdown.inlinepatterns import ReferenceInlineProcessor
from markdown.treeprocessors import InlineProcessor

# A mark that is a pattern rather than a substring (same rule: no match can create one).
_REFERENCE_ID = re.compile(r"\]\s?\[")

# Pattern name -> (its expression, as registered; marks of which any match holds one).
_TRIGGERS: dict[str, tuple[str, tuple[str | re.Pattern[str], ...]]] = {
    "backtick": (r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)", ("`",)),
    "kramdown_math": (r"\$\$(.*?)\$\$", ("$$",)),
    "kramdown_hard_break": (r"\\(?=\n)", ("\\\n",)),
    "escape": (r"\\(.)", ("\\",)),
    "footnote": (r"\[\^([^\]]*)\]", ("[^",)),
    # `[text][id]` and `[text] [id]`: a `]`, at most one space, a `[` (its `RE_LINK`).
    "reference": (r"(?<!\!)\[", (_REFERENCE_ID,)),
    "link": (r"(?<!\!)\[", ("[",)),
    "image_link": (r"\!\[", ("![",)),
    "image_reference": (r"\!\[", (_REFERENCE_ID,)),
    "short_reference": (r"(?<!\!)\[", ("[",)),
    "short_image_ref": (r"\!\[", ("![",)),
    "autolink": (r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>", ("://",)),
    "automail": (r"<(?:mailto:)?([^<> !]+@[^@<> ]+)>", ("@",)),
    "linebreak": (r"  \n", ("  \n",)),
    "kramdown_raw_span": (
        r"(<(code|kbd|samp|var|pre|script|style|textarea|option|math)\b[^>]*>"
        r"(?:(?!<\2\b).)*?</\2\s*>)",
        ("</",),
    ),
    "entity": (r"&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);", ("&",)),
    "kramdown_del": (r"(~~)(?!\s|~)(.{0,2000}?[^\s~])~~", ("~~",)),
    "em_strong": (r"\*|_", ("*", "_")),
}
# Every alternative of Python-Markdown's raw HTML expression starts with `<` and ends with `>`.
_HTML_START = "(<(\\/?+[a-zA-Z]"


def _triggers_of(name: str, pattern: object) -> tuple[str | re.Pattern[str], ...] | None:
    """The substrings one of which any match of the pattern holds (None: always try it)."""
    if getattr(pattern, "ANCESTOR_EXCLUDES", ()):
        return None  # skipping must never change which ancestors were checked
    regex = pattern.getCompiledRegExp().pattern  # type: ignore[attr-defined]
    if name == "html" and regex.startswith(_HTML_START) and regex.endswith(")>)"):
        return ("<",)
    known = _TRIGGERS.get(name)
    if known is None or known[0] != regex:
        return None
    return known[1]


class TriggeredInlineProcessor(InlineProcessor):
    """Python-Markdown's inline processor, skipping patterns that cannot match the text."""

    def run(self, tree, ancestors=None):  # noqa: ANN001, ANN201 - the base class's signature
        """Apply the inline patterns to the tree (see `InlineProcessor.run`)."""
        # The registry re-checks its order on every lookup; a plain list, once per render.
        self._patterns = list(self.inlinePatterns)
        names = [item.name for item in self.inlinePatterns._priority]
        triggers = [_triggers_of(n, p) for n, p in zip(names, self._patterns, strict=True)]
        marks = {mark for marks in triggers if marks for mark in marks}
        self._marks = sorted(m for m in marks if isinstance(m, str))
        self._mark_patterns = [m for m in marks if not isinstance(m, str)]
        self._needs = [None if marks is None else frozenset(marks) for marks in triggers]
        if not self.md.references:  # type: ignore[attr-defined]
            # No link definitions on the page: a reference link finds no target, and its
            # handler then leaves the text as it is. Never tried (an empty need never meets).
            for i, pattern in enumerate(self._patterns):
                if (
                    isinstance(pattern, ReferenceInlineProcessor)
                    and type(pattern).handleMatch is ReferenceInlineProcessor.handleMatch
                ):
                    self._needs[i] = frozenset()
        return super().run(tree, ancestors)

    # Replaces the base class's private `__handleInline` (name-mangled), the one loop that
    # tries the patterns; everything else (placeholders, stash, ancestors) is unchanged.
    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        if isinstance(data, util.AtomicString):
            return data
        # The marks in the text as it comes. Matches only replace text by placeholders
        # (STX ... ETX, which no mark holds or straddles), so no mark absent now can appear.
        present: set[str | re.Pattern[str]] = {mark for mark in self._marks if mark in data}
        present.update(mark for mark in self._mark_patterns if mark.search(data))
        patterns, needs = self._patterns, self._needs
        apply = self._InlineProcessor__applyPattern
        start = 0
        count = len(patterns)
        while patternIndex < count:
            need = needs[patternIndex]
            if need is not None and need.isdisjoint(present):
                # What a scan that finds nothing returns: next pattern, from the start.
                patternIndex += 1
                start = 0
                continue
            data, matched, start = apply(patterns[patternIndex], data, patternIndex, start)
            if not matched:
                patternIndex += 1
        return data


class TriggeredInlineExtension(Extension):
    """Registers the inline processor that skips patterns whose marks are absent."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 - Python-Markdown's name
        """Replace the inline processor (same name and priority as Python-Markdown's)."""
        md.treeprocessors.register(TriggeredInlineProcessor(md), "inline", 20)
