import type { TemplateSummary } from '@shared/templates.ts';

interface TemplatePickerProps {
  templates: readonly TemplateSummary[];
  value: string;
  onChange: (templateId: string) => void;
}

/** The template catalogue as a radio group: name, summary and how many sections. */
export function TemplatePicker({ templates, value, onChange }: TemplatePickerProps) {
  return (
    <fieldset className="template-picker">
      <legend>Template</legend>
      {templates.map((template) => {
        const id = `template-${template.id}`;
        return (
          <div key={template.id} className={value === template.id ? 'template-option template-option--selected' : 'template-option'}>
            <input
              type="radio"
              id={id}
              name="template"
              value={template.id}
              checked={value === template.id}
              onChange={() => onChange(template.id)}
              aria-describedby={`${id}-summary`}
            />
            <div className="template-option__text">
              <label htmlFor={id} className="template-option__name">
                {template.name}
              </label>
              <p className="template-option__summary" id={`${id}-summary`}>
                {template.summary} {template.sections.length} sections.
              </p>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
