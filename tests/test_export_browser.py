"""The HTML viewer in headless Chromium: drawn, searchable, clickable, and offline.

Skipped when /usr/bin/chromium or chromedriver is missing (Debian: apt-get
install chromium chromium-driver). The page is opened from a file:// URL; the
test asserts it loaded nothing but itself (file: and data: resources only).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_export_views import A1, A2, B1, load_fixture  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists() or not Path(CHROMEDRIVER).exists(),
                       reason="needs /usr/bin/chromium and chromedriver (apt-get install chromium chromium-driver)"),
]


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    from newskg.export import export

    folder = tmp_path_factory.mktemp("export-browser")
    store = load_fixture(folder / "store")
    try:
        export(store, folder / "claims.html", view="claims")
    finally:
        store.close()
    return folder / "claims.html"


@pytest.fixture(scope="module")
def driver(tmp_path_factory):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        opts.add_argument(arg)
    opts.binary_location = str(CHROMIUM)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    drv = webdriver.Chrome(service=Service(CHROMEDRIVER), options=opts)
    drv.set_page_load_timeout(60)
    yield drv
    drv.quit()


def _wait(driver, script: str, timeout: float = 30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(lambda d: d.execute_script(script))


def test_search_click_panel_and_no_network(driver, page, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    driver.get(page.as_uri())
    _wait(driver, "return window.newskgViewer && window.newskgViewer.ready")
    assert driver.execute_script("return window.newskgViewer.network.getPositions().hasOwnProperty(arguments[0])", A1)
    assert driver.find_element(By.ID, "counts").text.startswith("16 nodes")
    assert "conflict (contradiction)" in driver.find_element(By.ID, "legend").text

    # the search box finds the claim by its label and focuses it; the panel opens on it
    box = driver.find_element(By.ID, "search")
    box.send_keys("killed ≥ 24", Keys.ENTER)
    _wait(driver, "return document.getElementById('search-status').textContent === '1 of 1'")
    assert driver.execute_script("return window.newskgViewer.network.getSelectedNodes()") == [A1]
    panel = driver.find_element(By.ID, "panel")
    assert "At least 24 passengers drowned" in panel.text
    _wait(driver, "return !window.newskgViewer.animating")

    # click on empty canvas: the panel closes
    canvas = driver.find_element(By.CSS_SELECTOR, "#graph canvas")
    w, h = canvas.size["width"], canvas.size["height"]
    empty = driver.execute_script("""
        var net = window.newskgViewer.network, w = arguments[0], h = arguments[1], canvas = arguments[2];
        var r = canvas.getBoundingClientRect();
        for (var y = 10; y < h; y += 20) for (var x = 10; x < w; x += 20) {
          if (net.getNodeAt({x: x, y: y}) === undefined && net.getEdgeAt({x: x, y: y}) === undefined
              && document.elementFromPoint(r.left + x, r.top + y) === canvas) return [x, y];
        }
        return null;""", w, h, canvas)
    assert empty is not None
    ActionChains(driver).move_to_element_with_offset(canvas, empty[0] - w // 2, empty[1] - h // 2).click().perform()
    _wait(driver, "return document.getElementById('panel').hidden")

    # a real click at the claim's position on the canvas opens the side panel with its quote
    x, y = driver.execute_script("""
        var net = window.newskgViewer.network, p = net.canvasToDOM(net.getPositions([arguments[0]])[arguments[0]]);
        return [p.x, p.y];""", A1)
    assert 0 < x < w and 0 < y < h
    assert driver.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return document.elementFromPoint(r.left + arguments[1], r.top + arguments[2]) === arguments[0]",
        canvas, x, y)  # nothing lies over the node
    ActionChains(driver).move_to_element_with_offset(canvas, round(x - w / 2), round(y - h / 2)).click().perform()
    _wait(driver, "return !document.getElementById('panel').hidden")
    text = panel.text
    assert "At least 24 passengers drowned" in text  # the quote
    assert "ferry_01_wire" in text and "2024-03-05" in text  # source article and date
    assert "the coast guard" in text  # claimant
    assert "at least 24 (no upper bound)" in text and "at least" in text  # bounds and qualifier
    assert "contradiction" in text and "revision" not in text  # its conflict with B1, listed
    driver.save_screenshot(str(tmp_path / "viewer.png"))

    # the nasty quote is shown as text, not run as markup
    driver.execute_script("window.newskgViewer.focus(arguments[0])", A2)
    _wait(driver, "return document.querySelector('#panel blockquote') !== null")
    assert "</script><script>alert(1)</script>" in driver.find_element(By.CSS_SELECTOR, "#panel blockquote").text
    assert driver.execute_script("return document.querySelectorAll('#panel script, #panel b').length") == 0
    assert B1 in driver.execute_script("return window.newskgViewer.network.getConnectedNodes(arguments[0])", A1)

    # nothing but the file itself (and data: URIs) was loaded
    urls = driver.execute_script(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })"
        ".concat(performance.getEntriesByType('navigation').map(function (e) { return e.name; }))")
    assert urls and all(u.startswith(("file:", "data:")) for u in urls), urls
    errors = [e for e in driver.get_log("browser") if e["level"] == "SEVERE"]
    assert not errors, errors
    (tmp_path / "viewer.png").exists()
