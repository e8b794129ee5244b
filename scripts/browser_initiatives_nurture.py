"""Browser checks for initiatives, capability needs and Nurture, run by scripts/browser_test.py after the Legitimize checks.

Each check takes the shared Context and reaches its pages by clicking from the navigation.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from datetime import date

from icalendar import Calendar
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

# The shared helpers live in browser_test.py, which hands itself over through `checks(helpers)`.
CheckFailed = check = contains = nav_link = button_or_link = sign_in = None  # set by checks()


def sign_in_as(ctx, email: str) -> None:
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.XPATH, "//header//button[normalize-space(.)='Sign out']"))
    sign_in(ctx, email)


def set_date(ctx, field_id: str, day: date) -> None:
    """Date inputs take typed digits in the browser's locale order; set the ISO value the form submits instead."""
    ctx.driver.execute_script("arguments[0].value = arguments[1];", ctx.driver.find_element(By.ID, field_id), day.isoformat())


def main_text(ctx) -> str:
    return ctx.driver.find_element(By.TAG_NAME, "main").text


def check_initiative_marked_done_applies_its_change(ctx) -> None:
    """From the board, an in-progress initiative is marked done with a reason; its handoff change is applied and kept in history."""
    sign_in_as(ctx, "cx-lead@riverbendwater.example")
    ctx.driver.set_window_size(1280, 900)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Initiatives"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Board"))
    check(contains(ctx.h1_text(), "Initiative board"), f"expected the board, h1 is {ctx.h1_text()!r}")
    column = ctx.driver.find_element(By.XPATH, "//section[contains(@class,'board-column')][starts-with(normalize-space(h2), 'In progress')]")
    card = column.find_element(By.XPATH, ".//a[contains(normalize-space(.), 'map pin')]")
    ctx.click_and_wait_for_navigation(card)
    done_form = ctx.driver.find_element(By.XPATH, "//form[contains(@class,'move-form')][.//button[normalize-space(.)='Mark done']]")
    reason = done_form.find_element(By.TAG_NAME, "textarea")
    # Capability needs are still open, so the browser itself asks for the reason (the server's own refusal is tested in Swift).
    check(reason.get_attribute("required") is not None, "the reason is not required while capability needs are open")
    label = ctx.driver.find_element(By.CSS_SELECTOR, f"label[for='{reason.get_attribute('id')}']").text
    check(contains(label, "required"), f"the reason's label does not say it is required: {label!r}")
    reason.send_keys("The control room trains on the job; the form change cannot wait.")
    ctx.click_and_wait_for_navigation(done_form.find_element(By.XPATH, ".//button"))
    notice = ctx.driver.find_elements(By.CSS_SELECTOR, "p.notice")
    check(bool(notice) and contains(notice[0].text, "Status moved"), "no confirmation after marking it done")
    current = ctx.driver.find_element(By.CSS_SELECTOR, ".workflow [aria-current=step]").text
    check(contains(current, "Done"), f"the workflow shows {current!r} as current, not Done")
    check(contains(main_text(ctx), "the form change cannot wait"), "the reason is not in the history")
    change = ctx.driver.find_element(By.XPATH, "//section[.//h2[contains(., 'today and tomorrow')]]//tbody/tr[1]")
    check(contains(change.text, "Applied"), f"the change is not marked applied: {change.text!r}")
    # The handoff page keeps what it was before.
    ctx.click_and_wait_for_navigation(change.find_element(By.TAG_NAME, "a"))
    ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.XPATH, "//dd//a[starts-with(normalize-space(.), 'Handoff')]")) \
        if "initiative-changes" in ctx.driver.current_url else None
    history = ctx.driver.find_element(By.XPATH, "//section[.//h2[normalize-space(.)='Changed by initiatives']]")
    check(contains(history.text, "Information passed on") and contains(history.text, "map pin"), "the handoff's history does not show the change")
    check(contains(history.text, "Accountable team") and contains(history.text, "Field Operations"), "the new accountable owner is not in the history")


def check_follow_up_note_drafted_and_sent(ctx) -> None:
    """A new conversation schedules check-ins; Align drafts its follow-up note, which is saved and marked sent."""
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Conversations"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "New conversation"))
    Select(ctx.driver.find_element(By.ID, "field-customer_id")).select_by_index(1)
    set_date(ctx, "field-date", date.today())
    # Casey listens, so the check-ins this schedules are Casey's (and in Casey's calendar feed, whatever today is).
    ctx.click(ctx.driver.find_element(By.XPATH, "//fieldset[.//label[normalize-space(.)='Casey Cx']]//label[normalize-space(.)='Casey Cx']"))
    ctx.driver.find_element(By.ID, "field-does_not_work").send_keys("We had to explain the leak twice.")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create conversation"))
    check_ins = ctx.driver.find_element(By.XPATH, "//section[.//h2[normalize-space(.)='Check-ins after this conversation']]")
    check(len(check_ins.find_elements(By.CSS_SELECTOR, "tbody tr")) == 2, "the conversation did not get its two check-ins")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Draft follow-up note"))
    body = ctx.driver.find_element(By.ID, "field-body").get_attribute("value")
    check("Thank you for meeting us for coffee" in body, f"the drafted note does not thank them: {body[:120]!r}")
    check("We will get in touch around" in body, "the drafted note does not say when we will check in")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create follow-up note"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Mark as sent today"))
    facts = ctx.driver.find_element(By.CSS_SELECTOR, "dl.facts").text
    check(contains(facts, "Sent") and date.today().isoformat() in facts, f"the note is not marked sent today: {facts!r}")


def check_overdue_check_in_recorded(ctx) -> None:
    """From Nurture's overdue view, a check-in is recorded with how things feel now."""
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Nurture"))
    tab = ctx.driver.find_element(By.XPATH, "//nav[contains(@class,'view-tabs')]//a[starts-with(normalize-space(.), 'Overdue (')]")
    ctx.click_and_wait_for_navigation(tab)
    rows = ctx.driver.find_elements(By.CSS_SELECTOR, "main table.records tbody tr")
    check(bool(rows), "the demo has no overdue check-in")
    ctx.click_and_wait_for_navigation(rows[0].find_element(By.TAG_NAME, "a"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Edit"))
    Select(ctx.driver.find_element(By.ID, "field-status")).select_by_value("done")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Save changes"))
    check(contains(main_text(ctx), "Record how things feel now"), "marking it done without a feeling was not refused with a message")
    Select(ctx.driver.find_element(By.ID, "field-feeling")).select_by_value("4")
    set_date(ctx, "field-completed_on", date.today())
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Save changes"))
    check(contains(ctx.driver.find_element(By.CSS_SELECTOR, "dl.facts").text, "4 – better"), "the check-in does not show how things feel")


def check_calendar_feed(ctx) -> None:
    """A person's calendar feed is made, read as iCalendar by a client, and turned off."""
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Nurture"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "My calendar feed"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Make my feed"))
    address = ctx.driver.find_element(By.CSS_SELECTOR, ".notice code").text.strip()
    check(address.endswith(".ics") and "/calendar/cal_" in address, f"no feed address shown: {address!r}")
    with urllib.request.urlopen(address, timeout=10) as response:
        check(response.headers.get_content_type() == "text/calendar", "the feed is not text/calendar")
        calendar = Calendar.from_ical(response.read())
    events = [c for c in calendar.walk("VEVENT")]
    check(bool(events), "the feed has no check-ins for Casey Cx")
    check(all(str(e.get("SUMMARY", "")).lstrip("Done: ").startswith("Check in with") for e in events), "an event is not a check-in")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Turn the feed off"))
    try:
        urllib.request.urlopen(address, timeout=10)
        raise CheckFailed("the feed still answers after it was turned off")
    except urllib.error.HTTPError as error:
        check(error.code == 404, f"a turned-off feed answered {error.code}")


def check_board_and_nurture_fit_a_phone(ctx) -> None:
    """The board and the Nurture page stack at 390 px with nothing wider than the screen."""
    ctx.driver.set_window_size(390, 844)
    for path in ["/orgs/riverbend-water/initiatives/board", "/orgs/riverbend-water/nurture", "/orgs/riverbend-water/customers"]:
        ctx.driver.get(ctx.base_url + path)
        ctx.wait_for("h1", "page heading")
        ctx.check_fits_width(path)
    ctx.screenshot("initiative-board-390.png")
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url + "/orgs/riverbend-water/initiatives/board")
    ctx.screenshot("initiative-board-1280.png")


def checks(helpers) -> list:
    """The loop's checks, using browser_test.py's helpers (its module object)."""
    global CheckFailed, check, contains, nav_link, button_or_link, sign_in
    CheckFailed, check, contains = helpers.CheckFailed, helpers.check, helpers.contains
    nav_link, button_or_link, sign_in = helpers.nav_link, helpers.button_or_link, helpers.sign_in
    return CHECKS


CHECKS = [
    ("an initiative is marked done with a reason; its change is applied with history", check_initiative_marked_done_applies_its_change),
    ("a conversation's follow-up note is drafted, saved and sent", check_follow_up_note_drafted_and_sent),
    ("an overdue check-in is recorded with how things feel", check_overdue_check_in_recorded),
    ("a calendar feed is read as iCalendar and turned off", check_calendar_feed),
    ("board and Nurture fit a 390px screen", check_board_and_nurture_fit_a_phone),
]
