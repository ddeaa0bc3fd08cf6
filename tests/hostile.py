"""Hostile and unlucky inputs, built at test time (issue 13): one builder per case, and a fuzz corpus.

Every builder writes a real file (no mocks) and returns its path.  ``fuzz_corpus(dest, n)`` writes *n*
mutated copies of two small good documents (a DOCX with a task table and a one-page PDF), with fixed
seeds: the same files on every run.
"""
from __future__ import annotations

import io
import os
import random
import re
import zipfile
import zlib
from pathlib import Path

from badfiles import GOOD_PDF, _docx_with, scanned_pdf
from rawpdf import assemble

HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]
ROWS = [["1", "Xây dựng đề án chuyển đổi số", "Bộ Công an", "Bộ Tư pháp", "Quý IV/2026", "Đề án"],
        ["2", "Rà soát văn bản pháp luật", "Bộ Tư pháp", "Các bộ, ngành", "Năm 2026", "Báo cáo"]]


def small_docx() -> bytes:
    """A DOCX with an appendix label and a two-row task table (fast to read)."""
    return _docx_with(["Phụ lục", "DANH MỤC NHIỆM VỤ"], [HEADER, *ROWS])


def one_page_pdf(dest: Path) -> Path:
    """The first page of the good sample PDF (a text layer with a task table)."""
    import pypdfium2 as pdfium

    src, new = pdfium.PdfDocument(str(GOOD_PDF)), pdfium.PdfDocument.new()
    try:
        new.import_pages(src, [0])
        new.save(str(dest))
    finally:
        new.close()
        src.close()
    return dest


# --- zips --------------------------------------------------------------------------------

def _central_entries(data: bytes):
    """(offset, name) of each central-directory entry."""
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) != -1:
        n = int.from_bytes(data[pos + 28:pos + 30], "little")
        yield pos, data[pos + 46:pos + 46 + n]
        pos += 4


def zip_version_docx(dest: Path) -> Path:
    """word/document.xml says it needs zip version 13.2 to extract: zipfile raises NotImplementedError."""
    data = bytearray(small_docx())
    for pos, name in _central_entries(bytes(data)):
        if name == b"word/document.xml":
            data[pos + 6:pos + 8] = (132).to_bytes(2, "little")
    dest.write_bytes(bytes(data))
    return dest


def zip_utf8_flag_docx(dest: Path) -> Path:
    """A member whose name is not UTF-8 but has the UTF-8 flag: zipfile raises UnicodeDecodeError."""
    buf = io.BytesIO(small_docx())
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("word/abcd.xml", b"<x/>")
    data = bytearray(buf.getvalue())
    for pos, name in list(_central_entries(bytes(data))):
        if name == b"word/abcd.xml":
            data[pos + 8:pos + 10] = (int.from_bytes(data[pos + 8:pos + 10], "little") | 0x800).to_bytes(2, "little")
            data[pos + 46:pos + 46 + 13] = b"word/\xff\xfe\xfd\xfc.xml"
    dest.write_bytes(bytes(data))
    return dest


def _rezip(docx: bytes, change) -> bytes:
    """*docx* with word/document.xml passed through change(text) -> text."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8", "surrogateescape")
            zout.writestr(info, data)
    return out.getvalue()


def gridspan_docx(dest: Path, span: int = 2**31 - 1) -> Path:
    """A table cell that says it spans 2^31 - 1 grid columns."""
    dest.write_bytes(_rezip(small_docx(), lambda t: t.replace(
        "<w:tcPr>", f'<w:tcPr><w:gridSpan w:val="{span}"/>', 1)))
    return dest


def passwd_docx(dest: Path) -> Path:
    """A task table whose cell refers to an external entity on /etc/passwd (XXE)."""
    def change(text: str) -> str:
        end = text.index("?>") + 2 if text.startswith("<?xml") else 0
        text = text[:end] + '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' + text[end:]
        return text.replace("Đề án", "&xxe;", 1)
    dest.write_bytes(_rezip(small_docx(), change))
    return dest


def lying_zip_bomb_docx(dest: Path, inflated_mb: int = 1536) -> Path:
    """A DOCX with a member of zeros whose headers declare 7 KB: it really inflates to *inflated_mb* MB."""
    buf = io.BytesIO(small_docx())
    with zipfile.ZipFile(buf, "a", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("word/media/image1.bin", "w", force_zip64=False) as fh:
            block = bytes(1 << 20)
            for _ in range(inflated_mb):
                fh.write(block)
    data = bytearray(buf.getvalue())
    small = (7000).to_bytes(4, "little")
    crc = zlib.crc32(bytes(7000)).to_bytes(4, "little")  # the right CRC for what it says it holds
    for pos, name in list(_central_entries(bytes(data))):
        if name == b"word/media/image1.bin":
            local = int.from_bytes(data[pos + 42:pos + 46], "little")
            data[pos + 16:pos + 20], data[pos + 24:pos + 28] = crc, small
            data[local + 14:local + 18], data[local + 22:local + 26] = crc, small
    dest.write_bytes(bytes(data))
    return dest


def huge_cell_docx(dest: Path, mb: int = 11) -> Path:
    """A genuine DOCX whose result cell holds *mb* MB of text (past lxml's 10 MB text-node default); the
    text is varied words (a 1 MB block repeated: deflate's 32 KB window sees no repeat), so it compresses
    like real text, not like a bomb."""
    rng = random.Random(50)
    vocabulary = [f"{rng.choice('bcdghklmnpqrstvx')}{rng.choice('aăâeêioôơuưy')}{rng.randrange(100)}"
                  for _ in range(5000)]
    block = " ".join(rng.choices(vocabulary, k=2**20 // 5))
    words = " ".join([block] * mb)
    docx = _docx_with(["Phụ lục"], [HEADER, *ROWS, ["3", "Báo cáo", "Bộ Công an", "", "Năm 2026", "HUGE_CELL"]])
    dest.write_bytes(_rezip(docx, lambda t: t.replace("HUGE_CELL", words)))
    return dest


# --- PDFs --------------------------------------------------------------------------------

def pdf_content_bomb(dest: Path, inflated_mb: int = 1024) -> Path:
    """A PDF of about 1 MB whose page content stream inflates to *inflated_mb* MB."""
    z = zlib.compressobj(9)
    parts = [z.compress(b"BT /F1 12 Tf 72 700 Td (Hello) Tj ET\n")]
    block = b" " * (1 << 20)
    parts += [z.compress(block) for _ in range(inflated_mb)]
    parts.append(z.flush())
    stream = b"".join(parts)
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    dest.write_bytes(assemble(objects, b"/Root 1 0 R"))
    return dest


def text_then_scans_pdf(dest: Path, text_pages: int = 2, scans: int = 2) -> Path:
    """The first *text_pages* pages of the good sample with a text layer, then *scans* image-only pages."""
    import pypdfium2 as pdfium

    scanned = scanned_pdf(dest.with_suffix(".scans.pdf"), pages=scans)
    src, img, new = (pdfium.PdfDocument(str(GOOD_PDF)), pdfium.PdfDocument(str(scanned)),
                     pdfium.PdfDocument.new())
    try:
        new.import_pages(src, list(range(text_pages)))
        new.import_pages(img, list(range(scans)))
        new.save(str(dest))
    finally:
        for d in (new, src, img):
            d.close()
    scanned.unlink()
    return dest


# --- the file system -------------------------------------------------------------------------

NON_UTF8_NAME = b"quy\xea\xb8t_\xff\xfe.docx"  # TCVN3-era bytes: not UTF-8
ESCAPE_NAME = "evil\x1b[2J\x1b]0;pwned\x07name.pdf"


def non_utf8_file(folder: Path) -> Path:
    path = Path(os.fsdecode(os.path.join(os.fsencode(folder), NON_UTF8_NAME)))
    path.write_bytes(small_docx())
    return path


def links(folder: Path) -> dict[str, str]:
    """A dangling link and a link loop, with the words their row's error must hold."""
    os.symlink(folder / "nowhere" / "missing.pdf", folder / "dangling.pdf")
    os.symlink(folder / "loop.docx", folder / "loop.docx")
    return {"dangling.pdf": "broken link", "loop.docx": "broken link"}


# --- fuzz ------------------------------------------------------------------------------------

def _mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    how = rng.randrange(4)
    if how == 0:  # flip a few bytes
        for _ in range(rng.randint(1, 12)):
            b[rng.randrange(len(b))] = rng.randrange(256)
    elif how == 1:  # truncate
        del b[rng.randint(1, len(b) - 1):]
    elif how == 2:  # delete a chunk
        i = rng.randrange(len(b))
        del b[i:i + rng.randint(1, 4096)]
    else:  # duplicate a chunk elsewhere
        i, j = rng.randrange(len(b)), rng.randrange(len(b))
        b[j:j] = b[i:i + rng.randint(1, 4096)]
    return bytes(b)


_XML_MUTATIONS = [
    lambda t, r: t.replace("<w:tcPr>", f'<w:tcPr><w:gridSpan w:val="{r.choice(["-1", "0", "99999999", "x", "1e9"])}"/>', 1),
    lambda t, r: t.replace("<w:tcPr>", '<w:tcPr><w:vMerge w:val="continue"/>', r.randint(1, 6)),
    lambda t, r: t.replace("<w:trPr>", '<w:trPr><w:gridBefore w:val="%d"/>' % r.randint(-5, 5000), 1)
    if "<w:trPr>" in t else t.replace("<w:tr>", '<w:tr><w:trPr><w:gridBefore w:val="%d"/></w:trPr>' % r.randint(-5, 5000), 1),
    lambda t, r: re.sub(r"</w:tc>", "", t, count=r.randint(1, 3)),  # not well-formed
    lambda t, r: t.replace("<w:body>", "<w:body>" + "<w:sdt><w:sdtContent>" * r.randint(1, 300), 1),
    lambda t, r: t.replace("w:document", "w:notdocument"),
    lambda t, r: t.replace("<w:t>", "<w:t>\x00", 1),
    lambda t, r: t.replace("Bộ", "\udcff", 1),  # not UTF-8
    lambda t, r: t[: r.randrange(len(t))],
    lambda t, r: t.replace("<w:tbl>", "<w:tbl>" * r.randint(2, 50), 1),
]


def fuzz_corpus(dest: Path, n: int = 320, seed: int = 13) -> list[Path]:
    """*n* mutated files under *dest* (half DOCX, half PDF; a third of the DOCX mutated inside their XML)."""
    dest.mkdir(parents=True, exist_ok=True)
    docx = small_docx()
    pdf = one_page_pdf(dest / "_base.pdf").read_bytes()
    (dest / "_base.pdf").unlink()
    out = []
    for i in range(n):
        rng = random.Random(seed * 100_003 + i)
        if i % 2 == 0:
            path = dest / f"pdf_{i:04d}.pdf"
            path.write_bytes(_mutate_bytes(pdf, rng))
        elif i % 6 == 1:
            path = dest / f"xml_{i:04d}.docx"
            path.write_bytes(_rezip(docx, lambda t: rng.choice(_XML_MUTATIONS)(t, rng)))
        else:
            path = dest / f"docx_{i:04d}.docx"
            path.write_bytes(_mutate_bytes(docx, rng))
        out.append(path)
    return out


# --- a worker function that needs more memory than it may have -------------------------------

def memory_hog(job):
    """extract_one, with a pipeline that asks for 8 GiB."""
    import extract.pipeline
    from extract.batch import extract_one

    extract.pipeline.process_file = lambda *a, **k: bytearray(8 * 2**30)
    return extract_one(job)
