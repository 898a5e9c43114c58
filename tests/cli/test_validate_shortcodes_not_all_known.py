"""`editor-app validate` on a Hugo site importing modules: the shortcodes those bring are not
in the folder, so no shortcode is told unknown; Check said nothing of it, as if every
shortcode had been checked. It now says so once, on stderr, however many pages there are."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_helpers import run

CONFIG = 'baseURL = "https://example.org/"\ntitle = "T"\n'
IMPORTS = '[module]\n[[module.imports]]\npath = "github.com/example/theme"\n'


def _site(root: Path, config: str) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(config, encoding="utf-8")
    for n in range(3):
        (root / "content" / "posts" / f"p{n}.md").write_text(
            f"---\ntitle: P{n}\n---\n\nText {{{{< nosuch >}}}} here.\n", encoding="utf-8"
        )
    return root


def test_a_site_importing_modules_is_told_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _site(tmp_path / "site", CONFIG + IMPORTS)
    _code, out, err = run(capsys, "validate", "--no-content", "--format", "json", str(root))
    assert [p for p in json.loads(out) if p["code"] == "unknown-tag"] == []
    notes = [line for line in err.splitlines() if "Shortcodes were not checked" in line]
    assert notes == [
        "editor-app: note: Shortcodes were not checked for mistypes: the site takes shortcodes "
        "from Hugo modules or a theme not in its folder, so the ones it can use are not all known."
    ]


def test_a_site_whose_shortcodes_are_all_known_is_checked_without_a_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _site(tmp_path / "site", CONFIG)
    _code, out, err = run(capsys, "validate", "--no-content", "--format", "json", str(root))
    assert len([p for p in json.loads(out) if p["code"] == "unknown-tag"]) == 3
    assert "Shortcodes were not checked" not in err
