"""Every code language Hugo's preview colours with Chroma's rules keeps every character and
finishes, whatever the text: a lexer that loses text or loops would lose the author's code
in the preview (one of Chroma's own lexers, Jungle, loops for ever on most text)."""

from __future__ import annotations

import pytest

from editor_app.core.engines.goldmark_ext import chroma_xml

SAMPLES = [
    'x = "a" # c\n<a href="x">{{ y }}</a>\n/* z */ `q` \'r\' (((\n',
    '\\\n"unterminated\né 中文 \t\n$(echo ${x}) <<EOF\nEOF\n{"a": [1, 2.5e3, null]}',
    "---\na: 1\n---\n# T\n```js\nx\n```\n`` ` `` [a](<b>) <p>",
]


def _chroma_lexers() -> list[str]:
    """One language name per Chroma lexer the preview runs (XML or ported)."""
    seen: dict[str, str] = {}
    for language, file_name in sorted(chroma_xml.languages().items()):
        source = file_name or chroma_xml.PORTED.get(language)
        if source:
            seen.setdefault(source, language)
    return sorted(seen.values())


@pytest.mark.parametrize("language", _chroma_lexers())
def test_chroma_lexers_keep_every_character(language: str) -> None:
    lexer = chroma_xml.lexer_for(language)
    assert lexer is not None
    for text in SAMPLES:
        joined = "".join(value for _, value in chroma_xml.tokens(lexer, text))
        assert joined in (text, text + "\n")

