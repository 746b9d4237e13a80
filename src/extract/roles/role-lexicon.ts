// Role titles of German and English political and security news, grouped by what they mean, so
// that "der Chef der US-Diplomatie" can find the person introduced as "US-Außenminister Rubio".
// A title is matched as a word or as the last part of a hyphenated compound ("Nato-Botschafter");
// in German text also as the head of a closed compound ("Marineinspekteur", "Haushaltsexperte").

export interface RoleDefinition {
  key: string;
  titles: string[];
  /** the organisation the title implies when the text names none ("Secretary of State": the US) */
  impliedOrg?: string;
}

export const ROLE_DEFINITIONS: RoleDefinition[] = [
  { key: 'secretary-of-state', titles: ['Secretary of State', 'secretary of state', 'Chef der US-Diplomatie', 'top US diplomat', 'top U.S. diplomat', "America's top diplomat", 'US-Chefdiplomat'], impliedOrg: 'country:us' },
  { key: 'foreign-minister', titles: ['Foreign Minister', 'foreign minister', 'Foreign Secretary', 'Außenminister', 'Außenministerin', 'Bundesaußenminister', 'Bundesaußenministerin', 'Chefdiplomat', 'Chefdiplomatin', 'Chef der Diplomatie'] },
  { key: 'defense-minister', titles: ['Defense Minister', 'Defence Minister', 'defense minister', 'defence minister', 'Defense Secretary', 'Defence Secretary', 'Secretary of Defense', 'Secretary of War', 'War Secretary', 'Verteidigungsminister', 'Verteidigungsministerin', 'Bundesverteidigungsminister', 'Kriegsminister', 'Pentagon-Chef'] },
  { key: 'secretary-general', titles: ['Secretary General', 'Secretary-General', 'secretary general', 'secretary-general', 'Generalsekretär', 'Generalsekretärin', 'Nato-Chef', 'NATO-Chef', 'NATO chief', 'Nato chief'] },
  { key: 'head-of-state', titles: ['President', 'president', 'Präsident', 'Präsidentin', 'Staatspräsident', 'Staatspräsidentin', 'Bundespräsident', 'Bundespräsidentin', 'Staatschef', 'Kremlchef', 'Kremlin leader'] },
  { key: 'vice-president', titles: ['Vice President', 'vice president', 'Vizepräsident', 'Vizepräsidentin'] },
  { key: 'head-of-government', titles: ['Prime Minister', 'prime minister', 'Premierminister', 'Premierministerin', 'Ministerpräsident', 'Ministerpräsidentin', 'Regierungschef', 'Regierungschefin', 'Chancellor', 'chancellor', 'Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Premier'] },
  { key: 'ambassador', titles: ['Ambassador', 'ambassador', 'Botschafter', 'Botschafterin', 'envoy', 'Envoy', 'Special Envoy', 'special envoy', 'Gesandter', 'Sondergesandter', 'Sondergesandte', 'Sonderbeauftragter'] },
  { key: 'state-secretary', titles: ['Staatssekretär', 'Staatssekretärin', 'Staatsminister', 'Staatsministerin', 'State Secretary', 'Deputy Minister', 'deputy minister', 'Undersecretary', 'Under Secretary'] },
  { key: 'commissioner', titles: ['Commissioner', 'commissioner', 'Kommissar', 'Kommissarin'] },
  { key: 'senator', titles: ['Senator', 'senator', 'Senatorin'] },
  { key: 'high-representative', titles: ['High Representative', 'Außenbeauftragte', 'Außenbeauftragter', 'Hohe Vertreterin', 'Hoher Vertreter', 'foreign policy chief'] },
  { key: 'minister', titles: ['Minister', 'minister', 'Ministerin', 'Interior Minister', 'Finance Minister', 'Innenminister', 'Finanzminister', 'Wirtschaftsminister'] },
  { key: 'spokesperson', titles: ['spokesman', 'spokeswoman', 'spokesperson', 'Spokesman', 'Spokeswoman', 'Sprecher', 'Sprecherin', 'Regierungssprecher', 'Regierungssprecherin', 'Pressesprecher', 'Pressesprecherin'] },
  { key: 'military-commander', titles: ['Supreme Allied Commander Europe', 'SACEUR', 'Commander', 'commander', 'Oberbefehlshaber', 'Kommandeur', 'Befehlshaber', 'General', 'Admiral', 'Generalinspekteur', 'Inspekteur', 'Inspekteurin', 'Generalin', 'Admiralin', 'Kommandeurin', 'Befehlshaberin', 'Chief of Staff', 'chief of staff'] },
  { key: 'analyst', titles: ['analyst', 'Analyst', 'Analystin', 'researcher', 'Researcher', 'expert', 'Experte', 'Expertin', 'Forscher', 'Forscherin', 'Politologe', 'Politologin', 'Militärexperte', 'Militärexpertin', 'Sicherheitsexperte', 'Sicherheitsexpertin', 'Professor', 'Professorin', 'professor', 'Direktor', 'Direktorin', 'director', 'Director', 'Leiter', 'Leiterin', 'historian', 'Historiker', 'Historikerin', 'fellow', 'senior fellow', 'Senior Fellow', 'research fellow'] },
  { key: 'legislator', titles: ['Abgeordnete', 'Abgeordneter', 'Bundestagsabgeordnete', 'Bundestagsabgeordneter', 'Europaabgeordnete', 'Europaabgeordneter', 'lawmaker', 'Lawmaker', 'legislator', 'MP', 'MEP', 'MSP', 'TD', 'congressman', 'congresswoman', 'Congressman', 'Congresswoman'] },
  { key: 'leader', titles: ['leader', 'Leader', 'Deputy Leader', 'deputy leader', 'party leader', 'Party Leader', 'Chef', 'Chefin', 'Vorsitzender', 'Vorsitzende', 'Chairman', 'chairman', 'Chair', 'head'] },
];

export const ROLE_BY_TITLE = new Map<string, RoleDefinition>();
for (const role of ROLE_DEFINITIONS) for (const title of role.titles) ROLE_BY_TITLE.set(title, role);

/** Heads of German closed compounds, lower-cased: "inspekteur" in "Marineinspekteur". */
export const COMPOUND_HEADS = new Map<string, RoleDefinition>();
for (const [title, role] of ROLE_BY_TITLE) {
  if (/^\p{Lu}\p{Ll}{3,}$/u.test(title)) COMPOUND_HEADS.set(title.toLowerCase(), role);
}

/** Longest titles first, so "Secretary of State" wins over "State"-less "Secretary". */
export const ROLE_TITLE_PATTERN = [...ROLE_BY_TITLE.keys()]
  .sort((a, b) => b.length - a.length)
  .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  .join('|');
