"""What the rules know about the whole site (`checks/context.py`): each fact worked out once
per site, index and schema and then shared; the site's own limits for the content checks;
paths as every problem shows them; the values a relation may take; asset folders listed once.

Equivalent survivors of mutation testing (`tools/mutation.py checks-engine`), no test can
tell them apart:
- the double-checked reads in `Context.fact` and `context_for`/`schema_for` (the value is
  the same whether read before or under the lock, one thread at a time);
- `Context.__init__` attributes set to `None` or another empty value that are filled before
  any read (`link_index`, `url_slugs`, `plans`, `raw_bytes`: set by the rules that use them);
- `Context.option` reading a missing limit as `None` rather than the default: `None` is
  refused as unusable and the default given all the same;
- `Context.required_fields`: `getattr(f, "required", ...)` with another or no default (every
  field has `required`); the `.get` defaults of the readable-page and filled counts (a field an
  inferred schema calls required is filled in most readable pages of its collection, so both
  counts hold it);
- `Context.collection_schema` with `and` for `or`: a missing schema fails to answer (caught)
  and the schema's `for_collection(None)` answers None itself; `field_map` without the
  `getattr` default or with its `if cs` dropped (every collection schema has fields; no schema
  gives no fields either way);
- `Context.rel`'s quick prefix test spelt otherwise (`str(None)`, `rstrip(None)`, `lstrip`): the
  `relative_to` after it gives the same path;
- the `ImportError` guard around `load_schema` (the module is always there);
- `.replace(os.sep, "/")` in `Context.rel` (and in `facts.gather_uniques`): the separator is
  already `/` on this system;
- `id(schema)` in `context_for`'s stamp (the remembered schema is compared by identity too);
  `context_for(None, ...)`'s empty entries spelt otherwise (never read without a site).
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from editor_app.core.checks import context as context_module
from editor_app.core.checks.context import Context, context_for, schema_for
from editor_app.core.checks.facts import ImpliedField
from editor_app.core.site import Site


def _entry(path: str, coll: str | None, fm: dict, title: str = "", mtime: float = 0.0) -> Any:
    return SimpleNamespace(
        path=Path(path), collection=coll, front_matter=fm, title=title, error=None, mtime=mtime
    )


class FakeSite:
    """A site that holds its documents in memory (weak references allowed)."""

    def __init__(self, root: Path, entries: list, collections: dict | None = None) -> None:
        self.root = root
        self._entries = entries
        self.collections = collections or {}
        self.asset_folders: list[Path] = []

    def entries(self) -> list:
        return list(self._entries)

    def documents(self, coll: str | None) -> list:
        return [e for e in self._entries if e.collection == coll]


def test_a_fact_is_built_once_and_may_ask_for_another() -> None:
    ctx = Context(None, None, [])
    built: list[str] = []

    def inner(c: Context) -> str:
        built.append("inner")
        return "in"

    def outer(c: Context) -> str:
        built.append("outer")
        return c.fact("inner", inner) + "+out"

    assert ctx.known_fact("outer") is None
    result: list[str] = []
    worker = threading.Thread(target=lambda: result.append(ctx.fact("outer", outer)))
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "a fact asking for another must not wait on itself"
    assert result == ["in+out"]
    assert ctx.fact("outer", outer) == "in+out" and ctx.known_fact("inner") == "in"
    assert built == ["outer", "inner"]


def test_usage_without_a_site_is_empty_and_with_one_counts_the_entries(tmp_path: Path) -> None:
    entries = [_entry("/s/_n/a.md", "n", {"title": "A"}, "A")]
    alone = Context(None, None, entries)
    assert alone.usage.doc_count == Counter() and alone.root is None and alone.root_text == ""
    assert alone.declared is False
    site = FakeSite(tmp_path, entries)
    ctx = Context(site, SimpleNamespace(source="declared"), entries)  # type: ignore[arg-type]
    assert ctx.declared is True and ctx.root == tmp_path and ctx.root_text == str(tmp_path)
    assert ctx.usage.doc_count == Counter({"n": 1})
    assert ctx.usage is ctx.usage
    assert ctx.titles is ctx.usage.titles and ctx.titles == {"n": {"A"}}
    assert ctx.title_list == {"n": ["A"]}
    assert ctx.field_docs is ctx.usage.field_docs and ctx.filled is ctx.usage.filled
    assert ctx.doc_count is ctx.usage.doc_count and ctx.ok_count == Counter({"n": 1})
    assert ctx.broken_titles is ctx.usage.broken_titles
    assert ctx.value_counts is ctx.usage.value_counts and ctx.post_names is ctx.usage.post_names
    assert ctx.unique_fields is ctx.uniques.fields and ctx.unique_values is ctx.uniques.values
    assert ctx.url_prefixes is ctx.urls.prefixes and ctx.any_url_prefix is ctx.urls.any_prefix
    assert Context(site, SimpleNamespace(source="inferred"), entries).declared is False  # type: ignore[arg-type]


def test_url_prefixes_and_post_names_come_from_the_site(tmp_path: Path) -> None:
    entries = [
        _entry("/s/_res/a.md", "res", {"title": "A"}),
        _entry("/s/_posts/2024-01-02-b.md", "posts", {"title": "B"}),
        _entry("/s/_posts/2024-01-01-a.md", "posts", {"title": "C"}),
    ]
    colls = {"res": SimpleNamespace(permalink="/:collection/:name", output=True)}
    ctx = Context(FakeSite(tmp_path, entries, colls), None, entries)  # type: ignore[arg-type]
    assert ctx.url_prefixes == [("/res/", "res")]
    assert ctx.post_index.names == ["2024-01-01-a", "2024-01-02-b"]


def test_the_plan_and_the_limits_come_from_the_sites_schema_file(tmp_path: Path) -> None:
    (tmp_path / "_schema.yml").write_text(
        "checks:\n  off: [broken-link]\n  max_words: 50\n  ratio: 1.5\n  zero: 0\n  neg: -1\n"
        "  flag: true\n  word: x\n  nothing: null\n  yes_word: 'yes'\n  one: 1\n  half: 0.5\n"
    )
    ctx = Context(FakeSite(tmp_path, []), None, [])  # type: ignore[arg-type]
    assert ctx.settings.off == frozenset({"broken-link"})
    assert ctx.plan.off == frozenset({"broken-link"})
    assert all(r.kind != "content" for r in ctx.plan.page_rules)
    assert ctx.content_plan.off == frozenset({"broken-link"})
    assert any(r.kind == "content" for r in ctx.content_plan.page_rules)
    assert ctx.option("max_words", 10) == 50
    assert ctx.option("ratio", 10) == 1.5
    assert ctx.option("max_words", 2.5) == 50
    assert ctx.option("zero", 10) == 10
    assert ctx.option("one", 10) == 1 and ctx.option("half", 10) == 0.5
    assert ctx.option("neg", 3) == 3
    assert ctx.option("flag", 3) == 3  # true is no number
    assert ctx.option("word", 3) == 3
    assert ctx.option("flag", False) is True
    assert ctx.option("yes_word", False) is False
    assert ctx.option("max_words", True) is True
    assert ctx.option("word", "d") == "x"
    assert ctx.option("nothing", "d") == "d"
    assert ctx.option("missing", 2.5) == 2.5
    none = Context(None, None, [])
    assert none.settings.off == frozenset() and none.option("max_words", 7) == 7


def test_paths_are_shown_relative_to_the_site_root() -> None:
    root = Path("/srv/site")
    ctx = Context(FakeSite(root, []), None, [])  # type: ignore[arg-type]
    assert ctx.rel(root / "_notes" / "a.md") == "_notes/a.md"
    assert ctx.rel(Path("/srv/site2/a.md")) == "/srv/site2/a.md"
    assert ctx.rel(root) == "."
    assert ctx.rel(Path("/elsewhere/b.md")) == "/elsewhere/b.md"
    assert Context(None, None, []).rel(Path("/srv/site/a.md")) == "/srv/site/a.md"
    top = Context(FakeSite(Path("/"), []), None, [])  # type: ignore[arg-type]
    assert top.rel(Path("/a/b.md")) == "a/b.md"


class _Schema:
    def __init__(self, source: str, colls: dict) -> None:
        self.source = source
        self.colls = colls

    def for_collection(self, name: str) -> Any:
        if name == "bad":
            raise RuntimeError("cannot answer")
        return self.colls.get(name)


class _Coll:
    def __init__(self, *fields: Any) -> None:
        self.fields = list(fields)

    def field(self, name: str) -> Any:
        return next((f for f in self.fields if f.name == name), None)


def _f(name: str, required: bool = False) -> Any:
    return SimpleNamespace(name=name, required=required)


def test_required_fields_declared_or_filled_by_nearly_every_document(tmp_path: Path) -> None:
    title, summary, ref, extra = _f("title", True), _f("summary", True), _f("ref", True), _f("x")
    coll = _Coll(title, summary, ref, extra)
    entries = [
        _entry(f"/s/_n/{i}.md", "n", {"title": "T", "summary": "s" if i < 3 else "", "ref": "r"})
        for i in range(5)
    ]
    entries[0].front_matter["ref"] = None
    site = FakeSite(tmp_path, entries)
    declared = Context(site, _Schema("declared", {"n": coll}), entries)  # type: ignore[arg-type]
    assert declared.required_fields("n", coll) == [title, summary, ref]
    inferred = Context(site, _Schema("inferred", {"n": coll}), entries)  # type: ignore[arg-type]
    found = inferred.required_fields("n", coll)
    assert found == [title, ref]  # summary: 3 of 5 filled; ref: 4 of 5, all but one
    assert inferred.required_fields("n", _Coll()) is found  # remembered per collection
    assert inferred.required_fields("other", None) == []


def test_a_collections_fields_and_a_schema_that_cannot_answer(tmp_path: Path) -> None:
    a, b = _f("a"), _f("b")
    schema = _Schema("declared", {"n": _Coll(a, b), "empty": _Coll()})
    ctx = Context(FakeSite(tmp_path, []), schema, [])  # type: ignore[arg-type]
    assert ctx.field_map("n") == {"a": a, "b": b}
    assert ctx.field_map("n") is ctx.field_map("n")
    assert ctx.field_map("empty") == {} and ctx.field_map("missing") == {}
    assert ctx.field_map("bad") == {} and ctx.field_map(None) == {}
    assert ctx.field_of("n", "b") is b and ctx.field_of("n", "z") is None
    assert ctx.field_of("bad", "a") is None and ctx.field_of("missing", "a") is None
    assert ctx.collection_schema(None) is None
    assert Context(None, None, []).collection_schema("n") is None


def test_closest_names_and_folded_titles_are_remembered(tmp_path: Path) -> None:
    entries = [_entry("/s/_t/a.md", "t", {"title": "Work"}, "Work")]
    ctx = Context(FakeSite(tmp_path, entries), None, entries)  # type: ignore[arg-type]
    assert ctx.closest(("t",), "Wrok", ["Work", "Play"], 0.6) == "Work"
    assert ctx.guesses == {(("t",), "Wrok", 0.6): "Work"}
    assert ctx.closest(("t",), "Wrok", ["Play"], 0.6) == "Work"  # remembered
    assert ctx.closest(("t",), "Wrok", ["Play"], 0.7) is None
    assert ctx.closest(("u",), "Wrok", ["Work"], 0.9) is None  # the cutoff asked for
    assert ctx.closest(("u",), "Wrok", ["Work"], 0.7) == "Work"
    assert ctx.folded_titles("t") == {"work"}
    assert ctx.folded_titles("t") is ctx.folded_titles("t")
    assert ctx.folded_titles("none") == set()


def test_the_values_a_relation_may_take(tmp_path: Path) -> None:
    entries = [
        _entry("/s/_t/2024-01-02-first-one.md", "t", {"title": "First", "code": "F1"}, "First"),
        _entry("/s/_t/second.md", "t", {"title": "Second", "code": 2}, "Second"),
        _entry("/s/_t/third.md", "t", {"title": "Third", "code": None}, "Third"),
        _entry("/s/_t/fourth.md", "t", {"code": "C4"}, "Fourth"),  # titled by its file name
    ]
    ctx = Context(FakeSite(tmp_path, entries), None, entries)  # type: ignore[arg-type]
    assert ctx.relation_options("t", "title") == (
        {"First", "Second", "Third", "Fourth"},
        ["First", "Second", "Third", "Fourth"],
    )
    assert ctx.relation_options("none", "title") == (set(), [])
    assert ctx.relation_options("t", "file") == (
        {"first-one", "second", "third", "fourth"},
        ["first-one", "second", "third", "fourth"],
    )
    codes = ctx.relation_options("t", "code")
    assert codes == ({"F1", "2", "C4"}, ["F1", "2", "C4"])
    assert ctx.relation_options("t", "code") is codes


def test_asset_folders_are_listed_once(tmp_path: Path) -> None:
    folder = tmp_path / "img"
    folder.mkdir()
    (folder / "Photo.PNG").write_bytes(b"")
    ctx = Context(None, None, [])
    assert ctx.asset_names(folder) == {"photo.png": "Photo.PNG"}
    (folder / "new.png").write_bytes(b"")
    assert ctx.asset_names(folder) == {"photo.png": "Photo.PNG"}  # listed once per check
    assert ctx.asset_names(tmp_path / "missing") is None
    assert ctx.asset_names(str(tmp_path) + "/bad\x00name") is None


def test_implied_fields_only_for_an_inferred_schema_and_remembered(monkeypatch) -> None:
    calls: list[tuple] = []

    def fake(ctx: Context, coll: str | None, key: str) -> ImpliedField | None:
        calls.append((coll, key))
        return ImpliedField(key, "number") if key == "order" else None

    monkeypatch.setattr(context_module, "implied_field", fake)
    site = FakeSite(Path("/s"), [])
    ctx = Context(site, SimpleNamespace(source="inferred"), [])  # type: ignore[arg-type]
    assert ctx.implied_field("n", "order") == ImpliedField("order", "number")
    assert ctx.implied_field("n", "order") == ImpliedField("order", "number")
    assert ctx.implied_field("n", "other") is None
    assert ctx.implied_field("n", "other") is None
    assert ctx.implied_field("n", "title") is None
    assert calls == [("n", "order"), ("n", "other")]
    declared = Context(site, SimpleNamespace(source="declared"), [])  # type: ignore[arg-type]
    assert declared.implied_field("n", "order") is None
    assert Context(None, None, []).implied_field("n", "order") is None
    assert calls == [("n", "order"), ("n", "other")]


def test_the_context_is_rebuilt_only_when_the_index_or_the_schema_changed(tmp_path: Path) -> None:
    entries = [_entry("/s/a.md", None, {"title": "A"}, mtime=1.0)]
    site = FakeSite(tmp_path, entries, {"n": object()})
    schema = SimpleNamespace(source="inferred")
    first = context_for(site, schema)  # type: ignore[arg-type]
    assert context_for(site, schema) is first  # type: ignore[arg-type]
    assert first.entries == entries and first.site is site and first.schema is schema
    other_schema = SimpleNamespace(source="inferred")
    second = context_for(site, other_schema)  # type: ignore[arg-type]
    assert second is not first and second.schema is other_schema
    assert context_for(site, other_schema) is second  # type: ignore[arg-type]
    entries[0].mtime = 2.0
    site._entries = list(entries)
    third = context_for(site, other_schema)  # type: ignore[arg-type]
    assert third is not second
    site._entries.append(_entry("/s/b.md", None, {}, mtime=0.0))
    fourth = context_for(site, other_schema)  # type: ignore[arg-type]
    assert fourth is not third
    site.collections["m"] = object()
    assert context_for(site, other_schema) is not fourth  # type: ignore[arg-type]
    alone = context_for(None, schema)
    assert alone.site is None and alone.schema is schema and alone is not context_for(None, schema)


def _jekyll(root: Path) -> Site:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (root / "_notes").mkdir()
    for i in range(3):
        (root / "_notes" / f"n{i}.md").write_text(f"---\ntitle: Note {i}\n---\nText.\n")
    return Site.open(root)


def test_the_schema_is_loaded_once_until_the_index_changes(tmp_path: Path, monkeypatch) -> None:
    assert schema_for(None) is None
    site = _jekyll(tmp_path / "site")
    schema = schema_for(site)
    assert schema is not None and schema.source == "inferred"
    assert schema_for(site) is schema
    import editor_app.core.schema as schema_module

    def broken(site: Site) -> Any:
        raise RuntimeError("broken")

    monkeypatch.setattr(schema_module, "load_schema", broken)
    assert schema_for(site) is schema  # remembered: not loaded again
    other = _jekyll(tmp_path / "other")
    assert schema_for(other) is None  # a schema that cannot be had: no schema, no crash


def test_a_real_sites_context_sees_its_documents(tmp_path: Path) -> None:
    site = _jekyll(tmp_path / "site")
    ctx = context_for(site, schema_for(site))
    assert ctx.doc_count["notes"] == 3
    assert ctx.titles["notes"] == {"Note 0", "Note 1", "Note 2"}
    assert ctx.rel(site.root / "_notes" / "n0.md") == "_notes/n0.md"
    assert os.sep == "/" or ctx.rel(site.root / "_notes" / "n0.md").count("/") == 1


@pytest.mark.parametrize("key", ["title", "file"])
def test_relation_options_on_a_real_site(tmp_path: Path, key: str) -> None:
    site = _jekyll(tmp_path / "site")
    ctx = context_for(site, schema_for(site))
    values, ordered = ctx.relation_options("notes", key)
    expected = ["Note 0", "Note 1", "Note 2"] if key == "title" else ["n0", "n1", "n2"]
    assert sorted(ordered) == expected and values == set(expected)


def test_an_empty_fact_is_built_once_too() -> None:
    ctx = Context(None, None, [])
    built: list[int] = []

    def empty(c: Context) -> dict:
        built.append(1)
        return {}

    assert ctx.fact("empty", empty) == {} and ctx.fact("empty", empty) == {}
    assert built == [1]
    assert ctx.known_fact("empty") == {}


def test_facts_are_known_by_the_names_the_rules_need(tmp_path: Path) -> None:
    entries = [_entry("/s/_n/a.md", "n", {"title": "A"}, "A")]
    ctx = Context(FakeSite(tmp_path, entries), None, entries)  # type: ignore[arg-type]
    assert [ctx.known_fact(n) for n in ("usage", "unique", "urls", "settings")] == [None] * 4
    facts = {
        "usage": ctx.usage,
        "unique": ctx.uniques,
        "urls": ctx.urls,
        "settings": ctx.settings,
        "plan": ctx.plan,
        "content_plan": ctx.content_plan,
        "post_index": ctx.post_index,
    }
    for name, fact in facts.items():
        assert ctx.known_fact(name) is fact, name
    assert ctx.plan is not ctx.content_plan


def test_the_schema_is_loaded_again_when_the_index_changed(monkeypatch) -> None:
    import editor_app.core.schema as schema_module

    loaded: list[object] = []

    def load(site: Any) -> object:
        loaded.append(object())
        return loaded[-1]

    monkeypatch.setattr(schema_module, "load_schema", load)
    entries = [_entry("/s/a.md", None, {}, mtime=1.0)]
    site = FakeSite(Path("/s"), entries)
    first = schema_for(site)  # type: ignore[arg-type]
    assert first is loaded[0] and schema_for(site) is first  # type: ignore[arg-type]
    site._entries = [_entry("/s/a.md", None, {}, mtime=2.0)]
    second = schema_for(site)  # type: ignore[arg-type]
    assert second is loaded[1]
    site._entries.append(_entry("/s/b.md", None, {}, mtime=0.0))
    assert schema_for(site) is loaded[2]  # type: ignore[arg-type]
    assert len(loaded) == 3
