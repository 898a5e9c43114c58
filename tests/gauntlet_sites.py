"""Small sites of layouts the fixture does not have, each with the same three planted problems:
an impossible date, a missing title and an unknown person (shared by the gauntlet tests)."""

from __future__ import annotations

from pathlib import Path

AUTHORS = ("Ann Lee", "Bob Ray", "Cat Dunn", "Dan Moss")
# What validate must find in every synthetic site: (file name, problem code).
PLANTED = {
    ("2024-02-01-bad-date.md", "invalid-date"),
    ("2024-03-01-no-title.md", "required-missing"),
    ("2024-03-02-stranger.md", "unknown-relation"),
}


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _header(**fields: str) -> str:
    return "---\n" + "".join(f"{k}: {v}\n" for k, v in fields.items()) + "---\nSome text.\n"


def fill_blog(people: Path, posts: Path, author_key: str = "author") -> None:
    """People pages and posts naming them; three posts carry the planted problems."""
    for name in AUTHORS:
        slug = name.lower().replace(" ", "-")
        write(people / f"{slug}.md", _header(title=name, role="writer"))
    for i in range(1, 9):
        write(
            posts / f"2024-01-0{i}-post-{i}.md",
            _header(title=f"Post {i}", date=f"2024-01-0{i}", **{author_key: AUTHORS[i % 4]}),
        )
    write(
        posts / "2024-02-01-bad-date.md",
        _header(title="Bad date", date="2024-02-30", **{author_key: AUTHORS[0]}),
    )
    write(posts / "2024-03-01-no-title.md", _header(date="2024-03-01", **{author_key: AUTHORS[1]}))
    write(
        posts / "2024-03-02-stranger.md",
        _header(title="Stranger", date="2024-03-02", **{author_key: "Zed Nobody"}),
    )


def jekyll_src_site(root: Path) -> Path:
    """Jekyll whose pages live in `src/`, with `source: .tmp/src` made by a build step."""
    write(root / "_config.yml", "source: .tmp/src\ncollections:\n  people:\n    output: true\n")
    fill_blog(root / "src" / "_people", root / "src" / "_posts")
    write(root / "src" / "about.md", _header(title="About"))
    write(root / "README.md", "# How to build\n")
    return root


def eleventy_site(root: Path) -> Path:
    """Eleventy with its input folder set in the configuration, and directory data."""
    write(
        root / ".eleventy.js",
        "module.exports = function (eleventyConfig) {\n"
        '  return { dir: { input: "site", output: "_site" } };\n};\n',
    )
    fill_blog(root / "site" / "people", root / "site" / "posts")
    write(root / "site" / "posts" / "posts.json", '{"layout": "post.njk"}\n')
    write(root / "site" / "index.md", _header(title="Home"))
    write(root / "content" / "stray" / "x.md", _header(title="Not in the input folder"))
    return root


def hugo_multilingual_site(root: Path) -> Path:
    """Hugo with a content folder per language and section pages."""
    write(
        root / "hugo.toml",
        'defaultContentLanguage = "en"\n'
        "[languages]\n"
        '  [languages.en]\n    contentDir = "content/en"\n'
        '  [languages.de]\n    contentDir = "content/de"\n',
    )
    fill_blog(root / "content" / "en" / "people", root / "content" / "en" / "posts")
    write(
        root / "content" / "de" / "posts" / "2024-01-09-beitrag.md",
        _header(title="Beitrag", date="2024-01-09", author=AUTHORS[2]),
    )
    write(root / "content" / "en" / "_index.md", "+++\ntitle = 'Home'\n+++\n")
    write(root / "content" / "en" / "posts" / "_index.md", _header(title="Posts"))
    write(root / "content" / "de" / "posts" / "_index.md", _header(title="Beiträge"))
    return root


def hugo_toml_site(root: Path) -> Path:
    """Hugo as `hugo new` makes it: every header in TOML between +++ lines."""
    write(root / "hugo.toml", "title = 'TOML site'\n")
    fill_blog(root / "content" / "people", root / "content" / "posts")
    for page in (root / "content").rglob("*.md"):
        lines = page.read_text(encoding="utf-8").split("\n")
        end = lines.index("---", 1)
        header = []
        for line in lines[1:end]:
            key, _, value = line.partition(": ")
            quoted = value if key == "date" and value[:2] == "20" else f"'{value}'"
            header.append(f"{key} = {quoted}")
        page.write_text("+++\n" + "\n".join(header) + "\n+++\n" + "\n".join(lines[end + 1 :]))
    return root


SYNTHETIC = {
    "jekyll-src": jekyll_src_site,
    "eleventy-input": eleventy_site,
    "hugo-multilingual": hugo_multilingual_site,
}
