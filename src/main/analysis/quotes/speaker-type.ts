import type { SpeakerType } from '../analysis-types'

/**
 * Speaker type from the words around a speaker (titles, the noun phrase, appositives, earlier mentions).
 * A person's own role decides first ("an economist at Barclays bank" is an expert); an organisation
 * decides only for go-betweens ("a spokesperson for Acme Ltd"); weak cues ("Dr", "local") come last.
 */

type Typed = Exclude<SpeakerType, 'other'>

const ROLES: Record<string, Typed> = {}
const ORGANISATIONS: Record<string, Typed> = {}
const WEAK: Record<string, Typed> = {}

function assign(table: Record<string, Typed>, type: Typed, words: string): void {
  for (const word of words.split(' ')) table[word] = type
}

assign(ROLES, 'official', 'minister ministers mayor councillor councillors councilor councilman councilwoman president mp mps mep senator senators governor official officials secretary chancellor premier prosecutor commissioner ambassador diplomat lawmaker lawmakers legislator congressman congresswoman sheriff constable superintendent officer officers cllr detective inspector sergeant judge magistrate coroner')
assign(ROLES, 'expert', 'professor prof economist economists analyst analysts researcher researchers scientist scientists expert experts academic academics lecturer epidemiologist historian specialist statistician strategist meteorologist forecaster psychologist physician virologist criminologist')
assign(ROLES, 'company', 'ceo executive executives founder co-founder boss entrepreneur shareholder investor cfo coo owner co-owner')
assign(ROLES, 'affected', 'resident residents patient patients parent parents mother father worker workers nurse nurses victim victims shopper shoppers customer customers tenant tenants passenger passengers commuter commuters student students farmer farmers driver drivers survivor survivors neighbour neighbours neighbor neighbors employee employees pensioner pensioners voter voters homeowner homeowners renter renters witness witnesses refugee refugees migrant migrants protester protesters protestor protestors family families relative relatives teacher teachers villager villagers fan fans mum dad')
assign(ORGANISATIONS, 'official', 'ministry government council police department office parliament authority authorities agency treasury state federal army military regulator municipality cabinet whitehall downing senate congress administration nhs commission defra dwp hmrc dfe dhsc fcdo mod ons obr ofsted ofcom ofgem ofwat fbi cia epa fda cdc')
assign(ORGANISATIONS, 'expert', 'university institute think-tank thinktank laboratory observatory academy')
assign(ORGANISATIONS, 'company', 'company companies firm firms bank banks ltd inc plc llc corp corporation group airline retailer supermarket manufacturer operator business businesses insurer developer lender carmaker startup brand chain gmbh')
assign(WEAK, 'expert', 'dr doctor')
assign(WEAK, 'affected', 'local locals')
// Go-betweens (spokesperson, representative, director, chair) are deliberately in no table: the
// organisation they speak for decides their type.

/** "Chief executive" and "think tank" are two words; join them before lookup. */
function words(cues: string): string[] {
  return cues
    .toLowerCase()
    .replace(/chief executive/gu, 'ceo')
    .replace(/think tank/gu, 'think-tank')
    .replace(/home office|foreign office|white house|downing street/gu, 'government')
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word.length > 0)
}

/** A word that says what someone is ("Commuter Luis Ortega", "Economist Amira Shah"), not part of a name. */
export function isRoleWord(word: string): boolean {
  return word in ROLES || word in WEAK
}

export function classifySpeaker(cues: string): SpeakerType {
  const list = words(cues)
  for (const word of list) {
    const role = ROLES[word]
    if (role) return role
  }
  for (const word of list) {
    const organisation = ORGANISATIONS[word]
    if (organisation) return organisation
  }
  for (const word of list) {
    const weak = WEAK[word]
    if (weak) return weak
  }
  return 'other'
}
