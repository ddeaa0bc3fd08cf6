"""The PDF readers a run may choose (``--pdf-reader``): names only, so the batch and the CLI can name them
without importing a reader.

pdfium (``extract/pdfium_reader.py``) is the default: about four times faster; pdfplumber
(``extract/pdf_reader.py``) is the reference the tests hold it to (``tests/test_pdf_readers.py``).
"""
PDF_READERS = ("pdfium", "pdfplumber")
DEFAULT_PDF_READER = "pdfium"
