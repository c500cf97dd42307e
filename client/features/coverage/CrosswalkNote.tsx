import { Fragment } from 'react';
import { crosswalkRows, itemKey, type Coverage } from '@shared/coverage.ts';
import type { Crosswalk } from '@shared/frameworks/index.ts';
import { FRAMEWORKS } from '@shared/frameworks/index.ts';
import { ItemLink } from './ItemLink.tsx';
import { lensPhrase } from './words.ts';

function frameworkName(ref: Crosswalk['from']): { id: string; name: string } {
  return FRAMEWORKS.find((f) => f.id === ref.frameworkId && f.version === ref.version) ?? { id: ref.frameworkId, name: ref.frameworkId };
}

function CrosswalkTable({ crosswalk }: { crosswalk: Crosswalk }) {
  const from = frameworkName(crosswalk.from);
  const to = frameworkName(crosswalk.to);
  return (
    <details className="crosswalk">
      <summary>
        Planwright’s own mapping from {lensPhrase(from)} to {lensPhrase(to)}
      </summary>
      <p className="crosswalk__attribution">{crosswalk.attribution}</p>
      <table className="crosswalk__table">
        <caption className="visually-hidden">
          Planwright’s own mapping from {from.name} to {to.name}
        </caption>
        <thead>
          <tr>
            <th scope="col">From: {from.name}</th>
            <th scope="col">To: {to.name}</th>
          </tr>
        </thead>
        <tbody>
          {crosswalkRows(crosswalk).map((row) => (
            <tr key={row.from.id}>
              <th scope="row">{row.from.name}</th>
              <td>{row.to.length > 0 ? row.to.map((c) => c.name).join(', ') : 'No clear home in this lens'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** Says when the plan's tags are read through a crosswalk, and which tags have no home in the lens. */
export function CrosswalkNote({ planId, coverage }: { planId: string; coverage: Coverage }) {
  if (coverage.crosswalks.length === 0 && coverage.unmapped.length === 0) return null;
  return (
    <div className="crosswalk-note">
      {coverage.crosswalks.map((walk) => (
        <div key={`${walk.from.frameworkId}@${walk.from.version}`}>
          <p>Read through Planwright’s mapping from {lensPhrase(frameworkName(walk.from))}.</p>
          <CrosswalkTable crosswalk={walk} />
        </div>
      ))}
      {coverage.unmapped.length > 0 ? (
        <div className="crosswalk-note__unmapped">
          <p>Tags with no place in {coverage.lens.name}, so they count towards no condition here:</p>
          <ul>
            {coverage.unmapped.map((u) => (
              <li key={u.tag}>
                {u.name}:{' '}
                {u.items.map((item, index) => (
                  <Fragment key={itemKey(item)}>
                    {index > 0 ? ', ' : null}
                    <ItemLink planId={planId} item={item} />
                  </Fragment>
                ))}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
