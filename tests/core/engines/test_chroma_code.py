"""Hugo code colouring from Chroma's own lexer rules and styles (`goldmark_ext/chroma_xml.py`)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from editor_app.core.engines.goldmark import GoldmarkEngine
from editor_app.core.engines.goldmark_ext import chroma_xml
from editor_app.core.engines.goldmark_ext.code import compress_style, inline_styles

TOOLS = Path(__file__).resolve().parents[3] / "tools"
sys.path.insert(0, str(TOOLS))

from engine_compare import goldmark_many, normalise  # noqa: E402

CASES = Path(__file__).parent / "chroma_cases"
needs_hugo = pytest.mark.skipif(shutil.which("hugo") is None, reason="Hugo is not installed")


def test_common_languages_are_coloured_token_for_token_as_hugo_does() -> None:
    """YAML, TOML, shell, JavaScript, JSON, CSS, Python... pinned from Hugo 0.111 with its
    default settings (inline monokai styles), spans and all."""
    case = CASES / "languages.md"
    expected = case.with_suffix(".html").read_text("utf-8")
    assert normalise(GoldmarkEngine().render(case.read_text("utf-8"))) == normalise(expected)


def test_languages_chroma_writes_in_go_are_ported_exactly() -> None:
    """HTML (with its CSS and JavaScript), Markdown (its text lexed again as HTML, as
    Chroma's delegating lexer does; a fence inside coloured in its own language) and Go,
    pinned from Hugo 0.111."""
    for name in ("ported.md", "markdown_fence_options.md"):
        case = CASES / name
        expected = case.with_suffix(".html").read_text("utf-8")
        assert normalise(GoldmarkEngine().render(case.read_text("utf-8"))) == normalise(expected)


def test_go_templates_in_html_are_chromas_numbers_names_and_errors() -> None:
    """`go-html-template` (most of Hugo's own documentation): `0` a name but `-1` a number,
    a stray `-` an error, the HTML around lexed as HTML; pinned from Hugo 0.111."""
    case = CASES / "go_templates.md"
    expected = case.with_suffix(".html").read_text("utf-8")
    assert normalise(GoldmarkEngine().render(case.read_text("utf-8"))) == normalise(expected)
    lexer = chroma_xml.lexer_for("go-html-template")
    assert isinstance(lexer, chroma_xml.DelegatingLexer)
    assert ("LiteralNumberInteger", "-1") in chroma_xml.tokens(lexer, "{{ f 0 -1 }}\n")


def test_markdown_text_is_lexed_as_html_around_its_own_tokens() -> None:
    lexer = chroma_xml.lexer_for("md")
    assert isinstance(lexer, chroma_xml.DelegatingLexer)
    assert chroma_xml.tokens(lexer, "a <b>x</b> `c`\n") == [
        ("Text", "a "),
        ("Punctuation", "<"),
        ("NameTag", "b"),
        ("Punctuation", ">"),
        ("Text", "x"),
        ("Punctuation", "</"),
        ("NameTag", "b"),
        ("Punctuation", ">"),
        ("Text", " "),
        ("LiteralStringBacktick", "`c`"),
        ("Text", "\n"),
    ]


def test_chroma_rules_decide_the_tokens_not_pygments() -> None:
    """Chroma's rules, not Pygments': CSS `);` is one token, spaces are `Text`, and
    neighbours of one type are merged."""
    lexer = chroma_xml.lexer_for("css")
    assert lexer is not None and lexer.name == "CSS"
    assert chroma_xml.tokens(lexer, 'a { b: url("x"); }\n')[-7:] == [
        ("NameBuiltin", "url"),
        ("Punctuation", "("),
        ("LiteralStringDouble", '"x"'),
        ("Punctuation", ");"),
        ("Text", " "),
        ("Punctuation", "}"),
        ("Text", "\n"),
    ]
    bash = chroma_xml.lexer_for("sh")
    assert bash is not None and bash.name == "Bash"
    assert chroma_xml.tokens(bash, "export A=true\n")[:3] == [
        ("NameBuiltin", "export"),
        ("Text", " "),
        ("NameVariable", "A"),
    ]


def test_language_names_follow_chroma_names_aliases_and_file_patterns() -> None:
    assert chroma_xml.lexer_for("YAML").name == "YAML"
    assert chroma_xml.lexer_for("yml").name == "YAML"
    assert chroma_xml.lexer_for("py").name == "Python"
    assert chroma_xml.lexer_for("no-such-language") is None
    assert chroma_xml.lexer_for("golang").name == "Go"  # written in Go in Chroma, ported
    # Written in Go inside Chroma and not ported: the preview's Pygments-based lexers.
    assert "dockerfile" in chroma_xml.languages() and chroma_xml.lexer_for("dockerfile") is None


def test_a_token_with_no_class_of_its_own_takes_its_parents() -> None:
    assert chroma_xml.css_class("LiteralStringDouble") == "s2"
    assert chroma_xml.css_class("LiteralStringAtom") == "s"
    assert chroma_xml.css_class("NameVariableAnonymous") == "n"
    assert chroma_xml.css_class("TextPunctuation") == ""


def test_inline_styles_are_compressed_as_chroma_writes_them() -> None:
    assert compress_style("color: #aabbcc; font-weight: bold") == "color:#abc;font-weight:bold"
    pre, spans = inline_styles("monokai")
    assert pre == "color:#f8f8f2;background-color:#272822;-moz-tab-size:4;-o-tab-size:4;tab-size:4;"
    assert spans["err"] == "color:#960050;background-color:#1e0010"  # Chroma's, not Pygments'
    assert "nb" not in spans  # builtins uncoloured in Chroma's monokai
    assert inline_styles("no-such-style") == inline_styles("swapoff")  # Chroma's fallback


def test_line_numbers_go_in_a_table_column_unless_inline() -> None:
    """`linenos=true` / `table`: Chroma's two-column table (numbers padded to one width);
    `inline`: a number before each line; pinned from Hugo 0.111."""
    case = CASES / "line_numbers.md"
    expected = case.with_suffix(".html").read_text("utf-8")
    out = GoldmarkEngine().render(case.read_text("utf-8"))
    assert normalise(out) == normalise(expected)
    assert out.count("<table") == 3


def test_site_highlight_options_apply_to_every_fence() -> None:
    text = "```go\nx := 1\n```\n\n```\n#!/bin/bash\necho hi\n```\n"
    numbered = GoldmarkEngine(highlight={"lineNos": True, "lineNumbersInTable": False}).render(
        text + "```sh\na\nb\n```\n"
    )
    assert numbered.count('style="white-space:pre;') == 3  # inline numbers, coloured blocks
    plain = GoldmarkEngine(highlight={"codeFences": False}).render(text)
    assert plain.startswith('<pre><code class="language-go">x := 1\n</code></pre>')
    guessed = GoldmarkEngine(highlight={"guessSyntax": True}).render(text)
    assert 'data-lang="bash"' in guessed


@needs_hugo
@pytest.mark.parametrize(
    "settings",
    [
        "lineNos = true",
        "lineNos = true\nlineNumbersInTable = false\nlineNoStart = 9",
        "noClasses = false\nlineNos = true",
        "codeFences = false",
        "guessSyntax = true",
        "guessSyntax = true\nnoClasses = false",
    ],
)
def test_the_sites_highlight_options_give_hugos_html(tmp_path: Path, settings: str) -> None:
    (tmp_path / "hugo.toml").write_text(f"[markup.highlight]\n{settings}\n")
    (tmp_path / "content").mkdir()
    text = (CASES / "line_numbers.md").read_text("utf-8") + (
        "\n```\nplain text\n```\n\n```\n#!/bin/bash\necho hi\n```\n"
    )
    expected = goldmark_many([text], tmp_path)[0]
    from editor_app.core.engines.goldmark import read_markup_config

    highlight = read_markup_config(tmp_path).get("highlight")
    assert normalise(GoldmarkEngine(highlight=highlight).render(text)) == normalise(expected)


@needs_hugo
@pytest.mark.parametrize("style", ["github", "dracula", "solarized-dark", "tango"])
def test_the_sites_style_gives_hugos_colours(tmp_path: Path, style: str) -> None:
    (tmp_path / "hugo.toml").write_text(f'[markup.highlight]\nstyle = "{style}"\n')
    (tmp_path / "content").mkdir()
    text = (CASES / "languages.md").read_text("utf-8")
    expected = goldmark_many([text], tmp_path)[0]
    ours = GoldmarkEngine(highlight={"style": style}).render(text)
    assert normalise(ours) == normalise(expected)
