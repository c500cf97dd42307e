import type { PlanRole } from '@shared/schemas.ts';
import { PLAN_ROLE_ABILITIES, PLAN_ROLES, ROLE_NAMES } from './roles.ts';

interface RolePickerProps {
  /** Unique per form: radio names and ids derive from it. */
  name: string;
  legend: string;
  value: PlanRole;
  onChange: (role: PlanRole) => void;
}

/** The shareable roles as a radio group (arrow keys move between them), each with what it allows. */
export function RolePicker({ name, legend, value, onChange }: RolePickerProps) {
  return (
    <fieldset className="role-picker">
      <legend>{legend}</legend>
      {PLAN_ROLES.map((role) => {
        const id = `${name}-${role}`;
        return (
          <div key={role} className={role === value ? 'role-option role-option--selected' : 'role-option'}>
            <input type="radio" id={id} name={name} value={role} checked={role === value} onChange={() => onChange(role)} aria-describedby={`${id}-what`} />
            <div className="role-option__text">
              <label htmlFor={id} className="role-option__name">
                {ROLE_NAMES[role]}
              </label>
              <span className="role-option__what" id={`${id}-what`}>
                Can {PLAN_ROLE_ABILITIES[role]}
              </span>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
