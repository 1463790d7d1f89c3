/**
 * Common English short forms of given names, so "Sue Reed" and "Susan Reed" at one client read
 * as one person. Only forms that are not the start of the full name ("Chris" for "Christine" needs
 * no entry).
 */
const SHORT_FORMS: Record<string, readonly string[]> = {
  susan: ['sue', 'suzy', 'susie'],
  thomas: ['tom', 'tommy'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  william: ['bill', 'billy', 'will', 'liam'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'libby', 'eliza'],
  margaret: ['maggie', 'peggy', 'meg', 'marge'],
  katherine: ['kate', 'katie', 'kath', 'kathy', 'kay'],
  catherine: ['kate', 'katie', 'cath', 'cathy'],
  james: ['jim', 'jimmy', 'jamie'],
  richard: ['dick', 'rick', 'ricky', 'rich'],
  edward: ['ed', 'eddie', 'ted', 'ned'],
  margery: ['madge'],
  patricia: ['pat', 'patty', 'trish'],
  jennifer: ['jen', 'jenny'],
  john: ['jack', 'johnny'],
  anthony: ['tony'],
  michael: ['mike', 'mick', 'micky'],
  david: ['dave', 'davy'],
  deborah: ['debbie', 'deb'],
  rebecca: ['becky', 'becca'],
  charles: ['charlie', 'chuck'],
  henry: ['harry', 'hal'],
  alexander: ['alex', 'sandy'],
  alexandra: ['alex', 'sandra'],
  frederick: ['fred', 'freddie'],
  daniel: ['dan', 'danny'],
  samuel: ['sam', 'sammy'],
  samantha: ['sam'],
  victoria: ['vicky', 'tori'],
  christopher: ['kit'],
  nicholas: ['nick', 'nicky'],
  joseph: ['joe', 'joey'],
  peter: ['pete'],
  stephen: ['steve'],
  steven: ['steve'],
  andrew: ['andy', 'drew'],
  gillian: ['gill', 'jill'],
  ann: ['annie', 'nan'],
  anne: ['annie', 'nan'],
  mary: ['molly', 'polly'],
  helen: ['nell', 'nellie'],
  dorothy: ['dot', 'dottie'],
  derek: ['del'],
};

const pairs = new Set<string>();
for (const [full, shorts] of Object.entries(SHORT_FORMS)) for (const short of shorts) pairs.add(`${full}:${short}`).add(`${short}:${full}`);

/** Whether one (lower-case, accent-free) given name is a usual short form of the other. */
export const isShortFormOf = (a: string, b: string): boolean => pairs.has(`${a}:${b}`);
