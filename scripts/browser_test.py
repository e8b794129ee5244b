#!/usr/bin/env python3
"""Browser test for Align: drives Debian's Chromium through Selenium 4.

Usage:
    .venv/bin/python scripts/browser_test.py --base-url http://127.0.0.1:8080 --artifacts artifacts

The server must already be running with the demo data (scripts/test.sh does that).
Only the base URL is typed; every other page is reached by clicking.
Prints `PASS name` / `FAIL name: reason` per check, then `N passed, M failed`;
exits 1 if any check failed. Screenshots land in the artifacts directory.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from pathlib import Path
from urllib.parse import urlparse

# Never let Selenium Manager download a browser or driver: we name both explicitly,
# and offline mode makes any accidental lookup fail instead of reaching the network.
os.environ.setdefault("SE_OFFLINE", "true")

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import browser_charters  # noqa: E402
import browser_initiatives_nurture  # noqa: E402
import browser_pulses  # noqa: E402
import browser_metrics  # noqa: E402
import browser_changes  # noqa: E402
import browser_reports  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import (  # noqa: E402
    ElementClickInterceptedException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.chrome.options import Options  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as EC  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM_CANDIDATES = ["/usr/bin/chromium", "/usr/lib/chromium/chromium"]
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT_SECONDS = 15


class CheckFailed(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise CheckFailed(message)


def norm(text: str | None) -> str:
    """Collapse whitespace; used for text comparisons."""
    return " ".join((text or "").split())


def contains(haystack: str | None, needle: str) -> bool:
    # Case-insensitive so that CSS text-transform (which WebDriver's visible text
    # honours) does not break the check.
    return needle.casefold() in norm(haystack).casefold()


# --- driver ------------------------------------------------------------------------

def make_driver() -> webdriver.Chrome:
    binary = next((p for p in CHROMIUM_CANDIDATES if os.path.exists(p)), None)
    if binary is None:
        raise SystemExit(
            f"Chromium not found at {CHROMIUM_CANDIDATES}; run scripts/install-test-deps.sh"
        )
    if not os.path.exists(CHROMEDRIVER):
        raise SystemExit(f"{CHROMEDRIVER} not found; run scripts/install-test-deps.sh")
    options = Options()
    options.binary_location = binary
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    return driver


# --- helpers -------------------------------------------------------------------------

class Context:
    def __init__(self, driver: webdriver.Chrome, base_url: str, artifacts: Path):
        self.driver = driver
        self.base_url = base_url
        self.artifacts = artifacts
        self.touchpoint_name: str | None = None

    def wait(self, timeout: float = WAIT_SECONDS) -> WebDriverWait:
        return WebDriverWait(self.driver, timeout)

    def wait_for(self, css: str, what: str) -> WebElement:
        try:
            return self.wait().until(EC.visibility_of_element_located((By.CSS_SELECTOR, css)))
        except TimeoutException:
            raise CheckFailed(
                f"no visible {what} ({css!r}) within {WAIT_SECONDS}s at {self.driver.current_url}"
            ) from None

    def h1_text(self) -> str:
        return norm(self.wait_for("h1", "page heading").text)

    def click(self, element: WebElement) -> None:
        """Click like a user; if something overlays the element, scroll it to the middle and retry."""
        try:
            element.click()
        except ElementClickInterceptedException:
            self.driver.execute_script(
                "arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element
            )
            element.click()

    def click_and_wait_for_navigation(self, element: WebElement) -> None:
        """Click a link and wait until the old page is gone (for same-page links, until the URL changes)."""
        old_url = self.driver.current_url
        old_html = self.driver.find_element(By.TAG_NAME, "html")
        self.click(element)
        def navigated(d) -> bool:
            try:
                return EC.staleness_of(old_html)(d) or d.current_url != old_url
            except WebDriverException:
                # Chromium sometimes reports a node of the old page this way instead of as stale.
                return True

        try:
            self.wait().until(navigated)
        except TimeoutException:
            raise CheckFailed(f"clicking did not navigate away from {old_url}") from None
        self.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")

    def check_fits_width(self, what: str) -> None:
        """Fails when the page is wider than the window (a phone's, when the window is set to one)."""
        overflow = self.driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        width = self.driver.execute_script("return window.innerWidth")
        check(overflow <= 1, f"{what} is {overflow}px wider than a {width}px screen")

    def check_at_phone_width(self, what: str, shot: str) -> None:
        """Reloads nothing: narrows the window to a phone's, checks the page fits, keeps a screenshot, and widens it again."""
        self.driver.set_window_size(390, 844)
        try:
            self.check_fits_width(what)
            self.screenshot(shot)
        finally:
            self.driver.set_window_size(1280, 900)

    def screenshot(self, name: str) -> Path:
        path = self.artifacts / name
        check(self.driver.save_screenshot(str(path)), f"could not save screenshot {path}")
        return path


# --- checks (run in order; later checks continue from the page earlier ones left) -----

DEMO_PASSWORD = "align-demo-password"


def sign_in(ctx: Context, email: str) -> None:
    ctx.wait_for("input[name=email]", "sign-in email field")
    check(contains(ctx.h1_text(), "Sign in"), f"expected the sign-in page, h1 is {ctx.h1_text()!r}")
    ctx.driver.find_element(By.ID, "field-email").send_keys(email)
    ctx.driver.find_element(By.ID, "field-password").send_keys(DEMO_PASSWORD)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Sign in"))


def check_home_redirects_to_demo_org(ctx: Context) -> None:
    ctx.driver.get(ctx.base_url)
    path = urlparse(ctx.driver.current_url).path
    check(path == "/sign-in", f"a stranger should be sent to /sign-in, got {ctx.driver.current_url}")
    sign_in(ctx, "admin@riverbendwater.example")
    h1 = ctx.h1_text()
    path = urlparse(ctx.driver.current_url).path
    check(path == "/orgs/riverbend-water", f"after signing in expected the organization overview, at {ctx.driver.current_url}")
    check(contains(h1, "Riverbend Water"), f"h1 is {h1!r}, expected it to contain 'Riverbend Water'")


def check_open_journey_map(ctx: Context) -> None:
    links = ctx.driver.find_elements(By.XPATH, "//a[normalize-space(.)='Report a leak']")
    links = [a for a in links if a.is_displayed()] or links
    check(bool(links), f"no link with text 'Report a leak' on {ctx.driver.current_url}")
    ctx.click_and_wait_for_navigation(links[0])
    h1 = ctx.h1_text()
    check(contains(h1, "Report a leak"), f"journey page h1 is {h1!r}, expected 'Report a leak'")
    stages = ctx.driver.find_elements(By.CSS_SELECTOR, "section.stage")
    check(len(stages) >= 4, f"expected at least 4 section.stage, found {len(stages)}")
    names = []
    for i, stage in enumerate(stages, 1):
        h2s = stage.find_elements(By.TAG_NAME, "h2")
        check(bool(h2s), f"stage #{i} has no h2")
        names.append(norm(h2s[0].text))
    check(all(names), f"empty stage name(s): {names}")
    check(len(set(names)) == len(names), f"stage names are not unique: {names}")


def check_unowned_handoff_is_labelled(ctx: Context) -> None:
    handoffs = ctx.driver.find_elements(By.CSS_SELECTOR, "li.handoff.handoff--unowned")
    check(bool(handoffs), "no li.handoff.handoff--unowned on the journey map")
    visible = [h for h in handoffs if h.is_displayed()]
    check(bool(visible), f"{len(handoffs)} unowned handoff(s) found but none is displayed")
    for h in visible:
        check(
            contains(h.text, "Unowned"),
            f"unowned handoff text {norm(h.text)!r} does not contain 'Unowned'",
        )


def check_touchpoint_backstage(ctx: Context) -> None:
    cards = ctx.driver.find_elements(By.CSS_SELECTOR, "a.touchpoint-card")
    check(bool(cards), "no a.touchpoint-card on the journey map")
    card = cards[0]
    name_els = card.find_elements(By.CSS_SELECTOR, ".touchpoint-name")
    check(bool(name_els), "first touchpoint card has no .touchpoint-name")
    name = norm(name_els[0].text) or norm(name_els[0].get_attribute("textContent"))
    check(bool(name), "first touchpoint card has an empty .touchpoint-name")
    ctx.touchpoint_name = name
    ctx.click_and_wait_for_navigation(card)
    aside = ctx.wait_for("aside#backstage", "backstage panel")
    check(aside.is_displayed(), "aside#backstage is not displayed")
    h2s = aside.find_elements(By.TAG_NAME, "h2")
    check(bool(h2s), "aside#backstage has no h2")
    check(
        contains(h2s[0].text, name),
        f"backstage h2 is {norm(h2s[0].text)!r}, expected it to contain {name!r}",
    )
    headings = [
        norm(h.text)
        for h in aside.find_elements(By.CSS_SELECTOR, "h1, h2, h3, h4, h5, h6")
    ]
    for wanted in ("Processes and policies", "Frictions"):
        check(
            any(contains(h, wanted) for h in headings),
            f"backstage has no heading {wanted!r} (headings: {headings})",
        )


def check_screenshots_and_narrow_layout(ctx: Context) -> None:
    wide = ctx.screenshot("journey-map-1280.png")
    print(f"  screenshot: {wide}")
    ctx.driver.set_window_size(390, 844)
    ctx.driver.refresh()
    ctx.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")
    ctx.wait_for("h1", "page heading")
    scroll_width, inner_width = ctx.driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];"
    )
    narrow = ctx.screenshot("journey-map-390.png")
    print(f"  screenshot: {narrow}")
    check(
        scroll_width <= inner_width + 1,
        f"horizontal overflow at 390px: scrollWidth {scroll_width} > innerWidth {inner_width}",
    )
    header, viewport = ctx.driver.execute_script(
        "return [document.querySelector('.site-header').getBoundingClientRect().height, window.innerHeight];")
    check(header <= viewport * 0.25, f"at 390px the header takes {header:.0f} of {viewport} px")


def nav_link(ctx: Context, text: str) -> WebElement:
    links = ctx.driver.find_elements(By.XPATH, f"//nav//a[normalize-space(.)='{text}']")
    check(bool(links), f"no navigation link {text!r} on {ctx.driver.current_url}")
    return links[0]


def button_or_link(ctx: Context, text: str) -> WebElement:
    found = ctx.driver.find_elements(
        By.XPATH, f"//main//a[normalize-space(.)='{text}'] | //main//button[normalize-space(.)='{text}']"
    )
    check(bool(found), f"no link or button {text!r} on {ctx.driver.current_url}")
    return found[0]


def check_keyboard_starts_at_skip_link(ctx: Context) -> None:
    ctx.driver.set_window_size(1280, 900)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Teams"))
    ctx.driver.find_element(By.TAG_NAME, "body").send_keys("\ue004")  # Tab
    focused = norm(ctx.driver.execute_script("return document.activeElement.textContent"))
    check(focused == "Skip to content", f"first Tab focused {focused!r}, expected the skip link")


def check_form_labels_and_validation(ctx: Context) -> None:
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "New team"))
    controls = ctx.driver.find_elements(By.CSS_SELECTOR, "main input:not([type=hidden]), main select, main textarea")
    check(bool(controls), "the new team form has no fields")
    for control in controls:
        control_id = control.get_attribute("id")
        labels = ctx.driver.find_elements(By.CSS_SELECTOR, f"label[for='{control_id}']") if control_id else []
        check(bool(labels), f"form field {control.get_attribute('name')!r} has no label")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create team"))
    summary = ctx.wait_for(".error-summary", "error summary")
    check(contains(summary.text, "Name is required."), f"error summary says {norm(summary.text)!r}")
    field = ctx.driver.find_element(By.ID, "field-name")
    check(field.get_attribute("aria-invalid") == "true", "the name field is not marked aria-invalid")


def check_user_text_is_shown_as_text(ctx: Context) -> None:
    name = '<b>Night & "Weekend" Crew</b>'
    field = ctx.driver.find_element(By.ID, "field-name")
    field.clear()
    field.send_keys(name)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create team"))
    h1 = ctx.wait_for("h1", "team heading")
    check(h1.text == name, f"team heading reads {h1.text!r}, expected the name exactly as typed")
    check(not h1.find_elements(By.TAG_NAME, "b"), "the typed markup became a <b> element")
    notice = ctx.wait_for(".notice", "saved notice")
    check(contains(notice.text, "Saved"), f"notice says {norm(notice.text)!r}")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Delete…"))
    check(contains(ctx.h1_text(), "Delete team"), f"confirmation heading is {ctx.h1_text()!r}")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Delete"))
    check(contains(ctx.wait_for(".notice", "deleted notice").text, "Deleted"), "no 'Deleted' notice after deleting")
    check(name not in ctx.driver.page_source.replace("&amp;", "&").replace("&quot;", '"'), "deleted team still listed")


def check_csrf_refusal(ctx: Context) -> None:
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Teams"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "New team"))
    ctx.driver.execute_script("document.querySelector('main input[name=_csrf]').value = 'forged';")
    ctx.driver.find_element(By.ID, "field-name").send_keys("Forged team")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create team"))
    body = ctx.driver.find_element(By.TAG_NAME, "main").text
    check(contains(body, "did not come from Align"), f"a forged form was not refused: {norm(body)[:200]!r}")


def check_viewer_is_forbidden_to_change(ctx: Context) -> None:
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.XPATH, "//header//button[normalize-space(.)='Sign out']"))
    sign_in(ctx, "viewer@riverbendwater.example")
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Teams"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "New team"))
    body = ctx.driver.find_element(By.TAG_NAME, "main").text
    check(contains(body, "may not create teams"), f"a viewer was not refused: {norm(body)[:200]!r}")


def check_team_owning_touchpoints_cannot_be_deleted(ctx: Context) -> None:
    links = ctx.driver.find_elements(By.XPATH, "//main//a[normalize-space(.)='Contact Centre']")
    check(bool(links), "no 'Contact Centre' team in the list")
    ctx.click_and_wait_for_navigation(links[0])
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Delete…"))
    alert = ctx.wait_for(".error-summary", "refusal")
    check(contains(alert.text, "cannot be deleted yet") and contains(alert.text, "touchpoint"),
          f"refusal says {norm(alert.text)!r}")
    check(not ctx.driver.find_elements(By.XPATH, "//main//button[normalize-space(.)='Delete']"),
          "a Delete button is offered although deletion is refused")



def check_import_survey_export(ctx: Context) -> None:
    """Upload a survey export, map a column, preview, import, and follow it to the end."""
    import tempfile
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/imports/new")
    check(contains(ctx.h1_text(), "Import feedback"), f"h1 is {ctx.h1_text()!r}")
    csv_text = ("\ufeffResponse,Comment,Score\r\n"
                "B-1,\"Waited on hold, then \"\"transferred\"\"\r\nagain\",2\r\n"
                "B-2,Friendly engineer fixed it fast,10\r\n"
                "B-3,Score is not a number,lots\r\n")
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8", newline="") as handle:
        handle.write(csv_text)
    ctx.driver.find_element(By.ID, "field-file").send_keys(handle.name)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Upload and map columns"))
    check(contains(ctx.h1_text(), "Map the columns"), f"after upload h1 is {ctx.h1_text()!r}")
    text_choice = ctx.driver.find_element(By.ID, "field-column_text").get_attribute("value")
    check(text_choice == "Comment", f"the text column was not guessed from its name: {text_choice!r}")
    Select(ctx.driver.find_element(By.ID, "field-column_nps")).select_by_visible_text("#3 Score")
    Select(ctx.driver.find_element(By.ID, "field-column_external_id")).select_by_visible_text("#1 Response")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Show the preview"))
    preview = norm(ctx.driver.find_element(By.TAG_NAME, "main").text)
    check(contains(preview, "“lots” is not a whole number 0–10"), f"the preview does not explain the bad score: {preview[:400]!r}")
    check(contains(preview, "Waited on hold, then \"transferred\""), "the quoted comment is not shown as written")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Start the import"))
    def finished(d) -> bool:
        try:  # the page reloads itself while the import runs, so an element may go stale mid-read
            return "Finished" in d.find_element(By.TAG_NAME, "main").text
        except WebDriverException:
            return False

    try:
        ctx.wait().until(finished)
    except TimeoutException:
        raise CheckFailed(f"the import did not finish; page says {norm(ctx.driver.find_element(By.TAG_NAME, 'main').text)[:300]!r}") from None
    ctx.driver.refresh()
    page = norm(ctx.wait_for("main", "page content").text)
    check(contains(page, "2 feedback items"), f"expected 2 imported: {page[:400]!r}")
    check(contains(page, "Download every rejected row"), "no download of rejected rows")
    os.unlink(handle.name)


def check_theydo_insights_import(ctx: Context) -> None:
    """From the friction list: choose a journey, send a TheyDo insights file, see what it created; a bad one lists its problems."""
    import json
    import tempfile
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/frictions")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Import TheyDo insights"))
    check(contains(ctx.h1_text(), "Import TheyDo insights"), f"h1 is {ctx.h1_text()!r}")
    Select(ctx.driver.find_element(By.ID, "field-journey")).select_by_visible_text("New connection")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Choose this journey"))
    Select(ctx.driver.find_element(By.ID, "field-default-touchpoint")).select_by_visible_text("Pre-application enquiry call")
    insights = {"format": "THEYDO_INSIGHTS_V1", "insights": [
        {"importKey": "BT-1", "title": "Quote takes <b>weeks</b>", "description": "Chased twice.", "type": "Wait",
         "groupTags": [{"tagGroup": "Touchpoint", "tag": "Online connection application"}]},
        {"importKey": "BT-2", "title": "Asked for the plans again", "type": "Repeat information"}]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(insights, handle)
    ctx.driver.find_element(By.ID, "field-file").send_keys(handle.name)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Import insights"))
    result = norm(ctx.wait_for(".notice", "the import's result").text)
    check(contains(result, "2 created, 0 updated, 0 unchanged"), f"the result says {result!r}")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "See the friction points from TheyDo"))
    listed = ctx.driver.find_element(By.TAG_NAME, "main").text
    check("Quote takes <b>weeks</b>" in listed, f"the insight's title is not shown as written: {norm(listed)[:300]!r}")
    ctx.driver.back()
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as bad:
        bad.write('{"format": "THEYDO_INSIGHTS_V1",\n"insights": [\n{"importKey": "BT-3"}\n]}\n')
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/frictions/import")
    Select(ctx.driver.find_element(By.ID, "field-journey")).select_by_visible_text("New connection")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Choose this journey"))
    ctx.driver.find_element(By.ID, "field-file").send_keys(bad.name)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Import insights"))
    summary = norm(ctx.wait_for(".error-summary", "the refusal").text)
    check(contains(summary, "line 3, insights[0].title: is required, as text"), f"the refusal says {summary!r}")
    os.unlink(handle.name)
    os.unlink(bad.name)


def check_upload_progress_and_refusal(ctx: Context) -> None:
    """The upload page sends its file with a progress bar and shows a refusal it gets back in place."""
    import tempfile
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/imports/new")
    status = ctx.driver.find_element(By.ID, "upload-status")
    check(not status.is_displayed(), "the progress bar shows before anything is sent")
    check(ctx.driver.find_elements(By.CSS_SELECTOR, "form[data-upload-progress]"), "the upload form is not marked for progress")
    with tempfile.NamedTemporaryFile("wb", suffix=".csv", delete=False) as handle:
        handle.write("comment\r\nUTF-16 text\r\n".encode("utf-16"))
    ctx.driver.find_element(By.ID, "field-file").send_keys(handle.name)
    button_or_link(ctx, "Upload and map columns").click()
    alert = ctx.wait_for(".error-summary", "refusal of a UTF-16 file")
    check(contains(alert.text, "UTF-16"), f"the refusal says {norm(alert.text)!r}")
    # Sent by the script: the page was replaced in place, so the address is still the upload page's.
    check(ctx.driver.current_url.endswith("/imports/new"), f"the form was posted without the script: {ctx.driver.current_url}")
    check(ctx.driver.find_element(By.ID, "field-file").is_displayed(), "the form to try again is not shown")
    os.unlink(handle.name)


def check_scores_and_themes(ctx: Context) -> None:
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/scores")
    chart = ctx.wait_for("svg.trend", "trend chart")
    check(chart.size["width"] > 200, f"the trend chart is too small: {chart.size}")
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/themes")
    themes = ctx.driver.find_elements(By.CSS_SELECTOR, "section.theme")
    check(len(themes) >= 5, f"expected at least 5 themes, found {len(themes)}")
    check(bool(themes[0].find_elements(By.TAG_NAME, "blockquote")), "the first theme quotes no customer")


def check_legitimize_views_and_decisions(ctx: Context) -> None:
    """The three Legitimize views with the formula, and a proposed link confirmed from the review list."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/legitimize")
    ctx.wait_for("h1", "page heading")
    check(contains(ctx.driver.find_element(By.CSS_SELECTOR, "section.formula").text, "Priority = 100 × (0.30 F"),
          "the priority formula is not shown")
    for label in ["Blind spots", "Unvalidated", "Confirmed"]:
        tab = ctx.driver.find_element(By.XPATH, f"//nav[contains(@class,'view-tabs')]//a[starts-with(normalize-space(.), '{label} (')]")
        ctx.click_and_wait_for_navigation(tab)
        rows = ctx.driver.find_elements(By.CSS_SELECTOR, "main table.records tbody tr")
        check(bool(rows), f"the {label} view has no rows in the demo")
        current = ctx.driver.find_element(By.CSS_SELECTOR, "nav.view-tabs a[aria-current=page]")
        check(contains(current.text, label), f"the {label} tab is not marked current")
    review = ctx.driver.find_elements(By.XPATH, "//main//a[starts-with(normalize-space(.), 'Review proposed links (')]")
    check(bool(review), "no link to review the proposed links")
    ctx.click_and_wait_for_navigation(review[0])
    rows = ctx.driver.find_elements(By.CSS_SELECTOR, "main table.records tbody tr")
    check(bool(rows), "no proposed link to review in the demo")
    friction = rows[0].find_element(By.CSS_SELECTOR, "td a").text
    confirm = rows[0].find_element(By.XPATH, ".//button[normalize-space(.)='Confirm']")
    ctx.click_and_wait_for_navigation(confirm)
    notice = ctx.driver.find_elements(By.CSS_SELECTOR, "p.notice")
    check(bool(notice) and contains(notice[0].text, "Decision saved."), "no confirmation after confirming a link")
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/legitimize/links?status=confirmed")
    check(contains(ctx.driver.find_element(By.TAG_NAME, "main").text, friction), "the confirmed link is not listed as confirmed")


def check_customer_heat_view(ctx: Context) -> None:
    """The first journey's customer heat view: hot cards, quotes that open, and no overflow on a phone."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/journeys")
    journeys = ctx.driver.find_elements(By.CSS_SELECTOR, "main table.records tbody a")
    check(bool(journeys), "no journey link in the journeys list")
    ctx.click_and_wait_for_navigation(journeys[0])
    tabs = ctx.driver.find_elements(By.XPATH, "//nav[contains(@class,'view-tabs')]//a[normalize-space(.)='Customer heat']")
    check(bool(tabs), f"no 'Customer heat' tab on {ctx.driver.current_url}")
    ctx.click_and_wait_for_navigation(tabs[0])
    check("view=heat" in ctx.driver.current_url, f"the tab led to {ctx.driver.current_url}")
    current = ctx.driver.find_elements(By.CSS_SELECTOR, "nav.view-tabs a[aria-current=page]")
    check(bool(current) and contains(current[0].text, "Customer heat"), "the 'Customer heat' tab is not marked current")
    hot = ctx.driver.find_elements(
        By.CSS_SELECTOR, ".journey-map li.touchpoint.heat--high, .journey-map li.touchpoint.heat--medium"
    )
    check(bool(hot), "no touchpoint card is tinted heat--high or heat--medium")

    def open_quotes() -> None:
        cards = ctx.driver.find_elements(By.CSS_SELECTOR, ".journey-map li.touchpoint")
        quoted = [c for c in cards if c.find_elements(By.CSS_SELECTOR, "details.quotes blockquote a")]
        check(bool(quoted), "no touchpoint card quotes a customer")
        summary = quoted[0].find_element(By.CSS_SELECTOR, "details.quotes > summary")
        ctx.click(summary)
        link = quoted[0].find_element(By.CSS_SELECTOR, "details.quotes blockquote a")
        try:
            ctx.wait().until(lambda d: link.is_displayed())
        except TimeoutException:
            raise CheckFailed("clicking the quotes summary did not show a quote") from None
        check("/feedback/" in (link.get_attribute("href") or ""), f"the quote links to {link.get_attribute('href')!r}")

    open_quotes()
    wide = ctx.screenshot("customer-heat-1280.png")
    print(f"  screenshot: {wide}")
    ctx.driver.set_window_size(375, 812)
    ctx.driver.refresh()
    ctx.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")
    ctx.wait_for("h1", "page heading")
    open_quotes()
    scroll_width, inner_width = ctx.driver.execute_script(
        "return [document.documentElement.scrollWidth, window.innerWidth];"
    )
    narrow = ctx.screenshot("customer-heat-375.png")
    print(f"  screenshot: {narrow}")
    ctx.driver.set_window_size(1280, 900)
    check(
        scroll_width <= inner_width + 1,
        f"horizontal overflow at 375px: scrollWidth {scroll_width} > innerWidth {inner_width}",
    )


CHECKS = [
    ("sign-in leads to the demo organization", check_home_redirects_to_demo_org),
    ("journey map shows stages", check_open_journey_map),
    ("unowned handoff is labelled", check_unowned_handoff_is_labelled),
    ("touchpoint opens backstage", check_touchpoint_backstage),
    ("screenshots and no overflow at 390px", check_screenshots_and_narrow_layout),
    ("first Tab reaches the skip link", check_keyboard_starts_at_skip_link),
    ("form fields are labelled and validated", check_form_labels_and_validation),
    ("typed markup is shown as text; delete asks first", check_user_text_is_shown_as_text),
    ("team owning touchpoints cannot be deleted", check_team_owning_touchpoints_cannot_be_deleted),
    ("a survey export is uploaded, mapped, previewed and imported", check_import_survey_export),
    ("an upload shows its progress, and a refused file says why in place", check_upload_progress_and_refusal),
    ("a TheyDo insights file becomes friction points; a bad one lists its problems", check_theydo_insights_import),
    ("scores show a trend chart; themes quote customers", check_scores_and_themes),
    ("customer heat view tints cards, opens quotes, fits 375px", check_customer_heat_view),
    ("Legitimize views show the formula; a proposed link is confirmed", check_legitimize_views_and_decisions),
] + browser_initiatives_nurture.checks(sys.modules[__name__]) + browser_charters.checks(sys.modules[__name__]) + browser_pulses.checks(sys.modules[__name__]) + browser_metrics.checks(sys.modules[__name__]) + browser_changes.checks(sys.modules[__name__]) + browser_reports.checks(sys.modules[__name__]) + [
    ("a forged form is refused (CSRF)", check_csrf_refusal),
    ("a viewer is forbidden to change anything", check_viewer_is_forbidden_to_change),
]


# --- runner ----------------------------------------------------------------------------

def slug(name: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in name.lower()).strip("-")


def run(ctx: Context) -> int:
    passed = failed = 0
    for name, fn in CHECKS:
        try:
            fn(ctx)
        except CheckFailed as exc:
            failed += 1
            print(f"FAIL {name}: {exc}", flush=True)
        except Exception as exc:  # a crash in a check is a failure, not an abort
            failed += 1
            print(f"FAIL {name}: {type(exc).__name__}: {norm(str(exc)) or repr(exc)}", flush=True)
            traceback.print_exc(file=sys.stderr)
        else:
            passed += 1
            print(f"PASS {name}", flush=True)
            continue
        try:
            shot = ctx.screenshot(f"failure-{slug(name)}.png")
            print(f"  at {ctx.driver.current_url}; screenshot: {shot}", flush=True)
        except Exception:
            pass
    print(f"{passed} passed, {failed} failed", flush=True)
    return 1 if failed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", required=True, help="e.g. http://127.0.0.1:8080")
    parser.add_argument("--artifacts", default="artifacts", help="directory for screenshots")
    args = parser.parse_args()

    artifacts = Path(args.artifacts)
    artifacts.mkdir(parents=True, exist_ok=True)
    for stale in artifacts.glob("failure-*.png"):  # leftovers from an earlier failing run
        stale.unlink()

    driver = make_driver()
    try:
        return run(Context(driver, args.base_url, artifacts))
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
