"""Browser checks for the reports, run by scripts/browser_test.py: the executive alignment report reached from the
Overview and printed to PDF, and a team's one-pager reached from its page and printed on exactly one A4 page.
"""

from __future__ import annotations

import unicodedata

from pypdf import PdfReader
from selenium.webdriver.common.by import By

from browser_charters import print_pdf as printed

# The shared helpers live in browser_test.py, which hands itself over through `checks(helpers)`.
CheckFailed = check = contains = nav_link = button_or_link = sign_in = None  # set by checks()

A4 = (595.3, 841.9)


def text_of(pdf: PdfReader) -> str:
    # NFKC undoes the ligatures (ﬁ, ﬀ) the PDF's fonts set.
    return " ".join(unicodedata.normalize("NFKC", " ".join(page.extract_text() for page in pdf.pages)).split())


def check_executive_report_prints(ctx) -> None:
    """From the Overview, the executive report opens; each figure links to its records; it prints without the navigation."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Overview"))
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "Executive alignment report"))
    check(contains(ctx.h1_text(), "Executive alignment report"), f"expected the report, h1 is {ctx.h1_text()!r}")
    headings = [h.text for h in ctx.driver.find_elements(By.CSS_SELECTOR, "main h2")]
    for wanted in ["The alignment index", "KPI conflicts", "Blind spots", "Investments: projected and actual effect", "4C heat map", "The centricity gap"]:
        check(any(h.startswith(wanted) for h in headings), f"the report lacks {wanted!r}: {headings}")
    unlinked = ctx.driver.execute_script(
        "return [...document.querySelectorAll('main .report-table th[scope=row]')].filter(th => !th.querySelector('a')).length")
    check(unlinked == 0, f"{unlinked} lines of the report link to nothing")
    pdf = printed(ctx)
    text = text_of(pdf)
    check(len(pdf.pages) >= 1 and "Executive alignment report" in text and "A new billing system" in text,
          f"the printed report lacks its title or its investment: {text[:300]!r}")
    check("Sign out" not in text, "the printed report carries the page's navigation")
    ctx.check_at_phone_width("the executive report", "executive-report-390.png")
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "A new billing system"))
    check(contains(ctx.h1_text(), "A new billing system"), "the report's investment does not open its page")


def check_team_one_pager_prints_on_one_page(ctx) -> None:
    """A team's page opens its one-pager for the month, which prints on exactly one A4 page with its sections."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Teams"))
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "Contact Centre"))
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.PARTIAL_LINK_TEXT, "Its one-pager"))
    check(contains(ctx.h1_text(), "Contact Centre:"), f"expected the Contact Centre's one-pager, h1 is {ctx.h1_text()!r}")
    main = ctx.driver.find_element(By.TAG_NAME, "main").text
    check(contains(main, "Move the out-of-hours phone line to a partner"), "what is coming does not list the night-line move")
    pdf = printed(ctx)
    check(len(pdf.pages) == 1, f"the one-pager printed on {len(pdf.pages)} pages, not one")
    box = pdf.pages[0].mediabox
    check(abs(float(box.width) - A4[0]) < 2 and abs(float(box.height) - A4[1]) < 2, f"the one-pager printed on {box.width}×{box.height} pt, not A4")
    text = text_of(pdf)
    for needle in ["What is coming", "What customers said", "Charter commitments", "KPIs", "Acknowledgements it owes"]:
        check(needle in text, f"the printed one-pager lacks {needle!r}: {text[:300]!r}")
    check("Sign out" not in text, "the printed one-pager carries the page's navigation")
    ctx.check_at_phone_width("a team's one-pager", "one-pager-390.png")


def checks(helpers) -> list:
    """The report checks, using browser_test.py's helpers (its module object)."""
    global CheckFailed, check, contains, nav_link, button_or_link, sign_in
    CheckFailed, check, contains = helpers.CheckFailed, helpers.check, helpers.contains
    nav_link, button_or_link, sign_in = helpers.nav_link, helpers.button_or_link, helpers.sign_in
    return CHECKS


CHECKS = [
    ("the executive report opens from the Overview, links every line and prints to PDF", check_executive_report_prints),
    ("a team's one-pager opens from its page and prints on one A4 page", check_team_one_pager_prints_on_one_page),
]
