"""Site-wide facts the rules share (`checks/facts.py`): what each collection's documents hold,
which fields must be unique and who holds each value, the fixed start of each collection's
addresses, and the fields the values plainly are when the schema was inferred.

Equivalent survivors of mutation testing (`tools/mutation.py checks-engine`), no test can
tell them apart:
- `Usage`/`Uniques`/`UrlPrefixes` default factories replaced by others that give the same empty
  container on first use (`defaultdict(set)` read only through `.get` or after filling);
- `title_of_broken`'s `decode("utf-8", ...)` without the codec or as "UTF-8": the same codec;
- `_implied_kind`'s early test with `filled / 10` for `filled // 10` (the count of texts is a
  whole number: above a tenth exactly when above its whole part); a kind counted twice
  (`kinds[...] += 2`): the early test already holds the texts to a tenth of the filled values
  (quoted dates counted as text), so the counts below decide the same (a single other kind
  is implied from 3 on either way, and two kinds never are);
- `_implied_kind`'s counts after the early test, which already held the texts to a tenth of the
  filled values and counted every address as text: the text count set to 1 or counted down,
  the second text limit (`max(2, ...)`, `total / 10`), an address counted otherwise (`= 1`,
  `-= 1`, `+= 2`, under another name: it is always beside more text than a slip may be), a
  group of fields counted `= 1`, `-= 1` or `+= 2` (any count but 0 refuses); the pick of the
  most common kind without its `key` (by name), without or with another `default` (there is
  always a kind besides text), or with text among the candidates (text is never the most
  common: it is a tenth at most);
- `gather_usage`'s `value is True` for `value is False` in the empty-value test (`False == 0`
  keeps false counted all the same);
- `gather_usage`'s `zip(..., strict=...)` given otherwise (the titles are made one per
  document: the same length);
- `gather_uniques`' root prefix with `rstrip(None)` or without the root test (`or`): a path
  outside that prefix is made relative by `Context.rel`, which gives the same; with no unique
  field there is nothing to hold;
- `static_prefix`'s folder test from the third character (`static[2:]`): the second is never
  a slash, all of them are stripped first;
- `_is_unique_field`'s `getattr(f, "unique", None)` for `False` (every field has `unique`),
  its `getattr(None, "type", "text")` when there is no field ("text" all the same), and its
  quick screen for phrases counting fewer or none of them (`"XX XX"`, `spaced = n`, `-= n`,
  `1.1 * total`): `looks_unique` refuses the same fields after it (a value with a space is no
  slug, and it wants 90 % slugs);
- `implied_field`'s `total` of 1 for no values (only read when there are values);
- `implied_field`'s choice between two equal sums (`len(folded_counts) < len(titles)`).
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from editor_app.core.checks.facts import (
    ImpliedField,
    Usage,
    _implied_kind,
    gather_uniques,
    gather_url_prefixes,
    gather_usage,
    implied_field,
    static_prefix,
    title_of_broken,
)


def _entry(
    path: str | Path,
    coll: str | None,
    fm: dict,
    title: str = "",
    error: str | None = None,
    mtime: float = 0.0,
) -> Any:
    return SimpleNamespace(
        path=Path(path), collection=coll, front_matter=fm, title=title, error=error, mtime=mtime
    )


def test_the_title_of_a_page_whose_header_cannot_be_read(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    cases = {
        b'---\ntitle: "Unclosed quote\nbad: [\n---\n': "Unclosed quote",
        b"---\nx: 1\ntitle:   Spaced out  \r\n---\n": "Spaced out",
        b"---\ntitle: ''\n---\n": "From the index",
        b"---\nsubtitle: No\n---\n": "From the index",
        b"---\n  title: Indented\n---\n": "From the index",
        b"---\ntitle: caf\xe9\n": "caf\ufffd",
    }
    for data, title in cases.items():
        page.write_bytes(data)
        assert title_of_broken(_entry(page, "notes", {}, "From the index", "bad")) == title
    assert title_of_broken(_entry(tmp_path / "gone.md", "notes", {}, "Kept", "bad")) == "Kept"
    assert title_of_broken(_entry(tmp_path, "notes", {}, "A folder", "bad")) == "A folder"


def test_usage_counts_what_each_collection_holds(tmp_path: Path) -> None:
    broken = tmp_path / "broken.md"
    broken.write_bytes(b"---\ntitle: Read anyway\nx: [\n---\n")
    entries = [
        _entry("/s/_notes/a.md", "notes", {"title": "A", "tags": ["x", 3, "y"], "n": 0}, "A"),
        _entry("/s/_notes/b.md", "notes", {"title": "B", "flag": False, "e": "", "z": None}, "B"),
        _entry("/s/_notes/c.md", "notes", {"title": "A", "empty": [], "d": {}, "n": 5}, "A"),
        _entry(broken, "notes", {}, "Broken", "cannot read"),
        _entry("/s/_posts/2024-01-01-hi.md", "posts", {"title": "Hi"}, "Hi"),
        _entry("/s/about.md", None, {"title": "About"}, "About"),
        _entry("/s/empty.md", None, {}, "Empty"),
    ]
    u = gather_usage(entries)
    assert u.doc_count == Counter({"notes": 4, "posts": 1, None: 2})
    assert u.ok_count == Counter({"notes": 3, "posts": 1, None: 1})
    assert u.titles == {"notes": {"A", "B", "Read anyway"}, "posts": {"Hi"}}
    assert u.title_list["notes"] == ["A", "B", "A", "Read anyway"]
    assert u.broken_titles == {"Read anyway"}
    assert u.post_names == {"2024-01-01-hi"}
    assert u.field_docs["notes"] == Counter(
        {"title": 3, "n": 2, "tags": 1, "flag": 1, "e": 1, "z": 1, "empty": 1, "d": 1}
    )
    assert u.filled["notes"] == Counter({"title": 3, "n": 2, "tags": 1, "flag": 1})
    assert u.with_lists == {("notes", "tags")}
    assert u.value_counts[("notes", "title")] == Counter({"A": 2, "B": 1})
    assert u.value_counts[("notes", "tags")] == Counter({"x": 1, "y": 1})
    assert ("notes", "n") not in u.value_counts and ("notes", "e") not in u.value_counts
    assert u.value_counts[(None, "title")] == Counter({"About": 1})
    assert None not in u.titles
    assert gather_usage([]) == Usage()


class _Ctx(SimpleNamespace):
    def rel(self, path: Path) -> str:
        return "outside:" + path.name

    def own_key(self, coll: str | None, front_matter: dict, name: str) -> str:
        return name  # no schema: names as written

    def field_of(self, coll: str | None, key: str) -> Any:
        return self.fields.get((coll, key))

    def declared_in(self, coll: str | None) -> bool:
        return self.declared


def _unique_ctx(entries: list, fields: dict | None = None, declared: bool = False) -> Any:
    return _Ctx(
        usage=gather_usage(entries),
        fields=fields or {},
        declared=declared,
        site=SimpleNamespace(root=Path("/s")),
        entries=entries,
    )


def test_a_document_without_fields_does_not_stop_the_count() -> None:
    entries = [
        _entry("/s/_notes/empty.md", "notes", {}, "Empty"),
        _entry("/s/_notes/a.md", "notes", {"title": "A", "flag": False, "n": 0}, "A"),
    ]
    u = gather_usage(entries)
    assert u.ok_count == Counter({"notes": 1})
    assert u.filled["notes"] == Counter({"title": 1, "flag": 1, "n": 1})


def test_a_readable_pages_title_is_the_one_its_header_gives(tmp_path: Path) -> None:
    page = tmp_path / "quoted.md"
    page.write_bytes(b"---\ntitle: 'It''s here'\n---\n")
    u = gather_usage([_entry(page, "notes", {"title": "It's here"}, "It's here")])
    assert u.titles["notes"] == {"It's here"} and u.broken_titles == set()


def test_unique_fields_and_who_holds_each_value() -> None:
    entries = [
        _entry(f"/s/_notes/n{i}.md", "notes", {"ref": f"R {i}", "handle": f"h{i}"}, mtime=i)
        for i in range(5)
    ]
    entries.append(_entry("/elsewhere/x.md", "notes", {"ref": " R 0 ", "handle": 7}, mtime=9))
    entries.append(_entry("/s/_notes/y.md", "notes", {"ref": "  ", "handle": True}, mtime=8))
    u = gather_uniques(_unique_ctx(entries))
    assert u.fields == {"notes": {"ref", "handle"}}
    assert u.values[("notes", "ref")]["R 0"] == [(0, "_notes/n0.md"), (9, "outside:x.md")]
    assert u.values[("notes", "ref")]["R 4"] == [(4, "_notes/n4.md")]
    assert u.values[("notes", "handle")]["7"] == [(9, "outside:x.md")]
    assert set(u.values[("notes", "handle")]) == {"h0", "h1", "h2", "h3", "h4", "7"}


def test_a_key_written_as_a_number_is_no_unique_field() -> None:
    years = [_entry(f"/s/_n/{i}.md", "n", {2024: f"s{i}", True: f"t{i}"}) for i in range(6)]
    assert gather_uniques(_unique_ctx(years)).fields == {}


def test_which_fields_must_be_unique() -> None:
    def docs(key: str, values: list[str]) -> list:
        return [_entry(f"/s/_n/{i}.md", "n", {key: v}) for i, v in enumerate(values)]

    nine_slugs_one_phrase = [f"s{i}" for i in range(9)] + ["a phrase"]
    assert gather_uniques(_unique_ctx(docs("handle", nine_slugs_one_phrase))).fields == {
        "n": {"handle"}
    }
    eight_slugs = [f"s{i}" for i in range(8)] + ["a phrase", "another one"]
    assert gather_uniques(_unique_ctx(docs("handle", eight_slugs))).fields == {}
    assert gather_uniques(_unique_ctx(docs("ref", [f"R {i}" for i in range(5)]))).fields == {
        "n": {"ref"}
    }
    few = docs("handle", ["a", "b"])
    said = {("n", "handle"): SimpleNamespace(unique=True, type="text")}
    assert gather_uniques(_unique_ctx(few, said)).fields == {"n": {"handle"}}
    not_said = {("n", "handle"): SimpleNamespace(unique=False, type="text")}
    slugs = docs("handle", [f"s{i}" for i in range(6)])
    assert gather_uniques(_unique_ctx(slugs, not_said, declared=True)).fields == {}
    assert gather_uniques(_unique_ctx(slugs, not_said)).fields == {"n": {"handle"}}
    a_date = {("n", "handle"): SimpleNamespace(type="date")}
    assert gather_uniques(_unique_ctx(slugs, a_date)).fields == {}
    listed = slugs + [_entry("/s/_n/l.md", "n", {"handle": ["s9"]})]
    assert gather_uniques(_unique_ctx(listed)).fields == {}


@pytest.mark.parametrize(
    ("permalink", "prefix"),
    [
        ("/:collection/:name", "/resources/"),
        ("/:collection/:name/", "/resources/"),
        ("docs/:title", "/docs/"),
        ("/a/b/:name.html", "/a/b/"),
        ("/:name", None),
        ("/resources", None),
        ("/fixed/page/", "/fixed/page/"),
        ("/blog/:year/:title/", "/blog/"),
        (":year/:title", None),
        ("Xmas/:title", "/Xmas/"),
        ("/blog/post-:title", "/blog/"),
        ("", None),
        (None, None),
    ],
)
def test_the_fixed_start_of_a_collections_addresses(
    permalink: str | None, prefix: str | None
) -> None:
    assert static_prefix(permalink, "resources") == prefix


def test_url_prefixes_longest_first_for_collections_with_pages() -> None:
    coll = SimpleNamespace
    site = SimpleNamespace(
        collections={
            "a": coll(permalink="/a/:name", output=True),
            "ab": coll(permalink="/a/b.c/:name", output=True),
            "hidden": coll(permalink="/hidden/:name", output=False),
            "empty": coll(permalink="/empty/:name", output=True),
            "flat": coll(permalink="/:name", output=True),
        }
    )
    out = gather_url_prefixes(site, Counter({"a": 2, "ab": 1, "hidden": 3, "flat": 4}))
    assert out.prefixes == [("/a/b.c/", "ab"), ("/a/", "a")]
    assert out.any_prefix is not None
    assert out.any_prefix.pattern == "/(?:a/b\\.c/|a/)"
    assert out.any_prefix.search("see /a/bxc/x").group(0) == "/a/"
    none = gather_url_prefixes(site, Counter())
    assert none.prefixes == [] and none.any_prefix is None
    nothing = gather_url_prefixes(None, Counter({"a": 1}))
    assert nothing.prefixes == [] and nothing.any_prefix is None


def test_an_implied_fields_label() -> None:
    assert ImpliedField("case_study-ref", "relation").label == "Case study ref"
    assert ImpliedField("x", "image", label="Given").label == "Given"
    f = ImpliedField("order", "number")
    assert (f.collection, f.folder, f.key, f.required, f.multiple, f.choices, f.unique) == (
        None,
        None,
        "title",
        False,
        True,
        None,
        False,
    )


class _ImplyCtx:
    """The few facts `implied_field` reads, from stand-in documents."""

    def __init__(self, docs: dict, asset_folders: list[Path], root: Path) -> None:
        entries = [
            _entry(f"/s/{c}/{i}.md", c, fm, fm.get("title", ""))
            for c, fms in docs.items()
            for i, fm in enumerate(fms)
        ]
        u = self.usage = gather_usage(entries)
        self.value_counts = u.value_counts
        self.titles = u.titles
        self.filled = u.filled
        self.site = SimpleNamespace(
            root=root,
            generator=None,  # no generator's own date words (`generator_dates`)
            asset_folders=asset_folders,
            documents=lambda c: [e for e in entries if e.collection == c],
        )

    def folded_titles(self, target: str) -> set[str]:
        return {t.casefold() for t in self.titles.get(target, ())}

    def own_key(self, coll: str | None, front_matter: dict, name: str) -> str:
        return name  # no schema: names as written

    def asset_names(self, folder: Path) -> dict[str, str] | None:
        try:
            return {n.lower(): n for n in os.listdir(folder)}
        except OSError:
            return None


def _topics(n: int = 3) -> list[dict]:
    return [{"title": t} for t in ("Work", "Play", "Rest")[:n]]


def test_a_relation_is_implied_when_most_values_are_titles_of_another_collection(
    tmp_path: Path,
) -> None:
    notes = [{"topic": v} for v in ("work", " Play ", "Rest", "Work", "Nothing")]
    ctx = _ImplyCtx({"topics": _topics(), "notes": notes}, [], tmp_path)
    found = implied_field(ctx, "notes", "topic")
    assert found == ImpliedField("topic", "relation", collection="topics")
    # 3 of 5 (60 %) are titles: no relation
    fewer = [{"topic": v} for v in ("work", "Play", "x", "y", "Rest")]
    ctx = _ImplyCtx({"topics": _topics(), "notes": fewer}, [], tmp_path)
    assert implied_field(ctx, "notes", "topic") is None
    # fewer distinct values than titles
    few = [{"topic": v} for v in ("work", "Work", "Play")]
    ctx = _ImplyCtx({"topics": _topics(), "notes": few}, [], tmp_path)
    assert implied_field(ctx, "notes", "topic") == ImpliedField(
        "topic", "relation", collection="topics"
    )
    few_hits = [{"topic": v} for v in ("work", "x", "x", "x", "x")]
    ctx = _ImplyCtx({"topics": _topics(), "notes": few_hits}, [], tmp_path)
    assert implied_field(ctx, "notes", "topic") is None
    # two values are too few to tell
    two = [{"topic": "Work"}, {"topic": "Play"}]
    ctx = _ImplyCtx({"topics": _topics(), "notes": two}, [], tmp_path)
    assert implied_field(ctx, "notes", "topic") is None
    # a collection's own titles do not make a relation to itself
    own = [
        {"title": "Work", "see": "Work"},
        {"title": "Play", "see": "Play"},
        {"title": "Rest", "see": "Rest"},
    ]
    ctx = _ImplyCtx({"notes": own}, [], tmp_path)
    assert implied_field(ctx, "notes", "see") is None
    assert implied_field(ctx, "notes", "missing") is None
    # the collection itself met first, before the one the values name
    ctx = _ImplyCtx({"notes": notes, "topics": _topics()}, [], tmp_path)
    assert implied_field(ctx, "notes", "topic") == ImpliedField(
        "topic", "relation", collection="topics"
    )


def test_an_image_is_implied_when_most_values_are_files_in_an_asset_folder(
    tmp_path: Path,
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    images = tmp_path / "assets" / "img"
    images.mkdir(parents=True)
    for name in ("A.png", "b.jpg", "c.gif"):
        (images / name).write_bytes(b"")
    notes = [{"pic": v} for v in ("a.png", "b.jpg", "c.gif", "B.JPG", "gone.png")]
    ctx = _ImplyCtx({"notes": notes}, [tmp_path / "missing", empty, images], tmp_path)
    assert implied_field(ctx, "notes", "pic") == ImpliedField("pic", "image", folder="assets/img")
    three_of_five = [{"pic": v} for v in ("a.png", "b.jpg", "c.gif", "x.png", "y.png")]
    ctx = _ImplyCtx({"notes": three_of_five}, [images], tmp_path)
    assert implied_field(ctx, "notes", "pic") is None
    not_files = [{"pic": v} for v in ("a.png", "b.jpg", "c.gif", "words", "more words")]
    (images / "words").write_bytes(b"")  # a file without an extension
    ctx = _ImplyCtx({"notes": not_files}, [images], tmp_path)
    assert implied_field(ctx, "notes", "pic") is None
    four_of_five = [{"pic": v} for v in ("a.png", "b.jpg", "c.gif", "B.jpg", "words")]
    ctx = _ImplyCtx({"notes": four_of_five}, [images], tmp_path)
    assert implied_field(ctx, "notes", "pic") == ImpliedField("pic", "image", folder="assets/img")


def test_a_relation_comes_before_files_of_the_same_names(tmp_path: Path) -> None:
    images = tmp_path / "assets" / "img"
    images.mkdir(parents=True)
    names = ("a.png", "b.jpg", "c.gif")
    for name in names:
        (images / name).write_bytes(b"")
    docs = {"shots": [{"title": n} for n in names], "notes": [{"pic": n} for n in names]}
    ctx = _ImplyCtx(docs, [images], tmp_path)
    assert implied_field(ctx, "notes", "pic") == ImpliedField("pic", "relation", collection="shots")


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        ([1, 2, 3, "third"], "number"),
        ([1.5, 2, 3, 4, 5, 6, 7, 8, 9, 10, "x"], "number"),
        ([True, False, True, "yes please"], "boolean"),
        ([dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2024, 1, 3), "soon"], "date"),
        ([dt.date(2024, 1, 1)] * 18 + ["2024-01-02", "soon"], "date"),
        ([dt.datetime(2024, 1, 1, 9, 0)] * 3 + ["soon"], "date"),
        ([1, 2, "third", "fourth"], None),  # too much text for slips
        ([1, 2, 3], None),  # no text at all
        ([1, 2, "x"], None),  # fewer than 4 filled
        ([1] * 18 + ["a", "x"], "number"),
        ([1, 2, True, "x"], None),  # only 2 numbers
        ([1, 2, 3, None, "", "x"], "number"),
        (list(range(1, 19)) + ["a", "b", "c"], None),
        (list(range(1, 19)) + ["a", "b"], "number"),
        ([1] * 20 + ["a", "b"], "number"),
        # Dates written as quoted text are text as written: no slip among them.
        (["2024-01-01", "2024-01-02", "2024-01-03", "soon"], None),
        ([dt.date(2024, 1, 1)] * 3 + ["2024-01-04", "soon"], None),
        ([dt.date(2024, 1, 1)] * 3 + ["2024-01-04"], None),  # dates both ways, no text
    ],
)
def test_numbers_true_false_or_dates_with_a_text_slip(values: list, kind: str | None) -> None:
    ctx = _ImplyCtx({"notes": [{"order": v} for v in values]}, [], Path("/s"))
    found = _implied_kind(ctx, "notes", "order")
    assert found == (None if kind is None else ImpliedField("order", kind, multiple=False))
    if kind is not None:
        assert implied_field(ctx, "notes", "order") == found


def test_only_the_top_of_a_broken_file_is_read_for_its_title(tmp_path: Path) -> None:
    page = tmp_path / "big.md"
    top = b"---\nx: " + b"y" * 100 + b"\n"
    filler = b"z: " + b"w" * (65536 - len(top) - len(b"title: A") - 4) + b"\n"
    start = top + filler
    assert len(start) + len(b"title: A") == 65536
    page.write_bytes(start + b"title: ABC\nbad: [\n---\n")
    assert title_of_broken(_entry(page, "notes", {}, "Index", "bad")) == "A"
    far = tmp_path / "far.md"
    far.write_bytes(b"---\nx: " + b"y" * 70000 + b"\ntitle: Too far\n")
    assert title_of_broken(_entry(far, "notes", {}, "Index", "bad")) == "Index"


def test_unique_fields_named_in_capitals_or_without_a_type() -> None:
    phrases = [_entry(f"/s/_n/{i}.md", "n", {"Ref": f"Item {i}"}) for i in range(5)]
    assert gather_uniques(_unique_ctx(phrases)).fields == {"n": {"Ref"}}
    slugs = [_entry(f"/s/_n/{i}.md", "n", {"handle": f"s{i}"}) for i in range(6)]
    untyped = {("n", "handle"): SimpleNamespace(unique=False)}
    assert gather_uniques(_unique_ctx(slugs, untyped)).fields == {"n": {"handle"}}
    assert gather_uniques(_unique_ctx(slugs, declared=True)).fields == {"n": {"handle"}}


@pytest.mark.parametrize(
    "values",
    [
        [1] * 18 + ["{{ site.x }}", "x"],
        [1] * 18 + ["https://x.org", "x"],
        [1] * 18 + ["/a/path", "x"],
        [1] * 18 + [{"a": 1}, "x"],
        [1, 2, 3, True, True, True, "x"],  # three numbers and three true/false: no one kind
        [1] * 18 + ["2024-01-02", "x"],  # a date among numbers: no one kind
        [{"a": 1}] * 3 + ["x"],  # groups of fields are no kind a text slips from
    ],
)
def test_no_slip_among_addresses_or_mixed_kinds(values: list) -> None:
    ctx = _ImplyCtx({"notes": [{"order": v} for v in values]}, [], Path("/s"))
    assert _implied_kind(ctx, "notes", "order") is None


def test_a_broken_pages_title_keeps_its_first_letter(tmp_path: Path) -> None:
    page = tmp_path / "x.md"
    page.write_bytes(b'---\ntitle: "Xmas party\nbad: [\n---\n')
    assert title_of_broken(_entry(page, "notes", {}, "Index", "bad")) == "Xmas party"
    page.write_bytes(b"---\ntitle: 'X'\n---\n")
    assert title_of_broken(_entry(page, "notes", {}, "Index", "bad")) == "X"
