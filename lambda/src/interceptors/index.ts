export { loadTurn } from './loadTurn';
export { logFailedTurn, logTurnEnd, logTurnStart } from './logTurn';
