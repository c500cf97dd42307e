/**
 * ISTE Standards for Education Leaders, indicators 1a–5d, with short labels in Planwright's
 * own words. Standard 2 (Visionary Planner) is the one plans are organised around.
 */
export const LEADER_STANDARDS = [
  { id: '1', name: 'Equity and Citizenship Advocate', indicators: [
    { code: '1a', label: 'Skilled, tech-using teachers for every student' },
    { code: '1b', label: 'Devices and connectivity for every student' },
    { code: '1c', label: 'Model digital citizenship' },
    { code: '1d', label: 'Safe, ethical, legal use' },
  ] },
  { id: '2', name: 'Visionary Planner', indicators: [
    { code: '2a', label: 'Shared vision' },
    { code: '2b', label: 'Strategic plan' },
    { code: '2c', label: 'Evaluate and correct course' },
    { code: '2d', label: 'Communicate and gather input' },
    { code: '2e', label: 'Share lessons learned' },
  ] },
  { id: '3', name: 'Empowering Leader', indicators: [
    { code: '3a', label: 'Educator agency and personal learning' },
    { code: '3b', label: 'Put the standards into practice' },
    { code: '3c', label: 'Culture of innovation' },
    { code: '3d', label: 'Meet diverse student needs' },
    { code: '3e', label: 'Real-time, personal assessment' },
  ] },
  { id: '4', name: 'Systems Designer', indicators: [
    { code: '4a', label: 'Infrastructure and systems' },
    { code: '4b', label: 'Sufficient, scalable resources' },
    { code: '4c', label: 'Privacy and data security' },
    { code: '4d', label: 'Partnerships' },
  ] },
  { id: '5', name: 'Connected Learner', indicators: [
    { code: '5a', label: 'Stay current' },
    { code: '5b', label: 'Learning networks' },
    { code: '5c', label: 'Reflective practice' },
    { code: '5d', label: 'Lead change, improve continuously' },
  ] },
] as const;

export type LeaderIndicatorCode = (typeof LEADER_STANDARDS)[number]['indicators'][number]['code'];

/** Every indicator code, in order. */
export const LEADER_INDICATOR_CODES: readonly LeaderIndicatorCode[] = LEADER_STANDARDS.flatMap(
  (standard) => standard.indicators.map((indicator) => indicator.code),
);

/** The short label of an indicator code. */
export function leaderIndicatorLabel(code: LeaderIndicatorCode): string {
  for (const standard of LEADER_STANDARDS) {
    const found = standard.indicators.find((indicator) => indicator.code === code);
    if (found) return found.label;
  }
  return code;
}
