// Spanish (Spain): what Alexa's built-in intents understand in es-ES, everyday fillers, and the
// ways to open a skill ("abre …") or ask it one thing ("pide a … que …", "dile a … que …").
// Accents may be written or not ("sí" = "si", "continúa" = "continua"): the matcher folds both.
import type { Phrases } from './types';

export const spanish: Phrases = {
  builtIns: {
    'AMAZON.YesIntent': ['sí', 'sí claro', 'sí sí', 'vale', 'claro', 'claro que sí', 'por supuesto', 'de acuerdo', 'venga', 'sí por favor', 'sí vale', 'ok', 'okey', 'dale', 'correcto', 'exacto', 'adelante', 'sip', 'perfecto', 'genial', 'eso es', 'afirmativo', 'venga vale'],
    'AMAZON.NoIntent': ['no', 'no gracias', 'ahora no', 'mejor no', 'para nada', 'de momento no', 'que no', 'qué va', 'no no', 'todavía no', 'aún no', 'no hace falta', 'paso'],
    'AMAZON.HelpIntent': ['ayuda', 'ayúdame', 'necesito ayuda', 'qué puedo decir', 'qué puedo hacer', 'cómo funciona esto', 'qué sabes hacer'],
    'AMAZON.StopIntent': ['para', 'parar', 'stop', 'detente', 'basta', 'cállate', 'calla', 'sal', 'salir', 'adiós', 'hasta luego'],
    'AMAZON.CancelIntent': ['cancela', 'cancelar', 'cancélalo', 'olvídalo', 'déjalo', 'da igual', 'nada'],
    'AMAZON.PauseIntent': ['pausa', 'pon pausa', 'pausar', 'para un momento'],
    'AMAZON.ResumeIntent': ['continúa', 'continuar', 'reanuda', 'reanudar', 'sigue', 'seguir', 'sigamos', 'vamos'],
    'AMAZON.NextIntent': ['siguiente', 'la siguiente', 'próxima', 'la próxima', 'salta', 'sáltala', 'pasa'],
    'AMAZON.RepeatIntent': ['repite', 'repítelo', 'repite eso', 'repetir', 'otra vez', 'qué has dicho', 'puedes repetir', 'cómo dices', 'perdona'],
    'AMAZON.StartOverIntent': ['empieza de nuevo', 'empezar de nuevo', 'vuelve a empezar', 'volver a empezar', 'empieza otra vez', 'desde el principio', 'desde el inicio', 'reinicia', 'de nuevo'],
    'AMAZON.NavigateHomeIntent': ['inicio', 've al inicio', 'vuelve al inicio', 'pantalla de inicio'],
  },
  leadingFillers: [['alexa'], ['por', 'favor'], ['vale'], ['ok'], ['eh'], ['em'], ['pues'], ['bueno'], ['ahora'], ['puedes'], ['podrías'], ['oye']],
  trailingFillers: [['por', 'favor'], ['ahora'], ['gracias'], ['ya']],
  determiners: ['el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'mi', 'mis', 'tu', 'este', 'esta', 'ese', 'esa', 'esto', 'eso'],
  launch: ['abre {invocation}', 'inicia {invocation}', 'empieza {invocation}', 'comienza {invocation}', 'pon {invocation}', 'lanza {invocation}', 'abre'],
  oneShot: [
    'pide a {invocation} que', 'pídele a {invocation} que', 'dile a {invocation} que', 'pregunta a {invocation} que',
    'pregúntale a {invocation} que', 'abre {invocation} y', 'pide a {invocation}', 'dile a {invocation}',
    'pregunta a {invocation}', 'pregúntale a {invocation}', 'pídele a {invocation}',
  ],
};
