/**
 * Driving the goals and actions view in Chromium, as a person would: by the controls'
 * accessible names, with the keyboard where it matters.
 */
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { pressUntilFocused } from './sharing-support.ts';
import { UI_TIMEOUT_MS, type Person } from './support.ts';

/** Opens the goals view through its tab and waits until the plan is synced with the server. */
export async function openGoals(page: Page, url?: string): Promise<void> {
  if (url) await page.goto(url);
  else await page.getByRole('navigation', { name: 'Plan views' }).getByRole('link', { name: 'Goals and actions' }).click();
  await page.getByRole('heading', { level: 2, name: 'Goals and actions' }).waitFor();
  await page.locator('.connection[data-phase="connected"]').waitFor();
}

/** The name of the item whose field has focus ("Goal 3"): the heading that labels the field's group. */
export function focusedItemName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const headingId = document.activeElement?.closest('[aria-labelledby]')?.getAttribute('aria-labelledby') ?? '';
    return document.getElementById(headingId)?.textContent ?? '';
  });
}

/** Presses Enter on a button reached by name, then types into the field that took focus; returns the new item's name. */
export async function addByKeyboard(page: Page, button: string, text: string): Promise<string> {
  await page.getByRole('button', { name: button, exact: true }).focus();
  await page.keyboard.press('Enter');
  const name = await focusedItemName(page);
  expect(name).not.toBe('');
  await page.keyboard.type(text);
  return name;
}

export async function waitForValue(control: Locator, expected: string): Promise<void> {
  const handle = await control.elementHandle();
  await control.page().waitForFunction(
    ({ element, value }) => (element as HTMLInputElement | HTMLSelectElement | null)?.value === value,
    { element: handle, value: expected },
    { timeout: UI_TIMEOUT_MS },
  );
}

export function control(page: Page, item: string, label: string): Locator {
  return page.getByLabel(`${item} ${label}`, { exact: true });
}

export function selectedLabel(select: Locator): Promise<string> {
  return select.evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
}

/** In one window: a goal, a strategy and an action step with an owner, due date, status and condition tag. */
export async function buildActionStep(page: Page, owner: Person): Promise<{ goal: string; strategy: string; action: string }> {
  const goal = await addByKeyboard(page, 'Add goal', 'Reliable devices in every classroom');
  const strategy = await addByKeyboard(page, `Add strategy to ${goal.toLowerCase()}`, 'Student help desks');
  const action = await addByKeyboard(page, `Add action step to ${strategy.toLowerCase()}`, 'Train student tech leaders');
  await control(page, action, 'Owner').selectOption({ label: owner.name });
  await control(page, action, 'Due date').fill('2026-11-30');
  await control(page, action, 'Status').selectOption({ label: 'On track' });
  // The condition tag by keyboard: open the picker, Tab to the condition, Space.
  const step = page.getByRole('group', { name: action, exact: true });
  await step.getByRole('button', { name: `${action} Conditions` }).focus();
  await page.keyboard.press('Enter');
  const condition = step.getByRole('checkbox', { name: 'Technical Support' });
  await pressUntilFocused(page, 'Tab', condition);
  await page.keyboard.press('Space');
  expect(await condition.isChecked()).toBe(true);
  await page.keyboard.press('Escape');
  return { goal, strategy, action };
}

