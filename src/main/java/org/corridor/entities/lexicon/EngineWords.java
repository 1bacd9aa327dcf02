package org.corridor.entities.lexicon;

import java.util.Set;

/**
 * Word lists the rules need whatever lexicon is loaded: office titles and honorifics that precede a name,
 * role nouns of appositions, head words of organisation, initiative and place names, and capitalised
 * common words that never make a name on their own. The bundled lexicon adds to the titles and heads.
 */
public final class EngineWords {

    public static final Set<String> TITLES = Set.of("President", "Vice President", "Prime Minister",
            "Caretaker Prime Minister", "Premier", "Vice Premier", "Minister", "Foreign Minister",
            "Vice Foreign Minister", "Executive Vice Foreign Minister", "Assistant Foreign Minister",
            "Interior Minister", "Defence Minister", "Defense Minister", "Finance Minister", "Planning Minister",
            "State Minister", "Minister of State", "Federal Minister", "Chief Minister", "Foreign Secretary",
            "Secretary", "Secretary of State", "Secretary-General", "Secretary General", "Ambassador",
            "Envoy", "Special Envoy", "Consul General", "spokesperson", "spokesman", "spokeswoman",
            "Chairman", "Chairperson", "Vice Chairman", "Governor", "Senator", "Speaker", "Chief Justice",
            "Justice", "Army Chief", "army chief", "chief", "Chief of Army Staff", "General", "Lieutenant General",
            "Lt Gen", "Major General", "Maj Gen", "Gen", "Lt", "Maj", "Brig", "Capt", "Cdr", "Air Marshal", "Brigadier", "Colonel", "Col", "Admiral", "Air Chief Marshal",
            "Commander", "Director General", "Director", "Adviser", "Advisor", "Special Assistant", "Mayor",
            "King", "Queen", "Prince", "Crown Prince", "Sheikh", "Emir", "Maulana", "Mufti", "Pope",
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Madam", "Chancellor", "Counsellor",
            "State Councilor", "State Councillor", "Commissioner", "leader", "Leader", "Opposition Leader",
            "counterpart", "Advocate", "Barrister", "Engineer", "Engr", "Senior journalist", "journalist", "CEO", "Chief Executive", "founder", "Founder");

    /** Nouns that make "Name, the veteran diplomat" or "Name, State Commissioner for …" an apposition. */
    public static final Set<String> ROLE_NOUNS = Set.of("minister", "secretary", "commissioner", "ambassador",
            "president", "premier", "chairman", "chairperson", "chairwoman", "spokesperson", "spokesman",
            "spokeswoman", "director", "governor", "chief", "adviser", "advisor", "envoy", "general", "senator",
            "head", "leader", "founder", "professor", "diplomat", "analyst", "expert", "scholar", "journalist",
            "economist", "official", "lawmaker", "councillor", "councilor", "consul", "commander", "mayor",
            "ceo", "executive", "chancellor", "deputy", "vice", "counsellor", "researcher", "fellow", "editor",
            "correspondent", "member", "speaker", "judge", "justice", "representative", "negotiator", "coordinator",
            "emir", "king", "prince", "militant", "commander-in-chief");

    public static final Set<String> ORG_HEADS = Set.of("Ministry", "Committee", "Council", "Authority", "Bank",
            "Party", "University", "Commission", "Department", "Agency", "Corporation", "Institute", "Board",
            "Bureau", "Office", "Forum", "Organisation", "Organization", "Association", "Federation", "Chamber",
            "Group", "Company", "Corps", "Army", "Front", "Movement", "Navy", "Force", "Forces", "Assembly",
            "Senate", "Parliament", "Congress", "Court", "Secretariat", "Division", "Foundation", "Fund",
            "Academy", "College", "School", "Society", "Union", "League", "Network", "Centre", "Center",
            "Administration", "Cabinet", "Directorate", "Inc", "Ltd", "Limited", "Holdings", "Consortium",
            "Tribunal", "Police", "Guard", "Brigade", "Taliban", "Unit", "Cell");

    public static final Set<String> INITIATIVE_HEADS = Set.of("Initiative", "Corridor", "Programme", "Program",
            "Project", "Projects", "Mechanism", "Dialogue", "Consultations", "Agreement", "Framework", "Plan",
            "Scheme", "Strategy", "Zone", "Zones", "Vision", "Treaty", "Accord", "Pact", "Memorandum", "Park");

    public static final Set<String> PLACE_HEADS = Set.of("Province", "District", "Valley", "Region", "Port",
            "Highway", "Motorway", "Expressway", "River", "Sea", "Ocean", "Pass", "Bay", "Gulf", "Strait", "Island",
            "Islands", "Mountains", "Range", "Airport", "Dam", "Lake", "Desert", "Plateau", "Peninsula", "Canal",
            "Tehsil", "Territory", "Territories", "Square", "Avenue", "Street", "Hospital", "Hotel", "Stadium",
            "Mosque", "Museum", "Station", "Bridge", "Tunnel", "Market", "Town", "Village", "Colony");

    /** Words joining the parts of a long name: "Ministry of Planning", "Belt and Road", "Jaish-e-Muhammad". */
    public static final Set<String> CONNECTORS = Set.of("of", "for", "and", "the", "on", "de", "e", "i", "ul",
            "ud", "al", "el", "bin", "ibn", "von", "van", "da", "du", "la", "le");

    /** Particles that may sit inside a person's name: "Anwaar ul Haq", "Mohammed bin Salman". */
    public static final Set<String> NAME_PARTICLES = Set.of("ul", "ud", "al", "el", "bin", "ibn", "von", "van",
            "de", "da", "du", "e", "i", "ur", "uz", "us");

    /** Words that precede a sentence's real start or a name's real start and belong to neither. */
    public static final Set<String> LEADING_FUNCTION_WORDS = Set.of("the", "a", "an", "this", "that", "these",
            "those", "meanwhile", "during", "however", "both", "later", "earlier", "moreover", "also", "but",
            "and", "when", "while", "after", "before", "since", "as", "in", "on", "at", "for", "from", "with",
            "by", "under", "according", "if", "its", "his", "her", "their", "our", "my", "every", "each", "all",
            "why", "how", "what", "where", "who", "whom", "which", "no", "not", "some", "many", "most", "only",
            "even", "yet", "so", "then", "thus", "there", "here", "it", "we", "they", "he", "she", "i", "you",
            "said", "says", "dear", "today", "yesterday", "now", "besides", "further", "furthermore", "indeed",
            "sources", "officials", "analysts");

    private EngineWords() {
    }
}
