// German: what Alexa's built-in intents understand in de-DE, everyday fillers, and the ways to
// open a skill ("öffne …", "starte …") or ask it one thing ("sag …, dass …", "frag … nach …").
// Umlauts and ß may be written or not ("nächste" = "naechste"): the matcher folds both sides.
import type { Phrases } from './types';

export const german: Phrases = {
  builtIns: {
    'AMAZON.YesIntent': ['ja', 'jawohl', 'jap', 'jo', 'klar', 'na klar', 'ja klar', 'ja genau', 'ja sicher', 'genau', 'gerne', 'gern', 'ja bitte', 'ja gerne', 'okay', 'ok', 'sicher', 'auf jeden fall', 'richtig', 'mach das', 'jep', 'jup', 'passt', 'logo', 'mach ich', 'ja klar doch', 'na logo'],
    'AMAZON.NoIntent': ['nein', 'nee', 'ne', 'nö', 'nein danke', 'lieber nicht', 'jetzt nicht', 'auf keinen fall', 'nicht jetzt', 'nö danke', 'noch nicht', 'eher nicht', 'nein noch nicht', 'lass mal'],
    'AMAZON.HelpIntent': ['hilfe', 'hilf mir', 'was kann ich sagen', 'was kann ich tun', 'wie funktioniert das', 'was kannst du'],
    'AMAZON.StopIntent': ['stopp', 'stop', 'halt', 'aufhören', 'hör auf', 'ende', 'beenden', 'schluss', 'tschüss', 'sei still', 'ruhe', 'verlassen'],
    'AMAZON.CancelIntent': ['abbrechen', 'abbruch', 'brich ab', 'vergiss es', 'egal', 'lass es', 'schon gut'],
    'AMAZON.PauseIntent': ['pause', 'pausieren', 'pausiere', 'anhalten', 'halt an'],
    'AMAZON.ResumeIntent': ['weiter', 'fortsetzen', 'fortfahren', 'fahr fort', "weiter geht's", 'weiter machen'],
    'AMAZON.NextIntent': ['nächster', 'nächstes', 'überspringen', 'überspring'],
    'AMAZON.RepeatIntent': ['wiederholen', 'wiederhole', 'wiederhol das', 'wiederhole das', 'noch mal', 'nochmal', 'sag das noch mal', 'sag das nochmal', 'wie bitte', 'was hast du gesagt'],
    'AMAZON.StartOverIntent': ['von vorne', 'von vorn', 'noch mal von vorne', 'fang von vorne an', 'fang neu an', 'neu anfangen', 'neu starten', 'neustart', 'von vorne anfangen'],
    'AMAZON.NavigateHomeIntent': ['startseite', 'nach hause', 'geh nach hause', 'zum start', 'zurück zum start'],
  },
  leadingFillers: [['alexa'], ['bitte'], ['okay'], ['ok'], ['äh'], ['ähm'], ['also'], ['jetzt'], ['kannst', 'du'], ['könntest', 'du'], ['na']],
  trailingFillers: [['bitte'], ['jetzt'], ['danke'], ['mal'], ['bitte', 'mal']],
  determiners: ['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'mein', 'meine', 'meinen', 'meinem', 'meiner', 'dieser', 'diese', 'diesen', 'diesem', 'dieses'],
  launch: ['öffne {invocation}', 'starte {invocation}', 'start {invocation}', 'aktiviere {invocation}', 'spiele {invocation}', 'öffne'],
  // Longest first: "sag X, dass …" before "sag X …". After "dass" and "ob" German puts the verb
  // last ("…, dass ich sieben gemacht habe"): see verbFinalAfter.
  oneShot: [
    'sag {invocation} dass', 'sage {invocation} dass', 'frag {invocation} nach', 'frage {invocation} nach',
    'frag {invocation} ob', 'frage {invocation} ob', 'bitte {invocation} um', 'öffne {invocation} und', 'starte {invocation} und',
    'sag {invocation}', 'sage {invocation}', 'frag {invocation}', 'frage {invocation}', 'bitte {invocation}',
  ],
  verbFinalAfter: ['dass', 'ob'],
};
