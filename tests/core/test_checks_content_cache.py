"""The remembered content checks (`checks/content_cache.py`): a check with the cache finds
exactly what a check without it finds, on every shared site, cold and warm; an edited page, a
changed limit, house style or language is checked again; a damaged cache is ignored; nothing
is ever written inside the site."""

from __future__ import annotations

import hashlib
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from shared_sites import shared_site_path

from editor_app.core.checks import content_cache, content_cache_file
from editor_app.core.checks import section_infer as sections
from editor_app.core.checks.content_cache import ContentCache
from editor_app.core.checks.content_cache_file import cache_file, cache_folder
from editor_app.core.site import Site
from editor_app.core.validate import validate_paths, validate_site

NAMES = ["connectedbydata", "opensource-guide", "jekyll-docs", "hugo-docs", "eleventy-website"]

LONG_SENTENCE = (
    "This sentence goes on and on with one clause after another, because the author wanted "
    "to say everything at once, including the history of the group, the names of its members, "
    "the dates of its meetings, the rules it follows, the places where it meets and the reasons "
    "for each of them, which is far too much for one sentence to carry for a reader."
)
PAGE = f"""---
title: A note
---

We utilise plain words here. [Click here](http://example.org/report) to read more.

{LONG_SENTENCE}

### A heading too deep
"""


def _snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Every file and folder under `root`, with its size and modification time."""
    found = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder, name)
            st = path.stat()
            found[str(path.relative_to(root))] = (st.st_size, st.st_mtime_ns)
    return found


def _check(root: Path, cache: bool = True) -> list[tuple]:
    problems = validate_site(Site.open(root), cache=cache)
    return [(p.path, p.line, p.field, p.severity, p.code, p.message) for p in problems]


def _codes(problems: list[tuple], path: str = "_notes/a.md") -> list[str]:
    return [p[4] for p in problems if p[0] == path]


class _Inferred:
    """Counts the times the collections' sections are inferred from their pages."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.times = 0
        infer = sections._sections_to_infer

        def counting(*args):
            self.times += 1
            return infer(*args)

        monkeypatch.setattr(sections, "_sections_to_infer", counting)


class _Counted:
    """Counts the pages whose cached rules were worked out (not read back)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.pages: list[str] = []
        record = ContentCache.record

        def counting(cache: ContentCache, rel: str, *args) -> None:
            self.pages.append(rel)
            record(cache, rel, *args)

        monkeypatch.setattr(ContentCache, "record", counting)


@pytest.fixture
def small_site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "_config.yml").write_text("title: Notes\ncollections:\n  notes:\n    output: true\n")
    (root / "_notes" / "a.md").write_text(PAGE, encoding="utf-8")
    (root / "_notes" / "b.md").write_text("---\ntitle: B\n---\n\nShort and clear.\n")
    return root


@pytest.mark.parametrize("name", NAMES)
def test_same_problems_with_and_without_the_cache_on_each_shared_site(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = shared_site_path(name)
    root = tmp_path / name
    shutil.copytree(source, root, symlinks=True)
    before = _snapshot(root)
    plain = _check(root, cache=False)
    assert not cache_file(root.resolve()).exists()  # without the cache, none is written
    counted = _Counted(monkeypatch)
    cold = _check(root)
    assert cold == plain
    assert counted.pages, "the first check works every page out"
    assert cache_file(root.resolve()).is_file()
    counted.pages.clear()
    inferred = _Inferred(monkeypatch)
    warm = _check(root)
    assert warm == plain  # same problems, order, lines and words
    assert counted.pages == []  # every page read back
    assert inferred.times == 0  # and the sections the collections share
    assert any(p[3] == "suggestion" for p in plain) or name == "connectedbydata"
    assert _snapshot(root) == before  # nothing written inside the site


def test_an_edited_page_is_checked_again(small_site: Path, monkeypatch: pytest.MonkeyPatch):
    first = _check(small_site)
    assert "sentence-long" in _codes(first)
    page = small_site / "_notes" / "a.md"
    page.write_text(PAGE.replace(LONG_SENTENCE, "Short now."), encoding="utf-8")
    counted = _Counted(monkeypatch)
    second = _check(small_site)
    assert counted.pages == ["_notes/a.md"]  # b.md read back
    assert "sentence-long" not in _codes(second)
    assert second == _check(small_site, cache=False)
    page.write_text(PAGE, encoding="utf-8")
    assert _check(small_site) == first


def test_a_changed_sentence_limit_is_applied(small_site: Path) -> None:
    assert "sentence-long" in _codes(_check(small_site))
    (small_site / "_schema.yml").write_text("checks:\n  sentence_words: 90\n")
    assert "sentence-long" not in _codes(_check(small_site))
    (small_site / "_schema.yml").write_text("checks:\n  sentence_words: 20\n")
    found = _check(small_site)
    assert "sentence-long" in _codes(found)
    assert any("Over 20, readers" in p[5] for p in found)


def test_a_code_switched_off_is_applied(small_site: Path) -> None:
    assert "link-insecure" in _codes(_check(small_site))
    (small_site / "_schema.yml").write_text("checks:\n  off: [link-insecure]\n")
    assert "link-insecure" not in _codes(_check(small_site))
    (small_site / "_schema.yml").write_text("checks:\n  off: [heading-skipped]\n")
    codes = _codes(_check(small_site))
    assert "link-insecure" in codes and "heading-skipped" not in codes


def test_a_changed_style_list_is_applied(small_site: Path) -> None:
    assert "style-word" not in _codes(_check(small_site))
    (small_site / "_data").mkdir()
    style = small_site / "_data" / "style.yml"
    style.write_text("- use: use\n  not: [utilise]\n  why: Plain English.\n")
    found = _check(small_site)
    assert [p[5] for p in found if p[4] == "style-word"] == [
        "The house style says 'use', not 'utilise'. Plain English."
    ]
    style.write_text("- use: employ\n  not: [utilise]\n")
    found = _check(small_site)
    assert [p[5] for p in found if p[4] == "style-word"] == [
        "The house style says 'employ', not 'utilise'."
    ]
    (small_site / "_schema.yml").write_text("style:\n  - use: words\n    not: [plain]\n")
    assert sum(1 for p in _check(small_site) if p[4] == "style-word") == 2


def test_a_changed_site_language_is_applied(small_site: Path) -> None:
    assert "sentence-long" in _codes(_check(small_site))
    config = small_site / "_config.yml"
    config.write_text(config.read_text() + "lang: ja\n")
    # (judged where words are spaced: not in Japanese)
    assert "sentence-long" not in _codes(_check(small_site))


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not a cache at all",
        b"editor-app content checks 1\n" + b"\0" * 40,
        None,  # the real file cut in half
        "flipped",  # one byte of the real file changed
        "other data",  # a well-formed file holding something else
    ],
)
def test_a_damaged_cache_is_ignored(small_site: Path, damage) -> None:
    plain = _check(small_site, cache=False)
    assert _check(small_site) == plain
    path = cache_file(small_site.resolve())
    data = path.read_bytes()
    if damage is None:
        data = data[: len(data) // 2]
    elif damage == "flipped":
        i = len(data) - 10
        data = data[:i] + bytes([data[i] ^ 0x55]) + data[i + 1 :]
    elif damage == "other data":
        payload = marshal.dumps({"fingerprint": b"x", "pages": {"_notes/a.md": ("bad",)}})
        head = b"editor-app content checks 1\n"
        data = head + hashlib.sha256(payload).digest()[:16] + payload
    else:
        data = damage
    path.write_bytes(data)
    assert _check(small_site) == plain
    assert _check(small_site) == plain  # and the file written again reads back


def test_a_cache_of_wrong_entries_is_not_trusted(small_site: Path, monkeypatch) -> None:
    """An entry whose results do not make problems is worked out again."""
    plain = _check(small_site, cache=False)
    _check(small_site)
    path = cache_file(small_site.resolve())
    fingerprint = _fingerprint(small_site)
    cache = ContentCache(path, fingerprint, content_cache_file.load_cache_file(path, fingerprint))
    digest, _results = cache.old["_notes/a.md"]
    cache.old["_notes/a.md"] = (digest, {"reading": [("not", "a problem")]})
    cache.new = dict(cache.old)
    cache.changed = True
    cache.save(_context(small_site))
    assert _check(small_site) == plain


def _context(root: Path):
    from editor_app.core.checks.context import context_for, schema_for

    site = Site.open(root)
    return context_for(site, schema_for(site))


def _fingerprint(root: Path) -> bytes:
    ctx = _context(root)
    return content_cache_file.code_fingerprint() + content_cache_file.settings_fingerprint(ctx)


def _remembered_pages(root: Path) -> set[str]:
    found = content_cache_file.load_cache_file(cache_file(root.resolve()), _fingerprint(root))
    return set(found["pages"])


def test_pages_no_longer_there_are_dropped(small_site: Path) -> None:
    _check(small_site)
    assert _remembered_pages(small_site) == {"_notes/a.md", "_notes/b.md"}
    (small_site / "_notes" / "b.md").unlink()
    _check(small_site)
    assert _remembered_pages(small_site) == {"_notes/a.md"}


def test_the_cache_folder_is_the_users_not_the_sites(
    small_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cache_folder() == Path(os.environ["EDITOR_APP_CACHE_DIR"]) / "checks"
    monkeypatch.delenv("EDITOR_APP_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "editor-app" / "checks"
    before = _snapshot(small_site)
    _check(small_site)
    assert cache_file(small_site.resolve()).parent == tmp_path / "xdg" / "editor-app" / "checks"
    assert cache_file(small_site.resolve()).is_file()
    assert _snapshot(small_site) == before


def test_an_unwritable_cache_folder_is_no_error(small_site: Path, tmp_path: Path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("in the way")
    monkeypatch.setenv("EDITOR_APP_CACHE_DIR", str(blocker))  # checks/ cannot be made in it
    assert _check(small_site) == _check(small_site, cache=False)


def test_only_some_files_leave_the_cache_alone(small_site: Path) -> None:
    validate_paths([small_site / "_notes" / "a.md"])
    assert not cache_file(small_site.resolve()).exists()
    validate_paths([small_site])
    assert cache_file(small_site.resolve()).is_file()


def test_command_line_no_cache(small_site: Path) -> None:
    env = dict(os.environ)
    run = [sys.executable, "-m", "editor_app", "validate", str(small_site)]
    plain = subprocess.run([*run, "--no-cache"], capture_output=True, text=True, env=env)
    assert plain.returncode == 0, plain.stderr
    assert "sentence" in plain.stdout
    assert not cache_file(small_site.resolve()).exists()
    cached = subprocess.run(run, capture_output=True, text=True, env=env)
    assert cache_file(small_site.resolve()).is_file()
    again = subprocess.run(run, capture_output=True, text=True, env=env)
    assert plain.stdout == cached.stdout == again.stdout
    assert plain.stderr == cached.stderr == again.stderr == ""


def test_a_ci_job_keeps_the_cache_in_a_folder_it_restores(
    small_site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As a CI job does (VALIDATION.md): EDITOR_APP_CACHE_DIR points at a folder the CI saves
    # after the job and restores before the next one, into a fresh checkout at the same path
    # (every file written anew: new modification times).
    kept = tmp_path / "ci-cache"
    monkeypatch.setenv("EDITOR_APP_CACHE_DIR", str(kept))
    source = tmp_path / "repository"
    shutil.copytree(small_site, source)
    run = [sys.executable, "-m", "editor_app", "validate", str(small_site)]
    first = subprocess.run(run, capture_output=True, text=True, env=dict(os.environ))
    assert "sentence" in first.stdout
    assert [p.parent for p in kept.rglob("*.cache")] == [kept / "checks"]
    saved = tmp_path / "saved"
    shutil.copytree(kept, saved)  # the CI saves the folder ...
    shutil.rmtree(kept)
    shutil.rmtree(small_site)  # ... the next job starts from a fresh checkout
    shutil.copytree(source, small_site)
    shutil.copytree(saved, kept)  # ... and the restored folder
    counted = _Counted(monkeypatch)
    again = validate_paths([small_site])
    assert counted.pages == []  # every page read back
    assert [(p.path, p.line, p.code, p.message) for p in again] == [
        (p.path, p.line, p.code, p.message) for p in validate_paths([small_site], cache=False)
    ]
    second = subprocess.run(run, capture_output=True, text=True, env=dict(os.environ))
    assert second.stdout == first.stdout and second.returncode == first.returncode


def _report(title: str, parts: list[str]) -> str:
    body = "\n\n".join(f"## {part}\n\nSome words about {part.lower()}." for part in parts)
    return f"---\ntitle: {title}\n---\n\n{body}\n"


def test_the_sections_a_collection_shares_are_inferred_again_when_its_pages_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "site"
    (root / "_reports").mkdir(parents=True)
    (root / "_config.yml").write_text("collections:\n  reports:\n    output: true\n")
    for n in range(6):
        parts = ["Summary", "Findings", "Next steps"] if n else ["Summary", "Next steps"]
        (root / "_reports" / f"r{n}.md").write_text(_report(f"Report {n}", parts))
    plain = _check(root, cache=False)
    assert _codes(plain, "_reports/r0.md") == ["section-missing"]
    assert _check(root) == plain
    inferred = _Inferred(monkeypatch)
    assert _check(root) == plain
    assert inferred.times == 0  # read back
    for n in (1, 2):  # now only 3 pages in 6 have Findings: no longer expected
        (root / "_reports" / f"r{n}.md").write_text(_report(f"Report {n}", ["Summary", "Next steps"]))
    changed = _check(root)
    assert inferred.times == 1
    assert _codes(changed, "_reports/r0.md") == []
    assert changed == _check(root, cache=False)
    assert _check(root) == changed
    assert inferred.times == 2  # the check without the cache; the last one read it back


def test_an_unchanged_site_leaves_the_file_as_it_was(small_site: Path) -> None:
    _check(small_site)
    path = cache_file(small_site.resolve())
    before = path.stat().st_mtime_ns, path.read_bytes()
    os.utime(path, ns=(1, 1))
    _check(small_site)
    assert path.stat().st_mtime_ns == 1  # nothing new to write
    assert path.read_bytes() == before[1]


def test_a_stopped_check_keeps_the_old_file(small_site: Path) -> None:
    _check(small_site)
    path = cache_file(small_site.resolve())
    kept = path.read_bytes()
    (small_site / "_notes" / "b.md").write_text("---\ntitle: B\n---\n\nChanged.\n")

    def stop(done: int, total: int) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        validate_site(Site.open(small_site), progress=stop)
    assert path.read_bytes() == kept


def _png(width: int, height: int, size: int) -> bytes:
    head = b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big")
    return head + bytes(size - len(head))


def _heavy(problems: list[tuple]) -> list[tuple]:
    return [(p[0], p[1], p[2], p[5].split(":")[0]) for p in problems if p[4] == "image-heavy"]


def test_images_are_weighed_again_when_their_files_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "assets").mkdir()
    (root / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (root / "_notes" / "a.md").write_text("---\ntitle: A\n---\n\n![The team](/assets/team.png)\n")
    (root / "_notes" / "b.md").write_text("---\ntitle: B\n---\n\n![The dog](../assets/dog.png)\n")
    (root / "_notes" / "c.md").write_text("---\ntitle: C\n---\n\nNo image.\n")
    team, dog = root / "assets" / "team.png", root / "assets" / "dog.png"
    team.write_bytes(_png(100, 100, 1024))
    assert _heavy(_check(root)) == []
    counted = _Counted(monkeypatch)
    assert _heavy(_check(root)) == []
    assert counted.pages == []  # read back: the same files
    team.write_bytes(_png(100, 100, 600 * 1024))  # the page unchanged, its image heavier
    found = _check(root)
    assert _heavy(found) == [
        ("_notes/a.md", 5, None, "The image 'team.png' is heavy (600 KB, 100 x 100 pixels)")
    ]
    assert found == _check(root, cache=False)
    counted.pages.clear()
    assert _check(root) == found
    assert counted.pages == []
    dog.write_bytes(_png(5000, 10, 200 * 1024))  # a missing image now there
    found = _check(root)
    assert _heavy(found)[0][:2] == ("_notes/a.md", 5)
    assert _heavy(found)[1] == (
        "_notes/b.md", 5, None, "The image 'dog.png' is heavy (200 KB, 5000 x 10 pixels)"
    )
    assert found == _check(root, cache=False)
    team.unlink()  # an image gone: nothing to weigh
    found = _check(root)
    assert [p[0] for p in _heavy(found)] == ["_notes/b.md"]
    assert found == _check(root, cache=False) == _check(root)


def test_a_changed_image_field_is_applied(tmp_path: Path) -> None:
    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "_config.yml").write_text("collections:\n  notes:\n    output: true\n")
    (root / "_notes" / "a.md").write_text("---\ntitle: A\nphoto: p.png\n---\n\nWords.\n")
    for folder, size in (("small", 1024), ("big", 700 * 1024)):
        (root / folder).mkdir()
        (root / folder / "p.png").write_bytes(_png(10, 10, size))
    schema = root / "_schema.yml"
    field = "collections:\n  notes:\n    fields:\n      - {{name: photo, type: image, folder: {}}}\n"
    schema.write_text(field.format("small"))
    assert _heavy(_check(root)) == []
    assert _heavy(_check(root)) == []
    schema.write_text(field.format("big"))
    found = _check(root)
    assert _heavy(found) == [
        ("_notes/a.md", 3, "photo", "The image 'p.png' is heavy (700 KB, 10 x 10 pixels)")
    ]
    assert found == _check(root, cache=False) == _check(root)


def test_changed_declared_sections_are_applied(small_site: Path) -> None:
    assert "section-missing" not in _codes(_check(small_site))
    schema = small_site / "_schema.yml"
    schema.write_text("collections:\n  notes:\n    sections: [Summary]\n")
    found = _check(small_site)
    assert "section-missing" in _codes(found)
    assert found == _check(small_site, cache=False) == _check(small_site)
    schema.write_text("collections:\n  notes:\n    sections: [A heading too deep]\n")
    assert "section-missing" not in _codes(_check(small_site))


def test_sections_worked_out_without_the_files_bytes_are_not_trusted_later(
    tmp_path: Path,
) -> None:
    root = tmp_path / "site"
    (root / "_reports").mkdir(parents=True)
    (root / "_config.yml").write_text("collections:\n  reports:\n    output: true\n")
    for n in range(6):
        parts = ["Summary", "Findings", "Next steps"] if n else ["Summary", "Next steps"]
        (root / "_reports" / f"r{n}.md").write_text(_report(f"Report {n}", parts))
    first = _check(root)
    assert _codes(first, "_reports/r0.md") == ["section-missing"]
    r1 = root / "_reports" / "r1.md"
    kept = r1.read_text()
    r1.write_text(_report("Report 1", ["Summary", "Next steps"]))
    site = Site.open(root)
    site.keep_read_bytes = False  # as the window's index: no bytes handed to the check
    middle = [(p.path, p.code) for p in validate_site(site)]
    assert ("_reports/r0.md", "section-missing") not in middle  # 4 pages in 6: not expected
    r1.write_text(kept)  # back as the sections were first inferred from
    assert _check(root) == first


def test_problems_read_back_are_problems_like_the_others(small_site: Path) -> None:
    plain = validate_site(Site.open(small_site), cache=False)
    validate_site(Site.open(small_site))
    warm = validate_site(Site.open(small_site))
    assert warm == plain and {hash(p) for p in warm} == {hash(p) for p in plain}
    assert [type(p) for p in warm] == [type(p) for p in plain]
    suggestion = next(p for p in warm if p.code == "sentence-long")
    assert suggestion.to_json()["path"] == "_notes/a.md"
    with pytest.raises(AttributeError):
        suggestion.line = 1  # type: ignore[misc]


def test_a_page_read_back_whole_runs_only_the_rules_the_cache_does_not_hold(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from types import SimpleNamespace

    from editor_app.core.checks import registry
    from editor_app.core.checks.page import make_page
    from editor_app.core.checks.problem import Problem
    from editor_app.core.checks.registry import Rule, plan_for, register, run_page

    monkeypatch.setattr(registry, "RULES", [])
    monkeypatch.setattr(registry, "CODES", {})
    ran: list[str] = []

    def rule(name: str, code: str, kind: str = "build") -> Rule:
        def check(page, ctx):  # noqa: ANN001, ANN202
            ran.append(name)
            return [Problem(page.rel, 1, None, "error", code, "found now")]

        return register(Rule(name, {code: "error"}, check=check, kind=kind))

    rule("fields", "b1")
    rule("reading", "r1", "content")  # a cached rule
    rule("other", "o1", "content")  # a content rule the cache does not hold
    rule("links", "b2")
    plan = plan_for(frozenset({"b2"}), True)
    ctx = SimpleNamespace(plan=plan_for(frozenset()), content_plan=plan)
    back = [Problem("p.md", 3, None, "suggestion", "r1", "read back"),
            Problem("p.md", 4, None, "suggestion", "b2", "read back, code off")]
    cache = ContentCache(Path("unused"), b"", {})
    cache.live = set()
    monkeypatch.setattr(cache, "start", lambda page: content_cache.KnownResults(list(back)))
    page = make_page("p.md", None, None, "x")
    found = run_page(page, ctx, content=True, cache=cache)  # type: ignore[arg-type]
    assert ran == ["fields", "other"]  # not reading (read back), not links (its code is off)
    assert [(p.code, p.message) for p in found] == [
        ("r1", "read back"),
        ("b1", "found now"),
        ("o1", "found now"),
    ]
    assert cache.rules_left(plan) == tuple(r for r in plan.page_rules if r.name != "reading")
    assert cache.rules_left(plan) is cache.rules_left(plan)  # worked out once
