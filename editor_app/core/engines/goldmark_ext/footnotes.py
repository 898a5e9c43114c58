"""Footnotes as Goldmark prints them (markdown-it's footnote plugin parses them).

`<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>`,
and at the end `<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1">` with the
back link `&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">` closing
the note's last paragraph. Notes are numbered in the order they are first referred to.
"""

from __future__ import annotations

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin


def _ref(self, tokens, idx, options, env) -> str:  # noqa: ANN001 (markdown-it's signature)
    n = tokens[idx].meta["id"] + 1
    sub = tokens[idx].meta.get("subId", 0)
    ref_id = f"fnref:{n}" if not sub else f"fnref{sub}:{n}"
    return f'<sup id="{ref_id}"><a href="#fn:{n}" class="footnote-ref" role="doc-noteref">{n}</a></sup>'


def _block_open(self, tokens, idx, options, env) -> str:  # noqa: ANN001
    rule = "<hr />" if options.get("xhtmlOut") else "<hr>"  # `xhtml = true`
    return f'<div class="footnotes" role="doc-endnotes">\n{rule}\n<ol>\n'


def _block_close(self, tokens, idx, options, env) -> str:  # noqa: ANN001
    return "</ol>\n</div>\n"


def _open(self, tokens, idx, options, env) -> str:  # noqa: ANN001
    return f'<li id="fn:{tokens[idx].meta["id"] + 1}">\n'


def _close(self, tokens, idx, options, env) -> str:  # noqa: ANN001
    return "</li>\n"


def _anchor(self, tokens, idx, options, env) -> str:  # noqa: ANN001
    # One back link per reference: `#fnref:1`, then `#fnref1:1`, `#fnref2:1`...
    n = tokens[idx].meta["id"] + 1
    sub = tokens[idx].meta.get("subId", 0)
    ref_id = f"fnref:{n}" if not sub else f"fnref{sub}:{n}"
    return (
        f'&#160;<a href="#{ref_id}" class="footnote-backref" role="doc-backlink">'
        "&#x21a9;&#xfe0e;</a>"
    )


_BACK_LINK_AFTER_CODE = '</pre></div>\n&#160;<a href="#fnref'


def back_links_after_code(html: str) -> str:
    """A note ending in highlighted code: Goldmark prints its back link right after the
    code's `</div>`, with no line break between."""
    if _BACK_LINK_AFTER_CODE not in html:
        return html
    return html.replace(_BACK_LINK_AFTER_CODE, '</pre></div>&#160;<a href="#fnref')


def goldmark_footnote_plugin(md: MarkdownIt) -> None:
    """`[^1]` references and `[^1]: note` definitions, printed as Goldmark prints them."""
    md.use(footnote_plugin)
    for name, rule in (
        ("footnote_ref", _ref),
        ("footnote_block_open", _block_open),
        ("footnote_block_close", _block_close),
        ("footnote_open", _open),
        ("footnote_close", _close),
        ("footnote_anchor", _anchor),
    ):
        md.add_render_rule(name, rule)
