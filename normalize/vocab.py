"""Users' own vocabulary (``--vocab FILE.yaml``): header words and agencies merged over the built-in data.

The file is YAML with two optional parts::

    headers:
      fields:                      # canonical field -> header words that name it
        lead: [Đơn vị tham mưu]
        deadline: [Mốc hoàn thành]
      extra: [Ghi chú của Sở]      # header words whose column goes to `extra`
    agencies:                      # gazetteer entries, as in normalize/data/agencies.yaml
      - id: user.so_noi_vu_dt
        name: Sở Nội vụ tỉnh Đồng Tháp
        kind: provincial_body
        aliases: [SNV Đồng Tháp]

The active file is named by the environment variable ``VN_TASKS_VOCAB`` (the
CLI sets it, so worker processes see it too); its content is part of the
cache key.  :func:`load_vocab` validates a file and raises :class:`VocabError`
with a message naming what is wrong.

>>> validate({"headers": {"fields": {"lead": ["Đơn vị tham mưu"]}}})["headers"]["fields"]["lead"]
['Đơn vị tham mưu']
>>> validate({"headers": {"fields": {"boss": ["Sếp"]}}})
Traceback (most recent call last):
...
normalize.vocab.VocabError: headers.fields: unknown field 'boss' (one of: stt, task, lead, coordinating, deadline, result)
"""
from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path

import yaml

ENV = "VN_TASKS_VOCAB"
FIELDS = ("stt", "task", "lead", "coordinating", "deadline", "result")
AGENCY_KINDS = ("ministry", "ministerial_agency", "government_agency", "central_body", "judiciary",
                "mass_organisation", "state_media", "province", "provincial_body", "collective", "sub_unit",
                "provincial_department", "provincial_branch", "party_body", "university", "other")
MAX_BYTES = 2_000_000


class VocabError(ValueError):
    """A vocabulary file that cannot be used, with what is wrong in it."""


def load_vocab(path: Path) -> dict:
    """Read and validate a vocabulary file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise VocabError(f"{path}: cannot read the vocabulary file: {exc.strerror or exc}") from exc
    if len(data) > MAX_BYTES:
        raise VocabError(f"{path}: a vocabulary file is at most {MAX_BYTES} bytes")
    try:
        parsed = yaml.safe_load(data.decode("utf-8"))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise VocabError(f"{path}: not UTF-8 YAML: {exc}") from exc
    try:
        return validate(parsed)
    except VocabError as exc:
        raise VocabError(f"{path}: {exc}") from exc


def _strings(value, where: str) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise VocabError(f"{where}: expected a list of non-empty strings")
    return value


def validate(data) -> dict:
    """The vocabulary if it is well formed; VocabError naming the first problem otherwise."""
    if data is None:
        return {}
    if not isinstance(data, dict) or set(data) - {"headers", "agencies"}:
        raise VocabError("expected a mapping with 'headers' and/or 'agencies'")
    headers = data.get("headers") or {}
    if not isinstance(headers, dict) or set(headers) - {"fields", "extra"}:
        raise VocabError("headers: expected a mapping with 'fields' and/or 'extra'")
    for name, words in (headers.get("fields") or {}).items():
        if name not in FIELDS:
            raise VocabError(f"headers.fields: unknown field {name!r} (one of: {', '.join(FIELDS)})")
        _strings(words, f"headers.fields.{name}")
    _strings(headers.get("extra") or [], "headers.extra")
    agencies = data.get("agencies") or []
    if not isinstance(agencies, list):
        raise VocabError("agencies: expected a list of entries")
    for i, e in enumerate(agencies):
        if not isinstance(e, dict) or not all(isinstance(e.get(k), str) and e[k] for k in ("id", "name", "kind")):
            raise VocabError(f"agencies[{i}]: every entry needs 'id', 'name' and 'kind' strings")
        if e["kind"] not in AGENCY_KINDS:
            raise VocabError(f"agencies[{i}]: unknown kind {e['kind']!r} (one of: {', '.join(AGENCY_KINDS)})")
        _strings(e.get("aliases") or [], f"agencies[{i}].aliases")
    return data


@lru_cache(maxsize=4)
def _cached(path: str) -> dict:
    return load_vocab(Path(path))


def active_vocab() -> dict:
    """The vocabulary named by VN_TASKS_VOCAB, validated; {} when none is set."""
    path = os.environ.get(ENV)
    return _cached(path) if path else {}


def vocab_fingerprint() -> str:
    """A hash of the active vocabulary file's content ('' when none): part of the cache key."""
    path = os.environ.get(ENV)
    if not path:
        return ""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]
    except OSError:
        return "unreadable"
