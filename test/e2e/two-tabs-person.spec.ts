import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { addMentee, inFront } from './journey';
import { readRaw } from './raw-storage';

// Two tabs of one browser on the same mentee's page. Before: both pressing "Add action" lost one action in 3 of 4
// runs, and deleting the person in one tab while the other saved them brought the person back with 0 sessions.

const openPerson = async (page: Page, name: string) => {
  await page.goto('./#/mentees');
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
};

/**
 * Clicks each button at the same instant, in its own tab: each tab's timer is set for one moment of the machine's
 * clock, so neither tab can hear of the other's change before making its own (sequential clicks let it).
 */
const clickTogether = async (buttons: Locator[]) => {
  const at = Date.now() + 400;
  await Promise.all(buttons.map((button) => button.evaluate((element, when) => setTimeout(() => (element as HTMLElement).click(), when - Date.now()), at)));
};

const fillAction = async (page: Page, title: string) => {
  const form = page.getByRole('form', { name: 'Add an action' });
  await form.getByRole('textbox', { name: 'Action' }).fill(title);
  return form.getByRole('button', { name: 'Add action' });
};


interface HeldTabMessages {
  hold(): void;
  release(): void;
}

/**
 * Lets the test keep a tab deaf to the others: from `hold()` until `release()` it keeps what other tabs tell it
 * (BroadcastChannel messages) and then hears it all, in order. A change made there in between is made on what the
 * tab last showed, as when a busy tab hears late, whatever the machine's load.
 */
async function makeHoldable(page: Page) {
  await page.addInitScript(() => {
    const held: (() => void)[] = [];
    let holding = false;
    const wrapped = new WeakMap<object, EventListener>();
    const { addEventListener, removeEventListener } = BroadcastChannel.prototype;
    BroadcastChannel.prototype.addEventListener = function (this: BroadcastChannel, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
      if (type !== 'message' || typeof listener !== 'function') return addEventListener.call(this, type, listener, options);
      const holdable: EventListener = (event) => (holding ? held.push(() => listener.call(this, event)) : listener.call(this, event));
      wrapped.set(listener, holdable);
      return addEventListener.call(this, type, holdable, options);
    };
    BroadcastChannel.prototype.removeEventListener = function (this: BroadcastChannel, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
      return removeEventListener.call(this, type, wrapped.get(listener) ?? listener, options);
    };
    const messages: HeldTabMessages = {
      hold: () => {
        holding = true;
      },
      release: () => {
        holding = false;
        for (const hear of held.splice(0)) hear();
      },
    };
    (window as unknown as { __rungsTabMessages: HeldTabMessages }).__rungsTabMessages = messages;
  });
}

const tabMessages = (page: Page, what: keyof HeldTabMessages) =>
  page.evaluate((what) => (window as unknown as { __rungsTabMessages: HeldTabMessages }).__rungsTabMessages[what](), what);

/** Ana, added in `page`, open on her page there and in a second tab of the same browser (returned). */
async function anaInTwoTabs(page: Page, context: BrowserContext, { holdable = false } = {}): Promise<Page> {
  await page.goto('./#/mentees');
  await addMentee(page, 'Ana Ferreira');
  await openPerson(page, 'Ana Ferreira');
  const other = await context.newPage();
  if (holdable) await makeHoldable(other);
  await openPerson(other, 'Ana Ferreira');
  return other;
}

test('both tabs pressing "Add action" at once keep both actions, in both tabs and after a reload', async ({ page, context }) => {
  const other = await anaInTwoTabs(page, context);
  const plan = (tab: Page) => tab.getByRole('region', { name: 'Action plan' });

  // Several rounds: the loss depended on which write landed last.
  const expected: string[] = [];
  for (let round = 1; round <= 3; round += 1) {
    const mine = `Kaizen week, round ${round}`;
    const theirs = `Shadow the night shift, round ${round}`;
    const [addHere, addThere] = [await fillAction(page, mine), await fillAction(other, theirs)];
    await clickTogether([addHere, addThere]);
    expected.push(mine, theirs);
    for (const tab of [page, other]) {
      for (const title of expected) await expect(plan(tab).getByText(title, { exact: true })).toBeVisible();
    }
  }
  await page.reload();
  for (const title of expected) await expect(plan(page).getByText(title, { exact: true })).toBeVisible();
});

test('a person deleted in one tab while the other saves them stays deleted, and the other tab can undo', async ({ page, context }) => {
  const other = await anaInTwoTabs(page, context, { holdable: true });

  // This tab deletes Ana and her deletion is stored; the other has not heard of it yet when it adds an action to her.
  await tabMessages(other, 'hold');
  await inFront(page);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await page.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(page.getByRole('link', { name: 'Ana Ferreira', exact: true })).toHaveCount(0);
  // Ana is the only person: her stored record becomes a deletion marker (which keeps no name).
  const deletedInStorage = async () => (await readRaw(page)).some(([key, value]) => String(key).startsWith('profile/') && Boolean((value as { deletedAt?: unknown }).deletedAt));
  await expect.poll(deletedInStorage).toBe(true);
  await (await fillAction(await inFront(other), 'Walk the line for the eight wastes')).click();
  await tabMessages(other, 'release');

  await expect(other.getByText('Ana Ferreira was deleted in another tab, with 0 sessions.')).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: 'No such person' })).toBeVisible();
  await expectNoAxeViolations(other, 'a person deleted in another tab');
  // Still gone after a reload: the other tab's save did not bring her back.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Mentees' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ana Ferreira', exact: true })).toHaveCount(0);

  // Undo where the edit was made: she is back in both tabs, with the action added there.
  await other.getByRole('button', { name: 'Undo' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Ana Ferreira' })).toBeVisible();
  await expect(other.getByText('Walk the line for the eight wastes', { exact: true })).toBeVisible();
  await (await inFront(page)).getByRole('link', { name: 'Ana Ferreira', exact: true }).click();
  await expect(page.getByText('Walk the line for the eight wastes', { exact: true })).toBeVisible();
});
