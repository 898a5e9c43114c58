"""A `.md` file holding binary data (zero bytes) is refused by `render` and `export` in one
plain line, exit 2, as `validate` and `set` refuse it: no preview of garbage, no pack."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main

REFUSAL = "This file holds binary data, not text (it contains zero bytes, which text never does)"


def _site(root: Path) -> tuple[Path, Path]:
    (root / "_config.yml").write_text("title: x\n")
    page = root / "page.md"
    page.write_text("---\ntitle: A page\n---\nHello.\n")
    binary = root / "binary.md"
    binary.write_bytes(b"---\ntitle: T\n---\nHello\x00\x01\x02 world\n")
    return page, binary


@pytest.mark.parametrize("body", [False, True])
def test_render_refuses_a_binary_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: bool
) -> None:
    _page, binary = _site(tmp_path)
    assert main(["render", *(["--body"] if body else []), str(binary)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"editor-app: {binary}: {REFUSAL}, so it has no preview\n"


@pytest.mark.parametrize("name", ["pack.docx", "pack.pdf"])
def test_export_refuses_a_binary_page_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / "site").mkdir()
    page, binary = _site(tmp_path / "site")
    target = tmp_path / name
    assert main(["export", str(page), str(binary), "-o", str(target)]) == 2
    out, err = capsys.readouterr()
    assert err == f"editor-app: {binary}: {REFUSAL}, so it has no place in a pack\n"
    assert out == "" and not target.exists()


@pytest.mark.parametrize("name", ["pack.docx", "pack.pdf"])
def test_export_reads_each_page_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    # Refusing binary data first must not cost a second reading of every page.
    from editor_app.core.document import Document

    (tmp_path / "site").mkdir()
    page, _binary = _site(tmp_path / "site")
    other = page.with_name("other.md")
    other.write_text("---\ntitle: Another\n---\nMore.\n")
    reads: list[Path] = []
    load = Document.load.__func__  # type: ignore[attr-defined]

    def counted_load(cls: type[Document], path: object, *args: object, **kw: object) -> Document:
        reads.append(Path(path).resolve())  # type: ignore[arg-type]
        return load(cls, path, *args, **kw)

    monkeypatch.setattr(Document, "load", classmethod(counted_load))
    target = tmp_path / name
    assert main(["export", str(page), str(other), "-o", str(target)]) == 0
    assert target.is_file()
    assert sorted(reads) == sorted([page.resolve(), other.resolve()])


def test_a_text_page_in_utf16_still_renders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # UTF-16 text holds zero bytes too, yet it is text: only binary data is refused.
    (tmp_path / "_config.yml").write_text("title: x\n")
    page = tmp_path / "wide.md"
    page.write_bytes("---\ntitle: Wide\n---\nHello.\n".encode("utf-16"))
    assert main(["render", str(page)]) == 0
    assert "Hello." in capsys.readouterr().out
