// French (France): what Alexa's built-in intents understand in fr-FR, everyday fillers, and the
// ways to open a skill ("ouvre …", "lance …") or ask it one thing ("demande à … de …").
// Accents may be written or not, and elisions typed "j'en", "j’en", "jen" or "j en" are one
// word: the matcher folds both sides.
import type { Phrases } from './types';

export const french: Phrases = {
  builtIns: {
    'AMAZON.YesIntent': ['oui', 'oui oui', 'ouais', 'oui bien sûr', "d'accord", 'ok', 'okay', 'bien sûr', 'oui merci', "oui s'il te plaît", 'vas-y', 'carrément', 'exactement', 'tout à fait', 'absolument', 'volontiers', 'allez', 'ouaip', 'ouep', 'bien sûr que oui', 'évidemment', 'parfait', 'ça marche', 'avec plaisir'],
    'AMAZON.NoIntent': ['non', 'nan', 'non merci', 'pas maintenant', 'pas vraiment', 'surtout pas', 'pas du tout', 'non non', 'pas encore', 'pas tout de suite', 'non ça ira', 'sans façon'],
    'AMAZON.HelpIntent': ['aide', 'aide-moi', "à l'aide", "qu'est-ce que je peux dire", 'que puis-je dire', "qu'est-ce que je peux faire", 'comment ça marche'],
    'AMAZON.StopIntent': ['stop', 'arrête', 'arrêter', 'arrête-toi', 'tais-toi', 'silence', 'quitte', 'quitter', 'au revoir', 'ça suffit'],
    'AMAZON.CancelIntent': ['annule', 'annuler', 'laisse tomber', 'oublie', 'oublie ça', 'peu importe'],
    'AMAZON.PauseIntent': ['pause', 'mets en pause', 'mets pause', 'en pause'],
    'AMAZON.ResumeIntent': ['reprends', 'reprendre', 'continue', 'continuer', 'on reprend', 'on continue', 'reprise'],
    'AMAZON.NextIntent': ['suivant', 'suivante', 'la suivante', 'prochaine', 'la prochaine', 'passe'],
    'AMAZON.RepeatIntent': ['répète', 'répète ça', 'répéter', 'redis', 'redis-le', 'encore une fois', 'tu peux répéter', "qu'est-ce que tu as dit", 'pardon', 'comment'],
    'AMAZON.StartOverIntent': ['recommence', 'recommencer', 'on recommence', 'recommence à zéro', 'depuis le début', 'reprends depuis le début', 'reprends du début', 'repars de zéro'],
    'AMAZON.NavigateHomeIntent': ['accueil', "va à l'accueil", "retour à l'accueil", "écran d'accueil"],
  },
  leadingFillers: [['alexa'], ["s'il", 'te', 'plaît'], ["s'il", 'vous', 'plaît'], ['euh'], ['bon'], ['alors'], ['ok'], ['maintenant'], ['tu', 'peux'], ['peux', 'tu'], ['est-ce', 'que', 'tu', 'peux']],
  trailingFillers: [["s'il", 'te', 'plaît'], ["s'il", 'vous', 'plaît'], ['stp'], ['svp'], ['maintenant'], ['merci']],
  determiners: ['le', 'la', 'les', 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'ce', 'cet', 'cette'],
  launch: ['ouvre {invocation}', 'lance {invocation}', 'démarre {invocation}', 'commence {invocation}', 'mets {invocation}', 'ouvre'],
  oneShot: [
    'demande à {invocation} de', "demande à {invocation} d'", 'dis à {invocation} de', "dis à {invocation} d'",
    'demande à {invocation} que', 'demande à {invocation} si', 'ouvre {invocation} et', 'lance {invocation} et',
    'demande à {invocation}', 'dis à {invocation}',
  ],
};
