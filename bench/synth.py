"""Synthetic sites for the benchmarks, made by copying and varying the fixture site's documents."""

from __future__ import annotations

import random
import re
import shutil
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO.parent / "shared" / "sites" / "connectedbydata"


def _vary_title(m: re.Match[bytes], i: int) -> bytes:
    value = m.group(1)
    tag = b" (copy %d)" % i
    if len(value) > 1 and value[:1] in (b'"', b"'") and value[-1:] == value[:1]:
        return b"title: " + value[:-1] + tag + value[-1:]
    return b"title: " + value + tag


def build_site(dest: Path, count: int, seed: int = 7) -> None:
    """Copy the fixture site without its resources, then write `count` varied resources.

    Titles, references and dates are varied so no two documents are the same and unique-value
    checks have real work to do; everything else (messiness included) is as the site has it.
    """
    shutil.copytree(SOURCE, dest, ignore=shutil.ignore_patterns("_resources"))
    (dest / "_resources").mkdir()
    originals = sorted((SOURCE / "_resources").glob("*.md"))
    texts = [p.read_bytes() for p in originals]
    rng = random.Random(seed)
    for i in range(count):
        data = texts[i % len(texts)]
        data = re.sub(
            rb"(?m)^title: ([^\r\n]*?)[ \t]*(?=\r?$)",
            lambda m, i=i: _vary_title(m, i),
            data,
            count=1,
        )
        data = re.sub(
            rb"(?m)^reference: ([^\r\n]*?)[ \t]*(?=\r?$)", rb"reference: \1-%d" % i, data, count=1
        )
        year = rng.choice((2016, 2020, 2024))  # leap years, so 29 February stays valid
        data = re.sub(rb"(?m)^date: \d{4}", b"date: %d" % year, data, count=1)
        name = f"{originals[i % len(originals)].stem}-{i:05d}.md"
        (dest / "_resources" / name).write_bytes(data)


def build_site_total(dest: Path, total: int, seed: int = 7) -> None:
    """Like `build_site`, with enough resources that the site holds about `total` documents."""
    others = sum(1 for p in SOURCE.rglob("*.md") if "_resources" not in p.parts)
    build_site(dest, max(1, total - others), seed)


def longest_fixture_document() -> Path:
    """The longest page of the fixture's `_resources`."""
    return max((SOURCE / "_resources").glob("*.md"), key=lambda p: p.stat().st_size)


def long_document(size: int) -> str:
    """A document of about `size` characters: the fixture's bodies repeated under one header."""
    bodies = []
    for path in sorted((SOURCE / "_resources").glob("*.md")):
        text = path.read_text(encoding="utf-8", errors="replace")
        parts = text.split("\n---", 2)
        bodies.append(parts[-1].split("\n", 1)[-1] if len(parts) > 1 else text)
    header = (
        "---\nlayout: resource\ntitle: A very long page\nauthor: Jeni Tennison\n"
        "date: 2025-01-01\nstatus: draft\n---\n"
    )
    out, total, i = [header], len(header), 0
    while total < size:
        chunk = bodies[i % len(bodies)].replace("{%", "").replace("{{", "") + "\n\n"
        out.append(chunk)
        total += len(chunk)
        i += 1
    return "".join(out)


def raw_floor(root: Path) -> float:
    """Read every Markdown file and CSafeLoad its front matter: the floor to compare with."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    start = time.perf_counter()
    for path in root.rglob("*.md"):
        text = path.read_text(encoding="utf-8", errors="replace")
        if text.startswith("---"):
            end = text.find("\n---", 3)
            if end > 0:
                try:
                    yaml.load(text[3:end], Loader=loader)  # noqa: S506 - a safe loader
                except yaml.YAMLError:
                    pass
    return time.perf_counter() - start


JEKYLL_DOCS = REPO.parent / "shared" / "sites" / "jekyll-docs"
_SITE_TAG = re.compile(rb"\{%-?\s*(?:link|post_url|include)\b[^%]*%\}")


def _bodies(folder: Path) -> list[tuple[bytes, bytes]]:
    """(header, body) of each Markdown file of `folder`, site-specific tags removed."""
    out = []
    for path in sorted(folder.glob("*.md")) + sorted(folder.glob("*.markdown")):
        data = path.read_bytes().replace(b"\r\n", b"\n")
        parts = data.split(b"\n---\n", 1)
        if not data.startswith(b"---\n") or len(parts) < 2:
            continue
        out.append((parts[0][4:] + b"\n", _SITE_TAG.sub(b"", parts[1])))
    return out


def build_mixed_site(dest: Path, total: int, seed: int = 7, broken_every: int = 200) -> dict:
    """A realistic mix of about `total` documents: posts (the Jekyll blog's), events and
    resources (the fixture's), around the fixture's people, projects and topics.

    One page in 20 links to a post with `{% post_url %}`; one in `broken_every` links to a post
    that was renamed (a near miss of a real name), as on a real site. Returns the counts.
    """
    shutil.copytree(SOURCE, dest, ignore=shutil.ignore_patterns("_resources"))
    rng = random.Random(seed)
    posts_src = _bodies(JEKYLL_DOCS / "_posts") if JEKYLL_DOCS.is_dir() else []
    resources_src = _bodies(SOURCE / "_resources")
    topics = [p.stem.replace("-", " ").capitalize() for p in (SOURCE / "_topics").glob("*.md")]
    others = sum(1 for p in SOURCE.rglob("*.md") if "_resources" not in p.parts)
    room = max(3, total - others)
    n_posts, n_events = room * 4 // 10, room * 2 // 10
    n_resources = room - n_posts - n_events
    for folder in ("_posts", "_events", "_resources"):
        (dest / folder).mkdir(exist_ok=True)
    post_names: list[str] = []
    for i in range(n_posts):
        year, month, day = 2010 + i % 15, 1 + i % 12, 1 + i % 28
        name = f"{year}-{month:02d}-{day:02d}-news-item-{i:05d}"
        post_names.append(name)
        header, body = posts_src[i % len(posts_src)] if posts_src else (b"", b"News.\n")
        header = re.sub(rb"(?m)^date: .*$", b"date: %d-%02d-%02d" % (year, month, day), header)
        header = re.sub(
            rb"(?m)^title: ([^\n]*?)[ \t]*$", lambda m, i=i: _vary_title(m, i), header, count=1
        )
        (dest / "_posts" / f"{name}.md").write_bytes(b"---\n" + header + b"---\n" + body)
    counts = {"posts": n_posts, "events": n_events, "resources": n_resources, "broken": 0}

    def link_line(i: int) -> bytes:
        if not post_names:
            return b""
        if i % broken_every == broken_every // 2:
            counts["broken"] += 1
            name = post_names[rng.randrange(len(post_names))]
            renamed = name.replace("news-item", "news-itme")  # the post was renamed since
            return b"\nSee {%% post_url %s %%} for the story.\n" % renamed.encode()
        if i % 20 == 0:
            name = post_names[rng.randrange(len(post_names))]
            return b"\nSee {%% post_url %s %%} for the story.\n" % name.encode()
        return b""

    for i in range(n_events):
        topic = topics[i % len(topics)] if topics else "Work"
        header = (
            f"layout: event\ntitle: Community meeting {i}\ndate: 2024-{1 + i % 12:02d}-"
            f"{1 + i % 28:02d}\nlocation: Room {i % 40}, Town Hall\n"
            f"link: https://example.org/events/{i}\ntopics:\n  - {topic}\n"
        ).encode()
        body = resources_src[i % len(resources_src)][1][:1500] + link_line(i)
        (dest / "_events" / f"meeting-{i:05d}.md").write_bytes(b"---\n" + header + b"---\n" + body)
    for i in range(n_resources):
        header, body = resources_src[i % len(resources_src)]
        header = re.sub(
            rb"(?m)^title: ([^\n]*?)[ \t]*$", lambda m, i=i: _vary_title(m, i), header, count=1
        )
        header = re.sub(rb"(?m)^reference: (.*)$", rb"reference: \1-%d" % i, header, count=1)
        body = body + link_line(n_events + i)
        (dest / "_resources" / f"resource-{i:05d}.md").write_bytes(
            b"---\n" + header + b"---\n" + body
        )
    return counts
