"""Every sample decision, PDF and DOCX, gives the seed's 74 tasks, whole, and nothing else."""
import os

import pytest

from helpers import SAMPLE_FILES, ROOT, dumps, extracted, plain
from normalize.text import fold_ws

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
CELLS = ("task", "lead_raw", "coordinating_raw", "deadline_raw", "result")
SEED_KEYS = {"task": "task", "lead_raw": "lead", "coordinating_raw": "coordinating",
             "deadline_raw": "deadline", "result": "result"}


def test_there_are_samples_of_both_formats():
    assert sum(n.endswith(".pdf") for n in SAMPLE_FILES) >= 7
    assert sum(n.endswith(".docx") for n in SAMPLE_FILES) >= 7


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_gives_every_seed_task_whole(name, seed):
    result = extracted(name)
    assert result.document["status"] == "ok", result.document["error"]
    tasks = result.tasks
    assert len(tasks) == len(seed.tasks) == 74
    assert len({t["section"] for t in tasks}) == 10
    for got, want in zip(tasks, seed.tasks):
        where = f"{name} {want.section}.{want.stt}"
        assert (got["section"], got["stt"]) == (want.section, want.stt), where
        assert got["section_title"] == plain(dict(seed.sections)[want.section]), where
        for col in CELLS:
            assert fold_ws(got[col]) == plain(want.cells[SEED_KEYS[col]]), f"{where} {col}"


@pytest.mark.parametrize("stem", sorted({n.rsplit(".", 1)[0] for n in SAMPLE_FILES}))
def test_pdf_and_docx_give_the_same_records(stem):
    """The same text to the character, line breaks included: paragraphs and list items apart in both."""
    pdf, docx = extracted(stem + ".pdf").tasks, extracted(stem + ".docx").tasks
    # a lead merged across a page break is inferred in the PDF (and flagged), read in the DOCX
    skip = {"doc_id", "source_path", "pages", "warnings", "needs_review", "review_reasons"}
    assert [{k: v for k, v in t.items() if k not in skip} for t in pdf] == \
        [{k: v for k, v in t.items() if k not in skip} for t in docx]
    assert any("\n" in t["result"] for t in pdf)  # the list items of a result cell stay lines


def test_landscape_rows_cut_by_a_page_break_come_out_whole_with_both_pages(seed):
    tasks = extracted("phu_luc_ii_landscape.pdf").tasks
    cut = [t for t in tasks if len(t["pages"]) > 1]
    assert len(cut) >= 3
    for t in cut:
        assert t["pages"][1] == t["pages"][0] + 1
    # every row lies on the pages it says, in order
    pages = [t["pages"][0] for t in tasks]
    assert pages == sorted(pages) and pages[0] == 1 and max(p for t in tasks for p in t["pages"]) == 12


def test_docx_rows_have_no_pages():
    assert all(t["pages"] == [] for t in extracted("phu_luc_ii_landscape.docx").tasks)


def test_narrow_column_wraps_viii_and_it_comes_back_joined():
    tasks = extracted("phu_luc_ii_portrait_narrow.pdf").tasks
    assert [t["stt"] for t in tasks if t["section"] == "VIII"] == ["1", "2", "3"]


def test_merge_across_a_page_break_is_filled_and_says_so():
    tasks = extracted("phu_luc_ii_merged_lead.pdf").tasks
    filled = [t for t in tasks if any("merged cell continued across a page break" in w for w in t["warnings"])]
    assert filled, "the merged-lead sample has a merge that crosses a page"
    assert all(t["lead_raw"] for t in tasks)


def test_decision_metadata():
    doc = extracted("quyet_dinh_full.pdf").document
    assert doc["decision_number"] == "1234/QĐ-TTg"
    assert doc["decision_date"].isoformat() == "2026-05-15"
    assert doc["issuer"] == "Thủ tướng Chính phủ"
    assert doc["appendix"] == "Phụ lục II"
    assert doc["appendix_title"].startswith("DANH MỤC CÁC NHIỆM VỤ")
    docx = extracted("quyet_dinh_full.docx").document
    assert docx["tables_ignored"] == 2  # letterhead and signature tables are not task tables
    draft = extracted("phu_luc_ii_landscape.pdf").document
    assert (draft["decision_number"], draft["decision_year"], draft["decision_date"]) == ("/QĐ-TTg", 2026, None)


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_golden(name):
    path = GOLDEN / (name.replace(".", "_") + ".jsonl")
    lines = [dumps({k: v for k, v in t.items() if k != "doc_id"}) for t in extracted(name).tasks]
    text = "\n".join(lines) + "\n"
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"no golden file {path.name}: run UPDATE_GOLDEN=1 make test"
    assert path.read_text(encoding="utf-8") == text


def test_golden_update_flag_is_off_in_ci():
    assert not (UPDATE and os.environ.get("CI")), "UPDATE_GOLDEN must never be set in CI"


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_exact_rows_need_no_review_and_inferred_ones_do(name, seed):
    """Every sample row is exact (above): none needs review, except the rows whose lead was inferred across a
    page break (merged_lead PDF), which say so with value_inferred."""
    for got in extracted(name).tasks:
        inferred = any(w for w in got["warnings"]) and "value_inferred" in got["review_reasons"]
        assert got["needs_review"] == inferred, (name, got["section"], got["stt"], got["review_reasons"])
    flagged = [t for t in extracted(name).tasks if t["needs_review"]]
    assert bool(flagged) == (name == "phu_luc_ii_merged_lead.pdf"), name
