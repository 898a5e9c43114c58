"""`editor-app set` on a field holding several values (topics, categories): values written with
commas and no brackets are those several values, as the form's tags hold them, not one
value made of them all."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "_resources/ai-in-education.md"


def test_topics_written_with_commas_are_several_topics(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    code = main(["set", str(path), "topics=Health, Justice"])
    _out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert Document.load(path).front_matter["topics"] == ["Health", "Justice"]
    assert "topics:\n  - Health\n  - Justice\n" in path.read_text(encoding="utf-8")


def test_one_value_and_bracketed_lists_are_kept_as_written(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    # The page lists its topics: one topic is a list of one, as the page writes them (it
    # became `topics: Health`, no longer a list, with nothing said).
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), "topics=Health"]) == 0
    assert Document.load(path).front_matter["topics"] == ["Health"]
    assert path.read_text(encoding="utf-8") == before.replace(
        "topics:\n  - Education\n  - Public sector\n", "topics:\n  - Health\n"
    )
    assert main(["set", str(path), "topics=[Justice, Health]"]) == 0
    assert Document.load(path).front_matter["topics"] == ["Justice", "Health"]
    capsys.readouterr()


def test_one_value_for_a_several_values_field_the_page_lacks_is_a_list_of_one(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The schema says topics holds several (the site's pages list them, one per line): one
    # topic on a page without topics is a list of one, as the form's tags write it (it was
    # `topics: Health`, which a template looping over the topics reads letter by letter).
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    before = path.read_text(encoding="utf-8")
    assert main(["set", str(path), "topics=Health"]) == 0
    assert Document.load(path).front_matter["topics"] == ["Health"]
    assert path.read_text(encoding="utf-8") == before.replace(
        "\n---\n", "\ntopics:\n  - Health\n---\n", 1
    )
    capsys.readouterr()


def test_one_value_for_a_field_the_page_holds_as_one_value_keeps_the_page_s_way(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    path.write_text(
        path.read_text(encoding="utf-8").replace("title:", "topics: Justice\ntitle:", 1),
        encoding="utf-8",
    )
    assert main(["set", str(path), "topics=Health"]) == 0
    assert Document.load(path).front_matter["topics"] == "Health"
    capsys.readouterr()


def test_one_value_for_a_field_neither_page_nor_schema_lists_is_written_as_given(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / "_resources" / "2023-03-31-governance-board-minutes.md"
    assert main(["set", str(path), "subtitle=Health"]) == 0
    assert Document.load(path).front_matter["subtitle"] == "Health"
    capsys.readouterr()


def test_a_text_field_keeps_its_commas(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = site_copy / PAGE
    assert main(["set", str(path), "title=Data, power and AI"]) == 0
    assert Document.load(path).front_matter["title"] == "Data, power and AI"
    capsys.readouterr()


def test_a_value_with_no_field_name_is_refused_plainly(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    before = path.read_bytes()
    assert main(["set", str(path), "=Health"]) == 2
    _out, err = capsys.readouterr()
    assert err == "editor-app: '=Health' has no field name before '=': write it as FIELD=Health\n"
    assert path.read_bytes() == before


def test_several_values_read_as_in_brackets(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = site_copy / PAGE
    main(["set", str(path), "topics=2024, Health"])
    assert Document.load(path).front_matter["topics"] == [2024, "Health"]
    main(["set", str(path), "topics=[2024, Health]"])
    assert Document.load(path).front_matter["topics"] == [2024, "Health"]
    # A word YAML cannot read in a list is kept as written.
    main(["set", str(path), "topics=Health, Justice]"])
    assert Document.load(path).front_matter["topics"] == ["Health", "Justice]"]
    capsys.readouterr()


def test_digits_in_several_values_keep_their_form(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `1.10` was the number 1.1 in the list, `010` the number 8.
    path = site_copy / PAGE
    assert main(["set", str(path), "topics=1.10, 010, Health, 7"]) == 0
    assert Document.load(path).front_matter["topics"] == ["1.10", "010", "Health", 7]
    capsys.readouterr()
