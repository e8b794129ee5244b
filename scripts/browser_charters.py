"""Browser checks for strategy and charters, run by scripts/browser_test.py: posters printed to PDF by Chromium.

Each check takes the shared Context and reaches its pages by clicking from the navigation.
"""

from __future__ import annotations

import base64
import io
import unicodedata

from pypdf import PdfReader
from selenium.webdriver.common.by import By

# The shared helpers live in browser_test.py, which hands itself over through `checks(helpers)`.
CheckFailed = check = contains = nav_link = button_or_link = sign_in = None  # set by checks()

# Portrait page sizes in PostScript points, within a point of rounding.
PAPER = {"A4": (595.3, 841.9), "A3": (841.9, 1190.6)}


def print_pdf(ctx) -> PdfReader:
    """Prints the current page as Chromium's print dialog would, honouring the page size the stylesheet asks for."""
    result = ctx.driver.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True, "printBackground": True})
    return PdfReader(io.BytesIO(base64.b64decode(result["data"])))


def check_pdf_is_one_poster(ctx, pdf: PdfReader, paper: str, must_show: list[str]) -> None:
    check(len(pdf.pages) == 1, f"the {paper} poster printed on {len(pdf.pages)} pages, not one")
    box = pdf.pages[0].mediabox
    width, height = float(box.width), float(box.height)
    want = PAPER[paper]
    check(abs(width - want[0]) < 2 and abs(height - want[1]) < 2, f"the poster printed on {width:.0f}×{height:.0f} pt, not {paper} portrait {want}")
    # NFKC undoes the ligatures (ﬁ, ﬀ) the PDF's fonts set.
    text = " ".join(unicodedata.normalize("NFKC", pdf.pages[0].extract_text()).split())
    for needle in must_show:
        check(needle.casefold() in text.casefold(), f"the {paper} poster's PDF lacks {needle!r}; it reads {text[:300]!r}")
    check("Sign out" not in text and "Print it from your browser" not in text, "the printed poster carries the page's navigation or tools")


def check_nothing_is_cut(ctx, paper: str) -> None:
    """Printed, the poster's box is exactly one page and clips: what the page holds must fit it, or the page must warn."""
    ctx.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        spill = ctx.driver.execute_script("const p = document.querySelector('.poster'); return p.scrollHeight - p.clientHeight")
    finally:
        ctx.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    warned = bool(ctx.driver.find_elements(By.CSS_SELECTOR, ".poster-tools .warning"))
    check(spill <= 1 or warned, f"the {paper} poster runs {spill}px past its page without a warning")


def check_charter_poster_prints_on_one_page(ctx) -> None:
    """From Charters, a team's charter opens its poster; A4 and A3 each print to exactly one portrait page with the text on it."""
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Charters"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Strategy wall"))
    check(contains(ctx.h1_text(), "Strategy wall"), f"expected the strategy wall, h1 is {ctx.h1_text()!r}")
    goals = ctx.driver.find_elements(By.CSS_SELECTOR, "main table.records tbody tr")
    check(len(goals) >= 3, f"the wall lists {len(goals)} goals")
    posters = ctx.driver.find_elements(By.CSS_SELECTOR, ".posters article.poster")
    check(len(posters) >= 5, f"the wall shows {len(posters)} posters")
    ctx.click_and_wait_for_navigation(posters[0].find_element(By.CSS_SELECTOR, ".poster-team a"))
    team = ctx.h1_text().removeprefix("Charter of ").strip()
    check(team != "", "the charter page names no team")
    first_commitment = ctx.driver.find_element(By.CSS_SELECTOR, "main ol li a").text
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Print as a poster (A4)"))
    purpose = ctx.driver.find_element(By.CSS_SELECTOR, ".poster-purpose").text.removeprefix("Our purpose: ")
    must_show = [team, purpose[:40], first_commitment[:40], "Serves:"]
    check_pdf_is_one_poster(ctx, print_pdf(ctx), "A4", must_show)
    check_nothing_is_cut(ctx, "A4")
    ctx.screenshot("charter-poster-a4.png")
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "A3"))
    check_pdf_is_one_poster(ctx, print_pdf(ctx), "A3", must_show)
    check_nothing_is_cut(ctx, "A3")


def check_strategy_wall_fits_a_phone(ctx) -> None:
    """The strategy wall and a poster page stack at 390 px with nothing wider than the screen."""
    ctx.driver.set_window_size(390, 844)
    try:
        for path in ["/orgs/riverbend-water/strategy"]:
            ctx.driver.get(ctx.base_url + path)
            ctx.wait_for("h1", "page heading")
            ctx.check_fits_width(path)
        ctx.screenshot("strategy-wall-390.png")
    finally:
        ctx.driver.set_window_size(1280, 900)


def checks(helpers) -> list:
    """The charter checks, using browser_test.py's helpers (its module object)."""
    global CheckFailed, check, contains, nav_link, button_or_link, sign_in
    CheckFailed, check, contains = helpers.CheckFailed, helpers.check, helpers.contains
    nav_link, button_or_link, sign_in = helpers.nav_link, helpers.button_or_link, helpers.sign_in
    return CHECKS


CHECKS = [
    ("a charter's poster prints on one A4 and one A3 page with its text", check_charter_poster_prints_on_one_page),
    ("the strategy wall fits a 390px screen", check_strategy_wall_fits_a_phone),
]
