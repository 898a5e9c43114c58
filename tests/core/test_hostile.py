"""Broken and hostile files open with a clear message, nothing lost and nothing run."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import sys
from pathlib import Path

import pytest

from editor_app.core.document import Document
from editor_app.core.site import Site

HOSTILE = Path(__file__).resolve().parent.parent / "data" / "hostile"


def _generator():
    spec = importlib.util.spec_from_file_location("hostile_generate", HOSTILE / "generate.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GEN = _generator()
NAMES = sorted([*GEN.SMALL, GEN.HUGE_NAME])

# What each file must report: a front matter error, a decoding note, or nothing at all.
EXPECT_ERROR = {
    "malformed-yaml.md",
    "bad-indentation.md",
    "tab-indentation.md",
    "python-object-apply.md",
    "python-object-new.md",
    "unknown-tags.md",
    "deep-nesting.md",
    "no-closing-delimiter.md",
    "list-front-matter.md",
    "scalar-front-matter.md",
    "nul-in-front-matter.md",
    "control-chars.md",
    "toml-broken.md",
    "toml-unclosed.md",
    "json-broken.md",
    "json-not-an-object-end.md",
    "key-is-a-list.md",
}
EXPECT_DECODE_NOTE = {"binary-bytes.md", "png-named-md.md", "invalid-utf8.md"}
# Binary data (zero bytes among them) is shown but never rewritten as text.
EXPECT_READ_ONLY = {"binary-bytes.md", "png-named-md.md", "nul-in-front-matter.md", "nul-in-body.md"}
# Pages in UTF-16/32 are read as what they are (no note) and written back the same way.
EXPECT_ENCODING = {
    "utf16.md": "utf-16-le",
    "utf16-no-bom.md": "utf-16-le",
    "utf16-be.md": "utf-16-be",
    "utf32.md": "utf-32-le",
}
PLAIN_TYPES = (str, int, float, bool, type(None), dt.date, dt.datetime, bytes)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus, with the 10 MB file, in a temporary folder."""
    folder = tmp_path_factory.mktemp("hostile")
    GEN.build(folder, include_huge=True)
    return folder


def test_committed_corpus_matches_its_generator() -> None:
    for name, data in GEN.SMALL.items():
        assert (HOSTILE / name).read_bytes() == data, f"regenerate {name}"


def _only_plain_values(value: object) -> bool:
    seen: set[int] = set()
    stack = [value]
    while stack:
        v = stack.pop()
        if id(v) in seen:
            continue  # aliases share objects: visit each once (an alias bomb stays small)
        seen.add(id(v))
        if isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
        elif not isinstance(v, PLAIN_TYPES):
            return False
    return True


@pytest.mark.parametrize("name", NAMES)
def test_every_hostile_file_opens_with_text_intact_and_saves_identically(
    corpus: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # a tag that ran a command would leave a file here
    page = tmp_path / name
    shutil.copyfile(corpus / name, page)
    original = page.read_bytes()

    doc = Document.load(page)

    assert doc.original == original
    assert doc.to_bytes() == original
    assert not doc.is_modified
    assert _only_plain_values(doc.front_matter), "nothing is constructed from YAML tags"
    if name in EXPECT_ERROR:
        assert doc.error is not None, "a broken header is reported"
        assert doc.error.line >= 1 and doc.error.message.strip()
        assert doc.front_matter == {}
    else:
        assert doc.error is None
    assert (doc.decode_error is not None) == (name in EXPECT_DECODE_NOTE)
    assert (doc.read_only_reason is not None) == (name in EXPECT_READ_ONLY)
    if doc.decode_error is None:
        encoding = EXPECT_ENCODING.get(name, "utf-8")
        assert doc.encoding == encoding
        text = original.decode(encoding).removeprefix("\ufeff")
        assert doc.text == text, "the raw text is shown as it is"
    doc.save()
    assert page.read_bytes() == original
    assert not (tmp_path / "hostile-pwned.txt").exists()


@pytest.mark.parametrize("name", sorted(GEN.SMALL))
def test_checks_and_preview_of_a_hostile_file_never_fail(
    corpus: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the window runs on every opened page copes too (the 10 MB page is left out: slow)."""
    from editor_app.core.render import Renderer
    from editor_app.core.validate import validate_document

    monkeypatch.chdir(tmp_path)
    doc = Document.load(corpus / name)
    problems = validate_document(doc)
    if doc.error is not None and doc.has_front_matter:
        assert any(p.severity == "error" for p in problems), "a broken header is a problem"
    assert "<html" in Renderer(None).render_page(doc).lower()
    assert not (tmp_path / "hostile-pwned.txt").exists()


def test_repairing_a_broken_header_by_hand_keeps_the_body(tmp_path: Path) -> None:
    page = tmp_path / "malformed-yaml.md"
    page.write_bytes(GEN.SMALL["malformed-yaml.md"])
    doc = Document.load(page)
    assert doc.error is not None
    doc.set_text(doc.text.replace('"Never closed', '"Now closed"').replace("Justice", "Justice]"))
    assert doc.error is None
    assert doc.front_matter["title"] == "Now closed"
    doc.save()
    assert Document.load(page).body == "The body.\n"


def test_paths_in_front_matter_never_leave_the_site(site_copy: Path) -> None:
    site = Site.open(site_copy)
    for bad in (
        "../../etc/passwd",
        "/etc/passwd",
        "assets/../../../../etc/hostname",
        "assets/\x00evil",
        "..",
    ):
        assert site.resolve_inside(bad) is None, bad
    assert site.resolve_inside("assets") == (site_copy / "assets").resolve()


def test_a_traversing_image_path_is_never_opened(site_copy: Path, tmp_path: Path) -> None:
    """Validation and preview of a page whose image points outside the site open nothing there."""
    from editor_app.core.render import Renderer
    from editor_app.core.validate import validate_document

    secret = tmp_path / "secret.txt"
    secret.write_text("do not read", encoding="utf-8")
    page = next((site_copy / "_resources").glob("*.md"))
    doc = Document.load(page)
    doc.set("image", "../secret.txt")
    site = Site.open(site_copy)

    opened: list[str] = []
    watching = True

    def audit(event: str, args: tuple) -> None:
        if watching and event == "open" and args and isinstance(args[0], str | bytes | os.PathLike):
            opened.append(os.fsdecode(args[0]))

    sys.addaudithook(audit)  # cannot be removed; `watching` turns it off
    try:
        validate_document(doc, site=site)
        Renderer(site).render_page(doc)
    finally:
        watching = False
    assert not [p for p in opened if Path(p).resolve() == secret.resolve()]


@pytest.mark.parametrize("name", sorted(EXPECT_ENCODING))
def test_a_utf16_or_utf32_page_is_edited_and_saved_in_its_own_encoding(
    tmp_path: Path, name: str
) -> None:
    page = tmp_path / name
    original = GEN.SMALL[name]
    page.write_bytes(original)
    doc = Document.load(page)
    encoding = EXPECT_ENCODING[name]
    assert doc.decode_error is None and doc.read_only_reason is None
    doc.set("status", "draft")
    doc.body = doc.body + "Ünïcode ✓\n"
    doc.save()
    saved = page.read_bytes()
    # the same byte-order mark (or none), then the same encoding throughout
    bom = original[
        : len(original) - len(original.decode(encoding).lstrip("\ufeff").encode(encoding))
    ]
    assert saved.startswith(bom)
    text = saved[len(bom) :].decode(encoding)
    assert (
        text
        == original[len(bom) :].decode(encoding).replace("\n---\n", "\nstatus: draft\n---\n", 1)
        + "Ünïcode ✓\n"
    )
    again = Document.load(page)
    assert again.get("status") == "draft" and again.encoding == encoding


@pytest.mark.parametrize("name", sorted(EXPECT_READ_ONLY))
def test_a_binary_file_opens_read_only_and_is_never_rewritten(tmp_path: Path, name: str) -> None:
    from editor_app.core.document import ReadOnlyError

    page = tmp_path / name
    page.write_bytes(GEN.SMALL[name])
    doc = Document.load(page)
    assert doc.read_only_reason and (
        "not look like text" in doc.read_only_reason
        or doc.read_only_reason.startswith("This file holds binary data")
    )
    for edit in (
        lambda: doc.set("title", "x"),
        lambda: doc.remove("title"),
        lambda: setattr(doc, "body", "typed over\n"),
        lambda: doc.set_text("typed over\n"),
        lambda: doc.set_raw_front_matter("title: x\n"),
    ):
        with pytest.raises(ReadOnlyError):
            edit()
    assert not doc.is_modified
    doc.save()  # saving what was read writes the very same bytes
    assert page.read_bytes() == GEN.SMALL[name]


@pytest.mark.parametrize("name", ["binary-bytes.md", "png-named-md.md", "utf16.md"])
def test_cli_set_on_binary_refuses_and_on_utf16_keeps_the_encoding(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from editor_app.cli import main

    page = tmp_path / name
    page.write_bytes(GEN.SMALL[name])
    code = main(["set", str(page), "status=draft"])
    err = capsys.readouterr().err
    if name in EXPECT_READ_ONLY:
        assert code == 2
        assert err.count("\n") == 1 and "not look like text" in err and "Traceback" not in err
        assert page.read_bytes() == GEN.SMALL[name]
    else:
        assert code == 0, err
        assert (
            page.read_bytes().decode("utf-16")
            == "---\ntitle: Sixteen bits\nstatus: draft\n---\nBody.\n"
        )


def test_an_alias_bomb_is_edited_without_expanding_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The check after an edit compares shared lists once, never their 9**12 expansion."""
    from editor_app.cli import main
    from editor_app.core import document_yaml_text

    real_same = document_yaml_text._same
    calls = 0

    def counted(a: object, b: object, seen: object = None) -> bool:
        nonlocal calls
        calls += 1
        if calls > 100_000:
            raise AssertionError("the check walks the expanded aliases")
        return real_same(a, b, seen)

    monkeypatch.setattr(document_yaml_text, "_same", counted)
    page = tmp_path / "alias-bomb-deep.md"
    original = GEN.SMALL["alias-bomb-deep.md"]
    page.write_bytes(original)
    assert main(["set", str(page), "title=Changed", "status=draft"]) == 0, capsys.readouterr()
    assert page.read_bytes() == original.replace(b"title: Laughs\n", b"title: Changed\n").replace(
        b"\n---\nBody", b"\nstatus: draft\n---\nBody"
    )
    doc = Document.load(page)
    doc.remove("status")
    with pytest.raises(ValueError):  # the anchor's value would change every alias of it
        doc.set("a0", ["lol"])
    assert doc.get("a11")[0][0][0][0][0][0][0][0][0][0][0][0] == "lol"
    assert calls > 0


def test_fifty_thousand_fields_are_located_once_not_once_per_field(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each field's line is a lookup: asking for every line never scans every key again."""
    from editor_app.core import document_read

    n = 50_000
    text = "---\n" + "".join(f"field{i}: value {i}\n" for i in range(n)) + "---\nBody.\n"
    doc = Document.from_text(text)
    scans = 0
    real_spans = document_read.DocumentReading._spans

    def counted(self: Document) -> list:
        nonlocal scans
        scans += 1
        return real_spans.fget(self)

    monkeypatch.setattr(document_read.DocumentReading, "_spans", property(counted))
    lines = [doc.field_line(f"field{i}") for i in range(n)]
    assert lines == list(range(2, n + 2))
    assert scans < 10, "a scan of every key per field is quadratic"
    doc.set("field7", "changed")
    assert doc.field_line("field49999") == n + 1
    assert doc.text.count("\n") == text.count("\n")


# -- special files: only ordinary files inside the site are read or written -----------------


def _cli_set(capsys: pytest.CaptureFixture[str], path: Path, *assignments: str) -> tuple[int, str]:
    from editor_app.cli import main

    code = main(["set", str(path), *assignments])
    return code, capsys.readouterr().err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_cli_set_on_a_pipe_named_like_a_page_refuses_without_hanging(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "page.md"
    os.mkfifo(fifo)
    code, err = _cli_set(capsys, fifo, "title=x")  # a blocking read would never return
    assert code == 2 and err.count("\n") == 1 and "not an ordinary file" in err
    assert fifo.is_fifo()


def test_cli_set_on_a_link_to_a_device_leaves_the_device_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], null_device: Path
) -> None:
    link = tmp_path / "page.md"
    link.symlink_to(null_device)
    code, err = _cli_set(capsys, link, "title=x")
    assert code == 2 and "not an ordinary file" in err and "Traceback" not in err
    assert link.is_symlink() and null_device.is_char_device()


def test_cli_set_on_a_link_leading_out_of_the_site_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site, outside = tmp_path / "site", tmp_path / "outside"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: A site\n", encoding="utf-8")
    outside.mkdir()
    secret = outside / "secret.md"
    secret.write_bytes(b"---\ntitle: Not part of the site\n---\n")
    link = site / "_posts" / "2024-01-01-linked.md"
    link.symlink_to(secret)
    code, err = _cli_set(capsys, link, "title=Overwritten")
    assert code == 2 and err.count("\n") == 1 and "outside the site" in err
    assert secret.read_bytes() == b"---\ntitle: Not part of the site\n---\n"
    assert sorted(p.name for p in outside.iterdir()) == ["secret.md"]


def test_cli_set_on_a_full_disk_keeps_the_page_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    from editor_app.core import store

    page = tmp_path / "page.md"
    original = b"---\ntitle: Kept\n---\nEvery word of the body.\n"
    page.write_bytes(original)
    real_write = os.write

    def full(fd: int, data: bytes) -> int:
        if len(data) > 4:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write(fd, data)

    monkeypatch.setattr(store.os, "write", full)
    code, err = _cli_set(capsys, page, "title=Changed")
    assert code == 2 and err.count("\n") == 1 and "not changed" in err
    assert page.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.md"], "no temp file left"


def test_an_alias_bomb_can_be_shown_as_written_without_expanding_it() -> None:
    """The form shows a list or group from its text, where an alias names its anchor."""
    doc = Document.from_bytes(GEN.SMALL["alias-bomb-deep.md"])
    assert doc.value_source("a11") == "&a11 [" + ", ".join(["*a10"] * 9) + "]"
    assert doc.value_source("title") == "Laughs"
    assert doc.value_source("missing") is None
    nested = Document.from_text("---\ntopics:\n  - a\n  - b\nmeta:\n  x: 1\n  y: [2]\n---\n")
    assert nested.value_source("topics") == "- a\n- b"
    assert nested.value_source("meta") == "x: 1\ny: [2]"
