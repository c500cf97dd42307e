/**
 * Further lenses a district may read its plan through. Descriptions are Planwright's own
 * short summaries of each framework's areas, not the publishers' text.
 */
import type { Framework } from './types.ts';

/** ISTE's current, shorter list of seven conditions. */
export const ESSENTIAL_CONDITIONS_7 = {
  id: 'iste-ec-7',
  version: '1',
  name: 'ISTE Essential Conditions (7)',
  conditions: [
    { id: 'shared-vision', name: 'Shared Vision', description: 'A learning vision the whole community helped write and can repeat.' },
    { id: 'implementation-planning', name: 'Implementation Planning', description: 'Sequenced work with owners, money, policies and dates behind the vision.' },
    { id: 'equitable-access', name: 'Equitable Access', description: 'Devices, connectivity and content reach every learner and educator.' },
    { id: 'prepared-educators', name: 'Prepared Educators', description: 'Staff are hired, coached and given time to learn what the plan asks of them.' },
    { id: 'technical-support', name: 'Skilled and Sufficient Technical Support', description: 'Enough skilled people and sound systems to keep learning running.' },
    { id: 'learning-activities-content', name: 'High Quality Learning Activities and Content', description: 'Curriculum and student-centred tasks in which technology deepens learning.' },
    { id: 'ongoing-evaluation', name: 'Ongoing Evaluation', description: 'Progress is measured, reviewed and used to change course.' },
  ],
} as const satisfies Framework;

/** Future Ready's gears, with collaborative leadership at the centre. */
export const FUTURE_READY_GEARS = {
  id: 'future-ready-gears',
  version: '1',
  name: 'Future Ready gears',
  conditions: [
    { id: 'collaborative-leadership', name: 'Collaborative Leadership', description: 'Leaders share direction and decisions with staff, students and community.' },
    { id: 'curriculum-instruction-assessment', name: 'Curriculum, Instruction and Assessment', description: 'Teaching, materials and assessment redesigned around deeper learning.' },
    { id: 'use-of-space-time', name: 'Use of Space and Time', description: 'Schedules and rooms that allow flexible, anytime learning.' },
    { id: 'robust-infrastructure', name: 'Robust Infrastructure', description: 'Networks, devices and systems sized for how students now learn.' },
    { id: 'data-privacy', name: 'Data and Privacy', description: 'Data used to improve learning while student privacy is protected.' },
    { id: 'community-partnerships', name: 'Community Partnerships', description: 'Families, businesses and local organisations engaged as partners.' },
    { id: 'personalized-professional-learning', name: 'Personalized Professional Learning', description: 'Educator learning that is ongoing, chosen and connected to practice.' },
    { id: 'budget-resources', name: 'Budget and Resources', description: 'Funding planned for the long run and aligned with the goals.' },
  ],
} as const satisfies Framework;

/** The three divides the 2024 National Educational Technology Plan asks districts to close. */
export const NETP_2024_DIVIDES = {
  id: 'netp-2024',
  version: '1',
  name: 'NETP 2024 divides',
  conditions: [
    { id: 'digital-use', name: 'Digital Use Divide', description: 'Whether students use technology actively to create and think, not only to consume.' },
    { id: 'digital-design', name: 'Digital Design Divide', description: 'Whether educators have the time and learning to design strong digital lessons.' },
    { id: 'digital-access', name: 'Digital Access Divide', description: 'Whether every learner has devices, connectivity, accessible content and digital skills.' },
  ],
} as const satisfies Framework;
