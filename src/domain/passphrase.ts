// The weakest passphrases: what anyone trying to open a sealed file would type first. Not a
// strength meter (seal.ts hints at strength); a short list of rules that refuse the repeats, the
// runs and the most common passwords, with the padding people add to reach a minimum length
// ("password12", "Football2024!", "a123456789"). A few words that belong together only for the
// person pass, however plain each word is.

/** The most common passwords, as the letters at their heart (digits and symbols around them are padding). */
const COMMON = new Set(
  `password passwort passe pass admin administrator login user guest default changeme welcome
  letmein trustno iloveyou iloveu loveyou lovely loveme love secret master access qwerty azerty
  qwertz monkey dragon football soccer baseball basketball hockey cricket rugby golf tennis
  sunshine princess shadow superman batman spiderman ironman starwars jedi skywalker pokemon
  pikachu minecraft fortnite roblox naruto harrypotter hogwarts gandalf matrix ninja hello
  freedom whatever nothing computer internet google samsung apple orange banana cheese cookie
  chocolate coffee biscuit cupcake pumpkin peaches sparkle unicorn rainbow butterfly sunflower
  flower diamond angel heaven blessed jesus christ faith family forever friends friend summer
  winter spring autumn monday friday january december charlie thomas robert george michael
  daniel jessica ashley jennifer joshua matthew amanda andrea nicole michelle hannah jordan
  justin anthony jackson madison taylor jasmine austin dallas boston chicago phoenix london
  england scotland wales cymru cymruambyth cariad croeso diolch draig draigcoch hiraeth
  liverpool manchester united chelsea arsenal everton tottenham barcelona realmadrid juventus
  ronaldo messi beckham swansea cardiff wrexham mustang ferrari porsche harley yamaha tigger
  snoopy bailey buddy buster molly daisy maggie sophie lucky pepper ginger smokey teddy
  teddybear tinkerbell babygirl baby mybaby babe honey sweety sweetheart killer hunter ranger
  player gamer monster rockstar superstar rockyou whatsup test testing tester school teacher
  student classroom headteacher review reviewday peerreview office work secure security
  private passpass opensesame`.split(/\s+/),
)

/** Keys and characters in the orders people run their fingers along. */
const RUNS = [
  'abcdefghijklmnopqrstuvwxyz',
  '01234567890',
  'qwertyuiopasdfghjklzxcvbnm',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p',
  '1q2w3e4r5t6y7u8i9o0p',
  'qazwsxedcrfvtgbyhnujmikolp',
  'zaq1xsw2cde3vfr4bgt5nhy6mju7',
  '!@#$%^&*()',
]

/** Characters people write for letters ("p@ssw0rd"). */
const LEET: Record<string, string> = {
  '@': 'a',
  '4': 'a',
  '8': 'b',
  '3': 'e',
  '6': 'g',
  '1': 'i',
  '!': 'i',
  '0': 'o',
  $: 's',
  '5': 's',
  '7': 't',
  '2': 'z',
}

/** Whether the passphrase is among the first anyone would try: refuse it, kindly. */
export function isWeakPassphrase(passphrase: string): boolean {
  const text = passphrase.normalize('NFC').toLowerCase().replace(/\s+/g, '')
  if (new Set(text).size <= 3 || isRepeat(text) || isRun(text)) return true
  // The letters at the heart, and the digits and symbols around them ("password" and "12").
  const match = /^([^\p{L}]*)(.*?)([^\p{L}]*)$/u.exec(text)
  const core = match?.[2] ?? ''
  const padding = `${match?.[1] ?? ''}${match?.[3] ?? ''}`
  return guessableCore(core) && guessablePadding(padding)
}

function guessableCore(core: string): boolean {
  if (core.length <= 2 || isRepeat(core) || isRun(core)) return true
  const plain = [...core].map((c) => LEET[c] ?? c).join('')
  return COMMON.has(core) || COMMON.has(plain) || COMMON.has(plain.replaceAll('i', 'l'))
}

function guessablePadding(padding: string): boolean {
  // A year is the most common padding of all ("football1987!").
  const rest = padding.replace(/(19|20)\d\d/, '')
  return rest.length <= 4 || isRepeat(rest) || isRun(rest)
}

/** The same few characters three times or more: "abcabcabca", "1212121212". */
function isRepeat(text: string): boolean {
  for (let period = 1; period * 3 <= text.length; period++) {
    if (text.slice(period) === text.slice(0, text.length - period)) return true
  }
  return false
}

/** A run along the alphabet, the digits or the keyboard, either way: "qwertyuiop", "0987654321". */
function isRun(text: string): boolean {
  if (text.length < 3) return false
  const reversed = [...text].reverse().join('')
  return RUNS.some((run) => run.includes(text) || run.includes(reversed))
}
