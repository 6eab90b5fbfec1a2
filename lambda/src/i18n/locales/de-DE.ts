// Deutsch, geschrieben für Läuferinnen und Läufer an der Stange, nicht aus dem Englischen übersetzt.
// Cues mitten im Satz sind absichtlich knapp: wer zuhört, hält gerade eine beladene Stange, und
// jede Silbe verlängert die Wiederholung (das Timing kommt aus der Textlänge).
// Zahlen stehen möglichst nicht direkt vor einem Punkt mit folgendem Wort: die deutsche
// Sprachausgabe liest "10. Stange" gern als Ordinalzahl ("zehnte").
// Für "eine Wiederholung" steht das Wort statt der Ziffer, damit Alexa das Genus trifft.
import type { Resources } from './en';

export const deDE: Resources = {
  weight: {
    lb_one: '{{amount}} Pfund',
    lb_other: '{{amount}} Pfund',
    kg_one: '{{amount}} Kilo',
    kg_other: '{{amount}} Kilo',
  },
  welcome: {
    first:
      'Willkommen bei Läufer Kreuzheben. Das ist eine langsame Hüftbeuge mit der Langhantel, die dir Hüfte, Rücken und Griff für die letzten Kilometer eines langen Laufs gibt.',
    back: 'Schön, dass du wieder da bist.',
  },
  lastTime: {
    withWeight_one: 'Letztes Mal hast du eine Wiederholung mit {{weight}} gemacht.',
    withWeight_other: 'Letztes Mal hast du {{count}} Wiederholungen mit {{weight}} gemacht.',
    noWeight_one: 'Letztes Mal hast du eine Wiederholung gemacht.',
    noWeight_other: 'Letztes Mal hast du {{count}} Wiederholungen gemacht.',
  },
  suggest: {
    lightestBar:
      'Fang mit der leichtesten Stange an, die du hast. Eine normale Langhantel wiegt {{weight}}. Mehr Gewicht gibt es erst, wenn zehn langsame Wiederholungen perfekt sitzen.',
    addWeight: 'Mindestens zehn saubere Wiederholungen, also darfst du heute auf {{to}} erhöhen.',
    stay: 'Bleib bei {{weight}}, bis alle zehn langsamen Wiederholungen sauber sitzen.',
    stayNoWeight: 'Bleib beim selben Gewicht, bis alle zehn langsamen Wiederholungen sauber sitzen.',
  },
  savedSet: {
    found: 'Dein letzter Satz wurde bei Wiederholung {{reps}} von {{target}} unterbrochen.',
    dropped: 'Gut, dann fangen wir neu an.',
    savedForLater: 'Ich habe deinen Satz bei Wiederholung {{reps}} von {{target}} gespeichert. Öffne Läufer Kreuzheben, um ihn fertig zu machen.',
  },
  runnerDeadlift: {
    cue: {
      setup: 'Heb die Stange auf Hüfthöhe, Arme gestreckt, und lass sie hängen. Schulterblätter zurück, Kopf gerade.',
      resumeAt: 'Weiter mit Wiederholung {{rep}} von {{target}}, die Stange auf Hüfthöhe.',
      hinge: 'Po raus, Hüfte zurück.',
      barPath: 'Stange knapp vor den Knien.',
      secondary: {
        alignment: 'Brust, Knie, Fuß übereinander.',
        neck: 'Nacken lang, Kopf gerade.',
        shoulders: 'Schulterblätter zurück.',
        grip: 'Fest zupacken.',
        hang: 'Stange hängen lassen.',
      },
      bottom: 'Rücken neutral, hier halten.',
      breathe_one: 'Ein Atemzug in den Bauch.',
      breathe_other: '{{count}} Atemzüge in den Bauch.',
      push: 'Mit den Oberschenkeln hoch.',
      glutes: 'Po zusammenkneifen.',
      count_one: 'Eine geschafft.',
      count_other: '{{count}} geschafft.',
    },
    explain: {
      how: 'Halte die Stange mit gestreckten Armen auf Hüfthöhe und lass sie locker hängen. Schieb die Hüfte gerade nach hinten, als würdest du dich auf einen Hocker hinter dir setzen, dabei kippt der Oberkörper nach vorn und die Knie beugen sich leicht. Die Stange gleitet knapp vor den Knien nach unten. Berührt sie die Knie, schieb die Hüfte weiter nach hinten. Geh nur so tief, wie dein Rücken neutral und leicht gestreckt bleibt, und atme dort zwei, drei Mal tief in den Bauch. Dann drückst du dich mit den Oberschenkeln hoch und kneifst ab der Hälfte den Po fest zusammen, so arbeitet nicht der untere Rücken.',
      why: 'Ein guter Laufschritt kommt aus einer kleinen Hüftbeuge, nicht aus den Knöcheln oder dem Oberkörper, und genau die spannt deinen Po für den Abdruck vor. Fehlt sie, müssen Knie, Waden und Füße mehr tragen. Diese Übung trainiert die Hüftbeuge und das Po-Anspannen, das dein Bein nach hinten zieht. Mit zurückgezogenen Schulterblättern stärkst du Rumpf und Armschwung, und ein offener, leicht vorgeneigter Oberkörper lässt dich auch spät im Rennen tief atmen. Nebenbei wird dein Griff kräftiger, praktisch, wenn du stundenlang Flaschen trägst.',
    },
  },
  setDone: {
    // No plural key in the shared tree: "von" keeps it right for a set of one as well.
    full_one: 'Satz komplett, eine von einer.',
    full_other: 'Satz komplett, {{count}} von {{count}}.',
    early_one: 'Satz beendet nach einer von {{target}} Wiederholungen.',
    early_other: 'Satz beendet nach {{count}} von {{target}} Wiederholungen.',
    atWeight: 'Mit {{weight}} auf der Stange.',
    abandoned: 'Keine Wiederholung gezählt, also trage ich den Satz nicht ein.',
  },
  paused: 'Pause. Du stehst bei {{reps}} von {{target}}.',
  pausedAtStart: 'Pause, noch vor deiner ersten Wiederholung.',
  countIs_one: 'Alles klar, eine von {{target}} Wiederholungen.',
  countIs_other: 'Alles klar, {{count}} von {{target}} Wiederholungen.',
  // "Wie viele habe ich?": zwei kurze Sätze, jeder stimmt mit seiner Zahl überein; keine Zahl
  // direkt vor dem Punkt (siehe oben: "4. Sag" läse Alexa als "vierte").
  repCount: {
    none: 'Noch keine Wiederholung.',
    done_one: 'Eine hast du geschafft.',
    done_other: '{{count}} hast du geschafft.',
    left_one: 'Noch eine vor dir.',
    left_other: 'Noch {{count}} vor dir.',
    finished_one: 'Der Satz endete bei einer von {{target}} Wiederholungen.',
    finished_other: 'Der Satz endete bei {{count}} von {{target}} Wiederholungen.',
  },
  rest: {
    start: '{{seconds}} Sekunden Satzpause. Stange ablegen und die Hände ausschütteln.',
    mark: 'Noch {{seconds}} Sekunden.',
    over: 'Die Pause ist vorbei.',
  },
  setting: {
    breathsPerHold_one: 'Unten hältst du jetzt einen Atemzug lang.',
    breathsPerHold_other: 'Unten hältst du jetzt {{count}} Atemzüge lang.',
    secondsPerBreath: 'Jeder Atemzug dauert jetzt {{count}} Sekunden.',
    // Rendered without a count (only the direction changed), so it names no number.
    holdLength: 'Alles klar, jeder Atemzug dauert jetzt {{count}} Sekunden.',
    pacing_wholeSet: 'Ich begleite dich jetzt durch den ganzen Satz, ohne anzuhalten.',
    pacing_repByRep: 'Ich coache dich jetzt Wiederholung für Wiederholung. Sag jeweils nächste.',
    unit_lb: 'Gewichte sind jetzt in Pfund.',
    unit_kg: 'Gewichte sind jetzt in Kilo.',
    barWeight: 'Deine Stange wiegt {{weight}}.',
    // Targets start at one and this key has no plural form: the sentence needs no noun.
    targetReps_one: 'Dein Ziel pro Satz ist jetzt {{count}}.',
    targetReps_other: 'Dein Ziel pro Satz ist jetzt {{count}}.',
  },
  outOfRange: {
    reps: 'Ein Satz kann {{min}} bis {{max}} Wiederholungen haben.',
    target: 'Ein Satz kann {{min}} bis {{max}} Wiederholungen haben.',
    weight: 'Ich kann Gewichte von {{min}} bis {{max}} eintragen.',
    breaths: 'Unten kannst du {{min}} bis {{max}} Atemzüge halten.',
    seconds: 'Ein Atemzug kann {{min}} bis {{max}} Sekunden dauern.',
    restSeconds: 'Eine Satzpause kann {{min}} bis {{max}} Sekunden dauern.',
    unit: 'Ich kenne Kilo und Pfund.',
    choice: 'Diese Auswahl kenne ich nicht.',
  },
  notHeard: {
    reps: 'Ich habe nicht verstanden, wie viele Wiederholungen.',
    target: 'Ich habe nicht verstanden, wie viele Wiederholungen.',
    weight: 'Das Gewicht habe ich nicht verstanden.',
    unit: 'Die Einheit habe ich nicht verstanden. Ich kenne Kilo und Pfund.',
    breaths: 'Ich habe nicht verstanden, wie viele Atemzüge.',
    seconds: 'Ich habe nicht verstanden, wie viele Sekunden.',
    restSeconds: 'Ich habe nicht verstanden, wie lange du pausieren willst.',
    choice: 'Ich habe nicht verstanden, welche Variante du willst.',
  },
  help: {
    ready: 'Ich begleite dich durch Sätze Läufer-Kreuzheben, Wiederholung für Wiederholung. Sag zum Beispiel: starte einen Satz, oder: starte einen Satz mit zwölf Wiederholungen bei dreißig Kilo. Du kannst auch fragen, wie die Übung geht oder warum sie dir beim Laufen hilft.',
    running: 'Während eines Satzes kannst du sagen: Pause, mach weiter, das war meine letzte Wiederholung, oder: ich habe sieben gemacht, wenn die Zählung nicht stimmt.',
    paused: 'Dein Satz ist pausiert. Sag mach weiter, ich habe sieben gemacht, um die Zählung zu korrigieren, oder beende den Satz.',
    finished: 'Du kannst noch einen Satz starten, eine Satzpause machen oder etwas einstellen, zum Beispiel: drei Atemzüge, oder: coache mich Wiederholung für Wiederholung.',
    resting: 'Du machst gerade Satzpause. Sag starte einen Satz, wenn du so weit bist.',
  },
  notNow: {
    ready: 'Gerade läuft kein Satz.',
    running: 'Das geht nicht, während ein Satz läuft.',
    paused: 'Dein Satz ist gerade pausiert.',
    finished: 'Der Satz ist schon fertig.',
    resting: 'Du bist gerade zwischen zwei Sätzen.',
  },
  didNotUnderstand: 'Entschuldige, das habe ich nicht verstanden.',
  notYourQuestion: 'Die Frage geht an die Person, die gefragt hat.',
  cleanNoted: {
    yes: 'Stark, als sauber notiert.',
    no: 'Notiert. Erst die Technik, dann das Gewicht.',
  },
  log: {
    logged: 'Eingetragen: {{set}}.',
    set_one: 'eine Wiederholung',
    set_other: '{{count}} Wiederholungen',
    setWithWeight_one: 'eine Wiederholung mit {{weight}}',
    setWithWeight_other: '{{count}} Wiederholungen mit {{weight}}',
    changed: 'Geändert. Der Satz hat jetzt {{set}}.',
    describe: 'Dein letzter Satz hatte {{set}}.',
    deleted: 'Gelöscht.',
    nothing: 'In deinem Trainingsprotokoll steht noch kein Satz.',
    historyDeleted: 'Dein Verlauf ist weg. Alle eingetragenen Sätze sind gelöscht.',
    kept: 'Okay, es bleibt alles, wie es ist.',
    unavailable: 'Ich komme gerade nicht an dein Trainingsprotokoll.',
  },
  history: {
    empty_last: 'Du hast noch keine Sätze eingetragen.',
    empty_best: 'Du hast noch keine Sätze eingetragen.',
    empty_week: 'In den letzten sieben Tagen gab es keine Sätze.',
    last_one: 'Zuletzt, {{when}}, hast du einen Satz gemacht.',
    last_other: 'Zuletzt, {{when}}, hast du {{count}} Sätze gemacht.',
    today: 'heute',
    daysAgo_one: 'gestern',
    daysAgo_other: 'vor {{count}} Tagen',
    bestOfThem: 'Der beste hatte {{set}}.',
    best: 'Dein bester Satz bisher hatte {{set}}.',
    week_one: 'In den letzten sieben Tagen hast du einen Satz gemacht, insgesamt {{reps}} Wiederholungen.',
    week_other: 'In den letzten sieben Tagen hast du {{count}} Sätze gemacht, insgesamt {{reps}} Wiederholungen.',
    heaviest: 'Am schwersten war es mit {{weight}}.',
  },
  stateReset: 'Ich habe den Faden verloren, also fangen wir noch mal von vorn an.',
  saveFailed: 'Ich konnte gerade nicht in dein Protokoll speichern, ich versuche es weiter.',
  goodbye: 'Gutes Training. Bis zum nächsten Mal.',
  error: {
    generic: 'Entschuldige, bei mir ist etwas schiefgelaufen.',
    reprompt: 'Sag es bitte noch einmal, oder sag Hilfe.',
    malformed: 'Entschuldige, diese Anfrage kam bei mir unlesbar an, deshalb habe ich nichts verändert.',
  },
  ask: {
    start: { say: 'Bereit für einen Satz?', reprompt: 'Sag ja, um einen Satz zu starten, oder frag, wie die Übung geht.' },
    keepGoing: { say: 'Weitermachen?', reprompt: 'Sag ja, um weiterzumachen, oder beende den Satz.' },
    nextRep: { say: 'Für die nächste Wiederholung sag nächste.', reprompt: 'Sag nächste, wenn du so weit bist, oder beende den Satz.' },
    resume: { say: 'Sag mach weiter, wenn du so weit bist.', reprompt: 'Sag mach weiter, um fortzufahren, oder beende den Satz.' },
    resumeSaved: { say: 'Willst du dort weitermachen?', reprompt: 'Sag ja, um den Satz fertig zu machen, oder nein, um neu anzufangen.' },
    wasClean: { say: 'War jede Wiederholung langsam und sauber?', reprompt: 'Waren alle Wiederholungen langsam und mit perfekter Technik? Ja oder nein?' },
    another: { say: 'Noch ein Satz?', reprompt: 'Sag ja für noch einen Satz, Satzpause zum Verschnaufen, oder stopp.' },
    afterRest: { say: 'Bereit für den nächsten Satz?', reprompt: 'Sag ja, um den nächsten Satz zu starten, oder stopp.' },
    logReps: { say: 'Wie viele Wiederholungen hatte der Satz?', reprompt: 'Wie viele Wiederholungen hast du gemacht?' },
    deleteLast: { say: 'Diesen Satz löschen?', reprompt: 'Soll ich den Satz löschen? Ja oder nein?' },
    deleteHistory: { say: 'Alle eingetragenen Sätze löschen? Das lässt sich nicht rückgängig machen.', reprompt: 'Soll ich deinen ganzen Verlauf löschen? Ja oder nein?' },
  },
};
