"""The chat window in a real browser: `python ui.py` started as a user starts it, driven in headless
Chromium (Debian's chromium and chromium-driver, installed by `make browser`).

The screenshot it saves, test-output/chat-answer.png, is the one in the README (`make screenshot`).
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import MODEL_CACHE, REPO
from tests.test_ui import free_port

pytestmark = pytest.mark.slow

CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
OUTPUT = REPO / "test-output"
# Three evidence sentences are rated near the best for it, so the generator drafts the answer.
QUESTION = "When did Kim leave Pyongyang for Russia?"
# Without the networking flags Chromium keeps trying to reach Google's services, which a closed
# network refuses, and can hang at start.
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
]
# True when the element's centre is on screen and not covered by anything else.
ON_SCREEN_JS = """
const r = arguments[0].getClientRects()[0];
const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
return r.top >= 0 && r.bottom <= window.innerHeight && arguments[0].contains(hit);
"""


@pytest.fixture(scope="module")
def app_url(seed_index, tmp_path_factory):
    """`python ui.py` on a copy of the seed index, with the test model cache."""
    folder = tmp_path_factory.mktemp("browser")
    shutil.copytree(seed_index, folder / "index")
    port = free_port()
    log = (folder / "ui.log").open("wb")
    env = {**os.environ, "NEWSRAG_CACHE": str(MODEL_CACHE), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, str(REPO / "ui.py"), "--index", "index", "--port", str(port)]
    server = subprocess.Popen(command, cwd=folder, env=env, stdout=log, stderr=log)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 120
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).close()
            break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                pytest.fail("ui.py did not start:\n" + (folder / "ui.log").read_text())
            time.sleep(0.5)
    yield url
    server.terminate()
    try:
        server.wait(20)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture
def browser():
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()) and not os.environ.get("CI"):
        pytest.skip("Chromium is not installed; `make browser` installs it")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    profile = tempfile.mkdtemp(prefix="chromium-")
    for flag in [*CHROMIUM_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def test_question_streams_an_answer_whose_citation_is_highlighted(app_url, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def found(selector: str):
        return browser.find_elements(By.CSS_SELECTOR, selector)

    browser.get(app_url)
    wait = WebDriverWait(browser, 180, poll_frequency=0.2)
    wait.until(lambda _: found("#status .status.ready"))

    browser.find_element(By.CSS_SELECTOR, "#question textarea").send_keys(QUESTION)
    browser.find_element(By.ID, "ask").click()
    drafts: set[str] = set()

    def answered(_) -> bool:
        drafts.update(d.text for d in found("#conversation .msg.answer.draft .body"))
        return bool(found("#conversation .msg.answer:not(.draft) .chip"))

    wait.until(answered)
    assert any(d and "Searching" not in d for d in drafts), "no streamed draft was seen"
    answer = found("#conversation .msg.answer .body")[0].text
    assert "Sunday" in answer and "[" not in answer

    assert not found("#citation mark")
    found("#conversation .chip")[0].click()
    wait.until(lambda _: found("#citation mark.cited"))
    mark = found("#citation mark.cited")[0]
    assert "Sunday" in mark.text
    assert browser.execute_script(ON_SCREEN_JS, mark), "the cited sentence is not visible"
    title = browser.find_element(By.CSS_SELECTOR, "#citation .title").text
    assert title.startswith("North Korea’s Kim Jong Un in Russia")

    OUTPUT.mkdir(exist_ok=True)
    browser.execute_script("window.scrollTo(0, 0)")
    assert browser.save_screenshot(str(OUTPUT / "chat-answer.png"))
