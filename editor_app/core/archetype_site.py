"""What a Hugo archetype may ask about the site: `.Site.Title`, `.Site.Params.x`,
`.Site.Language.Lang`, `.Lang`..., as `hugo new` fills them in for the new page's language.

Read from the site's settings as `core/site_settings.py` reads them (TOML, YAML or JSON, the
main file merged with `config/_default/`; keys in lower case, as Hugo reads them: it finds
`.Site.Params.Author` under `author`). The page's language is that of its name (`about.fr.md`,
a declared language), else of the content folder it goes in (`languages.fr.contentDir`),
else the site's default; that language's `title` and `params` win over the site's own, as in Hugo.

Hugo picks the archetype by section or `--kind` alone, whatever the language: a file named
`posts.fr.md` in `archetypes/` is not used for French posts (checked with `hugo new`, 0.111),
so none is looked for here. Nothing here writes to disk.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from editor_app.core.archetype_find import hugo_settings as _settings
from editor_app.core.page_language import content_folder_language


def _languages(site: Any) -> dict[str, dict[str, Any]]:
    languages = _settings(site).get("languages")
    if not isinstance(languages, dict):
        return {}
    return {str(k): (v if isinstance(v, dict) else {}) for k, v in languages.items()}


def is_multilingual(site: Any) -> bool:
    """Whether the site declares more than one language (`.Site.IsMultiLingual`)."""
    return len(_languages(site)) > 1


def languages_by_name(site: Any) -> list[str]:
    """The declared languages whose pages are told by their file name (`about.fr.md`): those
    without a content folder of their own (`languages.fr.contentDir`), default first."""
    default = default_language(site)
    named = [k for k, v in _languages(site).items() if not v.get("contentdir")]
    return sorted(named, key=lambda k: (k != default, k))


def language_label(site: Any, code: str) -> str:
    """What the site calls language `code` for people: its `label` (Hugo 0.158 on: 'Français'),
    else its older `languageName`, else the code itself."""
    own = _languages(site).get(code, {})
    for key in ("label", "languagename"):
        value = own.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return code


def default_language(site: Any) -> str:
    """The site's `defaultContentLanguage` (Hugo's own default: `en`)."""
    layout = getattr(site, "layout", None)
    lang = getattr(layout, "default_language", None) or _settings(site).get(
        "defaultcontentlanguage"
    )
    return str(lang) if lang else "en"


def named_language(site: Any, path: Path) -> str | None:
    """The declared language `path`'s name gives (`about.fr.md`: `fr`), else None (an
    undeclared one, `about.xx.md`, or one in capitals, `about.FR.md`, is part of the name, as
    in Hugo, which reads its settings' language names in lower case)."""
    declared = {k.lower(): k for k in _languages(site)}
    suffixes = Path(path).suffixes
    if len(suffixes) >= 2 and suffixes[-2][1:] in declared:
        return declared[suffixes[-2][1:]]
    return None


def language_of(site: Any, path: Path) -> str:
    """The language a new page at `path` is in, as Hugo tells it for `hugo new`: its name's
    (`about.fr.md`, even in the English content folder: checked with `hugo new`, 0.111),
    else its content folder's, else the site's default."""
    named = named_language(site, path)
    if named is not None:
        return named
    return content_folder_language(site, path) or default_language(site)


def _merged(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def site_values(site: Any, lang: str) -> dict[str, Any]:
    """`.Site`'s values for a page in `lang`: `title`, `params` (a group, keys in lower case),
    `baseurl`, `languagecode`, `copyright`, `author` (a group), and `language` (`lang`,
    `languagename`)."""
    config = _settings(site)
    own = _languages(site).get(lang, {})
    params = config.get("params") if isinstance(config.get("params"), dict) else {}
    if isinstance(own.get("params"), dict):
        params = _merged(params, own["params"])
    values: dict[str, Any] = {"params": params}
    for key in ("title", "baseurl", "languagecode", "copyright"):
        value = own.get(key, config.get(key))
        # Unset, Hugo gives them as empty text (not `<no value>` as for a param).
        values[key] = "" if value is None or isinstance(value, (dict, list)) else value
    values["ismultilingual"] = is_multilingual(site)
    author = own.get("author", config.get("author"))  # `.Site.Author.name` (older sites)
    values["author"] = author if isinstance(author, dict) else {}
    values["language"] = {
        "lang": lang, "languagename": own.get("languagename", ""), "weight": own.get("weight", 0)
    }  # fmt: skip
    return values


def site_value(values: dict[str, Any], dotted: str) -> Any:
    """The value `.Site.<dotted>` names (`Params.author`, `Title`), keys in any case;
    raises KeyError when the site has none (Hugo would write `<no value>`)."""
    found: Any = values
    for part in dotted.split("."):
        if not isinstance(found, dict):
            raise KeyError(dotted)
        lowered = {str(k).lower(): v for k, v in found.items()}
        if part.lower() not in lowered:
            raise KeyError(dotted)
        found = lowered[part.lower()]
    if found is None or isinstance(found, (dict, list)):
        raise KeyError(dotted)  # a group or list: Go prints it as `map[...]`, not text
    return found


__all__ = [
    "default_language",
    "is_multilingual",
    "language_of",
    "languages_by_name",
    "named_language",
    "site_value",
    "site_values",
]
