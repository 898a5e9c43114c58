"""`editor-app set FILE FIELD=VALUE...`: minimal edits, or a one-line refusal and no write."""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["set", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def diff(before: bytes, after: bytes) -> list[str]:
    a = before.decode().splitlines(keepends=True)
    b = after.decode().splitlines(keepends=True)
    return [
        line
        for line in difflib.unified_diff(a, b, n=0)
        if not line.startswith(("---", "+++", "@@"))
    ]


def test_set_scalar_changes_one_line(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    before = path.read_bytes()
    code, _, err = run(capsys, str(path), "status=draft")
    assert code == 0 and err == ""
    assert diff(before, path.read_bytes()) == ["-status: final\n", "+status: draft\n"]


def test_set_flow_list_on_the_real_site(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_projects" / "2022-dpdib.md"
    before = path.read_bytes()
    code, _, _ = run(
        capsys, str(path), "topics=[Data Protection and Digital Information Bill, Health]"
    )
    assert code == 0
    assert diff(before, path.read_bytes()) == ["+  - Health\n"]
    assert Document.load(path).get("topics") == [
        "Data Protection and Digital Information Bill",
        "Health",
    ]


def test_several_fields_at_once_and_new_field(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_topics" / "health.md"
    code, _, _ = run(capsys, str(path), "title=Health and care", "featured=true", "date=2025-05-19")
    assert code == 0
    doc = Document.load(path)
    assert doc.get("title") == "Health and care"
    assert doc.get("featured") is True
    assert str(doc.get("date")) == "2025-05-19"
    assert "featured: true\ndate: 2025-05-19\n---\n" in doc.text


def test_unchanged_value_does_not_write(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    old = 1_000_000_000
    os.utime(path, (old, old))
    before = path.read_bytes()
    code, _, _ = run(capsys, str(path), "date=2023-04-11", "status=final", "listed=true")
    assert code == 0
    assert path.read_bytes() == before
    assert path.stat().st_mtime == old


def test_crlf_file_stays_crlf(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = site_copy / "_topics" / "participation.md"
    before = path.read_bytes()
    assert run(capsys, str(path), "subtitle=Changed")[0] == 0
    after = path.read_bytes()
    assert after.count(b"\r\n") == before.count(b"\r\n")
    assert len(diff(before.replace(b"\r\n", b"\n"), after.replace(b"\r\n", b"\n"))) == 2


def test_malformed_front_matter_is_refused_and_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "broken.md"
    path.write_bytes(b"---\ntitle: A\nsubtitle: Data: a story\n---\nBody\n")
    before = path.read_bytes()
    code, out, err = run(capsys, str(path), "title=B")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "line 3" in err and "not changed" in err
    assert path.read_bytes() == before


def test_list_front_matter_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.md"
    path.write_bytes(b"---\n- a\n---\n")
    code, _, err = run(capsys, str(path), "title=B")
    assert code == 2 and err.count("\n") == 1
    assert path.read_bytes() == b"---\n- a\n---\n"


def test_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, str(tmp_path / "missing.md"), "title=B")
    assert code == 2 and "cannot read" in err and err.count("\n") == 1


@pytest.mark.parametrize("assignment", ["title", "=x", "subtitle=Data: a story", "topics=[open"])
def test_bad_assignment_is_refused_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], assignment: str
) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"---\ntitle: A\n---\n")
    code, _, err = run(capsys, str(path), "sub=ok", assignment)
    assert code == 2 and err.count("\n") == 1
    assert path.read_bytes() == b"---\ntitle: A\n---\n"


def test_quoted_value_with_colon(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"---\ntitle: A\n---\n")
    assert run(capsys, str(path), 'title="Data: a story"')[0] == 0
    assert path.read_bytes() == b'---\ntitle: "Data: a story"\n---\n'


def test_repeated_key_edits_the_last_with_a_warning(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_projects" / "2024-jrrt-influencing.md"
    code, _, err = run(capsys, str(path), "topics=[Justice]")
    assert code == 0 and "more than once" in err
    assert Document.load(path).get("topics") == ["Justice"]


def test_empty_value_writes_an_empty_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"---\ntitle: A\nimage: x.png\n---\n")
    assert run(capsys, str(path), "image=")[0] == 0
    assert path.read_bytes() == b"---\ntitle: A\nimage:\n---\n"


def test_console_command(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_bytes(b"No header yet\n")
    result = subprocess.run(
        [sys.executable, "-m", "editor_app", "set", str(path), "title=Hello"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert path.read_bytes() == b"---\ntitle: Hello\n---\nNo header yet\n"


def test_legacy_encoding_is_kept_or_the_edit_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "old.md"
    path.write_bytes(b"---\ntitle: Caf\xe9\n---\nNa\xefve body\n")
    assert run(capsys, str(path), "title=Th\u00e9")[0] == 0
    assert path.read_bytes() == b"---\ntitle: Th\xe9\n---\nNa\xefve body\n"
    code, _, err = run(capsys, str(path), "title=A \u2192 B")
    assert code == 2 and "encoding" in err and err.count("\n") == 1
    assert path.read_bytes() == b"---\ntitle: Th\xe9\n---\nNa\xefve body\n"
