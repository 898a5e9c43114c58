"""A small Jekyll blog unlike the fixture: `_authors` named by `name:`, dated posts, images."""

from __future__ import annotations

from pathlib import Path

AUTHORS = ("Ann Lee", "Bob Stone", "Cara Diaz")


def blog(root: Path, heroes: list[str]) -> None:
    """A Jekyll blog: `_authors` pages named by `name:` (no title), dated posts, images."""
    (root / "_config.yml").write_text("title: Blog\ncollections:\n  authors:\n    output: true\n")
    (root / "_authors").mkdir()
    for who in AUTHORS:
        slug = who.lower().replace(" ", "-")
        (root / "_authors" / f"{slug}.md").write_text(
            f"---\nname: {who}\nemail: {slug}@example.org\n---\nAbout {who}.\n"
        )
    (root / "img" / "posts").mkdir(parents=True)
    (root / "_posts").mkdir()
    for i, hero in enumerate(heroes):
        (root / "img" / "posts" / f"p{i}.jpg").write_bytes(b"jpg")
        (root / "_posts" / f"2024-03-1{i}-post-{i}.md").write_text(
            f"---\ntitle: Post {i}\nwriter: {AUTHORS[i % 3]}\nhero: {hero}\n---\nText {i}.\n"
        )
