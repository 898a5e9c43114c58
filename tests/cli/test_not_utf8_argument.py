"""An argument holding bytes that are not UTF-8 (a terminal or a script in another encoding;
Python keeps them as lone surrogates) is refused in one line before anything is done: `new`
stopped on an unexpected problem, `set` said the title "could not be changed without
affecting other settings", and `review note` kept the note garbled. A file that exists under
such a name is still given to the command."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_helpers import run
from shared_sites import copy_shared_site

NOT_TEXT = "a\udcffb"  # the byte 0xff, as Python reads it from the command line
SAID = (
    "editor-app: 'a\ufffdb' is not UTF-8 text (the marks stand for bytes that are not): "
    "nothing was done; set the terminal or script to UTF-8 and give it again\n"
)


@pytest.fixture
def hugo_page(tmp_path: Path) -> Path:
    root = copy_shared_site("hugo-docs", tmp_path)
    return root / "content/en/quick-reference/emojis.md"


def test_set_new_and_a_note_refuse_it_and_change_nothing(
    hugo_page: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = hugo_page.read_bytes()
    news = sorted((hugo_page.parents[1] / "news").iterdir())
    for argv, shown in (
        (["set", str(hugo_page), f"title={NOT_TEXT}"], "title=a\ufffdb"),
        (["review", "note", str(hugo_page), "--text", NOT_TEXT], "a\ufffdb"),
        (["new", "news", "--title", NOT_TEXT, str(hugo_page.parents[3])], "a\ufffdb"),
    ):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (2, "")
        assert err == SAID.replace("'a\ufffdb'", repr(shown)), argv
    assert hugo_page.read_bytes() == before
    assert sorted((hugo_page.parents[1] / "news").iterdir()) == news
    code, out, _err = run(capsys, "review", "notes", str(hugo_page))
    assert "\\udcff" not in out and "\ufffd" not in out


def test_a_file_named_so_is_still_given_to_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / f"{NOT_TEXT}.md"
    try:
        name.write_text("---\ntitle: x\n---\n", encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only text names")
    code, _out, err = run(capsys, "validate", str(name))
    assert "not UTF-8 text (the marks" not in err
