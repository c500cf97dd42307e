import { useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type * as Y from 'yjs';
import { addSwotItem, findSwotItem, removeSwotItem, swotItemText, type SwotItem, type SwotListName } from '@shared/swot.ts';
import { YTextField } from '../../components/YTextField.tsx';

interface SwotItemsProps {
  doc: Y.Doc;
  conditionTag: string;
  list: SwotListName;
  items: readonly SwotItem[];
  canEdit: boolean;
  /** What one item is called ("Strength", "Strategy"), for labels. */
  itemLabel: string;
  /** The add button's words ("Add a strength"). */
  addLabel: string;
  /** Strategies are sentences: they get a text area. */
  multiline?: boolean;
  /** More controls under an item (the TOWS goal link). */
  extra?: (item: SwotItem) => ReactNode;
}

/** One SWOT or TOWS list: items everyone edits live, with add and remove for editors. */
export function SwotItems({ doc, conditionTag, list, items, canEdit, itemLabel, addLabel, multiline = false, extra }: SwotItemsProps) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);

  function remove(itemId: string) {
    removeSwotItem(doc, conditionTag, list, itemId);
    addButton.current?.focus();
  }

  return (
    <>
      {items.length === 0 ? <p className="swot__empty">{canEdit ? 'Nothing yet.' : 'Nothing written here yet.'}</p> : null}
      <ol className="swot__items">
        {items.map((item, index) => {
          const map = findSwotItem(doc, conditionTag, list, item.id);
          if (!map) return null;
          const name = `${itemLabel} ${index + 1}`;
          return (
            <li key={item.id} className="swot__item">
              <div className="swot__item-row">
                <YTextField
                  text={swotItemText(map)}
                  aria-label={name}
                  readOnly={!canEdit}
                  className="swot__input"
                  autoFocus={item.id === focusId}
                  {...(multiline ? { multiline: true as const, rows: 2 } : {})}
                />
                {canEdit ? (
                  <button type="button" className="button button--quiet button--small" onClick={() => remove(item.id)}>
                    Remove<span className="visually-hidden"> {name.toLowerCase()}</span>
                  </button>
                ) : null}
              </div>
              {extra?.(item)}
            </li>
          );
        })}
      </ol>
      {canEdit ? (
        <button ref={addButton} type="button" className="button button--quiet button--small swot__add" onClick={() => setFocusId(addSwotItem(doc, conditionTag, list))}>
          {addLabel}
        </button>
      ) : null}
    </>
  );
}
