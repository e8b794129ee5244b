"""Browser checks for planned changes, run by scripts/browser_test.py.

A CX lead plans a change to Riverbend's billing system through the form and watches its impact appear on its page:
the teams it touches, the touchpoints behind the system. Billing's acknowledgement is one click; launching with others
still untold asks why (the server's refusal without one is tested in PlannedChangeTests), and the reason is kept. The change load shows the Contact Centre past the limit in March, and
its cell opens the changes behind it. Both pages fit a phone's width.
"""

from __future__ import annotations

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

# The shared helpers live in browser_test.py, which hands itself over through `checks(helpers)`.
CheckFailed = check = contains = nav_link = button_or_link = sign_in = None  # set by checks()

TITLE = "Bills <by> email only"
REASON = "The print contract ends; Billing & the Contact Centre agreed"


def section(ctx, starts: str):
    found = [s for s in ctx.driver.find_elements(By.CSS_SELECTOR, "section.detail-section") if s.find_element(By.TAG_NAME, "h2").text.startswith(starts)]
    check(bool(found), f"no section starting {starts!r} on {ctx.driver.current_url}")
    return found[0]


def check_place_change_and_watch_its_impact(ctx) -> None:
    """A change placed through the form shows who it touches; one click acknowledges; launching asks why."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Changes"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "New planned change"))
    ctx.driver.find_element(By.ID, "field-title").send_keys(TITLE)
    Select(ctx.driver.find_element(By.ID, "field-kind")).select_by_value("policy")
    ctx.driver.find_element(By.ID, "field-tomorrow").send_keys("Every bill goes by email; paper on request.")
    boxes = ctx.driver.find_elements(By.XPATH, "//fieldset//label[normalize-space(.)='Billing system']")
    check(bool(boxes), "the form offers no Billing system to alter")
    ctx.driver.find_element(By.ID, boxes[0].get_attribute("for")).click()
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create planned change"))
    check(contains(ctx.h1_text(), TITLE), f"expected the new change's page, h1 is {ctx.h1_text()!r}")
    touches = section(ctx, "Who it touches (0 of")
    check(contains(touches.text, "Billing High") and contains(touches.text, "System · Billing system"),
          f"the impact does not show Billing reached through the system: {touches.text[:400]!r}")
    check(contains(section(ctx, "Touchpoints").text, "Behind it: System · Billing system"), "the touchpoints behind the system are not listed")
    billing = touches.find_elements(By.XPATH, ".//tr[td[1]//a[normalize-space(.)='Billing']]//button[normalize-space(.)='Acknowledge']")
    check(bool(billing), "no Acknowledge button for Billing")
    ctx.click_and_wait_for_navigation(billing[0])
    check(contains(ctx.driver.find_element(By.TAG_NAME, "main").text, "Acknowledged."), "no confirmation after acknowledging")
    check(contains(section(ctx, "Who it touches (1 of").text, "By "), "Billing's acknowledgement is not shown")
    ctx.check_at_phone_width("a planned change's page", "planned-change-390.png")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Launch…"))
    check(contains(ctx.driver.find_element(By.TAG_NAME, "main").text, "Not acknowledged yet by"), "the launch form does not say who is untold")
    reason = ctx.driver.find_element(By.ID, "field-reason")
    check(reason.get_attribute("required") is not None, "the reason is not asked for while some are untold")
    reason.send_keys(REASON)
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Launch"))
    facts = ctx.driver.find_element(By.TAG_NAME, "main").text
    check(contains(facts, "Launched") and contains(facts, REASON), f"the launch and its reason are not shown: {facts[:400]!r}")


def check_change_load_warns(ctx) -> None:
    """The change load shows the Contact Centre past the limit in March, and the cell opens the changes behind it."""
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Changes"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Change load"))
    over = ctx.driver.find_elements(By.XPATH, "//tr[th//a[normalize-space(.)='Contact Centre']]//td[contains(@class,'heat--weak')]//a")
    check(bool(over), "the Contact Centre is not shown past the limit")
    ctx.click_and_wait_for_navigation(over[0])
    detail = ctx.driver.find_element(By.ID, "load-detail").text
    check(contains(detail, "Move the phone platform to cloud telephony") and contains(detail, "Move the out-of-hours phone line to a partner"),
          f"the cell does not open both changes: {detail[:300]!r}")
    ctx.check_at_phone_width("the change load", "change-load-390.png")


def check_investment_projection_and_approval(ctx) -> None:
    """Riverbend's billing system shows the index before and projected after, with its assumptions; approving keeps it."""
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Changes"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Investments"))
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "A new billing system"))
    index = section(ctx, "Alignment index: today and projected after it")
    row = index.find_element(By.XPATH, ".//tr[td[1][normalize-space(.)='Alignment index']]").text
    check(contains(section(ctx, "What the projection assumes").text, "open friction point"), "the assumptions are not written out")
    check(contains(section(ctx, "KPI conflicts it creates or removes").text, "Removed"), "the dispute conflict is not shown removed")
    ctx.check_at_phone_width("an investment's page", "investment-390.png")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Approve…"))
    check(contains(ctx.driver.find_element(By.TAG_NAME, "main").text, "Approving keeps today's projection"), "approving does not say what it keeps")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Approve"))
    facts = ctx.driver.find_element(By.TAG_NAME, "main").text
    check(contains(facts, "Decision saved.") and contains(facts, "Approved on") and contains(facts, "Mark done…"),
          f"the approval is not shown: {facts[:300]!r}")
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/investments")
    cells = [c.text for c in ctx.driver.find_elements(By.XPATH, "//tr[td//a[normalize-space(.)='A new billing system']]/td")]
    today, projected = row.split()[3], row.split()[4]
    check(f"{today} → {projected}" in cells, f"the list does not show the kept projection {today} → {projected}: {cells}")


def checks(helpers) -> list:
    """The planned change checks, using browser_test.py's helpers (its module object)."""
    global CheckFailed, check, contains, nav_link, button_or_link, sign_in
    CheckFailed, check, contains = helpers.CheckFailed, helpers.check, helpers.contains
    nav_link, button_or_link, sign_in = helpers.nav_link, helpers.button_or_link, helpers.sign_in
    return CHECKS


CHECKS = [
    ("a change placed through its form shows its impact; one click acknowledges; launching asks why", check_place_change_and_watch_its_impact),
    ("the change load shows a team past the limit and the changes behind it", check_change_load_warns),
    ("an investment shows the index projected with its assumptions, and approving keeps the projection", check_investment_projection_and_approval),
]
