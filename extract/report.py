"""``report.html``: one self-contained page (no network, no script) on what a run produced, for people.

- files by status, with the message of every file that is not ok;
- tasks per lead agency (current names, unknown and collective mentions left out, duplicate copies counted
  once) and due dates by quarter, as inline SVG bar charts with their tables;
- the task rows that need review, with their reasons and, for rows of PDF files, a thumbnail of the page
  drawn by ``inspect`` with the row outlined (PNG embedded as base64; at most MAX_THUMBNAILS; a scanned
  document must be OCR'd again to be drawn, so only while the OCR'd pages stay within MAX_OCR_PAGES, about
  1.3 s a page), and no new document is read once THUMB_SECONDS have gone on thumbnails; a row without
  one shows the ``vn-tasks inspect`` command that draws it.

It is made from the Parquet tables (single files or part folders) and, for the thumbnails, the input files:
*sources* maps a ``source_path`` to the file (the batch passes its inputs); otherwise ``source_path`` is
looked for under the *roots* given (default: the current folder), and a file whose SHA-256 is not the one in
``documents`` is not drawn.
"""
from __future__ import annotations

import base64
import html
import io
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__
from .labels import REVIEW_SHEET
from .readback import iter_batches, read_table, table_files
from .review import review_reasons

REPORT_NAME = "report.html"
MAX_FILES_LISTED = 500  # files listed one by one; above, only those that are not ok
MAX_REVIEW_ROWS = 1000  # review rows listed; the rest are in the xlsx review sheet / the tables
MAX_THUMBNAILS = 24
MAX_OCR_PAGES = 4  # pages of scanned documents OCR'd again for thumbnails, per report
THUMB_SECONDS = 30.0  # time after which no further document is read for thumbnails
THUMB_RESOLUTION = 45  # pixels per inch of a thumbnail
TOP_AGENCIES = 20  # bars in the agency chart
EXCLUDED_KINDS = ("unknown", "collective")
STATUS_VI = {"ok": "đã đọc", "partial": "đọc một phần", "no_tables": "không có bảng nhiệm vụ", "failed": "lỗi"}


@dataclass
class ReportData:
    documents: list[dict]
    status: Counter
    tasks: int = 0
    duplicates: set[str] = field(default_factory=set)  # doc_ids of duplicate copies
    lead: Counter = field(default_factory=Counter)  # current_name -> tasks led
    coordinating: Counter = field(default_factory=Counter)
    quarters: Counter = field(default_factory=Counter)  # (year, quarter) -> tasks due
    no_due: Counter = field(default_factory=Counter)  # deadline_kind -> tasks with no due date
    review: list[dict] = field(default_factory=list)
    review_total: int = 0
    problems: Counter = field(default_factory=Counter)  # (severity, code) -> rows: issues, or warnings by kind


def duplicate_ids(documents: list[dict]) -> set[str]:
    """doc_ids of the copies of another document: ``duplicate_of`` set (when the column exists), or the
    same bytes (sha256) as a document before it in source-path order.

    >>> sorted(duplicate_ids([{"doc_id": "a", "sha256": "x"}, {"doc_id": "b", "sha256": "x"},
    ...                       {"doc_id": "c", "sha256": "y", "duplicate_of": "z"}]))
    ['b', 'c']
    """
    seen: set[str] = set()
    copies: set[str] = set()
    for d in sorted(documents, key=lambda d: d["source_path"]) if documents and "source_path" in documents[0] \
            else documents:
        if d.get("duplicate_of") or (d.get("sha256") and d["sha256"] in seen):
            copies.add(d["doc_id"])
        elif d.get("sha256"):
            seen.add(d["sha256"])
    return copies


def gather(folder: Path) -> ReportData:
    """Everything the report shows, from the tables under *folder*, read batch by batch."""
    docs_t = read_table(folder, "documents", ["doc_id", "source_path", "format", "status", "error", "pages",
                                              "tasks_found", "ocr_pages", "sha256", "duplicate_of"])
    documents = docs_t.to_pylist() if docs_t is not None else []
    data = ReportData(documents, Counter(d["status"] for d in documents))
    data.duplicates = duplicate_ids(documents)
    _count_agencies(folder, data)
    _count_tasks(folder, data)
    _count_issues(folder, data)
    return data


def _count_issues(folder: Path, data: ReportData) -> None:
    """Problems by kind: the issues table when the output has one; until then the tasks' warnings by kind."""
    if table_files(folder, "issues"):
        for batch in iter_batches(folder, "issues"):
            cols = batch.to_pydict()
            data.problems.update(zip(cols.get("severity") or [""] * batch.num_rows, cols["code"]))
        return
    for batch in iter_batches(folder, "tasks"):  # an output written before schema 1.1: no issues table
        for warnings in batch.column("warnings").to_pylist():
            data.problems.update(("warning", "legacy_warning") for _ in warnings or ())


def _count_agencies(folder: Path, data: ReportData) -> None:
    """Tasks per current name and role; a name twice in one row (two agencies merged since) counts once.
    The mentions of a row are next to each other (the output's order), so only the current row's are kept."""
    row_key, seen = None, set()
    for batch in iter_batches(folder, "task_agencies"):
        cols = batch.select(["doc_id", "row_index", "role", "kind", "current_name"]).to_pydict()
        for doc, row, role, kind, name in zip(*cols.values()):
            if (doc, row) != row_key:
                row_key, seen = (doc, row), set()
            if doc in data.duplicates or kind in EXCLUDED_KINDS or not name or (role, name) in seen:
                continue
            seen.add((role, name))
            (data.lead if role == "lead" else data.coordinating)[name] += 1


def _reason_text(code: str) -> str:
    """What a review reason (an issue code) means, in words; a legacy warning is its own text."""
    from .issues import CODES

    return CODES[code][2] if code in CODES else ""


def _count_tasks(folder: Path, data: ReportData) -> None:
    for batch in iter_batches(folder, "tasks"):
        for row in batch.to_pylist():
            data.tasks += 1
            reasons = review_reasons(row)
            if reasons:
                data.review_total += 1
                if len(data.review) < MAX_REVIEW_ROWS:
                    data.review.append({**row, "reasons": reasons})
            if row["doc_id"] in data.duplicates:
                continue
            end = row.get("deadline_end")
            if end is not None:
                data.quarters[(end.year, (end.month - 1) // 3 + 1)] += 1
            else:
                data.no_due[row.get("deadline_kind") or "empty"] += 1


# ---------------------------------------------------------------- charts

def bar_chart(items: list[tuple[str, int]], title: str, chart_id: str, width: int = 760) -> str:
    """A horizontal bar chart as inline SVG (one bar per item, its value at its end).

    >>> svg = bar_chart([("Bộ Tài chính", 3), ("Bộ Y tế", 1)], "Nhiệm vụ", "c")
    >>> svg.count("<rect"), "Bộ Tài chính" in svg, svg.startswith("<svg")
    (2, True, True)
    """
    bar, gap, label_w, top = 18, 6, 300, 28
    height = top + len(items) * (bar + gap) + 8
    most = max((v for _, v in items), default=1) or 1
    scale = (width - label_w - 60) / most
    e = html.escape
    parts = [f'<svg class="chart" id="{e(chart_id)}" role="img" aria-label="{e(title)}" '
             f'xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}">',
             f"<title>{e(title)}</title>",
             f'<text x="0" y="16" class="chart-title">{e(title)}</text>']
    for i, (label, value) in enumerate(items):
        y = top + i * (bar + gap)
        short = label if len(label) <= 44 else label[:43] + "…"
        w = max(1.0, value * scale)
        parts.append(f'<text x="{label_w - 8}" y="{y + 13}" text-anchor="end" class="bar-label">{e(short)}'
                     f"<title>{e(label)}</title></text>")
        parts.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar}" class="bar">'
                     f"<title>{e(label)}: {value}</title></rect>")
        parts.append(f'<text x="{label_w + w + 6:.1f}" y="{y + 13}" class="bar-value">{value}</text>')
    parts.append("</svg>")
    return "".join(parts)


# ---------------------------------------------------------------- thumbnails

def _source_file(doc: dict, sources: dict[str, Path] | None, roots: list[Path]) -> Path | None:
    """The input file of *doc*, when it can be found and still has the bytes that were extracted."""
    from .sources import sha256_of

    sp = doc["source_path"]
    candidates = [sources[sp]] if sources and sp in sources else [Path(r) / sp for r in roots]
    for p in candidates:
        try:
            if p.is_file() and (not doc.get("sha256") or sha256_of(p) == doc["sha256"]):
                return p
        except OSError:
            continue
    return None


def thumbnails(data: ReportData, sources: dict[str, Path] | None = None, roots: list[Path] | None = None,
               limit: int = MAX_THUMBNAILS) -> dict[tuple[str, int], str]:
    """(doc_id, row_index) -> PNG as base64, for the first *limit* review rows of PDF files that can be drawn."""
    from .inspect import draw_page, load, save_png

    docs = {d["doc_id"]: d for d in data.documents}
    roots = roots if roots is not None else [Path.cwd()]
    out: dict[tuple[str, int], str] = {}
    loaded: dict[str, object] = {}
    ocr_budget, start = MAX_OCR_PAGES, time.perf_counter()
    try:
        for row in data.review:
            doc = docs.get(row["doc_id"])
            if len(out) >= limit or doc is None or doc.get("format") != "pdf" or not row.get("pages"):
                continue
            if doc["doc_id"] not in loaded:
                if time.perf_counter() - start > THUMB_SECONDS:
                    continue
                if doc.get("ocr_pages"):
                    if doc["ocr_pages"] > ocr_budget:
                        continue
                    ocr_budget -= doc["ocr_pages"]
                path = _source_file(doc, sources, roots)
                loaded[doc["doc_id"]] = _try(lambda: load(path)) if path else None
            doc_read = loaded[doc["doc_id"]]
            if doc_read is None:
                continue
            img = _try(lambda: draw_page(doc_read, row["pages"][0], THUMB_RESOLUTION, row["row_index"])[0])
            if img is not None:
                buf = io.BytesIO()
                save_png(img, buf)
                out[(row["doc_id"], row["row_index"])] = base64.b64encode(buf.getvalue()).decode("ascii")
    finally:
        for doc_read in loaded.values():
            if doc_read is not None:
                doc_read.close()
    return out


def _try(make):
    """What *make* gives, or None when the file cannot be drawn (a thumbnail is a nicety)."""
    try:
        return make()
    except Exception:
        return None


# ---------------------------------------------------------------- page

CSS = """
body{font-family:"Segoe UI",Roboto,"Noto Sans","DejaVu Sans",Arial,sans-serif;margin:24px;color:#222;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:2px solid #ddebf7}
.en{color:#777;font-weight:normal;font-size:.8em}.summary{color:#444}
table{border-collapse:collapse;margin:8px 0;font-size:13px}th,td{border:1px solid #ccc;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#ddebf7}td.num{text-align:right}
tr.failed td{background:#fdecea}tr.no_tables td,tr.partial td{background:#fff8e1}
.chart-title{font-weight:bold;font-size:14px}.bar{fill:#2f75b5}.bar-label,.bar-value{font-size:12px}
ul.reasons{margin:0;padding-left:16px}img.thumb{border:1px solid #999;max-width:360px}.task{max-width:420px}
"""


def _th(*titles: tuple[str, str]) -> str:
    return "<tr>" + "".join(f'<th>{html.escape(vi)}<br><span class="en">{html.escape(en)}</span></th>'
                            for vi, en in titles) + "</tr>"


def _files_section(data: ReportData) -> str:
    e = html.escape
    counts = "".join(f'<tr class="{e(s)}"><td>{e(s)} — {e(STATUS_VI.get(s, s))}</td><td class="num">{n}</td></tr>'
                     for s, n in sorted(data.status.items()))
    listed = data.documents if len(data.documents) <= MAX_FILES_LISTED else \
        [d for d in data.documents if d["status"] != "ok"][:MAX_FILES_LISTED]
    rows = "".join(f'<tr class="{e(d["status"])}"><td>{e(d["source_path"])}</td><td>{e(d["status"])}</td>'
                   f'<td class="num">{d.get("tasks_found") or 0}</td><td>{e(d.get("error") or "")}</td></tr>'
                   for d in listed)
    more = len(data.documents) - len(listed)
    note = f"<p>{more} tệp khác (ok) không liệt kê: xem documents.parquet.</p>" if more else ""
    return (f'<section id="files-section"><h2>Tệp theo trạng thái <span class="en">files by status</span></h2>'
            f'<table id="status-counts">{_th(("Trạng thái", "status"), ("Số tệp", "files"))}{counts}</table>'
            f'<table id="files">{_th(("Tệp", "file"), ("Trạng thái", "status"), ("Nhiệm vụ", "tasks"), ("Thông báo", "message"))}'
            f"{rows}</table>{note}</section>")


def _agencies_section(data: ReportData) -> str:
    e = html.escape
    top = data.lead.most_common(TOP_AGENCIES)
    chart = bar_chart(top, "Số nhiệm vụ chủ trì theo cơ quan (tên hiện nay)", "chart-agencies") if top else \
        "<p>Không có cơ quan chủ trì nào được nhận diện.</p>"
    names = sorted(set(data.lead) | set(data.coordinating), key=lambda n: (-data.lead[n], -data.coordinating[n], n))
    rows = "".join(f'<tr><td>{e(n)}</td><td class="num">{data.lead[n]}</td><td class="num">{data.coordinating[n]}</td></tr>'
                   for n in names)
    return (f'<section id="agencies-section"><h2>Nhiệm vụ theo cơ quan <span class="en">tasks per agency '
            f"(current names; unknown and collective mentions left out; duplicate copies counted once)</span></h2>"
            f'{chart}<table id="agencies">{_th(("Cơ quan (tên hiện nay)", "current_name"), ("Chủ trì", "lead"), ("Phối hợp", "coordinating"))}'
            f"{rows}</table></section>")


def _due_section(data: ReportData) -> str:
    e = html.escape
    items = [(f"{y} Q{q}", n) for (y, q), n in sorted(data.quarters.items())]
    chart = bar_chart(items, "Số nhiệm vụ đến hạn theo quý", "chart-quarters") if items else \
        "<p>Không có nhiệm vụ nào có hạn hoàn thành.</p>"
    rows = "".join(f'<tr><td>{e(k)}</td><td class="num">{n}</td></tr>' for k, n in items)
    none = "".join(f'<tr><td>{e(k)}</td><td class="num">{n}</td></tr>' for k, n in sorted(data.no_due.items()))
    return (f'<section id="due-section"><h2>Hạn hoàn thành theo quý <span class="en">due dates (deadline_end) by quarter'
            f"</span></h2>{chart}"
            f'<table id="quarters">{_th(("Quý", "quarter"), ("Nhiệm vụ", "tasks"))}{rows}</table>'
            f'<table id="no-due">{_th(("Không có hạn: loại thời hạn", "no due date: deadline_kind"), ("Nhiệm vụ", "tasks"))}'
            f"{none}</table></section>")


def _problems_table(data: ReportData) -> str:
    e = html.escape
    rows = "".join(f'<tr><td>{e(sev or "")}</td><td>{e(code or "")}</td><td class="num">{n}</td></tr>'
                   for (sev, code), n in sorted(data.problems.items(), key=lambda kv: (-kv[1], kv[0])))
    head = _th(("Mức độ", "severity"), ("Loại vấn đề", "code / warning kind"), ("Số lần", "count"))
    return f'<table id="problems">{head}{rows}</table>' if rows else ""


def _review_section(data: ReportData, thumbs: dict[tuple[str, int], str]) -> str:
    e = html.escape
    rows = []
    for r in data.review:
        thumb = thumbs.get((r["doc_id"], r["row_index"]))
        img = (f'<img class="thumb" alt="trang {r["pages"][0]}, dòng #{r["row_index"]}" '
               f'src="data:image/png;base64,{thumb}">') if thumb else \
            f'<code>vn-tasks inspect {e(r["source_path"])} --page {r["pages"][0]}</code>' if r.get("pages") else ""
        task = r.get("task") or ""
        task = task if len(task) <= 300 else task[:299] + "…"
        pages = ", ".join(str(p) for p in r.get("pages") or [])
        reasons = "".join(f"<li><code>{e(x)}</code>: {e(_reason_text(x))}</li>" for x in r["reasons"])
        reasons += "".join(f"<li>{e(w)}</li>" for w in r.get("warnings") or ())  # the specifics, in words
        rows.append(f'<tr class="review-row" data-doc="{e(r["doc_id"])}" data-row="{r["row_index"]}">'
                    f'<td>{e(r["source_path"])}</td><td class="num">{e(pages)}</td><td class="num">{r["row_index"]}</td>'
                    f'<td>{e(r.get("stt") or "")}</td><td class="task">{e(task)}</td>'
                    f'<td><ul class="reasons">{reasons}</ul></td><td>{img}</td></tr>')
    more = data.review_total - len(data.review)
    note = f"<p>… và {more} dòng khác: xem trang tính “{REVIEW_SHEET}” của tasks.xlsx.</p>" if more else ""
    head = _th(("Tệp", "file"), ("Trang", "pages"), ("Dòng", "row_index"), ("STT", "stt"), ("Nhiệm vụ", "task"),
               ("Lý do", "reasons"), ("Trang vẽ bởi inspect", "page drawn by inspect"))
    return (f'<section id="review-section"><h2>{e(REVIEW_SHEET)} <span class="en">rows needing review '
            f"({data.review_total})</span></h2>{_problems_table(data)}"
            f'<table id="review"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>{note}</section>')


def render_html(data: ReportData, thumbs: dict[tuple[str, int], str]) -> str:
    n_docs = len(data.documents)
    dup = f", {len(data.duplicates)} bản sao" if data.duplicates else ""
    summary = (f"{n_docs} tệp{dup}, {data.tasks} nhiệm vụ, {data.review_total} dòng cần rà soát "
               f"<span class='en'>({n_docs} files, {data.tasks} tasks, {data.review_total} rows to review)</span>")
    return ("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
            f"<title>Báo cáo trích xuất nhiệm vụ — {n_docs} tệp</title><style>{CSS}</style></head><body>"
            f"<h1>Báo cáo trích xuất nhiệm vụ <span class=\"en\">extraction report</span></h1>"
            f'<p class="summary">{summary}. vn-decision-tasks {html.escape(__version__)}</p>'
            f"{_files_section(data)}{_agencies_section(data)}{_due_section(data)}{_review_section(data, thumbs)}"
            "</body></html>\n")


def write_report(folder: Path, dest: Path | None = None, sources: dict[str, Path] | None = None,
                 roots: list[Path] | None = None, max_thumbnails: int = MAX_THUMBNAILS) -> Path:
    """Write the report of the tables under *folder* to *dest* (default ``<folder>/report.html``)."""
    folder = Path(folder)
    if not table_files(folder, "documents"):
        raise FileNotFoundError(f"{folder}: no documents table (documents.parquet or documents/part-*.parquet)")
    dest = Path(dest) if dest else folder / REPORT_NAME
    data = gather(folder)
    thumbs = thumbnails(data, sources, roots, max_thumbnails) if max_thumbnails else {}
    dest.write_text(render_html(data, thumbs), encoding="utf-8")
    return dest
