/**
 * Real English words for the head of the synthetic vocabulary, roughly in news-frequency order. Only
 * the head needs real words: it carries most tokens and the queries a researcher would type.
 */
export const FUNCTION_WORDS = `the of and to a in that is for on it with as was said he by at from his be have are has but not an they this
had who will their which would been were more after one we also its or she about up than her new two over when can into other could
there year last people out what all some first against just most three many while because if before only under no during where those
says told since now so them between our do any still them through years such another very may while how week did even back both`
  .split(/\s+/)
  .filter(Boolean)

export const NEWS_WORDS = `government minister president officials police country state report public security party leader election
percent million billion company market economy city national court vote support plan policy law health workers group campaign
political power military forces war talks deal agreement spokesman statement decision members international foreign federal local
region border crisis pressure change rights council committee office department agency protest demand rise fall growth prices
budget money funding spending taxes bank data record figures official study evidence investigation case trial charges prison judge
lawyers family children women students school hospital doctors patients community residents families victims attack killed injured
fire water energy oil gas power climate weather storm flooding emissions industry business jobs trade exports imports sales
investors shares stock profits losses debt deficit reform proposal bill measure senate house parliament congress opposition
coalition lawmakers voters polls candidate race region capital province district village town streets troops soldiers ceasefire
peace allies sanctions diplomats embassy summit leaders crisis refugees migrants asylum immigration border visa citizens
technology internet online platform users privacy social media network digital artificial intelligence software chips
research scientists university experts analysis warning risk threat safety concerns questions critics supporters activists
unions strike wages inflation interest rates housing rent mortgage homes construction transport rail airport flights cars
fuel electricity supply shortage demand production factory farmers food crops drought harvest exports tariffs currency dollar
euro central ministers cabinet prime secretary chief executive director chairman board spokeswoman adviser aide staff`
  .split(/\s+/)
  .filter(Boolean)

export interface Topic {
  name: string
  section: string
  words: string[]
  /** Fixed multi-word expressions: what phrase searches in a real corpus find. */
  phrases: string[]
}

export const TOPICS: Topic[] = [
  {
    name: 'economy',
    section: 'business',
    words: 'inflation recession unemployment wages gdp stimulus austerity tariffs bonds yields lending borrowing consumers retailers'.split(' '),
    phrases: ['interest rates', 'central bank', 'cost of living', 'labour market', 'supply chain']
  },
  {
    name: 'elections',
    section: 'politics',
    words: 'ballot turnout incumbent challenger primary caucus polling recount electorate canvassing manifesto swing'.split(' '),
    phrases: ['election campaign', 'polling stations', 'voter turnout', 'televised debate', 'exit polls']
  },
  {
    name: 'immigration',
    section: 'world',
    words: 'migrants asylum deportation smugglers detention crossings refugees visas quotas naturalisation amnesty'.split(' '),
    phrases: ['border security', 'asylum seekers', 'immigration policy', 'detention centres', 'family separation']
  },
  {
    name: 'climate',
    section: 'environment',
    words: 'emissions warming carbon renewables solar wind glaciers wildfires heatwave drought biodiversity methane'.split(' '),
    phrases: ['climate change', 'fossil fuels', 'net zero', 'greenhouse gases', 'sea levels']
  },
  {
    name: 'health',
    section: 'health',
    words: 'vaccine hospitals nurses pandemic infections outbreak surgery waiting prescriptions insurance clinics mental'.split(' '),
    phrases: ['health care', 'public health', 'waiting lists', 'intensive care', 'mental health']
  },
  {
    name: 'justice',
    section: 'us',
    words: 'verdict jury prosecutors indictment appeal sentencing testimony acquittal defendant plaintiffs lawsuit ruling'.split(' '),
    phrases: ['supreme court', 'district attorney', 'civil rights', 'death penalty', 'grand jury']
  },
  {
    name: 'conflict',
    section: 'world',
    words: 'missiles airstrikes shelling offensive militants insurgents hostages drones frontline artillery casualties'.split(' '),
    phrases: ['peace talks', 'humanitarian aid', 'civilian casualties', 'security council', 'armed forces']
  },
  {
    name: 'technology',
    section: 'technology',
    words: 'algorithms startups semiconductors encryption hackers cyberattack chatbots regulation antitrust smartphones'.split(' '),
    phrases: ['artificial intelligence', 'data protection', 'social media', 'tech giants', 'ransomware attack']
  },
  {
    name: 'housing',
    section: 'business',
    words: 'landlords tenants evictions mortgages homelessness zoning developers affordability rents planning'.split(' '),
    phrases: ['housing market', 'affordable housing', 'house prices', 'rent control', 'first-time buyers']
  },
  {
    name: 'energy',
    section: 'business',
    words: 'pipelines refineries opec blackout grid nuclear reactors subsidies turbines lithium batteries'.split(' '),
    phrases: ['energy prices', 'oil prices', 'power grid', 'nuclear power', 'electric vehicles']
  },
  {
    name: 'education',
    section: 'education',
    words: 'teachers pupils curriculum tuition universities exams classrooms scholarships enrolment literacy'.split(' '),
    phrases: ['student loans', 'school funding', 'teachers union', 'higher education', 'exam results']
  },
  {
    name: 'diplomacy',
    section: 'world',
    words: 'ambassadors treaty envoy negotiations summit bilateral alliance sovereignty sanctions delegation'.split(' '),
    phrases: ['foreign minister', 'trade deal', 'white house', 'united nations', 'state visit']
  }
]

export const GIVEN_NAMES = `Maria James Anna David Sarah Michael Laura Daniel Elena Thomas Fatima Ahmed Chen Wei Priya Rahul Olga Ivan
Sofia Lucas Amara Kwame Yuki Hiroshi Ines Mateo Zoe Noah Leila Omar Grace Samuel Hannah Peter Julia Marco José Renée Jürgen Zoë`
  .split(/\s+/)
  .filter(Boolean)

export const FAMILY_NAMES = `Smith Garcia Müller Rossi Nguyen Kowalski Okafor Haddad Johansson Dubois Moreno Tanaka Singh Petrov Walsh
Novak Fischer Costa Mensah Kim Park Schneider Lopez Hernández Brennan Lindqvist Ahmadi Osei Yilmaz Castillo Ferreira Davies Patel`
  .split(/\s+/)
  .filter(Boolean)

export const PLACES = `Brussels Washington London Berlin Paris Madrid Rome Warsaw Kyiv Ankara Cairo Nairobi Lagos Delhi Tokyo Seoul
Beijing Canberra Ottawa Brasilia Mexico Lima Bogota Santiago Geneva Vienna Athens Lisbon Dublin Stockholm Oslo Helsinki Texas
California Ohio Bavaria Catalonia Scotland Wales Quebec Ontario Gaza Jerusalem Tehran Riyadh Doha Manila Jakarta Hanoi`
  .split(/\s+/)
  .filter(Boolean)

export const HEADLINE_VERBS = `faces backs rejects warns urges blocks pushes hits eases weighs defends slams unveils delays scraps
approves questions targets expands cuts raises tightens doubles halts revives`
  .split(/\s+/)
  .filter(Boolean)
