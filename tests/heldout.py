"""Scores of the normalizers on the held-out set (tests/data/heldout.yaml): ``python -m tests.heldout``."""
from __future__ import annotations

from pathlib import Path

import yaml

from normalize.agencies import gazetteer, parse_agencies
from normalize.deadlines import parse_deadline
from normalize.text import key

DATA = Path(__file__).resolve().parent / "data" / "heldout.yaml"


def load() -> dict:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _linked(m, gold: str) -> bool:
    if gold == "collective":
        return m.kind == "collective"
    if gold == "unknown":
        return m.kind == "unknown"
    if gold == "none":
        return False
    if gold.startswith("sub_unit:"):
        return m.kind == "sub_unit" and m.parent == gazetteer().agencies[gold[9:]].name
    if gold.startswith("kind:"):          # the reader's kind, for a body the gazetteer had no entry for
        return m.kind == gold[5:]
    if gold.startswith("pattern:"):
        return m.kind == gold[8:] and m.method == "pattern"
    return m.agency_id == gold


def agency_scores(items: list[dict]) -> dict:
    predicted = gold_n = correct = cells_ok = unknown = 0
    misses = []
    for it in items:
        ms = parse_agencies(it["cell"], issuer=it.get("issuer")).mentions
        predicted += len(ms)
        unknown += sum(m.kind == "unknown" for m in ms)
        gold_n += len(it["gold"])
        ok = 0
        for text, g in it["gold"]:
            hit = [m for m in ms if key(m.mention) == key(text) and _linked(m, g)]
            ok += bool(hit)
            if not hit:
                misses.append((it["cell"], text, g, [(m.mention, m.kind, m.agency_id) for m in ms]))
        correct += ok
        cells_ok += ok == len(it["gold"]) and len(ms) == len(it["gold"])
    return {"mentions_predicted": predicted, "mentions_gold": gold_n, "correct": correct,
            "precision": round(correct / predicted, 3), "recall": round(correct / gold_n, 3),
            "cell_accuracy": round(cells_ok / len(items), 3), "unknown_share": round(unknown / predicted, 3),
            "misses": misses}


def coordinating_scores(items: list[dict]) -> dict:
    """Coordinating cells only (items with ``role: coordinating``): recall of their mentions, each whole and
    linked right, and the share of cells read whole (every mention right, nothing more)."""
    coord = [it for it in items if it.get("role") == "coordinating"]
    s = agency_scores(coord)
    return {"cells": len(coord), "mentions_gold": s["mentions_gold"], "recall": s["recall"],
            "cell_accuracy": s["cell_accuracy"]}


def deadline_scores(items: list[dict]) -> dict:
    right, misses = 0, []
    for it in items:
        d = parse_deadline(it["text"], default_year=it.get("year"))
        want = {"kind": it["kind"]}
        for f in ("start", "end", "recurrence"):
            if f in it:
                want[f] = it[f]
        if "day" in it:
            want["recurrence_day"] = it["day"]
        if "month" in it:
            want["recurrence_month"] = it["month"]
        got = {f: getattr(d, f) for f in want}
        if got == want:
            right += 1
        else:
            misses.append((it["text"], want, got))
    return {"n": len(items), "right": right, "accuracy": round(right / len(items), 3), "misses": misses}


def all_scores(data: dict) -> list[tuple[str, dict]]:
    """Every set's scores, in the file's order: agencies, their coordinating cells where the set marks roles, and
    deadlines."""
    out = []
    for name in data:
        if name.startswith("agencies"):
            out.append((name, agency_scores(data[name])))
            if any(it.get("role") == "coordinating" for it in data[name]):
                out.append(("coordinating" + name[len("agencies"):], coordinating_scores(data[name])))
        elif name.startswith("deadlines"):
            out.append((name, deadline_scores(data[name])))
    return out


if __name__ == "__main__":
    for name, res in all_scores(load()):
        print(name, {k: v for k, v in res.items() if k != "misses"})
        for m in res.get("misses", ()):
            print("   miss:", m)
