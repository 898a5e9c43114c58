"""The preview's speed shortcuts print the same HTML, byte for byte, as the steps they skip.

`escape_bare_text` (the kramdown engine's escaping of bare `&`, `<` and `>` in raw HTML's
text) takes two regular expressions where the page allows it; the mark-by-mark reading is the
reference.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.markdown_ext.html_tags import _escape_bare_text_in_steps, escape_bare_text

PIECES = st.sampled_from(
    [*"ab <>&\"'/!?-=\n", "<p>", "</p>", '<a href="x>y">', "<b title='a'>", "<br/>", "<!--"]
    + ["-->", "<!-->", "&amp;", "&#39;", "&#x27;", "&nbsp;", "&bogus", "&#;", "Q&A", "a => b"]
    + ["<script>", "</script>", "<STYLE>", "</style>", "<div", "<?x?>", "<!DOCTYPE html>"]
)


@settings(max_examples=600)
@given(st.lists(PIECES, max_size=40).map("".join))
def test_bare_marks_are_escaped_as_mark_by_mark(html: str) -> None:
    assert escape_bare_text(html) == _escape_bare_text_in_steps(html)


def test_a_bare_mark_is_escaped_and_markup_kept() -> None:
    html = '<p title="a>b">Q&A, a => b &amp; <!-- c & d --> 1 < 2</p>'
    assert escape_bare_text(html) == (
        '<p title="a>b">Q&amp;A, a =&gt; b &amp; <!-- c & d --> 1 &lt; 2</p>'
    )
