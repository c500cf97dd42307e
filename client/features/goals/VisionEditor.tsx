import { addVisionElement, findVisionElement, type Goal, type VisionElement } from '@shared/plan-structure.ts';
import { removeVisionElement } from './edits.ts';
import { LiveTextField } from './fields.tsx';
import { count, fieldId, names, shorten } from './format.ts';
import { useGoals } from './goalsContext.ts';
import { RemoveButton } from './RemoveButton.tsx';

const HEADING_ID = 'vision-elements-heading';
const ADD_ID = 'vision-elements-add';

function VisionElementRow({ element, index, goals }: { element: VisionElement; index: number; goals: readonly Goal[] }) {
  const { doc } = useGoals();
  const item = findVisionElement(doc, element.id);
  if (!item) return null;
  const name = names.vision(index);
  const serving = goals.filter((g) => g.visionId === element.id).length;
  return (
    <li className="vision-element">
      <LiveTextField id={fieldId(element.id, 'text')} label={name} item={item} field="text" multiline className="goal-field--wide" />
      <RemoveButton
        name={name}
        message={`“${shorten(element.text) || 'Untitled vision element'}” will be removed for everyone.${serving > 0 ? ` ${count(serving, 'goal')} serving it will no longer be linked to a vision element.` : ''}`}
        confirmLabel='Remove vision element'
        onRemove={() => removeVisionElement(doc, element.id)}
        focusAfter={ADD_ID}
      />
    </li>
  );
}

/** The parts of the learning vision the goals serve: listed, added, edited in place, removed. */
export function VisionEditor({ vision, goals }: { vision: readonly VisionElement[]; goals: readonly Goal[] }) {
  const { doc, requestFocus } = useGoals();
  return (
    <section className="vision-elements" aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID}>Vision elements</h3>
      <p className="goals-view__hint">The parts of the learning vision each goal serves. Start here: learning first, technology second.</p>
      {vision.length > 0 ? (
        <ol className="plan-list vision-elements__list">
          {vision.map((element, index) => (
            <VisionElementRow key={element.id} element={element} index={index} goals={goals} />
          ))}
        </ol>
      ) : (
        <p className="empty">No vision elements yet.</p>
      )}
      <button
        type="button"
        id={ADD_ID}
        className="button button--quiet button--small"
        onClick={() => requestFocus(fieldId(addVisionElement(doc, ''), 'text'))}
      >
        Add vision element
      </button>
    </section>
  );
}
