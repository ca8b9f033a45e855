/**
 * Small word lists for telling a person's name from a title, an organisation or a place inside a run of
 * capitalised words. Lower-cased; dots stripped before lookup ("Dr." → "dr").
 */

/** Words that come before a name and are not part of it: "Mayor Lena Ortiz" is Lena Ortiz. */
export const TITLES = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'mayor', 'minister',
  'secretary', 'senator', 'sen', 'rep', 'representative', 'president', 'governor', 'gov', 'councillor', 'cllr',
  'councilman', 'councilwoman', 'chancellor', 'judge', 'justice', 'inspector', 'sergeant', 'sgt', 'detective',
  'superintendent', 'constable', 'general', 'gen', 'captain', 'capt', 'colonel', 'rev', 'reverend', 'bishop',
  'archbishop', 'king', 'queen', 'prince', 'princess', 'premier', 'commissioner', 'ambassador', 'chief', 'officer',
  'deputy', 'prime', 'economist', 'analyst', 'nurse', 'coach', 'chairman', 'chairwoman', 'chair', 'director',
  'spokesperson', 'spokesman', 'spokeswoman', 'executive', 'ceo', 'founder', 'headteacher', 'sheriff', 'pope',
  'father', 'sister', 'brother', 'saint', 'st'
])

/** Letters after a name: "Jane Smith MP". */
export const POST_NOMINALS = new Set(['mp', 'mep', 'msp', 'qc', 'kc', 'jr', 'sr', 'obe', 'mbe', 'cbe', 'phd', 'md'])

/** A capitalised run holding one of these names an organisation, not a person. */
export const ORGANISATION_WORDS = new Set([
  'council', 'office', 'ministry', 'department', 'police', 'university', 'ltd', 'inc', 'plc', 'llc', 'corp',
  'corporation', 'company', 'bank', 'group', 'union', 'party', 'agency', 'institute', 'trust', 'association',
  'commission', 'committee', 'service', 'services', 'board', 'authority', 'foundation', 'hospital', 'school',
  'college', 'club', 'news', 'times', 'post', 'guardian', 'telegraph', 'government', 'parliament', 'assembly',
  'court', 'house', 'federation', 'society', 'network', 'fund', 'organisation', 'organization', 'industries',
  'holdings', 'partners', 'airways', 'airlines', 'motors', 'energy', 'labs', 'nhs', 'bbc', 'treasury', 'senate',
  'congress', 'centre', 'center', 'programme', 'program', 'network', 'unit', 'force', 'army', 'navy', 'gmbh', 'sa', 'ag'
])

/** Words that make a run a place: "Elm Street", "South Korea", "New York". */
export const PLACE_WORDS = new Set([
  'street', 'road', 'avenue', 'lane', 'square', 'city', 'county', 'park', 'bridge', 'river', 'north', 'south',
  'east', 'west', 'northern', 'southern', 'eastern', 'western', 'new', 'san', 'los', 'las', 'united', 'kingdom',
  'states', 'republic', 'island', 'islands', 'valley', 'estate', 'station', 'airport', 'palace', 'arabia', 'lanka',
  'kong', 'middle', 'central', 'upper', 'lower', 'great', 'coast'
])

/** Months and days start capitalised runs that are dates, not names. */
export const CALENDAR_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight'
])

/** Titles and nouns that tell a speaker's gender, so "she said" can skip a man named just before. */
export const FEMALE_WORDS = new Set([
  'mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister', 'spokeswoman', 'chairwoman', 'councilwoman',
  'congresswoman', 'businesswoman', 'mother', 'grandmother', 'daughter', 'wife', 'woman', 'girl', 'actress', 'widow'
])
export const MALE_WORDS = new Set([
  'mr', 'sir', 'lord', 'king', 'prince', 'brother', 'father', 'spokesman', 'chairman', 'councilman', 'congressman',
  'businessman', 'grandfather', 'son', 'husband', 'man', 'boy', 'actor', 'widower'
])

/** Common first names, only to tell "she" from "he"; a name not listed just stays of unknown gender. */
export const FEMALE_NAMES = new Set([
  'mary', 'patricia', 'jennifer', 'linda', 'elizabeth', 'barbara', 'susan', 'jessica', 'sarah', 'karen', 'lisa',
  'nancy', 'sandra', 'emily', 'emma', 'olivia', 'sophie', 'sophia', 'anna', 'hannah', 'laura', 'rachel', 'rebecca',
  'helen', 'claire', 'kate', 'catherine', 'lucy', 'amy', 'amira', 'fatima', 'aisha', 'maria', 'elena', 'lena',
  'julia', 'ana', 'priya', 'mei', 'yuki', 'jane', 'angela', 'theresa', 'margaret', 'nicola', 'kamala', 'hillary',
  'ursula', 'giorgia', 'jacinda', 'rachel', 'sue', 'grace', 'chloe', 'zoe', 'ella', 'isabel', 'rosa', 'carmen',
  'ingrid', 'nadia', 'leila', 'samira', 'deborah', 'diane', 'joanna', 'natasha', 'alice', 'ruth', 'martha', 'lauren',
  'megan', 'victoria', 'charlotte', 'harriet', 'yvette', 'bridget', 'sinead', 'siobhan', 'aoife', 'ngozi', 'ama'
])
export const MALE_NAMES = new Set([
  'james', 'john', 'robert', 'michael', 'william', 'david', 'richard', 'joseph', 'thomas', 'tom', 'charles', 'chris',
  'christopher', 'daniel', 'matthew', 'mark', 'paul', 'steven', 'andrew', 'peter', 'george', 'jack', 'harry', 'oliver',
  'ben', 'sam', 'samuel', 'adam', 'ahmed', 'mohammed', 'muhammad', 'ali', 'omar', 'carlos', 'juan', 'jose', 'luis',
  'li', 'wei', 'hiroshi', 'raj', 'rahul', 'keir', 'rishi', 'boris', 'joe', 'donald', 'emmanuel', 'olaf', 'wes',
  'ed', 'edward', 'nigel', 'simon', 'stephen', 'tony', 'gordon', 'kevin', 'brian', 'gary', 'ian', 'alan', 'martin',
  'frank', 'hans', 'pierre', 'marco', 'giuseppe', 'ivan', 'dmitry', 'sergei', 'vladimir', 'xi', 'narendra', 'jim',
  'bill', 'bob', 'nick', 'luke', 'tim', 'greg', 'patrick', 'sean', 'liam', 'connor', 'kwame', 'chinedu', 'tunde', 'ravi'
])
