/**
 * Forty invented outlets: a bias workbench should not attach synthetic text to real newsrooms' names.
 * Some publish on www., some on the bare domain, so domain mapping and URL canonicalisation get exercised.
 */
export interface SyntheticOutlet {
  name: string
  domain: string
  www: boolean
  country: string
  language: string
}

const NAMES = `Daily Ledger|Morning Courier|Evening Standard Post|Harbor Gazette|Capital Observer|National Dispatch|Metro Herald|
Valley Tribune|Northern Chronicle|Southern Record|Coastal Times|Prairie Sentinel|Union Bulletin|Republic Review|Civic Monitor|
Frontier Journal|Riverside Mirror|Summit Telegraph|Lakeside Examiner|Continental Wire|Atlantic Report|Pacific Register|
Midland Express|Highland Echo|Central Inquirer|Public Ledger|Freedom Press|Common Sense Daily|Weekly Spectator|Plain Dealer Online|
Market Watchman|Policy Brief|World Desk|Open Record|Citizen Voice|Heartland Post|Metropolitan Times|Global Bulletin|
Independent Register|Evening Clarion`
  .split('|')
  .map((name) => name.trim())
  .filter(Boolean)

const COUNTRIES: Array<[string, string]> = [
  ['United States', 'en'],
  ['United Kingdom', 'en-GB'],
  ['Canada', 'en-CA'],
  ['Australia', 'en-AU'],
  ['Ireland', 'en'],
  ['India', 'en-IN']
]

export const OUTLETS: SyntheticOutlet[] = NAMES.map((name, index) => {
  const [country, language] = COUNTRIES[index % COUNTRIES.length] as [string, string]
  const slug = name.toLowerCase().replace(/[^a-z]+/g, '')
  const suffix = index % 5 === 4 ? '.co.uk' : index % 7 === 3 ? '.net' : '.com'
  return { name, domain: `${slug}${suffix}`, www: index % 3 !== 0, country, language }
})
