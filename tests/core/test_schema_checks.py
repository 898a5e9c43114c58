"""Schema inference on small hand-made sites shaped unlike the fixture (independent checks)."""

from __future__ import annotations

import os
from pathlib import Path

from blog_site import blog

from editor_app.core.schema import infer_schema
from editor_app.core.site import Site
from editor_app.core.validate import validate_site


def test_relation_to_pages_named_by_another_field(tmp_path: Path) -> None:
    # Author pages often carry `name:` and no `title:`; posts name their author by it.
    blog(tmp_path, [f"/img/posts/p{i}.jpg" for i in range(6)])
    site = Site.open(tmp_path)
    writer = infer_schema(site).collections["posts"].field("writer")
    assert writer is not None
    assert (writer.type, writer.collection, writer.key) == ("relation", "authors", "name")
    # ...so the untouched site gives no warning about the authors' names.
    assert [p for p in validate_site(site) if p.field == "writer"] == []


def test_one_missing_image_among_a_few_keeps_the_field_an_image(tmp_path: Path) -> None:
    heroes = [f"/img/posts/p{i}.jpg" for i in range(8)] + ["/img/posts/gone.jpg"]
    blog(tmp_path, heroes)
    site = Site.open(tmp_path)
    hero = infer_schema(site).collections["posts"].field("hero")
    assert hero is not None and hero.type == "image"
    found = [(p.path, p.field, p.line) for p in validate_site(site) if p.field == "hero"]
    assert found == [("_posts/2024-03-18-post-8.md", "hero", 4)]


def test_a_field_named_email_stays_email_with_one_bad_address_among_three(tmp_path: Path) -> None:
    blog(tmp_path, [f"/img/posts/p{i}.jpg" for i in range(6)])
    bob = tmp_path / "_authors" / "bob-stone.md"
    bob.write_text(bob.read_text().replace("bob-stone@example.org", "bob at example"))
    site = Site.open(tmp_path)
    email = infer_schema(site).collections["authors"].field("email")
    assert email is not None and email.type == "email"
    found = [(p.path, p.field, p.line, p.severity) for p in validate_site(site)]
    assert found == [("_authors/bob-stone.md", "email", 3, "error")]


def test_a_field_all_but_one_of_a_few_documents_fill_is_required(tmp_path: Path) -> None:
    # Nine readable talks (a tenth has a broken date); one of them lost its title.
    (tmp_path / "_config.yml").write_text("collections:\n  talks:\n    output: true\n")
    (tmp_path / "_talks").mkdir()
    for i in range(10):
        date = "2023-02-31" if i == 7 else f"2023-03-{i + 1:02d}"
        title = "" if i == 8 else f"title: Talk {i}\n"
        (tmp_path / "_talks" / f"talk-{i}.md").write_text(
            f"---\nlayout: talk\n{title}date: {date}\n---\nText.\n"
        )
    site = Site.open(tmp_path)
    assert infer_schema(site).collections["talks"].field("title").required
    found = {(p.path, p.field, p.code) for p in validate_site(site)}
    assert ("_talks/talk-8.md", "title", "required-missing") in found


def test_the_printed_schema_keeps_a_reference_unique(tmp_path: Path) -> None:
    # `editor-app schema` is meant to be saved as `_schema.yml`: a field the validator treats
    # as an identifier (two talks sharing `ref` is reported) must stay one once saved.
    from editor_app.core.schema import SCHEMA_FILE, schema_to_yaml

    (tmp_path / "_config.yml").write_text("collections:\n  talks:\n    output: true\n")
    (tmp_path / "_talks").mkdir()
    for i in range(8):
        ref = "T-001" if i == 5 else f"T-{i:03d}"
        (tmp_path / "_talks" / f"talk-{i}.md").write_text(
            f"---\ntitle: Talk {i}\nref: {ref}\n---\nText.\n"
        )
        # The newer of two files sharing a value is the one told to change.
        os.utime(tmp_path / "_talks" / f"talk-{i}.md", (1_700_000_000 + i, 1_700_000_000 + i))
    site = Site.open(tmp_path)
    assert infer_schema(site).collections["talks"].field("ref").unique
    before = {(p.path, p.field, p.code) for p in validate_site(site)}
    assert ("_talks/talk-5.md", "ref", "duplicate-value") in before
    (tmp_path / SCHEMA_FILE).write_text(schema_to_yaml(infer_schema(site)))
    site = Site.open(tmp_path)
    assert {(p.path, p.field, p.code) for p in validate_site(site)} == before


def test_file_names_shared_with_another_collection_stay_images(tmp_path: Path) -> None:
    # Quote pages show the person's photo: the same file names as the people's own `image`,
    # but a careful human still calls them images from the asset folder, not a relation.
    (tmp_path / "_config.yml").write_text("collections:\n  people: {}\n  quotes: {}\n")
    (tmp_path / "assets" / "people").mkdir(parents=True)
    (tmp_path / "_people").mkdir()
    (tmp_path / "_quotes").mkdir()
    for i in range(6):
        (tmp_path / "assets" / "people" / f"p{i}.jpg").write_bytes(b"jpg")
        (tmp_path / "_people" / f"p{i}.md").write_text(f"---\nname: P {i}\nimage: p{i}.jpg\n---\n")
        (tmp_path / "_quotes" / f"q{i}.md").write_text(f"---\ntitle: Q{i}\nimage: p{i}.jpg\n---\n")
    image = infer_schema(Site.open(tmp_path)).collections["quotes"].field("image")
    assert image is not None and (image.type, image.folder) == ("image", "assets/people")
