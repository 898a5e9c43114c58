"""Code coloured token for token as Rouge (Jekyll's highlighter) colours it.

Each `rouge_cases/NAME.LANG` holds code in one language and `NAME.LANG.html` the spans
Rouge 3.30 makes of it (pinned with `tools/kramdown_compare.py tests/core/rouge_cases
--pin-code`). The cases are written from the lexers' rules (indentation, quoting, states),
not copied from a site, so they hold for sites the preview has not seen.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.core.markdown_ext.code_html import highlight

REPO = Path(__file__).resolve().parents[2]
CASES = Path(__file__).resolve().parent / "rouge_cases"
CODE_FILES = sorted(p for p in CASES.iterdir() if len(p.suffixes) == 1)  # not NAME.LANG.html


def _language(path: Path) -> str:
    return path.suffix[1:]


@pytest.mark.parametrize("path", CODE_FILES, ids=lambda p: p.name)
def test_code_matches_rouge_span_for_span(path: Path) -> None:
    expected = Path(f"{path}.html").read_text("utf-8")
    assert highlight(path.read_text("utf-8"), _language(path)) == expected


def _rouge_available() -> bool:
    if shutil.which("ruby") is None:
        return False
    probe = subprocess.run(["ruby", "-e", 'require "rouge"'], capture_output=True)
    return probe.returncode == 0


def test_pinned_spans_are_rouges_own() -> None:
    """The pinned files are what the installed Rouge prints (re-pin after a Rouge upgrade)."""
    if not _rouge_available():
        pytest.skip("Rouge (Debian's ruby-rouge) is not installed")
    sys.path.insert(0, str(REPO / "tools"))
    from kramdown_compare import rouge_many

    items = [(_language(p), p.read_text("utf-8")) for p in CODE_FILES]
    expected = [Path(f"{p}.html").read_text("utf-8") for p in CODE_FILES]
    assert rouge_many(items) == expected


def test_yaml_block_scalar_lines_are_plain_text_not_numbers_or_quotes() -> None:
    code = "examples: |\n  Run it 'twice' with 2\n  \"done\": 3\nnext: 1\n"
    assert highlight(code, "yaml") == (
        '<span class="na">examples</span><span class="pi">:</span> <span class="pi">|</span>\n'
        "  <span class=\"s\">Run it 'twice' with 2</span>\n"
        '  <span class="s">"done": 3</span>\n'
        '<span class="na">next</span><span class="pi">:</span> <span class="m">1</span>\n'
    )


def test_yaml_escapes_inside_double_quotes_are_their_own_tokens() -> None:
    assert highlight('a: "x\\n"\n', "yml") == (
        '<span class="na">a</span><span class="pi">:</span> <span class="s2">"</span>'
        '<span class="s">x</span><span class="se">\\n</span><span class="s">"</span>\n'
    )
