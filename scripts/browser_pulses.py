"""Browser checks for pulses and the 4C health, run by scripts/browser_test.py.

A CX lead writes and sends a pulse through its form; one of its one-time links is answered in a fresh
browser session with no account, at a phone's width; the link then refuses a second answer; the results
show no figure below the threshold; the 4C health page names the demo's signs of misalignment.
"""

from __future__ import annotations

import csv
import io
import re

from selenium.webdriver.common.by import By

# The shared helpers live in browser_test.py, which hands itself over through `checks(helpers)`.
CheckFailed = check = contains = nav_link = button_or_link = sign_in = None  # set by checks()


def new_pulse(ctx) -> str:
    """Fills the new-pulse form for Billing with the 4C and custom questions, sends it, and returns its address."""
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "Pulses"))
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "New pulse"))
    ctx.driver.find_element(By.ID, "field-title").send_keys("Browser pulse")
    for label in ctx.driver.find_elements(By.CSS_SELECTOR, "label"):
        if label.text.strip() == "Billing" or label.text.strip() == "Our own questions":
            ctx.click(label)
    strategy = ctx.driver.find_element(By.XPATH, "//label[normalize-space(.)='Strategy understanding']")
    ctx.click(strategy)  # the form starts with it chosen: leave it out
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create pulse"))
    check(contains(ctx.h1_text(), "Browser pulse"), f"expected the new pulse's page, h1 is {ctx.h1_text()!r}")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Send it now"))
    check(contains(ctx.driver.find_element(By.CSS_SELECTOR, ".notice").text, "everyone in the teams asked has a link"), "no notice after sending")
    return ctx.driver.current_url.split("?")[0]


def links_csv(ctx, pulse_url: str) -> list[dict]:
    text = ctx.driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done);", pulse_url + "/links.csv")
    return list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))


def answer_link(ctx, link: str) -> None:
    """Answers every scored question by clicking its label, and writes a comment."""
    ctx.driver.delete_all_cookies()
    ctx.driver.set_window_size(390, 844)
    ctx.driver.get(link)
    check(contains(ctx.driver.find_element(By.CSS_SELECTOR, ".notice-panel").text, "never with your name"), "the answer page does not say it is anonymous")
    ctx.check_fits_width("the answer page")
    for fieldset in ctx.driver.find_elements(By.CSS_SELECTOR, "fieldset.scale"):
        labels = fieldset.find_elements(By.CSS_SELECTOR, ".scale-option label")
        ctx.click(labels[-2])
    ctx.driver.find_element(By.CSS_SELECTOR, "textarea").send_keys("Answered <in> Chromium")
    ctx.screenshot("pulse-answer-390.png")
    ctx.click_and_wait_for_navigation(button_or_link(ctx, "Send my answers"))
    check(contains(ctx.h1_text(), "Thank you"), f"expected thanks, h1 is {ctx.h1_text()!r}")
    ctx.driver.get(link)
    check(contains(ctx.h1_text(), "no longer takes answers"), f"a used link opened {ctx.h1_text()!r}")


def check_pulse_sent_answered_and_withheld(ctx) -> None:
    """A pulse is written and sent from its form; a link is answered without an account; one answer shows no figure."""
    ctx.driver.set_window_size(1280, 900)
    pulse_url = new_pulse(ctx)
    rows = links_csv(ctx, pulse_url)
    check(len(rows) >= 5 and all(row["Team"] == "Billing" and "/pulse/" in row["Link"] for row in rows), f"unexpected links CSV: {rows[:2]}")
    answer_link(ctx, rows[0]["Link"])
    ctx.driver.set_window_size(1280, 900)
    ctx.driver.get(ctx.base_url)
    sign_in(ctx, "cx-lead@riverbendwater.example")
    ctx.driver.get(pulse_url)
    table = ctx.driver.find_element(By.CSS_SELECTOR, "table.heat-table").text
    check(contains(table, "fewer than 5 answers") and not re.search(r"\d+%", table), f"one answer showed a figure: {table!r}")
    check("Answered <in> Chromium" not in ctx.driver.find_element(By.TAG_NAME, "main").text, "a comment of a withheld group was shown")


def check_health_names_the_signs(ctx) -> None:
    """The 4C health page shows the demo's weak cells with their signs, and fits a phone's width."""
    ctx.driver.get(ctx.base_url)
    ctx.click_and_wait_for_navigation(nav_link(ctx, "4C health"))
    rows = {row.find_element(By.CSS_SELECTOR, "th").text.split("\n")[0]: row for row in ctx.driver.find_elements(By.CSS_SELECTOR, "table.health-table tbody tr")}
    check("Contact Centre" in rows and "Billing" in rows, f"teams missing from the heat map: {list(rows)}")
    community = rows["Contact Centre"].find_elements(By.CSS_SELECTOR, "td")[2]
    check("heat--weak" in community.get_attribute("class") and contains(community.text, "siloed progress"), f"Contact Centre's Community: {community.text!r}")
    core = rows["Billing"].find_elements(By.CSS_SELECTOR, "td")[3]
    check(contains(core.text, "drift, misalignment, loss of authenticity"), f"Billing's Core: {core.text!r}")
    check(contains(rows["Enterprise Architecture"].text, "fewer than 5 answers"), "the small team shows a figure")
    ctx.check_at_phone_width("the health page", "health-390.png")


def checks(helpers) -> list:
    """The pulse checks, using browser_test.py's helpers (its module object)."""
    global CheckFailed, check, contains, nav_link, button_or_link, sign_in
    CheckFailed, check, contains = helpers.CheckFailed, helpers.check, helpers.contains
    nav_link, button_or_link, sign_in = helpers.nav_link, helpers.button_or_link, helpers.sign_in
    return CHECKS


CHECKS = [
    ("a pulse is sent from its form and a link answered without an account; one answer shows no figure", check_pulse_sent_answered_and_withheld),
    ("the 4C health page names the signs of misalignment and fits a 390px screen", check_health_names_the_signs),
]


def check_walk_on_a_phone(ctx) -> None:
    """From a journey, a walk is started and a step timed and a friction found, all at a phone's width."""
    ctx.driver.set_window_size(390, 844)
    try:
        ctx.driver.get(ctx.base_url)
        ctx.click_and_wait_for_navigation(nav_link(ctx, "Journeys"))
        ctx.click_and_wait_for_navigation(ctx.driver.find_element(By.LINK_TEXT, "Report a leak"))
        ctx.click_and_wait_for_navigation(button_or_link(ctx, "Walk this journey"))
        ctx.driver.find_element(By.ID, "field-participants").send_keys("Browser walker")
        ctx.click_and_wait_for_navigation(button_or_link(ctx, "Create walk"))
        check(contains(ctx.h1_text(), "Walk of"), f"expected the walk's page, h1 is {ctx.h1_text()!r}")
        step = ctx.driver.find_elements(By.CSS_SELECTOR, "section.walk-step")[2]
        step.find_element(By.CSS_SELECTOR, "input[name=minutes]").send_keys("12")
        ctx.click_and_wait_for_navigation(step.find_element(By.XPATH, ".//button[normalize-space(.)='Save step']"))
        step = ctx.driver.find_elements(By.CSS_SELECTOR, "section.walk-step")[2]
        check(contains(step.text, "Took 12 minutes."), f"the step did not keep its time: {step.text[:200]!r}")
        ctx.click(step.find_element(By.CSS_SELECTOR, "details.walk-hypothesis summary"))
        step.find_element(By.CSS_SELECTOR, "textarea[name=description]").send_keys("Menu sent me <round> twice")
        ctx.click_and_wait_for_navigation(step.find_element(By.XPATH, ".//button[normalize-space(.)='Add friction hypothesis']"))
        step = ctx.driver.find_elements(By.CSS_SELECTOR, "section.walk-step")[2]
        check(contains(step.text, "Menu sent me <round> twice") and contains(step.text, "unvalidated"), f"the hypothesis is missing: {step.text[:300]!r}")
        ctx.check_fits_width("the walk page")
        ctx.screenshot("walk-390.png")
    finally:
        ctx.driver.set_window_size(1280, 900)


CHECKS.append(("a journey is walked at a phone's width: a step timed, a friction hypothesis added", check_walk_on_a_phone))
