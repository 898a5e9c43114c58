"""Footnotes printed as kramdown prints them (classes, roles, back links, no rule)."""

from __future__ import annotations

import re

from markdown import Extension
from markdown.postprocessors import Postprocessor

_REF = re.compile(r'<sup id="fnref(\d*):([^"]*)"><a href="#fn:([^"]*)" class="footnote-ref">')
_BACK = re.compile(
    r'(?:\u00a0|&#160;)?<a href="#fnref(\d*):([^"]*)" class="footnote-backref"[^>]*>'
    r"(?:\u21a9|&#8617;)(?:\ufe0e|&#65038;)?</a>"
)


def _back(m: re.Match[str]) -> str:
    return (
        f' <a href="#fnref{m.group(1)}:{m.group(2)}" class="reversefootnote" '
        'role="doc-backlink">&#8617;</a>'
    )


class FootnotesPostprocessor(Postprocessor):
    """Rewrites Python-Markdown's footnote markup into kramdown's."""

    def run(self, text: str) -> str:
        if "footnote" not in text:
            return text
        text = _REF.sub(
            r'<sup id="fnref\1:\2" role="doc-noteref"><a href="#fn:\3" class="footnote" '
            r'rel="footnote">',
            text,
        )
        text = text.replace(
            '<div class="footnote">\n<hr />\n<ol>',
            '<div class="footnotes" role="doc-endnotes">\n<ol>',
        )
        text = re.sub(r'<li id="fn:([^"]*)">', r'<li id="fn:\1" role="doc-endnote">', text)
        return _BACK.sub(_back, text)


class FootnotesExtension(Extension):
    """kramdown's footnote markup (needs Python-Markdown's `footnotes`)."""

    def extendMarkdown(self, md) -> None:  # noqa: N802 (Python-Markdown's API)
        md.postprocessors.register(FootnotesPostprocessor(md), "kramdown_footnotes", 1)
