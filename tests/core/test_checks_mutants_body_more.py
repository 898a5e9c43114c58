"""More edges of the body rules found by mutation testing (`tools/mutation.py checks-body
--part ...`): each pins a rule's exact result where a changed operator, bound or word would
show.

Equivalent survivors (no test can tell them apart from the code as written): named in the
docstrings of the other `test_checks_mutants_body*.py` files, and here:
- `image_info.image_size`: a lossy WebP's 16-bit sizes read signed (`<hh`): the low 14 bits
  kept are the same for a negative number; a lossless WebP's length test `> 25`/`>= 26` (the
  test before it wants 30 bytes already) and its size bits read from 5 bytes, not 4 (the
  fifth byte lands above the 28 bits kept); a JPEG's marker without length (restart, TEM,
  a second start) passed one byte at a time (the next, being no 0xFF, is passed alone) and
  the restart range running to 0xD8 (a second start, already passed over), the frame range
  ending at 0xD0 (a restart, passed over before), a segment's length read without "big"
  (Python's default order).
- `images._heavy`: the remembered weights asked under another name or key (`None`,
  "XXimage_weightsXX", "IMAGE_WEIGHTS"), or stored so (also with no maker or one making
  None, the dict being made by the look-up above): only a memo, worked out again; the
  size of a file that cannot be read taken as 1 byte rather than 0 (neither is heavy); "no
  problem" kept as "" rather than None (both falsy; the content cache compares it with its
  remembered answer, and on a difference only checks the images again); the second read
  asked for even when the first 4 KB gave the size (the same size, read again).
- `images._local_file`: the page's file handed over for an address from the site's root or
  a field's folder too (it is then not read: only the memo key differs);
  `_find_local_file`'s early refusals of remote and `data:` addresses spelt otherwise or
  joined with `and` (such an address is then looked up as a file of the site, and no file
  is named "https:" or "data:image/..."; an empty one is a folder, never a file); a field's
  folder stripped of spaces rather than slashes (the site resolves the doubled slashes
  away); the looked-up files remembered under another name (only a memo).
- `images._find_local_file` taking a missing file (or none, as "None") for found: weighing
  it then finds no size, so nothing is heavy; `image_fields_text`'s and `_header_images`'
  `getattr(f, "folder")` without its default (every schema field has a folder); `image_lookups`: the weight looked
  up for a missing file too (`weights.get(None)` is None), a lookup from the root kept with
  its page as "None" (that page is never read for such an address), and the type test's
  `and` (both parts false together: addresses and folders are always text).
- `images.same_image_files` taking a remembered lookup that is no dict for the same files:
  `image_lookups` gives None only for an address or folder that is no text, which the body
  and the schema never give, so a cache file this code wrote holds a dict there; and taking
  lookups it cannot read (a key not of three parts, a page that is no path) for the same:
  the cache file is tied to this code's fingerprint, and this code writes them readable.
- `links._url_exists`: the last part of the address taken with `rsplit("/")`,
  `rsplit("/", 2)` or `[+1]` (a normalised address starts with "/": the same last part);
  `last.upper()` for `last.lower()` (the slug beside it is lowered, and every document is
  indexed by its slug too, so the same documents are found).
- `links._may_link_to_pages`: the next place looked for from two characters on rather than
  one (a place one character on would follow a "/", which starts no link), and a look back
  of 13 characters rather than 12 (only how the characters before end is compared); capital
  X stripped too before that comparison (it lets more pages through to the full scan, which
  finds no link there: an address starting "X/" is no page's); `find(pre, i + 2)` for
  `i + 1` (the same reason as the first). `check_links`: `site is None and not body` (the
  rule is run only with a site, its facts need one; an empty body holds no link either
  way); the tags' pre-check `or` for `and` (a screen: more pages read, the same found).
- `links.check_links`: a post's guess asked of a site without posts (the index of no names
  guesses nothing); the screen asked without its one pattern of every prefix (it then tries
  each prefix in turn, with the same answer).
- `images._image_fields`: the remembered fields asked under another name, or not asked
  (only a memo); `getattr(f, "type")` with another default or none (every schema field has
  a type).
- `images.check_images`: the file's name taken from "XXXX" when there is no file (a heavy
  image always has one).
- `links.check_links`: the line counted from `None` rather than 0 (the same start).
- `suggest.candidates`: the cutoff divided rather than multiplied (more names reach the
  shortlist, still the closest 8 by the same score, and those below the cutoff difflib
  refuses: its ratio is never above rapidfuzz's), the slack added rather than taken off
  (rapidfuzz compares with a tolerance wider than a millionth: a name exactly at the cutoff
  passes either way, as pinned below); `close_match` asking difflib for 2 or 3
  matches rather than 1 (the first is the same).
- `liquid.check_liquid`: the pre-check's `or` as `and` (with a "{" in the body, the two
  two-character tests decide alone, as before); `while pos <= n` (at the end, the next
  search finds nothing and the loop stops all the same); a lone "{" passed with the
  character after it (`pos = i + 2`: that one is no "{" or "%", so starts no tag); "no
  other `{%`" spelt -2 for -1, and `end`/`other` compared with 1 rather than 0 (both are
  searched from two characters on, so never 0 or 1); `other <= end` (a "{%" and a "%}"
  never start at the same character); `end <= 0`/`end < 1` after an unclosed opener (`end`
  is -1 or at least 2); the tag's first word taken from a split in any number of parts, or
  "XXXX" for an empty tag (no block is named either).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.checks.image_info import image_size
from editor_app.core.document import Document
from editor_app.core.site import Site
from editor_app.core.validate import validate_document, validate_site


def _png(w: int, h: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + w.to_bytes(4, "big") + h.to_bytes(4, "big")


def test_a_png_size_is_read_unsigned() -> None:
    # a damaged PNG may claim any size: read as written, never as a negative number
    assert image_size(_png(0xFFFFFFFF, 0x80000000)) == (4294967295, 2147483648)


def test_a_gif_size_is_read_unsigned_from_a_whole_file() -> None:
    gif = b"GIF89a" + (0xFFFF).to_bytes(2, "little") + (0x8000).to_bytes(2, "little")
    assert image_size(gif + b"\xf7\x00\x00" + bytes(40)) == (65535, 32768)


def _webp(kind: bytes, payload: bytes) -> bytes:
    return b"RIFF" + b"\x00\x00\x00\x00" + b"WEBP" + kind + payload


def test_webp_sizes_from_the_start_of_a_whole_file() -> None:
    # the bytes after the sizes (the image data) are no part of them
    lossy = bytes(10) + (640).to_bytes(2, "little") + (480).to_bytes(2, "little")
    assert image_size(_webp(b"VP8 ", lossy) + b"\xff" * 20) == (640, 480)
    extended = bytes(8) + (1919).to_bytes(3, "little") + (1079).to_bytes(3, "little")
    assert image_size(_webp(b"VP8X", extended) + b"\xff" * 20) == (1920, 1080)


def _sof(marker: int, h: int, w: int) -> bytes:
    return bytes([0xFF, marker, 0x00, 0x11, 0x08]) + h.to_bytes(2, "big") + w.to_bytes(2, "big")


def test_jpeg_frame_after_one_stray_byte_or_one_fill_byte() -> None:
    # a stray byte before the frame is passed alone, and so is a lone 0xFF fill byte
    assert image_size(b"\xff\xd8\x00" + _sof(0xC0, 2, 3) + bytes(4)) == (3, 2)
    assert image_size(b"\xff\xd8\xff" + _sof(0xC0, 2, 3) + bytes(4)) == (3, 2)


def test_jpeg_long_segments_are_skipped_whole_and_big_sizes_read_unsigned() -> None:
    # an Exif segment of 258 bytes holding what looks like a frame: its length's both bytes
    # count, or the look-alike inside would be taken for the frame
    payload = bytes(2) + _sof(0xC0, 1, 1) + bytes(256 - 2 - 9)
    exif = b"\xff\xe1" + (258).to_bytes(2, "big") + payload
    assert image_size(b"\xff\xd8" + exif + _sof(0xC0, 40000, 50000) + bytes(4)) == (50000, 40000)


def test_an_image_fields_folder_named_with_capital_xs(tmp_path: Path) -> None:
    # the folder's slashes are stripped, and only they: its own letters stay
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  scans:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(
        "collections:\n  scans:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: image, type: image, folder: /X-rays/}\n"
    )
    (tmp_path / "X-rays").mkdir()
    (tmp_path / "X-rays" / "chest.png").write_bytes(b"x")
    (tmp_path / "_scans").mkdir()
    (tmp_path / "_scans" / "a.md").write_text("---\ntitle: T\nimage: chest.png\n---\nText.\n")
    (tmp_path / "_scans" / "b.md").write_text("---\ntitle: O\nimage: knee.png\n---\nText.\n")
    found = [
        (p.path, p.line, p.code, p.message)
        for p in validate_site(Site.open(tmp_path), content=False)
    ]
    assert found == [
        (
            "_scans/b.md",
            3,
            "file-not-found",
            "There is no file 'knee.png' in X-rays/. Check the name, or add the file there.",
        )
    ]


def _link_site(root: Path, body: str) -> list[tuple]:
    (root / "_config.yml").write_text(
        "title: t\ncollections:\n  resources:\n    output: true\n"
        "    permalink: /resources/:name/\n  xrays:\n    output: true\n    permalink: /X/:name/\n"
    )
    for rel, text in {
        "_resources/annual-report.md": "---\ntitle: R\n---\nHi.\n",
        "_resources/moved.md": "---\ntitle: M\nredirect_from: /nope/\n---\nHi.\n",
        "_xrays/chest.md": "---\ntitle: C\n---\nHi.\n",
        "page.md": "---\ntitle: P\n---\n" + body,
    }.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return [
        (p.line, p.message)
        for p in validate_site(Site.open(root), content=False)
        if p.path == "page.md"
    ]


def test_links_whose_address_starts_or_ends_with_a_capital_x(tmp_path: Path) -> None:
    # only slashes are trimmed from an address's ends: /X/nope/ is not /nope/, and
    # annual-reportX is not annual-report
    found = _link_site(tmp_path, "[a](/X/chest/) [b](/X/nope/)\n\n[c](/resources/annual-reportX)\n")
    assert found == [
        (4, "The link to '/X/nope/' points at no xray of this site."),
        (
            6,
            "The link to '/resources/annual-reportX' points at no resource of this site. "
            "Did you mean '/resources/annual-report/'?",
        ),
    ]


def _png_file(w: int, h: int, size: int) -> bytes:
    return _png(w, h) + bytes(size - 24)


def test_the_sites_image_kb_alone_makes_a_small_image_heavy(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    (tmp_path / "_schema.yml").write_text("checks:\n  image_kb: 150\n")
    (tmp_path / "a.png").write_bytes(_png_file(10, 10, 151 * 1024))
    (tmp_path / "b.png").write_bytes(_png_file(10, 10, 150 * 1024))
    (tmp_path / "page.md").write_text(
        "---\ntitle: P\n---\n![The team](/a.png)\n\n![The team](/b.png)\n"
    )
    found = [
        (p.line, p.message.split(":")[0])
        for p in validate_site(Site.open(tmp_path))
        if p.code == "image-heavy"
    ]
    assert found == [(4, "The image 'a.png' is heavy (151 KB, 10 x 10 pixels)")]


def test_the_sites_image_pixels_alone_makes_a_wide_image_heavy(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    (tmp_path / "_schema.yml").write_text("checks:\n  image_pixels: 200\n")
    (tmp_path / "a.png").write_bytes(_png_file(201, 10, 101 * 1024))
    (tmp_path / "b.png").write_bytes(_png_file(200, 10, 101 * 1024))
    (tmp_path / "page.md").write_text(
        "---\ntitle: P\n---\n![The team](/a.png)\n\n![The team](/b.png)\n"
    )
    found = [
        (p.line, p.message.split(":")[0])
        for p in validate_site(Site.open(tmp_path))
        if p.code == "image-heavy"
    ]
    assert found == [(4, "The image 'a.png' is heavy (101 KB, 201 x 10 pixels)")]


def _heavy_images(root: Path, schema: str, files: dict[str, bytes]) -> list[tuple]:
    (root / "_config.yml").write_text("title: t\n")
    (root / "_schema.yml").write_text(schema)
    body = ""
    for name, data in files.items():
        (root / name).write_bytes(data)
        body += f"![The team](/{name})\n\n"
    (root / "page.md").write_text("---\ntitle: P\n---\n" + body)
    return [
        (p.line, p.message.split(":")[0])
        for p in validate_site(Site.open(root))
        if p.code == "image-heavy"
    ]


def test_a_small_image_at_the_size_limit_is_judged_by_its_size_alone(tmp_path: Path) -> None:
    # under 100 KB and not over image_kb: its pixels are not read, however wide;
    # one byte over image_kb: heavy, with its pixels said
    found = _heavy_images(
        tmp_path,
        "checks:\n  image_kb: 50\n",
        {"at.png": _png_file(9000, 10, 50 * 1024), "over.png": _png_file(10, 10, 50 * 1024 + 1)},
    )
    assert found == [(6, "The image 'over.png' is heavy (50 KB, 10 x 10 pixels)")]


def test_megabytes_are_said_rounded_to_a_tenth(tmp_path: Path) -> None:
    # 1,101,005 bytes are 1.0500002 MB: said as 1.1
    found = _heavy_images(tmp_path, "", {"big.png": _png_file(10, 10, 1101005)})
    assert found == [(4, "The image 'big.png' is heavy (1.1 MB, 10 x 10 pixels)")]


def test_an_image_that_cannot_be_opened_is_not_called_heavy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from editor_app.core.checks import images

    def refused(*_args: object, **_kwargs: object) -> None:
        raise PermissionError("refused")

    monkeypatch.setattr(images, "open", refused, raising=False)
    found = _heavy_images(tmp_path, "", {"big.png": _png_file(10, 10, 2 * 1048576)})
    assert found == []


def _scans_site(root: Path, images: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / "_config.yml").write_text("title: t\ncollections:\n  scans:\n    output: true\n")
    (root / "_schema.yml").write_text(
        "collections:\n  scans:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: image, type: image}\n"
    )
    (root / "_scans").mkdir()
    for i, value in enumerate(images.values()):
        (root / "_scans" / f"p{i}.md").write_text(f"---\ntitle: T\nimage: {value}\n---\nx\n")
    for rel in images:
        if rel:
            (root / rel).parent.mkdir(parents=True, exist_ok=True)
            (root / rel).write_bytes(b"x")
    return root


def _asset_problems(root: Path) -> list[tuple]:
    return [
        (p.path, p.line, p.code, p.message) for p in validate_site(Site.open(root), content=False)
    ]


def test_a_file_beside_the_site_is_outside_it_though_it_is_there(tmp_path: Path) -> None:
    (tmp_path / "secret.png").write_bytes(b"x")
    (tmp_path / "docs" / "secret.png").parent.mkdir()
    (tmp_path / "docs" / "secret.png").write_bytes(b"x")
    root = _scans_site(tmp_path / "site", {"": "../secret.png", "x": "a/../../secret.png"})
    outside = (
        " points outside the site folder, so it will not be published. Copy the file into the "
        "site's assets folder and use its name there."
    )
    assert _asset_problems(root) == [
        ("_scans/p0.md", 3, "path-outside-site", "'../secret.png'" + outside),
        ("_scans/p1.md", 3, "path-outside-site", "'a/../../secret.png'" + outside),
    ]


def test_a_file_of_the_same_name_in_the_sites_own_folder_is_not_the_one_named(
    tmp_path: Path,
) -> None:
    root = _scans_site(tmp_path, {"team.png": "team.png"})
    (root / "_scans" / "p1.md").write_text("---\ntitle: T\nimage: photos/team.png\n---\nx\n")
    assert _asset_problems(root) == [
        (
            "_scans/p1.md",
            3,
            "file-not-found",
            "There is no file 'team.png' in photos/. Check the name, or add the file there.",
        ),
    ]


def test_files_found_in_their_folders_listing_need_no_other_look_at_the_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the usual case on a big site: each folder is listed once, and a file named as listed
    # is found there without asking the disk about it
    root = _scans_site(
        tmp_path, {"a.png": "a.png", "img/b.png": "/img/b.png", "img/deep/c.png": "img/deep/c.png"}
    )
    asked: list[str] = []
    resolve = Site.resolve_inside

    def counted(self: Site, relative: str) -> object:
        asked.append(str(relative))
        return resolve(self, relative)

    monkeypatch.setattr(Site, "resolve_inside", counted)
    assert _asset_problems(root) == []
    assert [a for a in asked if a.endswith(".png")] == []


def test_a_warm_check_of_unchanged_images_reads_their_problems_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the images check is remembered while each image it looked up is the same file of the
    # same weight: a second check of the unchanged site does not read the pages' images
    from editor_app.core.checks import images

    root = tmp_path / "site"
    (root / "_notes").mkdir(parents=True)
    (root / "assets" / "pics").mkdir(parents=True)
    (root / "_config.yml").write_text("title: t\ncollections:\n  notes:\n    output: true\n")
    (root / "_schema.yml").write_text(
        "collections:\n  notes:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: photo, type: image, folder: /assets/pics/}\n"
    )
    (root / "assets" / "team.png").write_bytes(_png_file(100, 100, 600 * 1024))
    (root / "assets" / "pics" / "p.png").write_bytes(_png_file(10, 10, 1024))
    pages = {
        "a.md": "photo: p.png\n---\n\n![The team](/assets/team.png)\n",
        "b.md": "---\n\n![The dog](../assets/dog.png) ![The team](../assets/team.png)\n",
        "c.md": "photo: gone.png\n---\n\nNo image.\n",
    }
    for name, rest in pages.items():
        (root / "_notes" / name).write_text("---\ntitle: T\n" + rest)
    first = validate_site(Site.open(root))
    assert [(p.path, p.line, p.code) for p in first if p.code == "image-heavy"] == [
        ("_notes/a.md", 6, "image-heavy"),
        ("_notes/b.md", 5, "image-heavy"),
    ]
    read: list[str] = []
    page_images = images.page_images

    def counted(page):  # noqa: ANN001, ANN202
        read.append(page.path)
        return page_images(page)

    monkeypatch.setattr(images, "page_images", counted)
    assert validate_site(Site.open(root)) == first
    assert read == []


def test_poor_alt_texts_at_their_edges() -> None:
    from editor_app.core.checks.images import poor_alt

    assert poor_alt("xxxx") is None  # no caption given: nothing to repeat
    assert poor_alt("Photo X") is None  # only dots and spaces are trimmed from the ends
    assert poor_alt("team-photo") == "looks like a file name"
    assert poor_alt("Ann", "Bo") is None
    assert poor_alt("Ann and Bo", "Ann and Bo.") == "repeats the caption"
    assert poor_alt("Xena", "Xena.") == "repeats the caption"


def test_a_body_images_alt_text_repeating_its_title(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\n")
    (tmp_path / "page.md").write_text(
        '---\ntitle: P\n---\n![Team at work](https://e.org/t.png "Team at work.")\n'
    )
    found = [
        (p.line, p.code, p.message)
        for p in validate_site(Site.open(tmp_path))
        if p.code.startswith("alt-text")
    ]
    assert found == [
        (
            4,
            "alt-text-poor",
            "The alt text 'Team at work' repeats the caption. Say what the image shows, for "
            "someone who cannot see it.",
        )
    ]


def _liquid(body: str) -> list[tuple]:
    doc = Document.from_text("---\ntitle: T\n---\n" + body, Path("page.md"))
    return [
        (p.line, p.message)
        for p in validate_document(doc, content=False)
        if p.code == "liquid-unbalanced"
    ]


def _unclosed(what: str, closer: str) -> str:
    return (
        f"'{what}' is opened here but never closed with '{closer}'. Add '{closer}', or, to "
        "show the characters as they are, put them in a code block."
    )


def test_liquid_openers_at_the_very_end_after_a_lone_brace_or_doubled() -> None:
    assert _liquid("x {{") == [(4, _unclosed("{{", "}}"))]
    assert _liquid("a { b\n{{ c\n") == [(5, _unclosed("{{", "}}"))]
    assert _liquid("a {X} b {{ y }}\n") == []
    assert _liquid("{{ '{%' }}\n") == []  # a '{%' printed as text
    assert _liquid("{%{% if x %}{% endif %}\n") == [(4, _unclosed("{%", "%}"))]


def test_liquid_tags_read_from_their_own_words() -> None:
    assert _liquid("{{ raw }} text {{ x }}\n") == []  # an output, not a block
    assert _liquid("{%if x %}{% endif %}\n") == []
    assert _liquid("{% Xif a %}\n") == []  # no block of that name


def _jpeg_with_frame_at(offset: int, w: int, h: int, size: int) -> bytes:
    exif = b"\xff\xe1" + (offset - 4).to_bytes(2, "big") + bytes(offset - 6)
    data = b"\xff\xd8" + exif + _sof(0xC0, h, w)
    assert data.index(b"\xff\xc0") == offset
    return data + bytes(size - len(data))


def test_a_jpeg_frame_is_looked_for_in_the_first_64_kb_exactly(tmp_path: Path) -> None:
    # 5000 pixels wide and 200 KB: heavy when the size is read. The frame's 10 bytes end
    # at 65536 (read) or one byte further (not read: the size stays unknown, so not heavy)
    found = _heavy_images(
        tmp_path,
        "",
        {
            "in.jpg": _jpeg_with_frame_at(65526, 5000, 10, 200 * 1024),
            "out.jpg": _jpeg_with_frame_at(65527, 5000, 10, 200 * 1024),
        },
    )
    assert found == [(4, "The image 'in.jpg' is heavy (200 KB, 5000 x 10 pixels)")]


def test_images_from_the_sites_root_and_remote_look_alikes(tmp_path: Path) -> None:
    # "/X-rays/..." is from the site's root; "//e.org/..." is another site's, though this
    # one has a folder of that name
    (tmp_path / "_config.yml").write_text("title: t\n")
    for folder in ("X-rays", "e.org"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "big.png").write_bytes(_png_file(10, 10, 600 * 1024))
    (tmp_path / "page.md").write_text(
        "---\ntitle: P\n---\n![The knee](/X-rays/big.png)\n\n![A](//e.org/big.png)\n"
    )
    heavy = [
        (p.line, p.message.split(":")[0])
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.code == "image-heavy"
    ]
    assert heavy == [(4, "The image 'big.png' is heavy (600 KB, 10 x 10 pixels)")]


def test_an_image_fields_folder_with_a_capital_x_is_weighed(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  scans:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(
        "collections:\n  scans:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: image, type: image, folder: /X-rays/}\n"
    )
    (tmp_path / "X-rays").mkdir()
    (tmp_path / "X-rays" / "knee.png").write_bytes(_png_file(10, 10, 600 * 1024))
    (tmp_path / "_scans").mkdir()
    (tmp_path / "_scans" / "a.md").write_text("---\ntitle: T\nimage: knee.png\n---\nText.\n")
    heavy = [
        (p.path, p.line, p.field, p.message.split(":")[0])
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.code == "image-heavy"
    ]
    assert heavy == [
        ("_scans/a.md", 3, "image", "The image 'knee.png' is heavy (600 KB, 10 x 10 pixels)")
    ]


def _link_text(body: str) -> list[tuple]:
    doc = Document.from_text("---\ntitle: T\n---\n" + body, Path("page.md"))
    return [
        (p.line, p.message)
        for p in validate_document(doc, content=True)
        if p.code == "link-text-unclear"
    ]


def test_link_texts_trimmed_of_stops_only() -> None:
    assert _link_text("[More X](/a) and [More.](/b)\n") == [
        (
            4,
            "The link text 'More.' does not say where it goes, which matters to people using "
            "screen readers or skimming. Use words that name the page, for example 'our annual "
            "report'.",
        )
    ]


def test_the_last_unclear_link_shown_keeps_its_words_and_says_how_many_more() -> None:
    found = _link_text("".join(f"[here](/p{i})\n" for i in range(5)))
    assert [line for line, _m in found] == [4, 5, 6]
    assert found[2][1] == (
        "The link text 'here' does not say where it goes, which matters to people using screen "
        "readers or skimming. Use words that name the page, for example 'our annual report'. "
        "(2 more links on this page are like this one.)"
    )


def test_a_link_to_a_collection_page_found_first_last_or_at_the_start() -> None:
    import re

    from editor_app.core.checks.links import _may_link_to_pages

    pre = [("/resources/", "resources")]
    for any_prefix in (None, re.compile("/resources/")):
        assert _may_link_to_pages("[a](/resources/b) y /resources/", pre, any_prefix) is True
        assert _may_link_to_pages("/resources/ y [a](/resources/b)", pre, any_prefix) is True
        assert _may_link_to_pages("](/resources/a)", pre, any_prefix) is True
        middle = "/resources/ [a](/resources/b) /resources/"
        assert _may_link_to_pages(middle, pre, any_prefix) is True


def test_a_file_link_tag_alone_on_a_page_is_checked(tmp_path: Path) -> None:
    found = _link_site(tmp_path, "See {% link missing.pdf %}.\n")
    assert found == [
        (
            4,
            "The link to 'missing.pdf' points at no file of this site, and the site cannot be "
            "built with it.",
        )
    ]


def test_post_links_by_their_exact_names(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2024-01-02-hello.md").write_text("---\ntitle: H\n---\nHi.\n")
    (tmp_path / "_posts" / "2024-01-02-v1.2.md").write_text("---\ntitle: V\n---\nHi.\n")
    body = (
        "{% post_url blog/2024-01-02-v1.2 %} {% post_url 2024-01-02-hello.md %}\n"
        "{% post_url 2024-01-02-helloX %}\n"
        "{% post_url 2024-01-02-hello.markdown %} {% post_url 2024-01-02-hello.html %}\n"
        "{% post_url 1999-05-06-hello %} {% link page.mdX %}\n"
    )
    nothing = "points at no post of this site, and the site cannot be built with it."
    assert _link_site(tmp_path, body) == [
        (5, f"The link to the post '2024-01-02-helloX' {nothing} Did you mean '2024-01-02-hello'?"),
        (
            7,
            "The link to 'page.mdX' points at no file of this site, and the site cannot be "
            "built with it.",
        ),
        # 0.625 alike: under the 0.7 a guess needs
        (7, f"The link to the post '1999-05-06-hello' {nothing}"),
    ]


def test_links_after_one_outside_the_collections_and_another_sites_are_checked(
    tmp_path: Path,
) -> None:
    body = "[a](/about/) [b](//e.org/resources/nope) [c](/resources/nope)\n"
    assert _link_site(tmp_path, body) == [
        (4, "The link to '/resources/nope' points at no resource of this site."),
    ]


def test_generic_alt_fields_beside_an_image_field_of_another_name(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  scans:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(
        "collections:\n  scans:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: photo, type: image}\n"
    )
    (tmp_path / "_scans").mkdir()
    for name in ("image_alt", "imageAlt"):
        (tmp_path / "_scans" / f"{name}.md").write_text(
            f"---\ntitle: T\nphoto: https://e.org/p.png\n{name}: ''\n---\nText.\n"
        )
    found = [
        (p.path, p.line, p.field, p.code)
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.code.startswith("alt-text")
    ]
    assert found == [
        ("_scans/imageAlt.md", 4, "imageAlt", "alt-text-missing"),
        ("_scans/image_alt.md", 4, "image_alt", "alt-text-missing"),
    ]


def test_a_broken_link_after_a_blank_first_line_is_placed_on_its_line(tmp_path: Path) -> None:
    assert _link_site(tmp_path, "\n[c](/resources/nope)\n") == [
        (5, "The link to '/resources/nope' points at no resource of this site."),
    ]


def test_the_shortlist_ranks_names_as_difflib_would() -> None:
    from editor_app.core.checks.suggest import close_match

    # many names holding the word whole rank high by other scores, but are far from it
    names = [f"xreport-aaaa-bbbb-cccc-{i}" for i in range(40)] + ["reporx"]
    assert close_match("report", names, 0.7) == "reporx"
    # a name exactly as alike as the cutoff passes it
    names = [f"zzzzzzzzz{i:02d}" for i in range(40)] + ["abcdefgxyz"]
    assert close_match("abcdefghij", names, 0.7) == "abcdefgxyz"


def test_an_image_field_after_one_holding_a_list_or_blank_is_weighed(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: t\ncollections:\n  scans:\n    output: true\n")
    (tmp_path / "_schema.yml").write_text(
        "collections:\n  scans:\n    fields:\n      - {name: title, type: text}\n"
        "      - {name: photo, type: image}\n      - {name: image, type: image}\n"
    )
    (tmp_path / "big.png").write_bytes(_png_file(10, 10, 600 * 1024))
    (tmp_path / "_scans").mkdir()
    (tmp_path / "_scans" / "a.md").write_text(
        "---\ntitle: T\nphoto: [/big.png]\nimage: /big.png\n---\nText.\n"
    )
    (tmp_path / "_scans" / "b.md").write_text(
        "---\ntitle: T\nphoto: '  '\nimage: /big.png\n---\nText.\n"
    )
    heavy = [
        (p.line, p.field, p.code)
        for p in validate_site(Site.open(tmp_path), cache=False)
        if p.code == "image-heavy"
    ]
    assert heavy == [(4, "image", "image-heavy"), (4, "image", "image-heavy")]


def test_a_small_file_over_a_tiny_size_limit_is_said_with_its_pixels(tmp_path: Path) -> None:
    # a file shorter than the first 4 KB read: its size comes from those bytes alone
    found = _heavy_images(tmp_path, "checks:\n  image_kb: 1\n", {"s.png": _png_file(7, 9, 2048)})
    assert found == [(4, "The image 's.png' is heavy (2 KB, 7 x 9 pixels)")]
