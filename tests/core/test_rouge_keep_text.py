"""Every Rouge-style lexer of the Jekyll preview keeps every character of the code and
finishes, whatever the text: a lexer that drops a group or loops would lose the author's
code in the preview."""

from __future__ import annotations

import html
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor_app.core.markdown_ext import code_html, rouge_tokens

# One name of each language with a lexer of its own (the rest go through Pygments).
LANGUAGES = """apache bat bibtex c clojure cmake coffee console cpp csharp css dart diff docker elixir
elm erb erlang gherkin go graphql groovy haskell hcl html http ini irb java javascript jinja
json jsonc jsx kotlin latex liquid lua make markdown matlab nginx nix objc ocaml perl php
powershell properties proto python r ruby rust sass scala scss sh solidity sql swift
terraform toml tsx typescript xml yaml""".split()
SAMPLES = [
    'x = "a" # c\n<a href="x">{{ y }}</a>\n/* z */ `q` \'r\' (((\n',
    '\\\n"unterminated\né 中文 \t\n$(echo ${x}) <<EOF\nEOF\n{"a": [1, 2.5e3, null]}',
    "---\na: 1\n---\n# T\n```js\nx\n```\n`` ` `` [a](<b>) <p>",
    "<?php echo $x; ?>\n<% x %>\n#!/bin/sh\n@interface A\n- (void)f:(int)x;\n%w(a b) /re/",
    "  - [a, {b: c}]\n  |\n    text\n'''\n\"\"\"\n}}}]]])))\n\t\r\n",
]
_SPAN = re.compile(r'<span class="[^"]*">|</span>')


def _text_of(language: str, text: str) -> str:
    out = code_html.highlight(text, language)
    assert out is not None, f"{language} is not coloured"
    return html.unescape(_SPAN.sub("", out))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_character_is_kept(language: str) -> None:
    assert rouge_tokens._tokens("x", language) is not None
    for text in SAMPLES:
        assert _text_of(language, text) == text


@settings(max_examples=60, deadline=None)
@given(
    language=st.sampled_from(LANGUAGES),
    text=st.text(
        alphabet=st.sampled_from(list("ab1 \n\t\"'`$#{}[]()<>/\\*-:|=%@!?.;,_")), max_size=60
    ),
)
def test_any_text_comes_back_whole(language: str, text: str) -> None:
    assert _text_of(language, text) == text


def test_every_rouge_language_keeps_the_code_whole() -> None:
    """Languages coloured through Pygments keep their text too (some of Pygments' session
    lexers drop text without a last newline; such code is shown plain)."""
    from editor_app.core.markdown_ext.rouge_names import ROUGE_NAMES

    for language in sorted(ROUGE_NAMES):
        for text in (*SAMPLES, '{"a": [1]}'):
            out = rouge_tokens._tokens(text, language)
            if out is not None:
                assert "".join(value for _, value in out) == text, language
