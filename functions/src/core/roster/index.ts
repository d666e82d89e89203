export { readRoster, type RosterLayout, type RosterReadResult } from './read-roster';
export { ROSTER_TEMPLATE_COLUMNS } from './roster-template';
export { gardenIdOf, normaliseGardenName, shortGardenName, splitGardenNames, splitPersonNames } from './names';
export { matchGarden, type GardenMatch } from './match-garden';
