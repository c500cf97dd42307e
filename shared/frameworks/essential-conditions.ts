/**
 * ISTE's 14 Essential Conditions, the default lens for tagging plan content.
 * Descriptions are Planwright's own short summaries, not ISTE's text.
 */
import type { Framework } from './types.ts';

export const ESSENTIAL_CONDITIONS_14 = {
  id: 'iste-ec-14',
  version: '1',
  name: 'ISTE Essential Conditions (14)',
  conditions: [
    { id: 'shared-vision', name: 'Shared Vision', description: 'Leaders, staff, families and students agree on what learning with technology should look like.' },
    { id: 'empowered-leaders', name: 'Empowered Leaders', description: 'People at every level have the authority and support to lead the change.' },
    { id: 'implementation-planning', name: 'Implementation Planning', description: 'A sequenced plan with owners, dates and measures turns the vision into work.' },
    { id: 'consistent-adequate-funding', name: 'Consistent and Adequate Funding', description: 'Money for devices, people, training and refresh is planned for years, not one budget.' },
    { id: 'equitable-access', name: 'Equitable Access', description: 'Every student and educator has the devices, connectivity and content they need.' },
    { id: 'skilled-personnel', name: 'Skilled Personnel', description: 'Educators and staff are hired and grown with the skills the plan depends on.' },
    { id: 'ongoing-professional-learning', name: 'Ongoing Professional Learning', description: 'Sustained, job-embedded learning time tied to the vision, not one-off workshops.' },
    { id: 'technical-support', name: 'Technical Support', description: 'Reliable networks, devices and help that keep classrooms running.' },
    { id: 'curriculum-framework', name: 'Curriculum Framework', description: 'Content standards and digital resources fit together so technology serves the curriculum.' },
    { id: 'student-centered-learning', name: 'Student-Centered Learning', description: 'Teaching designed around students’ needs, interests and agency.' },
    { id: 'assessment-evaluation', name: 'Assessment and Evaluation', description: 'Learning, teaching and the plan itself are measured and the results used.' },
    { id: 'engaged-communities', name: 'Engaged Communities', description: 'Families, partners and the wider community help shape and support the work.' },
    { id: 'support-policies', name: 'Support Policies', description: 'Policies, budgets and rules (use, privacy, data) make the plan possible.' },
    { id: 'supportive-external-context', name: 'Supportive External Context', description: 'State, federal and partner policies and funding that back the district’s efforts.' },
  ],
} as const satisfies Framework;

export type EssentialConditionId = (typeof ESSENTIAL_CONDITIONS_14.conditions)[number]['id'];
