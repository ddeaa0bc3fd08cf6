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


if __name__ == "__main__":
    data = load()
    for name, res in (("agencies", agency_scores(data["agencies"])), ("deadlines", deadline_scores(data["deadlines"])),
                      ("agencies_v2", agency_scores(data["agencies_v2"])),
                      ("deadlines_v2", deadline_scores(data["deadlines_v2"])),
                      ("agencies_v3", agency_scores(data["agencies_v3"])),
                      ("deadlines_v3", deadline_scores(data["deadlines_v3"])),
                      ("agencies_v4", agency_scores(data["agencies_v4"])),
                      ("coordinating_v4", coordinating_scores(data["agencies_v4"])),
                      ("deadlines_v4", deadline_scores(data["deadlines_v4"])),
                      ("agencies_v5", agency_scores(data["agencies_v5"])),
                      ("coordinating_v5", coordinating_scores(data["agencies_v5"])),
                      ("deadlines_v5", deadline_scores(data["deadlines_v5"])),
                      ("agencies_v6", agency_scores(data["agencies_v6"])),
                      ("coordinating_v6", coordinating_scores(data["agencies_v6"])),
                      ("deadlines_v6", deadline_scores(data["deadlines_v6"])),
                      ("agencies_v7", agency_scores(data["agencies_v7"])),
                      ("coordinating_v7", coordinating_scores(data["agencies_v7"])),
                      ("deadlines_v7", deadline_scores(data["deadlines_v7"])),
                      ("agencies_v8", agency_scores(data["agencies_v8"])),
                      ("coordinating_v8", coordinating_scores(data["agencies_v8"])),
                      ("deadlines_v8", deadline_scores(data["deadlines_v8"])),
                      ("agencies_v9", agency_scores(data["agencies_v9"])),
                      ("coordinating_v9", coordinating_scores(data["agencies_v9"])),
                      ("deadlines_v9", deadline_scores(data["deadlines_v9"])),
                      ("agencies_v10", agency_scores(data["agencies_v10"])),
                      ("coordinating_v10", coordinating_scores(data["agencies_v10"])),
                      ("deadlines_v10", deadline_scores(data["deadlines_v10"])),
                      ("agencies_v11", agency_scores(data["agencies_v11"])),
                      ("coordinating_v11", coordinating_scores(data["agencies_v11"])),
                      ("deadlines_v11", deadline_scores(data["deadlines_v11"])),
                      ("agencies_v12", agency_scores(data["agencies_v12"])),
                      ("coordinating_v12", coordinating_scores(data["agencies_v12"])),
                      ("deadlines_v12", deadline_scores(data["deadlines_v12"])),
                      ("agencies_v13", agency_scores(data["agencies_v13"])),
                      ("coordinating_v13", coordinating_scores(data["agencies_v13"])),
                      ("deadlines_v13", deadline_scores(data["deadlines_v13"])),
                      ("agencies_v14", agency_scores(data["agencies_v14"])),
                      ("coordinating_v14", coordinating_scores(data["agencies_v14"])),
                      ("deadlines_v14", deadline_scores(data["deadlines_v14"])),
                      ("agencies_v15", agency_scores(data["agencies_v15"])),
                      ("coordinating_v15", coordinating_scores(data["agencies_v15"])),
                      ("deadlines_v15", deadline_scores(data["deadlines_v15"])),
                      ("agencies_v16", agency_scores(data["agencies_v16"])),
                      ("coordinating_v16", coordinating_scores(data["agencies_v16"])),
                      ("deadlines_v16", deadline_scores(data["deadlines_v16"])),
                      ("agencies_v17", agency_scores(data["agencies_v17"])),
                      ("coordinating_v17", coordinating_scores(data["agencies_v17"])),
                      ("deadlines_v17", deadline_scores(data["deadlines_v17"])),
                      ("agencies_v18", agency_scores(data["agencies_v18"])),
                      ("coordinating_v18", coordinating_scores(data["agencies_v18"])),
                      ("deadlines_v18", deadline_scores(data["deadlines_v18"])),
                      ("agencies_v19", agency_scores(data["agencies_v19"])),
                      ("coordinating_v19", coordinating_scores(data["agencies_v19"])),
                      ("deadlines_v19", deadline_scores(data["deadlines_v19"])),
                      ("agencies_v20", agency_scores(data["agencies_v20"])),
                      ("coordinating_v20", coordinating_scores(data["agencies_v20"])),
                      ("deadlines_v20", deadline_scores(data["deadlines_v20"])),
                      ("agencies_v21", agency_scores(data["agencies_v21"])),
                      ("coordinating_v21", coordinating_scores(data["agencies_v21"])),
                      ("deadlines_v21", deadline_scores(data["deadlines_v21"])),
                      ("agencies_v22", agency_scores(data["agencies_v22"])),
                      ("coordinating_v22", coordinating_scores(data["agencies_v22"])),
                      ("deadlines_v22", deadline_scores(data["deadlines_v22"])),
                      ("agencies_v23", agency_scores(data["agencies_v23"])),
                      ("coordinating_v23", coordinating_scores(data["agencies_v23"])),
                      ("deadlines_v23", deadline_scores(data["deadlines_v23"])),
                      ("agencies_v24", agency_scores(data["agencies_v24"])),
                      ("coordinating_v24", coordinating_scores(data["agencies_v24"])),
                      ("deadlines_v24", deadline_scores(data["deadlines_v24"])),
                      ("agencies_v25", agency_scores(data["agencies_v25"])),
                      ("coordinating_v25", coordinating_scores(data["agencies_v25"])),
                      ("deadlines_v25", deadline_scores(data["deadlines_v25"])),
                      ("agencies_v26", agency_scores(data["agencies_v26"])),
                      ("coordinating_v26", coordinating_scores(data["agencies_v26"])),
                      ("deadlines_v26", deadline_scores(data["deadlines_v26"])),
                      ("agencies_v27", agency_scores(data["agencies_v27"])),
                      ("coordinating_v27", coordinating_scores(data["agencies_v27"])),
                      ("deadlines_v27", deadline_scores(data["deadlines_v27"])),
                      ("agencies_v28", agency_scores(data["agencies_v28"])),
                      ("coordinating_v28", coordinating_scores(data["agencies_v28"])),
                      ("deadlines_v28", deadline_scores(data["deadlines_v28"])),
                      ("agencies_v29", agency_scores(data["agencies_v29"])),
                      ("coordinating_v29", coordinating_scores(data["agencies_v29"])),
                      ("deadlines_v29", deadline_scores(data["deadlines_v29"])),
                      ("agencies_v30", agency_scores(data["agencies_v30"])),
                      ("coordinating_v30", coordinating_scores(data["agencies_v30"])),
                      ("deadlines_v30", deadline_scores(data["deadlines_v30"])),
                      ("agencies_v31", agency_scores(data["agencies_v31"])),
                      ("coordinating_v31", coordinating_scores(data["agencies_v31"])),
                      ("deadlines_v31", deadline_scores(data["deadlines_v31"])),
                      ("agencies_v32", agency_scores(data["agencies_v32"])),
                      ("coordinating_v32", coordinating_scores(data["agencies_v32"])),
                      ("deadlines_v32", deadline_scores(data["deadlines_v32"])),
                      ("agencies_v33", agency_scores(data["agencies_v33"])),
                      ("coordinating_v33", coordinating_scores(data["agencies_v33"])),
                      ("deadlines_v33", deadline_scores(data["deadlines_v33"])),
                      ("agencies_v34", agency_scores(data["agencies_v34"])),
                      ("coordinating_v34", coordinating_scores(data["agencies_v34"])),
                      ("deadlines_v34", deadline_scores(data["deadlines_v34"])),
                      ("agencies_v35", agency_scores(data["agencies_v35"])),
                      ("coordinating_v35", coordinating_scores(data["agencies_v35"])),
                      ("deadlines_v35", deadline_scores(data["deadlines_v35"])),
                      ("agencies_v36", agency_scores(data["agencies_v36"])),
                      ("coordinating_v36", coordinating_scores(data["agencies_v36"])),
                      ("deadlines_v36", deadline_scores(data["deadlines_v36"])),
                      ("agencies_v37", agency_scores(data["agencies_v37"])),
                      ("coordinating_v37", coordinating_scores(data["agencies_v37"])),
                      ("deadlines_v37", deadline_scores(data["deadlines_v37"])),
                      ("agencies_v38", agency_scores(data["agencies_v38"])),
                      ("coordinating_v38", coordinating_scores(data["agencies_v38"])),
                      ("deadlines_v38", deadline_scores(data["deadlines_v38"])),
                      ("agencies_v39", agency_scores(data["agencies_v39"])),
                      ("coordinating_v39", coordinating_scores(data["agencies_v39"])),
                      ("deadlines_v39", deadline_scores(data["deadlines_v39"])),
                      ("agencies_v40", agency_scores(data["agencies_v40"])),
                      ("coordinating_v40", coordinating_scores(data["agencies_v40"])),
                      ("deadlines_v40", deadline_scores(data["deadlines_v40"]))):
        print(name, {k: v for k, v in res.items() if k != "misses"})
        for m in res.get("misses", ()):
            print("   miss:", m)
