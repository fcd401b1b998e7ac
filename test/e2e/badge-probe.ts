import type { CDPSession, Page } from '@playwright/test';

/**
 * The tests' way into the badges' closed shadow root. The page cannot reach it (`host.shadowRoot` is
 * null, Playwright's locators see nothing inside), so the tests do what only a debugger can: find the
 * root through the DevTools protocol (DOM.describeNode with pierce), get a handle on it, and read it.
 * They act on it as the buyer does, with trusted input at the element's place on the screen
 * (page.mouse, page.keyboard), never with script clicks: the badges ignore those.
 */
export interface BadgeProbe {
  /** Runs `fn` on the layer's shadow root in the page; undefined when there is no layer. */
  inLayer<R, A = undefined>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | undefined>;
  /** The order ids of the badges drawn, in page order ([] without a layer). */
  slotIds(): Promise<string[]>;
  badge(orderId: string): Promise<BadgeState | null>;
  panel(orderId: string): Promise<PanelState | null>;
  /** What has the keyboard focus inside the layer ("badge:<id>", "panel:<id>", "button:<name>"), or null. */
  focused(): Promise<string | null>;
  /** A trusted click in the middle of the first element matching `selector` inside the layer. */
  click(selector: string): Promise<void>;
  clickBadge(orderId: string): Promise<void>;
  /** A trusted click on a button of an order's open panel, by its text. */
  clickPanelButton(orderId: string, name: string): Promise<void>;
  hostCount(): Promise<number>;
}

export interface BadgeState {
  text: string;
  className: string;
  label: string;
  expanded: string | null;
  controls: string | null;
  color: string;
  background: string;
  outlineStyle: string;
  visible: boolean;
  box: { x: number; y: number; width: number; height: number };
}

export interface PanelState {
  visible: boolean;
  role: string | null;
  /** The text of the element the panel is labelled by (its accessible name). */
  name: string;
  text: string;
  detail: string;
  buttons: string[];
}

const HOST = 'buyer-guard-badges';

export async function badgeProbe(page: Page): Promise<BadgeProbe> {
  let cdp: CDPSession | undefined;
  const session = async () => {
    cdp ??= await page.context().newCDPSession(page);
    return cdp;
  };

  /** A handle on the layer's shadow root in the page's main world, or undefined when there is none. */
  async function rootObject(): Promise<string | undefined> {
    const client = await session();
    const { root } = await client.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: HOST });
    if (!nodeId) return undefined;
    const { node } = await client.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) return undefined;
    const { object } = await client.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    return object.objectId;
  }

  async function inLayer<R, A>(fn: (root: ShadowRoot, arg: A) => R, arg?: A): Promise<R | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        const objectId = await rootObject();
        if (!objectId) return undefined;
        const client = await session();
        const { result, exceptionDetails } = await client.send('Runtime.callFunctionOn', {
          objectId,
          functionDeclaration: `function (arg) { return (${fn.toString()})(this, arg); }`,
          arguments: [{ value: arg }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value as R;
      } catch (error) {
        // The layer may be redrawn (or the page navigate) between two protocol calls: look again.
        if (attempt >= 3 || !/No node|Could not find|Cannot find|does not belong|detached/i.test(String(error)))
          throw error;
      }
    }
  }

  async function clickAt(selector: string): Promise<void> {
    const center = await inLayer((root, wanted) => {
      const element = root.querySelector(wanted);
      if (!element) return null;
      element.scrollIntoView({ block: 'center', inline: 'nearest' });
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x: x + width / 2, y: y + height / 2 };
    }, selector);
    if (!center) throw new Error(`nothing in the badge layer matches ${selector}`);
    await page.mouse.click(center.x, center.y);
  }

  return {
    inLayer,
    slotIds: async () =>
      (await inLayer((root) =>
        // Drawn: placed over the page (a badge not measured yet is laid out but invisible, `.unplaced`).
        [...root.querySelectorAll<HTMLElement>('.slot:not(.unplaced)')].map((slot) => slot.dataset.orderId ?? ''),
      )) ?? [],
    badge: async (orderId) =>
      (await inLayer((root, id) => {
        const button = root.querySelector<HTMLButtonElement>(`.slot[data-order-id="${id}"] button.badge`);
        if (!button) return null;
        const style = getComputedStyle(button);
        const { x, y, width, height } = button.getBoundingClientRect();
        return {
          text: button.textContent ?? '',
          className: button.className,
          label: button.getAttribute('aria-label') ?? '',
          expanded: button.getAttribute('aria-expanded'),
          controls: button.getAttribute('aria-controls'),
          color: style.color,
          background: style.backgroundColor,
          outlineStyle: style.outlineStyle,
          visible: width > 0 && height > 0 && style.visibility !== 'hidden' && !button.closest('[hidden]'),
          box: { x, y, width, height },
        };
      }, orderId)) ?? null,
    panel: async (orderId) =>
      (await inLayer((root, id) => {
        const panel = root.querySelector<HTMLElement>(`#bg-panel-${id}`);
        if (!panel) return null;
        const labelledBy = panel.getAttribute('aria-labelledby');
        return {
          // Laid out and drawn: a panel still being measured before it is moved is invisible (visibility hidden).
          visible:
            !panel.hidden &&
            panel.getBoundingClientRect().height > 0 &&
            getComputedStyle(panel).visibility !== 'hidden',
          role: panel.getAttribute('role'),
          name: (labelledBy && root.getElementById(labelledBy)?.textContent) || '',
          text: panel.textContent ?? '',
          detail: panel.querySelector('.detail')?.textContent ?? '',
          buttons: [...panel.querySelectorAll('button')].map((button) => button.textContent ?? ''),
        };
      }, orderId)) ?? null,
    focused: async () =>
      (await inLayer((root) => {
        const active = root.activeElement as HTMLElement | null;
        if (!active) return null;
        const slot = active.closest<HTMLElement>('.slot');
        const id = slot?.dataset.orderId ?? '';
        if (active.matches('button.badge')) return `badge:${id}`;
        if (active.matches('.panel')) return `panel:${id}`;
        if (active.tagName === 'BUTTON') return `button:${active.textContent ?? ''}`;
        return active.tagName.toLowerCase();
      })) ?? null,
    click: clickAt,
    clickBadge: (orderId) => clickAt(`.slot[data-order-id="${orderId}"] button.badge`),
    clickPanelButton: async (orderId, name) => {
      const index = await inLayer(
        (root, [id, text]) =>
          [...root.querySelectorAll(`#bg-panel-${id} button`)].findIndex((button) => button.textContent === text),
        [orderId, name] as const,
      );
      if (index === undefined || index < 0) throw new Error(`no "${name}" button in the panel of ${orderId}`);
      await clickAt(`#bg-panel-${orderId} button:nth-of-type(${index + 1})`);
    },
    hostCount: () => page.locator(HOST).count(),
  };
}
