export { loadTurn } from './loadTurn';
