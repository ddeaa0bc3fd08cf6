"""Build a folder of good and bad input files, for the batch tests.

``build_folder(dest)`` writes real files (no mocks): two good samples, one file
of each bad kind the batch must account for, a PDF saved as ``.docx`` and,
when LibreOffice is installed, a legacy ``.doc``.  It returns what each file
must give: ``{relative path: Expect(status, message words, format, tasks)}``.

Every builder is a plain function, so a test can also make one file alone.
"""
from __future__ import annotations

import hashlib
import io
import shutil
import struct
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from rawpdf import assemble

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOOD_DOCX = SAMPLES / "phu_luc_ii_landscape.docx"
GOOD_PDF = SAMPLES / "phu_luc_ii_landscape.pdf"
SEED_TASKS = 74


@dataclass(frozen=True)
class Expect:
    status: str
    message: str  # words the documents row's error must contain ('' = must be empty)
    format: str
    tasks: int = 0


# --- PDFs -----------------------------------------------------------------

def truncated_pdf(dest: Path) -> Path:
    data = GOOD_PDF.read_bytes()
    dest.write_bytes(data[: len(data) // 2])
    return dest


def corrupt_pdf(dest: Path) -> Path:
    garbage = hashlib.sha256(b"garbage").digest() * 200
    dest.write_bytes(b"%PDF-1.7\n" + garbage)
    return dest


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def encrypted_pdf(dest: Path, user_password: bytes = b"secret") -> Path:
    """A real PDF encrypted with the standard handler (RC4 40-bit, revision 2) and a user password.

    With the password it opens and reads "Secret text"; without it a reader must refuse.
    """
    file_id = hashlib.md5(b"encrypted sample").digest()
    perms = -44
    owner_key = hashlib.md5((b"owner" + _PAD)[:32]).digest()[:5]
    o_entry = _rc4(owner_key, (user_password + _PAD)[:32])
    key = hashlib.md5((user_password + _PAD)[:32] + o_entry + struct.pack("<i", perms) + file_id).digest()[:5]
    u_entry = _rc4(key, _PAD)

    def obj_key(num: int) -> bytes:
        return hashlib.md5(key + num.to_bytes(3, "little") + b"\0\0").digest()[:10]

    content = _rc4(obj_key(4), b"BT /F1 24 Tf 72 700 Td (Secret text) Tj ET")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + o_entry.hex().encode() + b"> /U <"
        + u_entry.hex().encode() + b"> /P %d >>" % perms,
    ]
    fid = file_id.hex().encode()
    dest.write_bytes(assemble(objects, b"/Root 1 0 R /Encrypt 6 0 R /ID [<" + fid + b"> <" + fid + b">]"))
    return dest


def scanned_pdf(dest: Path, pages: int = 2) -> Path:
    """Pages of a real sample rendered to images (pypdfium2, which comes with pdfplumber: no system tool)
    and wrapped as a PDF: no text layer."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(GOOD_PDF))
    try:
        images = [pdf[i].render(scale=40 / 72).to_pil().convert("RGB") for i in range(pages)]
    finally:
        pdf.close()
    images[0].save(dest, "PDF", save_all=True, append_images=images[1:], resolution=40)
    return dest


# --- DOCX -----------------------------------------------------------------

def not_a_zip_docx(dest: Path) -> Path:
    dest.write_text("This is a plain text note someone saved with a .docx name.\n", encoding="utf-8")
    return dest


def zip_bomb_docx(dest: Path, inflated_mb: int = 30) -> Path:
    """A real DOCX (the good sample) plus a member of zeros that inflates ~1000 times."""
    shutil.copyfile(GOOD_DOCX, dest)
    with zipfile.ZipFile(dest, "a", compression=zipfile.ZIP_DEFLATED) as z:
        with z.open("word/media/bomb.bin", "w") as fh:
            block = bytes(1 << 20)
            for _ in range(inflated_mb):
                fh.write(block)
    return dest


def _docx_with(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    d = Document()
    for text in paragraphs:
        d.add_paragraph(text)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for r, row in enumerate(table):
            for c, text in enumerate(row):
                t.cell(r, c).text = text
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def no_table_docx(dest: Path) -> Path:
    dest.write_bytes(_docx_with(["QUYẾT ĐỊNH", "Về việc ban hành kế hoạch; văn bản không có bảng nhiệm vụ."],
                                [["Nơi nhận:", "KT. BỘ TRƯỞNG"], ["- Như Điều 3;", "THỨ TRƯỞNG"]]))
    return dest


ENTITY_TEXT = "ENTITY-WAS-EXPANDED"


def entity_docx(dest: Path) -> Path:
    """A DOCX whose document.xml declares entities (internal text and an external file) and uses them."""
    src = _docx_with(["Before MARKER_PARAGRAPH after"])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "word/document.xml":
                text = data.decode("utf-8")
                decl_end = text.index("?>") + 2 if text.startswith("<?xml") else 0
                doctype = (f'<!DOCTYPE w:document [<!ENTITY big "{ENTITY_TEXT}">'
                           '<!ENTITY xxe SYSTEM "file:///etc/hostname">]>')
                text = text[:decl_end] + doctype + text[decl_end:]
                text = text.replace("MARKER_PARAGRAPH", "&big; &xxe;")
                data = text.encode("utf-8")
            zout.writestr(info, data)
    dest.write_bytes(out.getvalue())
    return dest


# --- legacy .doc ------------------------------------------------------------

def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def legacy_doc(dest: Path, source: Path = GOOD_DOCX) -> Path:
    """Word 97 .doc made from *source* by LibreOffice (needs soffice).

    It goes DOCX -> ODT -> DOC: LibreOffice 7.4 writing a python-docx table
    straight to .doc loses the table (the text comes back as one paragraph).
    """
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copyfile(source, Path(tmp) / "in.docx")
        profile = Path(tmp, "profile").as_uri()
        for target, src in (("odt", "in.docx"), ("doc", "in.odt")):
            subprocess.run([soffice(), f"-env:UserInstallation={profile}", "--headless", "--convert-to", target,
                            "--outdir", tmp, f"{tmp}/{src}"], check=True, capture_output=True, timeout=180)
        shutil.copyfile(Path(tmp) / "in.doc", dest)
    return dest


# --- the folder ---------------------------------------------------------------

def build_folder(dest: Path, doc: Path | None = None) -> dict[str, Expect]:
    """Write the test folder under *dest*; *doc* is a prebuilt legacy .doc to include (or None)."""
    (dest / "good").mkdir(parents=True, exist_ok=True)
    (dest / "bad").mkdir(exist_ok=True)
    (dest / "tricky" / "deeper").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(GOOD_DOCX, dest / "good/landscape.docx")
    shutil.copyfile(GOOD_PDF, dest / "good/landscape.pdf")
    (dest / "bad/empty.pdf").write_bytes(b"")
    truncated_pdf(dest / "bad/truncated.pdf")
    corrupt_pdf(dest / "bad/corrupt.pdf")
    encrypted_pdf(dest / "bad/encrypted.pdf")
    scanned_pdf(dest / "bad/scanned.pdf", pages=1)
    not_a_zip_docx(dest / "bad/not_a_zip.docx")
    zip_bomb_docx(dest / "bad/zip_bomb.docx")
    no_table_docx(dest / "bad/no_table.docx")
    entity_docx(dest / "bad/entity.docx")
    shutil.copyfile(GOOD_PDF, dest / "tricky/deeper/pdf_saved_as.docx")
    (dest / "tricky/notes.txt").write_text("not an input: wrong extension\n")
    expect = {
        "good/landscape.docx": Expect("ok", "", "docx", SEED_TASKS),
        "good/landscape.pdf": Expect("ok", "", "pdf", SEED_TASKS),
        "bad/empty.pdf": Expect("failed", "empty file", "unknown"),
        "bad/truncated.pdf": Expect("failed", "truncated or corrupt PDF", "pdf"),
        "bad/corrupt.pdf": Expect("failed", "corrupt PDF", "pdf"),
        "bad/encrypted.pdf": Expect("failed", "encrypted PDF: a password is needed", "pdf"),
        # No text layer: OCR'd when Tesseract is installed (a 40 dpi page gives no task table),
        # else failed with the reason.
        "bad/scanned.pdf": (Expect("no_tables", "no task table found", "pdf") if shutil.which("tesseract")
                            else Expect("failed", "scanned: no text layer", "pdf")),
        "bad/not_a_zip.docx": Expect("failed", "not a valid DOCX: the file is not a zip package", "docx"),
        "bad/zip_bomb.docx": Expect("failed", "zip bomb", "docx"),
        "bad/no_table.docx": Expect("no_tables", "no task table found", "docx"),
        "bad/entity.docx": Expect("no_tables", "no task table found", "docx"),
        "tricky/deeper/pdf_saved_as.docx": Expect("ok", "", "pdf", SEED_TASKS),
    }
    if doc is not None:
        (dest / "legacy").mkdir(exist_ok=True)
        shutil.copyfile(doc, dest / "legacy/landscape.doc")
        expect["legacy/landscape.doc"] = Expect("ok", "", "doc", SEED_TASKS)
    return expect


# --- a worker function that crashes its process (for the pool test) ----------------

def crash_on_empty(job):
    """extract_one, except that a file named ``*empty*`` kills its own worker process (SIGSEGV)."""
    import os
    import signal

    from extract.batch import extract_one

    if "empty" in job.path.name:
        import faulthandler

        faulthandler.disable()  # a crash on purpose: no traceback dump in the test output
        os.kill(os.getpid(), signal.SIGSEGV)
    return extract_one(job)
