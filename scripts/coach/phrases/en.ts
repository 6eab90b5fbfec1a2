import type { Phrases } from './types';

export const english: Phrases = {
  builtIns: {
    'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'yes please', 'sure thing', 'of course', 'go ahead', 'absolutely', 'alright', 'all right', 'you bet', 'definitely', 'for sure', "let's do it", 'uh huh', 'yeah sure', 'yep sure'],
    'AMAZON.NoIntent': ['no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not really', 'not yet', 'no way', 'not today', "no I'm good", "I'm good", 'nah thanks', 'nope not now'],
    'AMAZON.HelpIntent': ['help', 'help me', 'what can I say', 'what can I do', 'how does this work'],
    'AMAZON.StopIntent': ['stop', 'exit', 'quit', 'be quiet', 'shut up', 'goodbye', 'bye'],
    'AMAZON.CancelIntent': ['cancel', 'never mind', 'nevermind', 'forget it'],
    'AMAZON.PauseIntent': ['pause'],
    'AMAZON.ResumeIntent': ['resume'],
    'AMAZON.NextIntent': ['next', 'skip'],
    'AMAZON.RepeatIntent': ['repeat', 'repeat that', 'say that again', 'again', 'what did you say'],
    'AMAZON.StartOverIntent': ['start over', 'restart', 'start again', 'begin again', 'from the top'],
    'AMAZON.NavigateHomeIntent': ['go home', 'home'],
  },
  leadingFillers: [['alexa'], ['please'], ['okay'], ['ok'], ['um'], ['uh'], ['so'], ['now'], ['can', 'you'], ['could', 'you']],
  trailingFillers: [['please'], ['now'], ['thanks'], ['thank', 'you']],
  determiners: ['a', 'an', 'the', 'my', 'this'],
  launch: ['open {invocation}', 'launch {invocation}', 'start {invocation}', 'begin {invocation}', 'talk to {invocation}', 'open', 'launch'],
  oneShot: ['ask {invocation} to', 'tell {invocation} to', 'ask {invocation}', 'tell {invocation}', 'open {invocation} and'],
};
