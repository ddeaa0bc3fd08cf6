"""Score the pipeline on the real-document corpus (tests/real/manifest.yaml).

    .venv/bin/python tests/real/score.py               # every non-holdout document, file and twins
    .venv/bin/python tests/real/score.py --holdout     # only the holdout documents
    .venv/bin/python tests/real/score.py --ids a,b     # only these ids (holdout or not)

For every file (the original and each twin) it runs ``extract.pipeline.process_file`` and compares the task
rows with ``tests/real/expected/<id>.jsonl`` after whitespace folding and NFC. A crash of the pipeline is
reported on that file's line, never raised. The documents themselves live in the documents folder
(``$VN_REAL_DOCS``, else ``tests/real/docs/``, else ``shared/real/docs`` in the repository or a folder above it); a file that is
not there is reported as missing.
"""
from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import re
import sys
import traceback
import unicodedata
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
FIELDS = ("table", "section", "stt", "task", "lead_raw", "coordinating_raw", "deadline_raw", "result")
# the words a row warning must contain to count as "mentioning" an empty field
WARN_WORDS = {"task": ("task", "nhiệm vụ"), "lead_raw": ("lead", "chủ trì"), "deadline_raw": ("deadline", "thời hạn", "thời gian")}


def fold(text) -> str:
    """NFC, every run of whitespace to one space, stripped (the comparison rule of the corpus)."""
    if text is None:
        return ""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text))).strip()


def docs_dir() -> Path:
    """The folder holding the corpus files: $VN_REAL_DOCS, tests/real/docs, or shared/real/docs in or above the repo."""
    candidates = [os.environ.get("VN_REAL_DOCS"), HERE / "docs",
                  *(folder / "shared" / "real" / "docs" for folder in (REPO, *REPO.parents))]
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    return HERE / "docs"


def load_manifest() -> dict:
    with open(HERE / "manifest.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)


def load_expected(doc_id: str) -> list[dict]:
    path = HERE / "expected" / f"{doc_id}.jsonl"
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def norm_record(rec: dict) -> dict:
    """Expected or found row -> the eight compared keys, folded (found rows carry ``table_index``)."""
    table = rec.get("table", rec.get("table_index", 0))
    out = {"table": int(table) if table is not None else 0}
    for k in FIELDS[1:]:
        out[k] = fold(rec.get(k, ""))
    return out


def files_of(entry: dict) -> list[str]:
    return [entry["file"], *(entry.get("twins") or [])]


def run_file(path: Path):
    """(DocumentResult or None, error text)."""
    from extract.pipeline import process_file
    try:
        return process_file(path, root=path.parent), ""
    except Exception as exc:  # the scorer reports crashes, it never stops on one
        return None, f"{type(exc).__name__}: {exc}".splitlines()[0][:200] + "\n" + traceback.format_exc(limit=3)


def _align(expected: list[dict], found: list[dict]) -> list[tuple[int, int]]:
    """Pairs (i, j) of expected/found rows, in order, matched on (table, stt, start of task)."""
    key = lambda r: f"{r['table']}|{r['stt']}|{r['task'][:40]}"
    sm = difflib.SequenceMatcher(a=[key(r) for r in expected], b=[key(r) for r in found], autojunk=False)
    pairs = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag in ("equal", "replace"):
            pairs.extend(zip(range(i1, i2), range(j1, j2)))
    return pairs


def compare_metadata(expected: dict | None, document: dict) -> dict[str, bool]:
    expected = expected or {}
    number = re.sub(r"\s+", "", fold(document.get("decision_number")))
    want_number = re.sub(r"\s+", "", fold(expected.get("number")))
    date = document.get("decision_date")
    if isinstance(date, (dt.date, dt.datetime)):
        date = date.isoformat()[:10]
    want_date = expected.get("date")
    issuer = fold(document.get("issuer")).casefold()
    want_issuer = fold(expected.get("issuer")).casefold()
    return {"number": number == want_number, "date": (date or None) == (str(want_date) if want_date else None),
            # the issuer as printed in the letterhead (issuer_raw) or its name (issuer)
            "issuer": want_issuer in (issuer, fold(document.get("issuer_raw")).casefold())}


def evaluate(entry: dict, path: Path) -> dict:
    """Everything the scorer prints for one file of one manifest entry."""
    expected = [norm_record(r) for r in load_expected(entry["id"])]
    out = {"id": entry["id"], "file": path.name, "kind": entry["kind"], "expected": len(expected), "found": 0,
           "exact": 0, "fields": {k: 0 for k in FIELDS}, "metadata": {}, "silent_empty": 0, "silent_wrong": [], "error": "",
           "status": "", "found_records": [], "expected_records": expected}
    if not path.exists():
        out["error"] = "missing file (documents folder: %s)" % docs_dir()
        return out
    result, error = run_file(path)
    if result is None:
        out["error"] = "pipeline crashed: " + error
        return out
    doc = result.document
    out["status"] = doc.get("status", "")
    if doc.get("status") == "failed":
        out["error"] = "failed: " + str(doc.get("error", ""))[:200]
    found_raw = result.tasks
    found = [norm_record(r) for r in found_raw]
    out["found"] = len(found)
    out["found_records"] = found
    pairs = _align(expected, found)
    for i, j in pairs:
        e, f = expected[i], found[j]
        same = True
        for k in FIELDS:
            if e[k] == f[k]:
                out["fields"][k] += 1
            else:
                same = False
        out["exact"] += same
    out["silent_wrong"] = silent_wrong(expected, found, found_raw, pairs)
    for r in found_raw:
        warnings = " ".join(r.get("warnings") or []).casefold()
        for field, words in WARN_WORDS.items():
            if not fold(r.get(field)) and not any(w in warnings for w in words):
                out["silent_empty"] += 1
    meta = (entry.get("file_metadata") or {}).get(path.name, entry.get("metadata"))
    out["metadata"] = compare_metadata(meta, doc)
    out["found_metadata"] = {"number": doc.get("decision_number"), "date": str(doc.get("decision_date") or ""),
                             "issuer": doc.get("issuer")}
    return out


def _flagged(row: dict) -> bool:
    return bool(row.get("needs_review") or row.get("warnings"))


def silent_wrong(expected: list[dict], found: list[dict], found_raw: list[dict], pairs) -> list[str]:
    """The found rows that are wrong and say nothing: a row matched to an expected one whose fields differ, or a
    row matched to none, with no warning and no review flag ("never silent": a wrong value that warns is a
    nuisance, one that does not is a defect).  Each as "stt: field, field" ("+" for a row matched to none)."""
    matched = dict((j, i) for i, j in pairs)
    out = []
    for j, raw in enumerate(found_raw):
        if _flagged(raw):
            continue
        if j not in matched:
            out.append(f"{found[j]['stt'] or '-'}: +")
            continue
        wrong = [k for k in FIELDS if expected[matched[j]][k] != found[j][k]]
        if wrong:
            out.append(f"{found[j]['stt'] or '-'}: " + ", ".join(wrong))
    return out


def select(manifest: dict, holdout: bool, ids: list[str] | None) -> list[dict]:
    docs = manifest["documents"]
    if ids:
        return [d for d in docs if d["id"] in ids]
    return [d for d in docs if bool(d.get("holdout")) == holdout]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", action="store_true", help="score only the holdout documents")
    ap.add_argument("--ids", help="comma-separated ids to score (overrides --holdout)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the first differing record of each file")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    manifest = load_manifest()
    entries = select(manifest, args.holdout, args.ids.split(",") if args.ids else None)
    root = docs_dir()
    head = (f"{'file':52} {'kind':9} {'exp':>4} {'found':>5} {'exact':>5} "
            + " ".join(f"{k[:5]:>5}" for k in FIELDS) + "  num date iss  silent wrong!  note")
    print(head)
    print("-" * len(head))
    tot = {"files": 0, "expected": 0, "found": 0, "exact": 0, "fields": {k: 0 for k in FIELDS}, "meta_ok": 0,
           "meta_files": 0, "silent": 0, "silent_wrong": 0, "tasks_in_no_tables": 0, "errors": 0}
    for entry in entries:
        for name in files_of(entry):
            r = evaluate(entry, root / name)
            tot["files"] += 1
            exp = r["expected"]
            pct = lambda n: f"{100 * n / exp:5.0f}" if exp else "    -"
            meta = r["metadata"]
            mflags = " ".join(("ok " if meta.get(k) else "BAD") if meta else "  -" for k in ("number", "date", "issuer"))
            note = r["error"].splitlines()[0] if r["error"] else r["status"]
            if entry["kind"] == "no_tables" and r["found"]:
                note += f"  {r['found']} tasks from a document without task tables"
                tot["tasks_in_no_tables"] += r["found"]
            print(f"{r['file'][:52]:52} {entry['kind'][:9]:9} {exp:4} {r['found']:5} {r['exact']:5} "
                  + " ".join(pct(r["fields"][k]) for k in FIELDS)
                  + f"  {mflags}  {r['silent_empty']:6} {len(r['silent_wrong']):6}  {note}")
            if args.verbose and r["silent_wrong"]:
                print("      wrong and unflagged:", "; ".join(r["silent_wrong"])[:400])
            if args.verbose and meta and not all(meta.values()):
                print("      metadata found:", json.dumps(r["found_metadata"], ensure_ascii=False)[:300])
            if args.verbose and r["exact"] < exp:
                pairs = dict(_align(r["expected_records"], r["found_records"]))
                for i, e in enumerate(r["expected_records"]):
                    f = r["found_records"][pairs[i]] if i in pairs else None
                    if f != e:
                        diff = {k: (e[k], f[k] if f else None) for k in FIELDS if not f or e[k] != f[k]}
                        print("      first difference, expected row", i, json.dumps(diff, ensure_ascii=False)[:400])
                        break
            tot["errors"] += bool(r["error"])
            tot["expected"] += exp
            tot["found"] += r["found"]
            tot["exact"] += r["exact"]
            for k in FIELDS:
                tot["fields"][k] += r["fields"][k]
            if meta:
                tot["meta_files"] += 1
                tot["meta_ok"] += all(meta.values())
            tot["silent"] += r["silent_empty"]
            tot["silent_wrong"] += len(r["silent_wrong"])
    print("-" * len(head))
    e = tot["expected"] or 1
    print(f"files {tot['files']}, expected tasks {tot['expected']}, found {tot['found']}, "
          f"exact {tot['exact']} ({100 * tot['exact'] / e:.1f}%)")
    print("field accuracy: " + ", ".join(f"{k} {100 * v / e:.1f}%" for k, v in tot["fields"].items()))
    print(f"metadata all right on {tot['meta_ok']}/{tot['meta_files']} files; "
          f"rows with an empty task/lead/deadline and no warning naming it: {tot['silent']}; "
          f"rows wrong (or extra) with no warning or review flag: {tot['silent_wrong']}; "
          f"tasks found in no_tables documents: {tot['tasks_in_no_tables']}; files failed or crashed: {tot['errors']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
