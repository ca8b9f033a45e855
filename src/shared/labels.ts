/**
 * The codebook's two label sets, shared by the engine, the coding services and the renderer so that
 * a frame or goal a coder picks is always one the engine could have found.
 */

/** The 15 dimensions of the Policy Frames Codebook (Boydstun et al.); "other" is for an article none fits. */
export const POLICY_FRAMES = [
  'economic',
  'capacity and resources',
  'morality',
  'fairness and equality',
  'legality, constitutionality and jurisprudence',
  'policy prescription and evaluation',
  'crime and punishment',
  'security and defense',
  'health and safety',
  'quality of life',
  'cultural identity',
  'public opinion',
  'political',
  'external regulation and reputation',
  'other'
] as const
export type PolicyFrame = (typeof POLICY_FRAMES)[number]

/** The 17 UN Sustainable Development Goals, by number, with their official short names. */
export const SDG_GOALS: ReadonlyArray<{ readonly number: number; readonly name: string }> = [
  { number: 1, name: 'No Poverty' },
  { number: 2, name: 'Zero Hunger' },
  { number: 3, name: 'Good Health and Well-being' },
  { number: 4, name: 'Quality Education' },
  { number: 5, name: 'Gender Equality' },
  { number: 6, name: 'Clean Water and Sanitation' },
  { number: 7, name: 'Affordable and Clean Energy' },
  { number: 8, name: 'Decent Work and Economic Growth' },
  { number: 9, name: 'Industry, Innovation and Infrastructure' },
  { number: 10, name: 'Reduced Inequalities' },
  { number: 11, name: 'Sustainable Cities and Communities' },
  { number: 12, name: 'Responsible Consumption and Production' },
  { number: 13, name: 'Climate Action' },
  { number: 14, name: 'Life Below Water' },
  { number: 15, name: 'Life on Land' },
  { number: 16, name: 'Peace, Justice and Strong Institutions' },
  { number: 17, name: 'Partnerships for the Goals' }
]

export function sdgName(goal: number): string {
  return SDG_GOALS[goal - 1]?.name ?? `Goal ${goal}`
}
