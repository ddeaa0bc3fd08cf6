"""The gazetteer: entries loaded from ``normalize/data/agencies.yaml`` and the user's --vocab, with the alias
indexes the scanner looks names up in (:func:`gazetteer`)."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import regex
import yaml

from normalize.text import ascii_key, nfc
from normalize.vocab import ENV as VOCAB_ENV
from normalize.vocab import active_vocab
from normalize.agencies.model import Agency
from normalize.agencies.words import _word_alt, _WORDS
from normalize.agencies.aliases import alias_keys
from normalize.agencies.initialisms import _initialisms


DATA = Path(__file__).resolve().parent.parent / "data" / "agencies.yaml"


@dataclass
class _Gazetteer:
    agencies: dict[str, Agency]
    index: dict[str, tuple[dict, tuple]]           # first word -> (second word -> names of 2+ words, 1-word names)
    aindex: dict[str, tuple[dict, tuple]]          # same, ascii keys; names: (the longest key's length, {key: id})
    alias: dict[str, str]                          # alias key -> id
    aalias: dict[str, str]                         # ascii alias key -> id
    asource: dict[str, str]                        # ascii alias key -> the alias key it comes from
    headless: dict[str, str]                       # ministry name without "bộ " -> id
    aheadless: dict[str, str]                      # same, ascii keys
    fuzzy_keys: list[str]
    fuzzy_ids: list[str]
    predecessors: dict[str, list[str]] = field(default_factory=dict)
    groups: dict[str, str] = field(default_factory=dict)   # a collective's alias key without commas -> id
    branches: dict[str, str] = field(default_factory=dict)  # a national body -> its provincial or regional branch
    group_firsts: frozenset[str] = frozenset()     # first words of the index whose every name is a group's
    agroup_firsts: frozenset[str] = frozenset()    # same, ascii keys


_FIRST = regex.compile(r"[\p{L}\p{N}]+")


def load_gazetteer(path: Path = DATA) -> list[Agency]:
    """The gazetteer entries as :class:`Agency` objects (in file order)."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    out = []
    for e in raw:
        out.append(Agency(id=e["id"], name=nfc(e["name"]), kind=e["kind"],
                          aliases=tuple(nfc(str(a)) for a in e.get("aliases") or ()),
                          parent=e.get("parent"), valid_from=e.get("valid_from"), valid_to=e.get("valid_to"),
                          successor=e.get("successor"), takes_province=bool(e.get("takes_province")),
                          note=e.get("note"), pattern_only=bool(e.get("pattern_only"))))
    return out


_BARE_UBND = regex.compile(r"^(?:ubnd|ub nhân dân|ủy ban nhân dân) (?!tỉnh|thành phố|tp)")


def gazetteer() -> _Gazetteer:
    """The gazetteer: the built-in data with the user's --vocab agencies (if any) added."""
    return _gazetteer_for(os.environ.get(VOCAB_ENV, ""))


def user_agencies() -> list[Agency]:
    """Agencies from the user's --vocab file (normalize/vocab.py), as :class:`Agency` objects."""
    return [Agency(id=e["id"], name=nfc(e["name"]), kind=e["kind"],
                   aliases=tuple(nfc(str(a)) for a in e.get("aliases") or ()), parent=e.get("parent"),
                   valid_from=e.get("valid_from"), valid_to=e.get("valid_to"), successor=e.get("successor"),
                   takes_province=bool(e.get("takes_province")), note=e.get("note"))
            for e in active_vocab().get("agencies") or ()]


@lru_cache(maxsize=4)
def _gazetteer_for(vocab_path: str) -> _Gazetteer:
    agencies = {a.id: a for a in [*load_gazetteer(), *user_agencies()]}
    alias: dict[str, str] = {}
    for a in agencies.values():
        if a.id == "coll.other":
            continue
        for k in sorted(alias_keys(a)):   # sorted: the same gazetteer in every process (str hashes vary)
            alias.setdefault(k, a.id)
    for k, i in _initialisms(agencies.values()).items():
        alias.setdefault(k, i)
    aalias: dict[str, str] = {}
    asource: dict[str, str] = {}
    clash: set[str] = set()
    for k, i in alias.items():
        ak = ascii_key(k)
        asource.setdefault(ak, k)
        if ak in aalias and aalias[ak] != i:
            clash.add(ak)
        aalias.setdefault(ak, i)
    for ak in clash:
        if ak in alias:          # the ascii key is itself an exact key: it wins
            aalias[ak] = alias[ak]
        else:
            del aalias[ak]
    headless = {}
    for a in agencies.values():
        if a.kind == "ministry" and a.name.startswith("Bộ "):
            for k in sorted(alias_keys(a)):   # sorted: the same gazetteer in every process (str hashes vary)
                if k.startswith("bộ ") and len(k) > 6:
                    headless.setdefault(k[3:], a.id)
    for k in list(headless):
        if k in alias:
            del headless[k]

    def build(d: dict[str, str]) -> dict[str, tuple[dict, list]]:
        """First word -> (second word -> names of two words or more, one-word names), longest first."""
        idx: dict[str, tuple[dict, list]] = {}
        for k, i in d.items():
            words = _FIRST.findall(k)[:2] if _FIRST.match(k) else []
            if words:
                multi, single = idx.setdefault(words[0], ({}, []))
                (multi.setdefault(words[1], []) if len(words) > 1 else single).append((k, i))
        return {w: ({s: _bucket(v) for s, v in multi.items()}, _bucket(single)) for w, (multi, single) in idx.items()}

    fk = [k for k in alias if len(k) >= 8 and agencies[alias[k]].kind != "collective"
          and not (agencies[alias[k]].kind == "province" and _BARE_UBND.match(k))]   # "ubnd hà nội": exact only
    aheadless = {ascii_key(k): i for k, i in headless.items() if ascii_key(k) not in aalias}
    preds: dict[str, list[str]] = {}
    for a in agencies.values():
        if a.successor:
            preds.setdefault(a.successor, []).append(a.id)
    groups: dict[str, str] = {}
    for k, i in alias.items():
        if agencies[i].kind == "collective":
            groups.setdefault(_comma_free(k), i)
    branches = {a.parent: a.id for a in sorted(agencies.values(), key=lambda a: a.id)
                if a.kind == "provincial_branch" and a.parent in agencies}
    index, aindex = build(alias), build(aalias)
    return _Gazetteer(agencies, index, aindex, alias, aalias, asource, headless, aheadless, fk,
                      [alias[k] for k in fk], preds, groups, branches, _group_firsts(index), _group_firsts(aindex))


def _bucket(names: list[tuple[str, str]]) -> tuple[int, dict[str, str]] | None:
    """Names of one index entry as the scanner looks them up: the longest key's length and key -> id."""
    return (max(len(k) for k, _ in names), dict(names)) if names else None


def _group_firsts(index: dict[str, tuple[dict, tuple]]) -> frozenset[str]:
    """The first words of *index* under which every name is a group's (a collective)."""
    return frozenset(w for w, (multi, single) in index.items()
                     if all(aid.startswith("coll.") for b in (*multi.values(), single) if b for aid in b[1].values()))


_COMMA_SLASH = regex.compile(r"[,/]")


def _comma_free(k: str) -> str:
    """A group phrase's key without what does not change the group: commas and slashes ("các sở ngành" = "các
    sở, ngành", "các tỉnh/thành phố"), a "các" repeated after "và" ("các bộ ngành và các địa phương") and a closing
    word such as "khác" ("các tỉnh/thành phố khác" = "các tỉnh, thành phố").

    >>> _comma_free("các tỉnh/ thành phố khác"), _comma_free("các bộ ngành và các địa phương")
    ('các tỉnh thành phố', 'các bộ ngành và địa phương')
    """
    k = _INNER_CAC.sub("", " ".join(_COMMA_SLASH.sub(" ", k).split()))
    while (t := _GROUP_TAIL_WORD.search(k)) and len(_BARE_WORDS.sub("", k[:t.start()]).split()) >= 2:
        k = k[:t.start()]       # one closing word at a time, a group of two words at least remaining
    return k


_GROUP_TAIL_WORD = regex.compile(r"\s+(?:" + _word_alt(_WORDS["group_tail_words"]) + r")$")
_BARE_WORDS = regex.compile(r"(?<![\p{L}])(?:các|cac|những|nhung)(?![\p{L}])")
_INNER_CAC = regex.compile(r"(?<=\S\s+(?:và|va)\s+)(?:các|cac)\s+")


def _provinces_at_end(g: _Gazetteer, words: list[str], sizes: tuple[int, ...] = (3, 2), before: int = 1):
    """(province id, n) for each *n* of *sizes*, in order, whose last *n* of the key's *words* name a province and
    leave at least *before* words ahead of them ("trung tâm đổi mới sáng tạo hà nội": the province Hà Nội, 2 words)."""
    for n in sizes:
        if len(words) >= n + before:
            aid = g.alias.get(" ".join(words[-n:]))
            if aid is not None and g.agencies[aid].kind == "province":
                yield aid, n
