"""Browser checks for KPIs and centricity, run by scripts/browser_test.py.

A CX lead declares that Sales' "Connections signed" pushes "One contact to resolve" down, through the KPI's own
page and the effect form; the conflicts page then lists the new opposed measure with its reason shown as text and
the graph drawn. On the centricity page an assessment of customer insight is recorded through its form and the
competency's spread counts it; both pages fit a phone's width.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

# The shared helpers live in browser_test.py, which hands itself over through `checks(helpers)`.
CheckFailed = check = contains = nav_link = button_or_link = sign_in = None  # set by checks()

REASON = "Sales calls <tie> up the lines"


def check_declared_effect_becomes_a_conflict(ctx) -> None:
    """An effect declared through the form shows on the conflicts page as an opposed measure, with its path and the graph."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "KPIs"))
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "Connections signed"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Declare an effect"))
    Select(ctx.driver.find_element(By.ID, "field-sign")).select_by_value("lowers")
    Select(ctx.driver.find_element(By.ID, "field-outcome_id")).select_by_visible_text("One contact to resolve")
    ctx.driver.find_element(By.ID, "field-reason").send_keys(REASON)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create KPI effect"))
    main = ctx.driver.find_element(By.TAG_NAME, "main").text
    check(contains(ctx.h1_text(), "Connections signed") and contains(main, REASON), f"the KPI's page does not list the new effect: {main[:400]!r}")
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "KPIs"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "What metrics pull apart"))
    conflicts = [item for item in ctx.driver.find_elements(By.CSS_SELECTOR, "section li.conflict")
                 if contains(item.text, "One contact to resolve") and contains(item.text, REASON)]
    check(bool(conflicts), "the declared effect made no conflict on the page")
    check(contains(conflicts[0].text, "Questions answered in the app") and contains(conflicts[0].text, "Make it an initiative"),
          f"the new conflict lacks its other side: {conflicts[0].text[:300]!r}")
    check(bool(ctx.driver.find_elements(By.CSS_SELECTOR, "svg.metric-diagram a.node")), "the graph is not drawn")
    ctx.check_at_phone_width("the conflicts page", "metric-conflicts-390.png")


def section_text(ctx, name: str) -> str:
    sections = [s for s in ctx.driver.find_elements(By.CSS_SELECTOR, "section.competency") if s.find_element(By.TAG_NAME, "h2").text == name]
    check(bool(sections), f"no section for {name!r} on the centricity page")
    return sections[0].text


def check_assessment_recorded(ctx) -> None:
    """An assessment recorded through its form is counted in the competency's current spread."""
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Centricity"))
    before = section_text(ctx, "Customer insight")
    check(contains(before, "Target 4") and contains(before, "assessed"), f"customer insight shows no target or assessment: {before[:300]!r}")
    section = [s for s in ctx.driver.find_elements(By.CSS_SELECTOR, "section.competency") if s.find_element(By.TAG_NAME, "h2").text == "Customer insight"][0]
    ctx.click_and_wait_for_navigation(section.find_element(By.LINK_TEXT, "Assess this competency"))
    check(ctx.driver.find_element(By.ID, "field-assessor").get_attribute("value") != "", "the assessor is not filled in with who is signed in")
    Select(ctx.driver.find_element(By.ID, "field-level")).select_by_value("5")
    ctx.driver.find_element(By.ID, "field-note").send_keys("Themes <reach> every team")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create assessment"))
    check(contains(ctx.driver.find_element(By.TAG_NAME, "main").text, "Themes <reach> every team"), "the note is not shown as text")
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Centricity"))
    after = section_text(ctx, "Customer insight")
    check(contains(after, "to 5") and contains(after, "median of 5"), f"the new assessment is not in the spread: {after[:300]!r}")
    ctx.check_at_phone_width("the centricity page", "centricity-390.png")


def checks(helpers) -> list:
    """The metrics and centricity checks, using browser_test.py's helpers (its module object)."""
    global CheckFailed, check, contains, nav_link, button_or_link, sign_in
    CheckFailed, check, contains = helpers.CheckFailed, helpers.check, helpers.contains
    nav_link, button_or_link, sign_in = helpers.nav_link, helpers.button_or_link, helpers.sign_in
    return CHECKS


CHECKS = [
    ("an effect declared through its form appears as a conflict with its path and the graph", check_declared_effect_becomes_a_conflict),
    ("an assessment recorded through its form counts in the competency's spread", check_assessment_recorded),
]
