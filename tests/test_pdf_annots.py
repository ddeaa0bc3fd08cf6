"""Signed PDFs: the number and the day that the e-office system prints as signature widgets are read.

Real shape (Báo cáo 184/BC-SNV, Sở Nội vụ Lâm Đồng, 2025): the page content prints "Số:      /BC-SNV" and
"ngày      tháng 11 năm 2025" with blanks; two signature widgets print "184" and "06" over the blanks.
"""
from rawpdf import _text, assemble

import pytest

from extract.metadata import find_metadata
from extract.pdf_reader import read_pdf as read_with_pdfplumber
from extract.pdfium_reader import read_pdf as read_with_pdfium


def signed_pdf(path):
    content = "\n".join([_text(60, 780, "UBND TINH LAM DONG"), _text(70, 768, "SO NOI VU"),
                         _text(60, 750, "So:          /BC-SNV"), _text(300, 750, "Lam Dong, ngay       thang 11 nam 2025"),
                         _text(250, 720, "BAO CAO")]).encode("latin-1")
    number = b"BT /F1 9 Tf 2 4 Td (184) Tj ET"
    day = b"BT /F1 9 Tf 2 4 Td (06) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R 8 0 R] >> >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
        b" /Contents 5 0 R /Annots [6 0 R 8 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature3) /F 4 /Rect [78 746 98 760] /P 4 0 R"
        b" /AP << /N 7 0 R >> >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 20 14] /Resources << /Font << /F1 3 0 R >> >> /Length %d >>"
        b"\nstream\n" % len(number) + number + b"\nendstream",
        b"<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature4) /F 4 /Rect [370 746 390 760] /P 4 0 R"
        b" /AP << /N 9 0 R >> >>",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 20 14] /Resources << /Font << /F1 3 0 R >> >> /Length %d >>"
        b"\nstream\n" % len(day) + day + b"\nendstream",
    ]
    path.write_bytes(assemble(objs, b"/Root 1 0 R"))
    return path


@pytest.mark.parametrize("read_pdf", [read_with_pdfium, read_with_pdfplumber])
def test_numbers_printed_by_signature_widgets_complete_the_letterhead(tmp_path, read_pdf):
    head = read_pdf(signed_pdf(tmp_path / "signed.pdf")).head_text
    m = find_metadata(head)
    assert (m.number, str(m.date)) == ("184/BC-SNV", "2025-11-06")
