"""Validation details a person reads: each rule's words, line and field on small hand-made
sites (each was a deliberate bug that got through: tools/mutation.py checks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def _hugo(tmp_path: Path, pages: dict[str, str]) -> list[tuple[str, int, str, str]]:
    (tmp_path / "hugo.toml").write_text('baseURL = "https://example.org/"\n')
    content = tmp_path / "content"
    content.mkdir()
    for name, text in pages.items():
        (content / name).write_text(text, encoding="utf-8")
    return [(p.path, p.line, p.code, p.message) for p in validate_site(Site.open(tmp_path))]


TOML_DATE = (
    "The date on this line does not exist or is not written as year-month-day. "
    "Correct it, for example 2025-02-28."
)


@pytest.mark.parametrize(
    ("page", "line", "message"),
    [
        ('+++\ntitle = "x"\ndate = 2024-02-30\n+++\nText.\n', 3, TOML_DATE),
        (
            '+++\ntitle = "x\nn = 1\n+++\nText.\n',
            2,
            "The header (written in TOML) cannot be read on this line: illegal character '\\n'. "
            'Check the quotes and the = sign (title = "My page").',
        ),
        (
            '+++\ntitle = "x"\nn = 1\nn = 2\n+++\nText.\n',
            4,
            "The header (written in TOML) cannot be read on this line: cannot overwrite a value. "
            'Check the quotes and the = sign (title = "My page").',
        ),
        (
            '{\n  "title": "x",\n  "n": 1,\n}\nText.\n',
            4,
            "The header (written in JSON) cannot be read on this line. Check the quotes, colons "
            'and commas ("title": "My page",).',
        ),
    ],
)
def test_a_toml_or_json_header_that_cannot_be_read_is_said_on_its_line(
    tmp_path: Path, page: str, line: int, message: str
) -> None:
    found = _hugo(tmp_path, {"page.md": page})
    assert ("content/page.md", line, "yaml-syntax", message) in found
