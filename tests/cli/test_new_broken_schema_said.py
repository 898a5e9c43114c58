"""`editor-app new` on a site whose `_schema.yml` cannot be read: the page is still made, from
the fields worked out from the pages, and a note on stderr says so, as `validate` does (it
said nothing: the file's defaults and required fields were left out in silence)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main


def test_a_broken_schema_file_is_said_and_the_page_made(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (guide / "_schema.yml").write_text("collections:\n  articles:\n    fields: [\n")
    assert main(["new", "articles", "--title", "Hello there"]) == 0
    out, err = capsys.readouterr()
    assert Path(out.strip()) == guide / "_articles" / "hello-there.md"
    assert (guide / "_articles" / "hello-there.md").read_text().startswith("---\n")
    assert err == (
        "editor-app: note: _schema.yml, line 4: this is not valid YAML (expected the node "
        "content, but found '<stream end>'); its fields and rules are not used until it is "
        "fixed: the page was made from fields worked out from the pages\n"
    )


def test_no_word_when_the_schema_reads_or_is_not_there(
    guide: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "articles", "--title", "Hello there"]) == 0
    assert capsys.readouterr().err == ""
