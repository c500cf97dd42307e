import { useEffect, useMemo, useRef } from 'react';
import type * as Y from 'yjs';
import { getSectionBody, readSections } from '@shared/plan-doc.ts';
import { readPlanStructure, type Goal } from '@shared/plan-structure.ts';
import type { Version } from '@shared/versions.ts';
import { Alert } from '../../components/Alert.tsx';
import { ReadOnlyBody } from '../../editor/ReadOnlyBody.tsx';
import { useVersionDoc } from './useVersionDoc.ts';
import { formatMoment } from './words.ts';

function GoalText({ goal, number }: { goal: Goal; number: number }) {
  const actions = goal.strategies.flatMap((s) => s.actions);
  return (
    <li>
      <p className="version-goal__title">
        Goal {number}: {goal.title || 'Untitled'}
      </p>
      {goal.strategies.length + actions.length + goal.measures.length > 0 ? (
        <ul>
          {goal.strategies.map((s) => (
            <li key={s.id}>Strategy: {s.title || 'Untitled'}</li>
          ))}
          {actions.map((a) => (
            <li key={a.id}>Action step: {a.title || 'Untitled'}</li>
          ))}
          {goal.measures.map((m) => (
            <li key={m.id}>Measure: {m.name || 'Untitled'}</li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function VersionContent({ doc }: { doc: Y.Doc }) {
  const sections = useMemo(() => readSections(doc), [doc]);
  const { goals } = useMemo(() => readPlanStructure(doc), [doc]);
  return (
    <>
      {sections.map((section, index) => (
        <section key={section.id} className="version-section" aria-labelledby={`version-section-${section.id}`}>
          <h4 id={`version-section-${section.id}`}>
            {index + 1}. {section.title}
          </h4>
          <ReadOnlyBody fragment={getSectionBody(doc, section.id)} title={section.title} />
        </section>
      ))}
      <section className="version-section" aria-labelledby="version-goals">
        <h4 id="version-goals">Goals and action steps</h4>
        {goals.length === 0 ? (
          <p className="empty">No goals in this version.</p>
        ) : (
          <ol className="version-goals">
            {goals.map((goal, index) => (
              <GoalText key={goal.id} goal={goal} number={index + 1} />
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

/** A version, read-only: every section's text and the goals, as they were when it was saved. */
export function VersionReader({ planId, version, onClose }: { planId: string; version: Version; onClose: () => void }) {
  const state = useVersionDoc(planId, version.id);
  const heading = useRef<HTMLHeadingElement>(null);
  // The reader opens below the list: take keyboard and screen reader users to it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="history-panel version-reader" aria-labelledby="version-reader-title">
      <div className="history-panel__head">
        <h3 id="version-reader-title" ref={heading} tabIndex={-1}>
          Reading “{version.label}”
        </h3>
        <button type="button" className="button button--small button--quiet" onClick={onClose}>
          Close the version
        </button>
      </div>
      <p className="history__note">
        Saved by {version.createdBy} on {formatMoment(version.createdAt)}. This copy never changes.
      </p>
      {state.status === 'loading' ? <p className="loading">Opening the version…</p> : null}
      {state.status === 'error' ? <Alert>{state.message}</Alert> : null}
      {state.status === 'done' ? <VersionContent doc={state.data} /> : null}
    </section>
  );
}
