"""report.html: what it says matches the tables; self-contained; thumbnails of the flagged PDF rows."""
from __future__ import annotations

import base64
import io
import re
from collections import Counter
from html.parser import HTMLParser

import numpy as np
import pyarrow.parquet as pq

from extract.inspect import MARK
from extract.report import bar_chart, write_report


class Tables(HTMLParser):
    """Text of every cell of every table with an id, and the images."""

    def __init__(self):
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.images: list[dict] = []
        self.tags: Counter = Counter()
        self._table = self._cell = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags[tag] += 1
        if tag == "table":
            self._table = a.get("id")
            self.tables[self._table] = []
        elif tag == "tr" and self._table:
            self.tables[self._table].append([])
        elif tag in ("td", "th") and self._table:
            self._cell = []
        elif tag == "img":
            self.images.append(a)

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[self._table][-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse(path) -> Tables:
    p = Tables()
    p.feed(path.read_text(encoding="utf-8"))
    return p


def test_report_lists_files_by_status_with_their_messages(handoff):
    _, out, _ = handoff
    page = parse(out / "report.html")
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    files = {r[0]: r for r in page.tables["files"][1:]}
    assert set(files) == {d["source_path"] for d in docs}
    for d in docs:
        assert files[d["source_path"]][1] == d["status"] and files[d["source_path"]][3] == d["error"]
    counts = {r[0].split(" ")[0]: int(r[1]) for r in page.tables["status-counts"][1:]}
    assert counts == Counter(d["status"] for d in docs) == {"ok": 3, "failed": 1, "no_tables": 1}


def test_report_counts_agencies_by_current_name_once_per_decision(handoff):
    _, out, _ = handoff
    page = parse(out / "report.html")
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    copies = {d["doc_id"] for d in docs if d["duplicate_of"]}  # the PDF twin and the copy: the same decision
    assert len(copies) == 2
    want: Counter = Counter()
    for a in {(a["doc_id"], a["row_index"], a["current_name"]) for a in pq.read_table(out / "task_agencies.parquet").to_pylist()
              if a["role"] == "lead" and a["kind"] not in ("unknown", "collective") and a["doc_id"] not in copies}:
        want[a[2]] += 1
    got = {r[0]: int(r[1]) for r in page.tables["agencies"][1:] if int(r[1])}
    assert got == dict(want) and got["Bộ Công an"] == 43  # one decision, given three times


def test_report_counts_due_dates_by_quarter(handoff):
    _, out, _ = handoff
    page = parse(out / "report.html")
    copies = {d["doc_id"] for d in pq.read_table(out / "documents.parquet").to_pylist() if d["duplicate_of"]}
    tasks = [t for t in pq.read_table(out / "tasks.parquet").to_pylist() if t["doc_id"] not in copies]
    want = Counter(f"{t['deadline_end'].year} Q{(t['deadline_end'].month - 1) // 3 + 1}" for t in tasks if t["deadline_end"])
    assert {r[0]: int(r[1]) for r in page.tables["quarters"][1:]} == dict(want)
    html = (out / "report.html").read_text(encoding="utf-8")
    leading = [r for r in page.tables["agencies"][1:] if int(r[1])]
    assert html.count('class="bar"') == len(want) + min(20, len(leading))  # a bar per quarter and per lead agency


def test_report_shows_the_rows_to_review_with_reasons_and_marked_thumbnails(handoff):
    from PIL import Image

    _, out, _ = handoff
    page = parse(out / "report.html")
    flagged = [t for t in pq.read_table(out / "tasks.parquet").to_pylist() if t["needs_review"]]
    rows = page.tables["review"][1:]
    assert [(r[0], int(r[2]), r[3]) for r in rows] == [(t["source_path"], t["row_index"], t["stt"]) for t in flagged]
    assert all(t["review_reasons"] == ["value_inferred"] and "value_inferred" in r[5] for r, t in zip(rows, flagged))
    thumbs = [i for i in page.images if i.get("class") == "thumb"]
    assert len(thumbs) == len(flagged) == 6
    for img in thumbs:
        data = base64.b64decode(img["src"].split(",", 1)[1])
        with Image.open(io.BytesIO(data)) as im:
            rgb = np.asarray(im.convert("RGB"))
            assert im.width > 200 and int((rgb == MARK).all(axis=2).sum()) > 100  # the row is outlined


def test_report_is_self_contained(handoff):
    _, out, _ = handoff
    html = (out / "report.html").read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|iframe)\b", html)
    srcs = re.findall(r'(?:src|href)="([^"]*)"', html)
    assert all(s.startswith("data:image/png;base64,") for s in srcs)
    assert "url(" not in html and "@import" not in html


def test_report_command_and_its_thumbnail_bound(handoff, tmp_path):
    from extract.cli import main

    src, out, _ = handoff
    dest = tmp_path / "r.html"
    assert main(["report", str(out), "-o", str(dest), "--inputs", str(src), "--thumbnails", "2"]) == 0
    page = parse(dest)
    assert len([i for i in page.images if i.get("class") == "thumb"]) == 2
    assert dest.read_text(encoding="utf-8").count("<code>vn-tasks inspect phu_luc_ii_merged_lead.pdf --page") == 4
    assert write_report(out, tmp_path / "none.html", roots=[tmp_path]).exists()  # sources not found: no thumbnails
    assert main(["report", str(tmp_path / "nothing")]) == 2


def test_bar_chart_escapes_labels():
    svg = bar_chart([("<Bộ> & co", 2)], "t", "c")
    assert "&lt;Bộ&gt; &amp; co" in svg and "<Bộ>" not in svg


def test_report_counts_problems_by_code(handoff):
    _, out, _ = handoff
    page = parse(out / "report.html")
    want = Counter(i["code"] for i in pq.read_table(out / "issues.parquet").to_pylist())
    assert {r[1]: int(r[2]) for r in page.tables["problems"][1:]} == dict(want)
    assert want["value_inferred"] == 6  # the lead merged across a page break, in the PDF of merged_lead