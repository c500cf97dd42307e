import type { TemplateChoice } from './useTemplateChoices.ts';

interface TemplatePickerProps {
  templates: readonly TemplateChoice[];
  value: string;
  onChange: (templateId: string) => void;
  /** The id of the preview the choice updates. */
  previewId: string;
}

const savedDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function facts(template: TemplateChoice): string {
  const goals = template.goals.length;
  return [
    template.horizon,
    `${template.sections.length} sections`,
    goals === 0 ? 'no example goals' : `${goals} example ${goals === 1 ? 'goal' : 'goals'}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

function TemplateOption({ template, checked, onChange, previewId }: { template: TemplateChoice; checked: boolean; onChange: () => void; previewId: string }) {
  const id = `template-${template.id}`;
  const saved = template.source === 'workspace';
  return (
    <div className={checked ? 'template-option template-option--selected' : 'template-option'}>
      <input type="radio" id={id} name="template" value={template.id} checked={checked} onChange={onChange} aria-describedby={`${id}-facts`} aria-controls={previewId} />
      <div className="template-option__text">
        <label htmlFor={id} className="template-option__name">
          {template.name}
        </label>
        <p className="template-option__facts" id={`${id}-facts`}>
          {saved ? <span className="template-option__badge">Saved in this workspace</span> : null}
          {saved && template.savedBy ? ` by ${template.savedBy}` : null}
          {saved && template.savedAt ? `, ${savedDate.format(new Date(template.savedAt))}. ` : null}
          {facts(template)}
        </p>
      </div>
    </div>
  );
}

/**
 * The templates as one radio group (arrow keys move between them): the built-in ones, then
 * those this workspace saved, marked as such.
 */
export function TemplatePicker({ templates, value, onChange, previewId }: TemplatePickerProps) {
  const builtIn = templates.filter((t) => t.source === 'built-in');
  const saved = templates.filter((t) => t.source === 'workspace');
  const option = (template: TemplateChoice) => (
    <TemplateOption key={template.id} template={template} checked={value === template.id} onChange={() => onChange(template.id)} previewId={previewId} />
  );
  return (
    <fieldset className="template-picker">
      <legend>Template</legend>
      {builtIn.map(option)}
      {saved.length > 0 ? (
        <>
          <p className="template-picker__group" aria-hidden="true">
            Saved in this workspace
          </p>
          {saved.map(option)}
        </>
      ) : null}
    </fieldset>
  );
}
