import { useGoals } from './goalsContext.ts';

interface RemoveButtonProps {
  /** The item's name as the page shows it ("Action step 1.2.3"). */
  name: string;
  /** What will go, in words, for the confirmation. */
  message: string;
  /** The confirming button's words ("Remove action step"). */
  confirmLabel: string;
  onRemove: () => void;
  /** Where focus goes once the item is gone. */
  focusAfter: string;
}

/** "Remove", which asks first: nothing leaves the plan unless the person confirms. */
export function RemoveButton({ name, message, confirmLabel, onRemove, focusAfter }: RemoveButtonProps) {
  const { confirm } = useGoals();
  const label = `Remove ${name.toLowerCase()}`;
  return (
    <button
      type="button"
      className="button button--danger button--small"
      aria-label={label}
      onClick={() => confirm({ title: `${label}?`, message, confirmLabel, onConfirm: onRemove, focusAfter })}
    >
      Remove
    </button>
  );
}
