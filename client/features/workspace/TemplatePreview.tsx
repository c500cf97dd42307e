import { findFramework, LEADER_INDICATOR_CODES, leaderIndicatorLabel } from '@shared/frameworks/index.ts';
import type { LeaderIndicatorCode } from '@shared/frameworks/index.ts';
import type { ReactNode } from 'react';
import type { TemplateSummary } from '@shared/templates.ts';

const isLeaderCode = (code: string): code is LeaderIndicatorCode => (LEADER_INDICATOR_CODES as readonly string[]).includes(code);

function Sections({ sections }: { sections: TemplateSummary['sections'] }) {
  return (
    <ol className="template-preview__sections">
      {sections.map((section) => (
        <li key={section.id}>
          <span className="template-preview__section-title">{section.title}</span>
          {section.wordLimit !== undefined ? <span className="template-preview__limit"> (up to {section.wordLimit} words)</span> : null}
          {section.guidance ? <p className="template-preview__guidance">{section.guidance}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function Coverage({ template }: { template: TemplateSummary }) {
  const framework = findFramework(template.frameworkId);
  const total = framework?.conditions.length;
  return (
    <>
      <h4>Conditions covered{total !== undefined ? `: ${template.conditionsCovered.length} of ${total}` : ''}</h4>
      {template.conditionsCovered.length === 0 ? (
        <p className="empty">No sections are tagged with a condition.</p>
      ) : (
        <ul className="tags">
          {template.conditionsCovered.map((condition) => (
            <li key={condition.tag} className="tag tag--condition">
              {condition.name}
            </li>
          ))}
        </ul>
      )}
      <h4>Leader Standards</h4>
      {template.standardsCovered.length === 0 ? (
        <p className="empty">No Leader Standards are named.</p>
      ) : (
        <ul className="tags">
          {template.standardsCovered.map((code) => (
            <li key={code} className="tag tag--standard">
              {code} {isLeaderCode(code) ? leaderIndicatorLabel(code) : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * What a plan started from the selected template will hold: its sections with their guidance
 * and word limits, its example goals, and the conditions and Leader Standards it addresses.
 */
export function TemplatePreview({ id, template, actions }: { id: string; template: TemplateSummary | undefined; actions?: ReactNode }) {
  const headingId = `${id}-heading`;
  if (!template) {
    return (
      <section id={id} className="template-preview" aria-labelledby={headingId}>
        <h3 id={headingId}>Preview</h3>
        <p className="empty">Choose a template to see what it contains.</p>
      </section>
    );
  }
  return (
    <section id={id} className="template-preview" aria-labelledby={headingId}>
      <h3 id={headingId}>Preview: {template.name}</h3>
      <p className="template-preview__summary">{template.summary}</p>
      {actions}
      {template.audience || template.horizon ? (
        <dl className="template-preview__facts">
          {template.audience ? (
            <div>
              <dt>Written by</dt>
              <dd>{template.audience}</dd>
            </div>
          ) : null}
          {template.horizon ? (
            <div>
              <dt>Plan span</dt>
              <dd>{template.horizon}</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      <h4>Example goals ({template.goals.length})</h4>
      {template.goals.length === 0 ? (
        <p className="empty">None: the team writes its goals from scratch.</p>
      ) : (
        <ul className="template-preview__goals">
          {template.goals.map((goal, index) => (
            <li key={index}>{goal.title}</li>
          ))}
        </ul>
      )}
      <Coverage template={template} />
      <h4>Sections ({template.sections.length})</h4>
      <Sections sections={template.sections} />
    </section>
  );
}
