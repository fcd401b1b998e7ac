import { useEffect, useId, useState } from 'react';
import type { Draft } from '../../lib/rules/compose/drafts';

interface Props {
  drafts: readonly Draft[];
}

/**
 * The texts for this order's situation, pre-filled and editable; "Copy" puts the edited text on the
 * clipboard. Drafts: nothing is sent anywhere, the buyer pastes it on AliExpress (or their bank's form).
 */
export function Composer({ drafts }: Props) {
  const id = useId();
  const [selected, setSelected] = useState(drafts[0]?.id);
  const draft = drafts.find((d) => d.id === selected) ?? drafts[0];
  const [text, setText] = useState(draft?.body ?? '');
  const [copied, setCopied] = useState<string | null>(null);

  // A new draft (another tab, or the facts changed) replaces the text; edits live until then.
  useEffect(() => {
    setText(draft?.body ?? '');
    setCopied(null);
  }, [draft?.body]);

  if (!draft) return <p className="muted">No text needed right now. Say what went wrong above to get one.</p>;

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied. Paste it where it says, and check it before you send.');
    } catch {
      setCopied('The browser refused the clipboard: select the text and copy it by hand.');
    }
  }

  return (
    <section className="composer" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Texts to send</h3>
      <div role="tablist" aria-label="Which text">
        {drafts.map((d) => (
          <button
            key={d.id}
            type="button"
            role="tab"
            id={`${id}-tab-${d.id}`}
            aria-selected={d.id === draft.id}
            aria-controls={`${id}-panel`}
            onClick={() => setSelected(d.id)}
          >
            {d.title}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${draft.id}`}>
        <p className="muted">Paste in: {draft.where}. English, as the platform asks. Edit it to match what happened.</p>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {draft.title}
        </label>
        <textarea
          id={`${id}-text`}
          data-testid="composer-text"
          rows={10}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="row">
          <button type="button" className="primary" onClick={copy}>
            Copy
          </button>
          {text !== draft.body && (
            <button type="button" onClick={() => setText(draft.body)}>
              Restore the draft
            </button>
          )}
        </div>
        {copied && (
          <p role="status" className="muted">
            {copied}
          </p>
        )}
      </div>
    </section>
  );
}
