"""load_schema never raises on what documents hold: a part that fails is said, the rest goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core import schema as schema_module
from editor_app.core import schema_infer
from editor_app.core.schema import load_schema
from editor_app.core.site import Site


@pytest.fixture
def site(tmp_path: Path) -> Site:
    (tmp_path / "_config.yml").write_text("collections: [people, notes]\n")
    for folder, names in (("_people", ("ann", "bob", "cat")), ("_notes", ("one", "two", "six"))):
        (tmp_path / folder).mkdir()
        for name in names:
            (tmp_path / folder / f"{name}.md").write_text(
                f"---\ntitle: {name.title()}\nrole: writer\nodd: {name}\n---\n"
            )
    return Site.open(tmp_path)


def test_one_field_that_cannot_be_worked_out_becomes_text(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = schema_infer._infer_field

    def fails_on_odd(ctx, coll, key, *rest):  # noqa: ANN001, ANN002, ANN202
        if key == "odd":
            raise RecursionError("maximum recursion depth exceeded")
        return real(ctx, coll, key, *rest)

    monkeypatch.setattr(schema_infer, "_infer_field", fails_on_odd)
    schema = load_schema(site)
    people = schema.collections["people"]
    assert people.field("odd").type == "text"
    assert people.field("role").type == "choice"  # the rest was worked out
    said = [n for n in schema.notes if "`odd`" in n]
    assert said and "nested too deeply" in said[0] and "recursion" not in said[0]


def test_one_collection_that_cannot_be_worked_out_leaves_the_others(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = schema_infer._infer_collection

    def fails_on_notes(ctx, name, docs):  # noqa: ANN001, ANN202
        if name == "notes":
            raise MemoryError
        return real(ctx, name, docs)

    monkeypatch.setattr(schema_infer, "_infer_collection", fails_on_notes)
    schema = load_schema(site)
    assert schema.collections["notes"].fields == []
    assert schema.collections["people"].field("title") is not None
    assert any(n.startswith("notes: the fields could not be worked out") for n in schema.notes)


def test_anything_else_still_gives_a_schema_and_says_why(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(_site: Site) -> None:
        raise ValueError("Exceeds the limit (4300 digits); use sys.set_int_max_str_digits()")

    monkeypatch.setattr(schema_module, "_load_schema", broken)
    schema = load_schema(site)
    assert schema.collections == {}
    assert len(schema.notes) == 1 and "sys." not in schema.notes[0]


def test_a_schema_file_with_an_impossible_date_is_an_error_not_a_crash(site: Site) -> None:
    (site.root / "_schema.yml").write_text(
        "collections:\n  people:\n    - name: born\n      type: date\n      default: 2023-02-30\n"
    )
    schema = load_schema(site)
    assert schema.error is not None and schema.error.line == 5
    assert schema.source == "inferred"


def test_a_field_is_found_by_name_after_the_list_changes() -> None:
    from editor_app.core.schema import CollectionSchema, Field

    cs = CollectionSchema("notes", [Field(f"f{i}") for i in range(900)])
    assert cs.field("f899") is cs.fields[899] and cs.field("nope") is None
    cs.fields.insert(0, Field("new"))
    assert cs.field("new") is cs.fields[0] and cs.field("f899") is cs.fields[900]
    cs.fields[5] = Field("swapped")  # changed in place, same length
    assert cs.field("swapped") is cs.fields[5] and cs.field("f5") is cs.fields[6]
    assert cs.field("f4") is None
    assert CollectionSchema("a", [Field("x")]) == CollectionSchema("a", [Field("x")])


def test_a_relation_points_to_the_pages_named_so_not_to_pages_naming_them(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: [people, studies]\n")
    names = ["Ada Okafor", "Ben Stone", "Cy Lin", "Di Rao"]
    for folder in ("_people", "_studies", "_posts"):
        (tmp_path / folder).mkdir()
    for i, name in enumerate(names):
        (tmp_path / "_people" / f"p{i}.md").write_text(f"---\ntitle: {name}\n---\n")
        # Each post by someone else: `author` names every post, as a title would.
        (tmp_path / "_posts" / f"2024-01-0{i + 1}-p{i}.md").write_text(
            f"---\ntitle: Post {i}\nauthor: {name}\n---\n"
        )
    for i in range(8):
        (tmp_path / "_studies" / f"s{i}.md").write_text(
            f"---\ntitle: Study {i}\nauthor: {names[i % 4]}\n---\n"
        )
    schema = load_schema(Site.open(tmp_path))
    for coll in ("studies", "posts"):
        author = schema.collections[coll].field("author")
        assert (author.type, author.collection, author.key) == ("relation", "people", "title")


def test_a_few_junk_values_do_not_turn_an_image_field_into_text(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("collections: [studies]\n")
    (tmp_path / "assets" / "studies").mkdir(parents=True)
    (tmp_path / "_studies").mkdir()
    for i in range(7):
        (tmp_path / "assets" / "studies" / f"s{i}.png").write_bytes(b"png")
        (tmp_path / "_studies" / f"s{i}.md").write_text(f"---\ntitle: S{i}\nimage: s{i}.png\n---\n")
    (tmp_path / "_studies" / "long.md").write_text(f"---\ntitle: Long\nimage: {'x' * 600}\n---\n")
    (tmp_path / "_studies" / "up.md").write_text(
        "---\ntitle: Up\nimage: ../../../../etc/passwd\n---\n"
    )
    schema = load_schema(Site.open(tmp_path))
    image = schema.collections["studies"].field("image")
    assert (image.type, image.folder) == ("image", "assets/studies")
    said = " ".join(schema.notes)
    assert "_studies/up.md" in said and "_studies/long.md" in said


def test_a_collection_named_only_for_its_sections_has_its_fields_inferred(
    tmp_path: Path,
) -> None:
    """`_schema.yml` naming a collection for its `sections:` (as docs/VALIDATION.md shows)
    does not make every field of its pages unknown: the fields are inferred."""
    from editor_app.core.site import Site

    site = tmp_path / "site"
    (site / "_studies").mkdir(parents=True)
    (site / "_config.yml").write_text("collections:\n  studies:\n    output: true\n", "utf-8")
    (site / "_schema.yml").write_text(
        "collections:\n  studies:\n    sections: [The challenge, What we did]\n", "utf-8"
    )
    for i in range(4):
        (site / "_studies" / f"s{i}.md").write_text(
            f"---\ntitle: Study {i}\ndate: 2025-01-0{i + 1}\n---\n## The challenge\n\nText.\n",
            "utf-8",
        )
    schema = load_schema(Site.open(site))
    studies = schema.for_collection("studies")
    assert studies is not None and {f.name for f in studies.fields} >= {"title", "date"}
    assert any("gives no fields for `studies`" in note for note in schema.notes)
