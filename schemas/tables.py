"""The Arrow schemas of the output tables: the contract with downstream systems.

Every field carries its description in the field metadata (``description``),
and every file carries ``schema_version`` and the table's name in its schema
metadata.  Change a field's meaning or type only with a new SCHEMA_VERSION.
"""
from __future__ import annotations

import pyarrow as pa

# 1.1: review flags, issuer_raw/issuer_id, ignored table kinds, duplicates, deadline_continuing,
# deadline_recurrence_day/_month, task_agencies.parent_name; the issues and tables tables
# 1.2: deadline_recurrence takes two more values, weekly and daily (no column added or changed in type)
SCHEMA_VERSION = "1.2"


def _f(name: str, type_: pa.DataType, description: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": description})


_STR_LIST = pa.list_(pa.string())

TASKS = pa.schema([
    _f("doc_id", pa.string(), "Document id: 16 hex digits of SHA-256 over source_path and the file's SHA-256 (stable across runs).", False),
    _f("source_path", pa.string(), "Path of the input file, relative to the input folder (POSIX slashes).", False),
    _f("table_index", pa.int32(), "0-based index of the task table in the document (page-split parts are one table).", False),
    _f("row_index", pa.int32(), "0-based index of the task row in the document, in reading order.", False),
    _f("appendix", pa.string(), "Appendix label printed above the table, e.g. 'Phụ lục II'; '' when none."),
    _f("appendix_title", pa.string(), "Appendix title printed under the label (capitalised lines); '' when none."),
    _f("section", pa.string(), "Number of the outermost section or group row above the task, as printed without its dot (Roman numeral, letter or number: 'IX', 'A', '1'); '' when none."),
    _f("section_title", pa.string(), "Title of that section row."),
    _f("parent", pa.string(), "Numbers of the section and group rows above the task, '/'-joined (e.g. 'I', 'I/A', 'I/1/1.2')."),
    _f("parent_titles", _STR_LIST, "Titles of the section and group rows in parent, outermost first (one per '/'-part)."),
    _f("stt", pa.string(), "Task number as printed, without a trailing '.' or ')' or the brackets around it (e.g. '5', '1.2', 'a'; '(1)' gives '1')."),
    _f("task", pa.string(), "Task text (Nhiệm vụ), NFC, whitespace folded; list items and paragraphs on separate lines."),
    _f("lead_raw", pa.string(), "Lead agency cell (Cơ quan chủ trì) as printed."),
    _f("coordinating_raw", pa.string(), "Coordinating agencies cell (Cơ quan phối hợp) as printed."),
    _f("deadline_raw", pa.string(), "Deadline cell (Thời gian thực hiện) as printed."),
    _f("result", pa.string(), "Result / product cell (Kết quả, sản phẩm) as printed."),
    _f("extra", pa.map_(pa.string(), pa.string()), "Columns with no canonical field: header text -> cell text."),
    _f("pages", pa.list_(pa.int32()), "1-based PDF pages the row was printed on (two for a row cut by a page break); empty for DOCX."),
    _f("lead_agencies", _STR_LIST, "Canonical names of the specific lead agencies, in order (collective groups and unknown mentions excluded)."),
    _f("coordinating_agencies", _STR_LIST, "Canonical names of the specific coordinating agencies, in order."),
    _f("deadline_kind", pa.string(), "Type of deadline: date, month, quarter, half_year, year, year_range, month_range, milestones, open_ended, continuous, recurring, by_reference, unparsed; null when the cell is empty."),
    _f("deadline_start", pa.date32(), "First day of the period the deadline names; null when it names none."),
    _f("deadline_end", pa.date32(), "Last day of the period (the due date); null when open or none."),
    _f("deadline_recurrence", pa.string(), "yearly, quarterly, monthly, weekly or daily for recurring work (weekly and daily added in 1.2); null otherwise, and for an interval with none of these names ('Định kỳ 6 tháng')."),
    _f("deadline_milestones", pa.list_(pa.date32()), "Milestone dates (last day of each named period), sorted."),
    _f("deadline_note", pa.string(), "Deadline text the parser did not use (e.g. 'theo thỏa thuận với đối tác')."),
    _f("deadline_year_inferred", pa.bool_(), "True when the deadline named no year and the decision's year was used."),
    _f("deadline_continuing", pa.bool_(), "True when a dated period is followed by work that goes on (e.g. 'Hoàn thành trong giai đoạn 2026 - 2027 và vận hành thường xuyên'): start and end are the period's."),
    _f("deadline_recurrence_day", pa.int32(), "Day of the month of a recurring deadline ('Trước ngày 15/12 hằng năm' gives 15); null otherwise."),
    _f("deadline_recurrence_month", pa.int32(), "Month of a yearly recurring deadline ('Trước ngày 15/12 hằng năm' gives 12); null otherwise."),
    _f("warnings", _STR_LIST, "Problems met while building this row (inferred values, unknown agencies, unparsed deadline, ...)."),
    _f("ocr_confidence", pa.float64(), "Mean Tesseract word confidence (0-1) of the row's cells when it was read by OCR from a scanned page; null for rows read from a text layer."),
    _f("needs_review", pa.bool_(), "True when a person should check this row: see review_reasons (added in 1.1)."),
    _f("review_reasons", _STR_LIST, "Issue codes that flag the row for review (value_inferred, lead_missing, agency_unknown, column_role_inferred, ocr_low_confidence, ...), sorted; empty when none (added in 1.1)."),
], metadata={"table": "tasks", "schema_version": SCHEMA_VERSION})

DOCUMENTS = pa.schema([
    _f("doc_id", pa.string(), "Document id: 16 hex digits of SHA-256 over source_path and the file's SHA-256 (stable across runs).", False),
    _f("source_path", pa.string(), "Path of the input file, relative to the input folder.", False),
    _f("format", pa.string(), "Format recognised from the content: pdf, docx, doc or unknown."),
    _f("sha256", pa.string(), "SHA-256 of the file's bytes."),
    _f("size_bytes", pa.int64(), "File size in bytes."),
    _f("pages", pa.int32(), "Number of pages (PDF); null for DOCX."),
    _f("status", pa.string(), "ok (task tables read), partial (read, with task rows, but some pages were not read or a task table has no lead column: error says which), no_tables (read, but no table assigns work) or failed."),
    _f("error", pa.string(), "Why the file is not ok, in words a person understands; '' when ok."),
    _f("tables_found", pa.int32(), "Task tables found."),
    _f("tables_ignored", pa.int32(), "Other tables seen and ignored (letterhead, signature, indicator tables)."),
    _f("tasks_found", pa.int32(), "Task rows written to tasks.parquet for this document."),
    _f("warnings_count", pa.int32(), "Warnings on this document's task rows."),
    _f("ocr_pages", pa.int32(), "Pages read by OCR (no usable text layer: a scan); null when every page had text."),
    _f("decision_number", pa.string(), "Document number as printed, e.g. '1234/QĐ-TTg' or '/QĐ-TTg' (not yet numbered)."),
    _f("decision_date", pa.date32(), "Date of the decision when the day is printed."),
    _f("decision_year", pa.int32(), "Year of the decision (also when the day is left blank)."),
    _f("issuer", pa.string(), "Issuing body, in sentence case: the letterhead's own unit (under its parent body, if any) or the body named in the appendix line '(Kèm theo ... của X)'."),
    _f("issuer_raw", pa.string(), "The letterhead lines naming the issuer, as printed (lines joined by a newline) (added in 1.1)."),
    _f("issuer_id", pa.string(), "Gazetteer id of the issuer; null when the gazetteer does not know it (added in 1.1)."),
    _f("appendix", pa.string(), "Label of the first appendix with a task table, e.g. 'Phụ lục II'."),
    _f("appendix_title", pa.string(), "Title of that appendix."),
    _f("pipeline_version", pa.string(), "Version of the pipeline that wrote the row."),
    _f("tables_ignored_kinds", pa.map_(pa.string(), pa.int32()), "Tables ignored, counted by kind: agenda, scoring, participants, indicator, letterhead, signature, other (added in 1.1)."),
    _f("issues_count", pa.int32(), "Rows of issues.parquet for this document (added in 1.1)."),
    _f("duplicate_of", pa.string(), "doc_id of the primary copy when this file is the same decision as another input (same number, issuer and date, or the same text): DOCX over PDF over scan; null for a primary (added in 1.1)."),
], metadata={"table": "documents", "schema_version": SCHEMA_VERSION})

TASK_AGENCIES = pa.schema([
    _f("doc_id", pa.string(), "Document id (joins documents and tasks).", False),
    _f("row_index", pa.int32(), "Task row (joins tasks on doc_id, row_index).", False),
    _f("role", pa.string(), "lead or coordinating."),
    _f("position", pa.int32(), "0-based order of the mention in its cell."),
    _f("mention", pa.string(), "The agency as written in the cell."),
    _f("agency_id", pa.string(), "Gazetteer id; null for an unknown mention."),
    _f("name", pa.string(), "Canonical name at the time of the decision."),
    _f("kind", pa.string(), "ministry, ministerial_agency, government_agency, central_body, judiciary, mass_organisation, state_media, province, provincial_body (a department or body of a province), provincial_branch (a provincial or regional branch of a central body: Công an tỉnh, Thuế tỉnh, Kho bạc Nhà nước khu vực), sub_unit (a Cục, Vụ ... of a ministry), district_body (a district's committee, council or office, until 2025-07-01), commune_body (a body of a commune, ward or special zone from 2025-07-01: its People's Committee, office, Phòng, police, Party and Front committees), university, enterprise (a state group or company: Tập đoàn, Tổng công ty, Công ty ...), collective, by_reference (the cell points to another document and names no agency) or unknown."),
    _f("current_name", pa.string(), "Canonical name today, after following successors (mergers of 2025)."),
    _f("method", pa.string(), "How it was matched: alias, pattern, repaired, fuzzy, by_reference or unknown."),
    _f("score", pa.float64(), "Match confidence, 0..1."),
    _f("parent_name", pa.string(), "Canonical name of the body it belongs to: a sub-unit's ministry, a provincial department's or branch's province (or central body); null when none."),
], metadata={"table": "task_agencies", "schema_version": SCHEMA_VERSION})

ISSUES = pa.schema([
    _f("doc_id", pa.string(), "Document id (joins documents).", False),
    _f("table_index", pa.int32(), "Task table concerned; null for a problem of the whole file."),
    _f("row_index", pa.int32(), "Task row concerned (joins tasks on doc_id, row_index); null for a table or file problem."),
    _f("page", pa.int32(), "1-based PDF page where it was met; null when unknown or for DOCX."),
    _f("field", pa.string(), "Field concerned (task, lead, coordinating, deadline, stt, result, number, date, issuer) or ''."),
    _f("code", pa.string(), "What the problem is, from a closed vocabulary (extract/issues.py CODES): lead_missing, deadline_unparsed, agency_unknown, value_inferred, column_role_inferred, ocr_low_confidence, pages_not_read, file_refused, ..."),
    _f("severity", pa.string(), "info, warning or error."),
    _f("message", pa.string(), "The problem in a person's words."),
    _f("value", pa.string(), "The text concerned (a cell, a mention, a header), as printed; '' when none."),
    _f("retryable", pa.bool_(), "True when a later run may succeed (a missing tool, a time-out): such results are not cached."),
], metadata={"table": "issues", "schema_version": SCHEMA_VERSION})

COLUMN_ROLE = pa.struct([("column", pa.int32()), ("label", pa.string()), ("role", pa.string()),
                         ("how", pa.string()), ("confidence", pa.float64())])

TABLES = pa.schema([
    _f("doc_id", pa.string(), "Document id (joins documents).", False),
    _f("table_index", pa.int32(), "0-based index of the task table in the document (joins tasks).", False),
    _f("appendix", pa.string(), "Appendix label printed above the table; '' when none."),
    _f("pages", pa.list_(pa.int32()), "1-based PDF pages the table spans; empty for DOCX."),
    _f("header", _STR_LIST, "Header text of each column, as printed."),
    _f("columns", pa.list_(COLUMN_ROLE), "Per column: its role (stt, task, lead, coordinating, deadline, result, or null for extra), how it was decided (words: known header words; content: its cells; none) and a confidence 0..1."),
    _f("rows", pa.int32(), "Task rows read from the table."),
    _f("complete_rows_share", pa.float64(), "Share of rows with a task, a lead and a deadline."),
    _f("header_confidence", pa.float64(), "Mean confidence of the column roles (1.0 when every role came from known header words)."),
    _f("ocr_confidence", pa.float64(), "Mean OCR confidence of the table's rows; null when read from a text layer."),
    _f("quality", pa.float64(), "complete_rows_share x header_confidence (x ocr_confidence when OCR'd): 1.0 for a table read whole with known header words."),
], metadata={"table": "tables", "schema_version": SCHEMA_VERSION})

SCHEMAS = {"tasks": TASKS, "documents": DOCUMENTS, "task_agencies": TASK_AGENCIES, "issues": ISSUES,
           "tables": TABLES}


def describe(schema: pa.Schema) -> list[tuple[str, str, str]]:
    """(name, type, description) of every field, for the README and for people.

    >>> describe(TASKS)[0]
    ('doc_id', 'string', "Document id: 16 hex digits of SHA-256 over source_path and the file's SHA-256 (stable across runs).")
    """
    return [(f.name, str(f.type), (f.metadata or {}).get(b"description", b"").decode()) for f in schema]
