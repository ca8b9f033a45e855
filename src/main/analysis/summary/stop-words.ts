/**
 * English function words and reporting filler, removed before sentences are compared: two sentences
 * sharing "the", "said" and "would" are not about the same thing.
 */
export const STOP_WORDS = new Set(
  `a about above after again against all almost also although always am among an and another any anyone anything are
  around as at away back be became because become been before being below between both but by can cannot could did do
  does doing done down during each either else enough even ever every few for from further get gets getting give given
  go goes going gone got had has have having he her here hers herself him himself his how however i if in into is it
  its itself just last least less let like made make many may me might more most much must my myself never new next no
  nor not now of off often on once one only onto or other others our ours ourselves out over own per perhaps put quite
  rather really said same say says see seem seemed seems several shall she should since so some something still such
  take than that the their theirs them themselves then there these they thing things this those though through thus
  to too toward towards under until up upon us very via was we well were what whatever when where whether which while
  who whom whose why will with within without would yes yet you your yours yourself yourselves mr mrs ms dr told tell
  add added according week year years day days time today yesterday monday tuesday wednesday thursday friday saturday
  sunday also however including include includes`.split(/\s+/u)
)
