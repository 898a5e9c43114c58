"""`editor-app set PAGE --remove FIELD`: the field's lines go, as the window's form takes a
field away (`Document.remove`; a field inside a group: the group set without it), and every
other byte stays; a field the site requires is then said as Check says it. There was no way
to take a field away from the command line (`FIELD=` wrote an empty value)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor_app.cli import main
from editor_app.core.document import Document

PAGE = "content/en/methods/page/RenderShortcodes.md"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(["set", *argv])
    return code, capsys.readouterr().err


def test_a_field_and_a_field_in_a_group_go_with_their_lines_only(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    before = path.read_text(encoding="utf-8")
    code, err = run(
        capsys, PAGE, "--remove", "keywords", "--remove", "params.functions_and_methods.signatures"
    )
    assert (code, err) == (0, "")
    after = path.read_text(encoding="utf-8")
    assert after == before.replace("keywords: []\n", "", 1).replace(
        "    signatures: [PAGE.RenderShortcodes]\n", "", 1
    )
    data = Document.load(path).front_matter
    assert "keywords" not in data
    assert data["params"] == {"functions_and_methods": {"returnType": "template.HTML"}}


def test_the_same_bytes_as_the_form_taking_the_field_away(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The form's page edits call Document.remove for a field taken away (ui/page_edits.py).
    path = hugo / PAGE
    by_form = Document.load(path)
    by_form.remove("description")
    code, err = run(capsys, PAGE, "--remove", "description")
    assert path.read_text(encoding="utf-8") == by_form.text
    # Every other method has a description: a warning, as Check gives (the page is saved).
    assert code == 0
    assert err.startswith("editor-app: warning: content/en/methods/page/RenderShortcodes.md")
    assert "Description is missing. Every other method has one." in err


def test_a_set_and_a_remove_together(hugo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = hugo / PAGE
    assert run(capsys, PAGE, "title=New", "--remove", "categories") == (0, "")
    data = Document.load(path).front_matter
    assert data["title"] == "New" and "categories" not in data


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (
            ["--remove", "param.x"],
            "the page has no field called 'param.x' to remove (did you mean 'params'?); the",
        ),
        (
            ["--remove", "params.functions_and_methods.retrunType"],
            "no field called 'params.functions_and_methods.retrunType' to remove (did you mean "
            "'params.functions_and_methods.returnType'?)",
        ),
        (
            ["--remove", "title.x"],
            "'title' holds a single value, not a group of fields, so 'title.x' cannot be removed; "
            "remove title as a whole",
        ),
        (["--remove", "nothing"], "the page has no field called 'nothing' to remove"),
        (["--remove", "params.nothing"], "the page has no field called 'params.nothing'"),
    ],
)
def test_a_field_the_page_lacks_is_said_and_nothing_changes(
    hugo: Path, capsys: pytest.CaptureFixture[str], argv: list[str], said: str
) -> None:
    path = hugo / PAGE
    before = path.read_bytes()
    code, err = run(capsys, PAGE, *argv)
    assert code == 2
    assert said in err and err.endswith("the file was not changed\n")
    assert err.count("\n") == 1
    assert path.read_bytes() == before


def test_set_and_removed_at_once_or_nothing_asked_is_refused(
    hugo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = hugo / PAGE
    before = path.read_bytes()
    assert run(capsys, PAGE, "title=X", "--remove", "title") == (
        2,
        "editor-app: 'title' is both set and removed: give one of the two\n",
    )
    code, err = run(capsys, PAGE)
    assert code == 2 and "--remove FIELD" in err
    assert path.read_bytes() == before


def test_a_required_field_removed_is_said_as_check_says_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Site\n")
    (site / "_schema.yml").write_text(
        "collections:\n  posts:\n    fields:\n"
        "    - name: title\n      type: text\n      required: true\n"
        "    - name: note\n      type: text\n"
    )
    page = site / "_posts" / "2024-01-01-a.md"
    page.write_text("---\ntitle: A\nnote: x\n---\nBody\n")
    monkeypatch.chdir(site)
    code, err = run(capsys, "_posts/2024-01-01-a.md", "--remove", "title")
    assert code == 1
    assert err.startswith("editor-app: _posts/2024-01-01-a.md line 1: Title is missing.")
    assert err.endswith("; removed as asked.\n")
    assert page.read_text() == "---\nnote: x\n---\nBody\n"


def test_the_help_tells_of_remove(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["set", "--help"])
    assert "--remove FIELD" in capsys.readouterr().out


# Field names and one-line values as each format writes them; comments between fields.
NAMES = st.lists(st.sampled_from(["a", "b", "title", "tags", "x_y", "e-2"]), min_size=2, max_size=5,
                 unique=True)  # fmt: skip
VALUES = st.sampled_from(["1", "word", "two words", "true", "[1, 2]", "2024-01-02"])


def _line(kind: str, name: str, value: str, comment: bool) -> str:
    bare = {"1", "true", "[1, 2]"} | ({"2024-01-02"} if kind == "toml" else set())
    quoted = value if value in bare else f'"{value}"'
    tail = " # why" if comment else ""
    if kind == "yaml":
        return f"{name}: {value}{tail}\n"
    if kind == "toml":
        return f"{name} = {quoted}{tail}\n"
    return f'  "{name}": {quoted},\n'


def _header(kind: str, lines: list[str], group: str) -> str:
    if kind == "yaml":
        return "---\n" + "".join(lines) + group + "---\nBody: # x\n"
    if kind == "toml":
        return "+++\n" + "".join(lines) + group + "+++\nBody\n"
    return "{\n" + "".join(lines) + group + "}\nBody\n"


# A group of two fields in each format, and the text it becomes without `q`.
GROUPS = {
    "yaml": ("params:\n  p: 1 # one\n  q: two\n", "params:\n  p: 1 # one\n"),
    "toml": ('[params]\n  p = 1 # one\n  q = "two"\n', "[params]\n  p = 1 # one\n"),
    "json": (
        '  "params": {\n    "p": 1,\n    "q": "two"\n  }\n',
        '  "params": {\n    "p": 1\n  }\n',
    ),
}


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(["yaml", "toml", "json"]),
    newline=st.sampled_from(["\n", "\r\n"]),
    names=NAMES,
    values=st.lists(VALUES, min_size=5, max_size=5),
    comments=st.lists(st.booleans(), min_size=5, max_size=5),
    which=st.integers(0, 10),
    in_group=st.booleans(),
)
def test_removing_reads_back_without_the_field_and_the_rest_byte_identical(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    newline: str,
    names: list[str],
    values: list[str],
    comments: list[bool],
    which: int,
    in_group: bool,
) -> None:
    comment = [c and kind != "json" for c in comments]
    lines = [_line(kind, n, v, c) for n, v, c in zip(names, values, comment, strict=False)]
    group, group_without_q = GROUPS[kind]
    path = tmp_path / f"page-{kind}.md"
    path.write_bytes(_header(kind, lines, group).replace("\n", newline).encode())
    before = Document.load(path).front_matter
    if in_group:
        target, expected_text = "params.q", _header(kind, lines, group_without_q)
        expected = dict(before, params={"p": 1})
    else:
        place = which % len(names)
        target = names[place]
        expected_text = _header(kind, lines[:place] + lines[place + 1 :], group)
        expected = {k: v for k, v in before.items() if k != target}
    code, err = run(capsys, str(path), "--remove", target)
    assert (code, err) == (0, "")
    assert path.read_bytes() == expected_text.replace("\n", newline).encode()
    assert Document.load(path).front_matter == expected


def test_values_after_remove_are_still_set(hugo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # argparse stops taking FIELD=VALUE after an option: they are taken all the same.
    path = hugo / PAGE
    assert run(capsys, PAGE, "--remove", "categories", "title=New", "keywords=[a]") == (0, "")
    data = Document.load(path).front_matter
    assert (data["title"], data["keywords"], "categories" in data) == ("New", ["a"], False)


def test_a_field_written_twice_goes_whole_and_is_said(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # connectedbydata writes `topics` twice on this project; both went without a word.
    path = site_copy / "_projects/2023-catalysing-communities.md"
    before = path.read_text(encoding="utf-8")
    code, err = run(capsys, str(path), "--remove", "topics")
    assert code == 0
    assert err == (
        f"editor-app: warning: {path}: 'topics' appears more than once; every copy is removed\n"
    )
    twice = "topics:\n  - Health\n  - Civil society\n", "topics:\n  - People and Participation\n"
    assert all(copy in before for copy in twice)
    assert path.read_text(encoding="utf-8") == before.replace(twice[0], "").replace(twice[1], "")
