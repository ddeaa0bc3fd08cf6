"""report.html opened in a real headless Chromium (Selenium driving the system chromium and chromedriver)."""
from __future__ import annotations

import os
import shutil

import pytest


def _browser():
    """(chromium, chromedriver) paths, or skip saying what is missing."""
    pytest.importorskip("selenium", reason="selenium is not installed (pip install '.[test]')")
    chrome = os.environ.get("CHROME_BIN") or next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None)
    driver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver")
    if not chrome or not driver:
        pytest.skip("no headless browser: apt-get install chromium chromium-driver (.ci/run does)")
    return chrome, driver


@pytest.fixture
def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    chrome, driver = _browser()
    options = webdriver.ChromeOptions()
    options.binary_location = chrome
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2400"):
        options.add_argument(arg)
    d = webdriver.Chrome(service=Service(driver), options=options)
    d.set_page_load_timeout(60)
    try:
        yield d
    finally:
        d.quit()


def test_report_renders_in_headless_chromium(handoff, browser, tmp_path):
    from selenium.webdriver.common.by import By

    _, out, batch = handoff
    browser.get((out / "report.html").resolve().as_uri())
    assert "Báo cáo trích xuất" in browser.title
    # the tables: files by status, agencies, quarters, review
    files = browser.find_elements(By.CSS_SELECTOR, "table#files tr.failed")
    assert len(files) == 1 and "broken.pdf" in files[0].text and "PDF" in files[0].text
    assert browser.find_elements(By.CSS_SELECTOR, "table#files tr.no_tables")
    # the charts: inline SVG, drawn with a size and one bar per item
    for chart_id, table_id in (("chart-agencies", "agencies"), ("chart-quarters", "quarters")):
        chart = browser.find_element(By.ID, chart_id)
        assert chart.tag_name == "svg" and chart.size["width"] > 300 and chart.size["height"] > 50
        bars = chart.find_elements(By.CSS_SELECTOR, "rect.bar")
        assert bars and all(b.size["width"] > 0 for b in bars)
    quarters = browser.find_elements(By.CSS_SELECTOR, "table#quarters tr")[1:]
    assert len(browser.find_element(By.ID, "chart-quarters").find_elements(By.CSS_SELECTOR, "rect.bar")) == len(quarters)
    # the review rows, with their reasons and the page thumbnails drawn by inspect (loaded: a real width)
    rows = browser.find_elements(By.CSS_SELECTOR, "table#review tr.review-row")
    assert len(rows) == 6 and all("value_inferred" in r.text for r in rows)
    thumbs = browser.find_elements(By.CSS_SELECTOR, "table#review img.thumb")
    assert len(thumbs) == 6
    assert all(browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth", t) > 100
               for t in thumbs)
    shot = tmp_path / "report.png"
    assert browser.save_screenshot(str(shot)) and shot.stat().st_size > 10_000
    keep = os.environ.get("TEST_ARTIFACTS")  # a folder CI keeps, when it names one
    if keep:
        os.makedirs(keep, exist_ok=True)
        shutil.copyfile(shot, os.path.join(keep, "report.png"))
    print(f"screenshot: {shot}")
