export { loadTurn } from './loadTurn';
export { logFailedTurns, logTurnEnd, logTurnStart } from './logTurn';
