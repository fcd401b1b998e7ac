import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PackDownload } from '../../../components/evidence/PackDownload';
import { SaveAll } from '../../../components/evidence/SaveAll';
import type { EvidenceFileVerdict } from '../../../lib/evidence/check-evidence-files';
import type { OrderView } from '../../../lib/pages/order-view';
import { createPendingStore, type PendingEffects } from '../../../lib/pages/pending-evidence-store';
import { reactRootPerTest } from './react-root';

// The workspace's two collective actions, rendered with React in happy-dom (English, the default
// translator): "Download evidence pack" waits for a saved file and says why beside it; "Save all"
// saves the files that fit, and one that fails stays with its reason.

const page = reactRootPerTest();

beforeEach(() => {});

function viewWith(evidence: number): OrderView {
  const meta = { id: 'e1', name: 'box.jpg', size: 10 };
  return {
    detail: { row: { orderId: '8240000000000011' }, evidence: Array.from({ length: evidence }, () => meta) },
  } as unknown as OrderView;
}

function button(name: RegExp): HTMLButtonElement {
  const found = [...page.container.querySelectorAll('button')].find((b) => name.test(b.textContent ?? ''));
  if (!found) throw new Error(`no button ${name}`);
  return found;
}

describe('PackDownload', () => {
  it('is disabled with its reason beside it until a file is saved', () => {
    act(() => page.root.render(<PackDownload view={viewWith(0)} timeZone="UTC" unsaved={2} primary={false} />));
    const pack = button(/^Download evidence pack$/);
    expect(pack.disabled).toBe(true);
    const reason = page.container.querySelector('[data-testid="pack-disabled-reason"]');
    expect(reason?.textContent).toBe('Save at least one file first: the pack holds your saved evidence.');
    expect(pack.getAttribute('aria-describedby')).toBe(reason?.id);
    expect(page.container.textContent).toContain('2 files are not saved yet and will not be in the pack.');
  });

  it('is enabled, without the reason, once one file is saved', () => {
    act(() => page.root.render(<PackDownload view={viewWith(1)} timeZone="UTC" unsaved={0} primary />));
    const pack = button(/^Download evidence pack$/);
    expect(pack.disabled).toBe(false);
    expect(pack.className).toBe('primary');
    expect(pack.hasAttribute('aria-describedby')).toBe(false);
    expect(page.container.querySelector('[data-testid="pack-disabled-reason"]')).toBeNull();
  });
});

describe('SaveAll', () => {
  const accepted = (index: number): EvidenceFileVerdict => ({
    index,
    name: '',
    type: '',
    accepted: true,
    problems: [],
  });

  it('saves every file that fits; the one that fails stays, and the status says so', async () => {
    let counter = 0;
    const effects: PendingEffects = {
      fitImage: vi.fn(),
      analyse: vi.fn(async () => ({ ok: true as const, warnings: [] })),
      save: vi.fn(async (request) => {
        if (request.name === 'b.png') throw new Error('The browser has no more room');
      }),
      newKey: () => `k${++counter}`,
    };
    const store = createPendingStore(effects);
    const blob = new Blob(['x'], { type: 'image/png' });
    store.getState().add([
      { blob, name: 'a.png', kind: 'screenshot' },
      { blob, name: 'b.png', kind: 'screenshot' },
      { blob, name: 'c.png', kind: 'screenshot' },
    ]);
    const verdicts = [accepted(0), accepted(1), { ...accepted(2), accepted: false }];
    act(() => page.root.render(<SaveAll store={store} verdicts={verdicts} orderId="8240000000000011" />));
    const saveAll = button(/^Save all/);
    expect(saveAll.textContent).toBe('Save all (2)');
    expect(saveAll.className).toBe('primary');
    expect(page.container.textContent).toContain('1 file is not ready to save yet');
    await act(async () => saveAll.click());
    expect(effects.save).toHaveBeenCalledTimes(2);
    expect(store.getState().files.map((file) => file.name)).toEqual(['b.png', 'c.png']);
    expect(store.getState().files[0]?.save).toEqual({ state: 'failed', message: 'The browser has no more room' });
    expect(page.container.querySelector('[role="status"]')?.textContent).toBe(
      '1 file saved; 2 files are still waiting: see why on their cards.',
    );
  });
});
