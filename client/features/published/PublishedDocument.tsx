import * as Y from 'yjs';
import { getSectionBody, readSections, type SectionInfo } from '@shared/plan-doc.ts';
import { readPlanStructure, type PlanStructure } from '@shared/plan-structure.ts';
import { Alert } from '../../components/Alert.tsx';
import { ReadOnlyBody } from '../../editor/ReadOnlyBody.tsx';
import { getPublicPlanState } from '../../http/publication.ts';
import { useRequest } from '../../http/useRequest.ts';
import { PublishedGoals } from './PublishedGoals.tsx';
import { TagLine } from './TagLine.tsx';

interface Published {
  doc: Y.Doc;
  sections: SectionInfo[];
  structure: PlanStructure;
}

/**
 * The published document, decoded once. It has no provider and nothing observes it but the
 * read-only bodies, which let go of it when they unmount, so it is left to the garbage
 * collector rather than destroyed (a destroyed document under a still-mounted editor breaks
 * StrictMode's second render).
 */
async function load(token: string): Promise<Published> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await getPublicPlanState(token));
  return { doc, sections: readSections(doc), structure: readPlanStructure(doc) };
}

const sectionHeadingId = (sectionId: string) => `published-section-${sectionId}`;
const GOALS_HEADING_ID = 'published-goals';

function Contents({ sections, hasGoals }: { sections: readonly SectionInfo[]; hasGoals: boolean }) {
  return (
    <nav className="published__contents" aria-labelledby="published-contents">
      <h2 id="published-contents">Contents</h2>
      <ol>
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${sectionHeadingId(section.id)}`}>{section.title}</a>
          </li>
        ))}
        {hasGoals ? (
          <li>
            <a href={`#${GOALS_HEADING_ID}`}>Vision and goals</a>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

/** The sections, each with its text, then the vision and goals: the plan as the board adopted it. */
export default function PublishedDocument({ token }: { token: string }) {
  const published = useRequest(`published-state:${token}`, () => load(token));
  if (published.status === 'loading') return <p className="loading">Opening the plan…</p>;
  if (published.status === 'error') {
    return <Alert>{published.httpStatus === 404 ? 'This link is no longer available. The district may have withdrawn it.' : published.message}</Alert>;
  }
  const { doc, sections, structure } = published.data;
  const hasGoals = structure.vision.length > 0 || structure.goals.length > 0;
  return (
    <>
      <Contents sections={sections} hasGoals={hasGoals} />
      {sections.map((section) => (
        <section key={section.id} className="published__section" aria-labelledby={sectionHeadingId(section.id)}>
          <h2 id={sectionHeadingId(section.id)}>{section.title}</h2>
          <TagLine conditions={section.conditions} standards={section.standards} />
          <ReadOnlyBody fragment={getSectionBody(doc, section.id)} title={section.title} />
        </section>
      ))}
      {hasGoals ? <PublishedGoals structure={structure} headingId={GOALS_HEADING_ID} /> : null}
    </>
  );
}
