/// The English cue table: every cue lemma of `EnglishCueData.swift`, the source phrases and the
/// constructions (`:`, `—`) with their class, default act, object role and noun forms, one
/// tab-separated row each (`lemma class act object_role noun_forms notes`), and the document
/// nouns that make an attribution `evidence`. The shared tables of issues 20 and 21, as they are
/// (`en.tsv`, `en-document-nouns.txt`; their README gives the rules); ``CueTable`` reads them.
package enum EnglishCueTable {
  package static let text = #"""
lemma	class	act	object_role	noun_forms	notes
say	speech	statement	audience:to		[doc] report/study + said -> evidence
tell	speech	statement	audience		`told a story/the truth/lies` with no clause or quote -> no attribution (risky)
add	speech	statement	none		strict: needs that/quote/colon
state	speech	statement	audience:to		noun `state` after a determiner or before `of`/`-owned` -> no cue (risky)
declare	speech	statement	audience:to		`declared a dividend/an emergency/the winner/bankruptcy` -> no attribution (risky)
announce	speech	statement	audience:to		[claim-np] `announced measures/plans/his retirement` -> no attribution
explain	speech	statement	audience:to		[claim-np] `explained the budget at length` -> no attribution
claim	speech	statement	none		`claimed the title/victory/lives` -> no attribution (risky)
argue	speech	statement	none		`argue with X`/`argue over` (quarrel) with no clause -> no attribution
insist	speech	statement	none		[deontic] -> demand; `insist on` + NP/gerund -> demand
stress	speech	statement	none		`stressed the need/importance of` stays statement
note	speech	statement	none		weak; noun `note(s)` (bank notes, senior notes) -> no cue (risky)
report	speech	statement	audience:to		[doc]; `reported a loss/profit/net income` -> no attribution; `reports to the CEO` -> none (risky)
confirm	speech	statement	audience:to		[claim-np] `confirmed the report` stays; `was confirmed as coach` -> none
reply	speech	statement	audience:to		denial only by the cue, never by content
respond	speech	statement	audience:to		`responded with a goal/by + gerund (action)` -> none (risky)
answer	speech	statement	audience		`answered the door/the call/questions` with no content -> none (risky)
ask	speech	question	target target:of		[ask-wh] whether/if/wh-word or quote ending `?` -> question; [ask-to] `ask X to`, `ask for`, `ask that` -> demand; a direct quote without `?` -> demand
acknowledge	speech	admission	audience:to		[claim-np]
admit	speech	admission	audience:to		`admit to` + gerund/wrongdoing noun stays; `admitted to hospital`, `was admitted`, `admits students` -> none (risky)
allege	speech	accusation	none	allegation,allegations:against	`alleged` before a noun (`the alleged fraud`) -> no cue
assert	speech	statement	none		`asserted its right/control` (NP) -> none
contend	speech	statement	none		`contend with` (cope) -> none
maintain	speech	statement	none		weak; `maintained its lead/output` -> none (risky)
suggest	evidence	statement	audience:to		speech when the subject is a person; [deontic] `suggested that X should` -> demand (the addressee becomes target [addressee])
predict	speech	prediction	none		[doc] a model/forecast noun -> evidence, act stays prediction
promise	speech	promise	audience		`promise` + NP thing only (`promised a review`) stays promise (content NP); impersonal subject (`the plan promises to cut`) -> none
vow	speech	promise	none		
pledge	speech	promise	none		noun `pledge` after determiner -> no cue
urge	speech	demand	target		NP thing (`urged caution`) is the content
call	speech	statement	none		naming: `called X "Y"`/`called X a Y` -> content is `X … Y` (no target); `a firm called X`, `called a meeting/strike/election`, `called him` (phoned) -> none (risky)
call for	speech	demand	none		content after `for`
call on	speech	demand	target:on	call,calls:on	`renewed calls on X to …` (noun) -> target X
demand	speech	demand	target:of target:from	demand,demands:on/of	noun `demand for oil` -> no cue (risky)
threaten	speech	threat	target	threat,threats:against/to	`threatened X with Y`: X target, content from `with`; impersonal subject (`storms threaten`) -> none (risky)
complain	speech	criticism	audience:to target:about	complaint,complaints:against/about	`about X` is a target only when X is a party [party]
criticize	speech	criticism	target	criticism,criticisms:of	content from `for`; -ise forms
condemn	speech	criticism	target	condemnation,condemnations:of	[thing-object]; `condemned to death/prison` -> none (risky)
praise	speech	praise	target	praise:for	[thing-object]; content from `for`
blame	speech	accusation	target target:on	blame:on	`blamed Y on X`: X (after `on`) target, Y content; `blamed X for Y`: X target, content from `for`
charge	speech	accusation	target	charge,charges:against	`charged that` accusation; `charged X with Y` (police/prosecutors) target X; `charged a fee`, noun `charge` -> none (risky)
caution	speech	warning	target		`against` + gerund is content; noun `with caution` -> no cue
emphasize	speech	statement	none		-ise forms
reiterate	speech	statement	none		
repeat	speech	statement	none		weak; `repeated the feat/the exercise` -> none
continue	speech	statement	none		quote-only; `continued to rise` -> none
observe	speech	statement	none		weak; `observed a minute's silence`, noun `observers` -> none
point out	speech	statement	audience:to		
point to	evidence	statement	none		speech when the subject is a person; `pointed to` + NP with no clause -> none
testify	speech	statement	audience:to		`testified before X` is an occasion, not an audience
inform	speech	statement	audience		`of` + NP is the content
reveal	evidence	statement	audience:to		speech when the subject is a person; [claim-np] `revealed plans/its new model` -> none
disclose	speech	statement	audience:to		[claim-np] `disclosed its stake/the price` -> none
signal	speech	statement	none		weak; NP object -> none
indicate	evidence	statement	none		speech when the subject is a person
estimate	belief	belief	none		adjective `an estimated 3,000` -> no cue; doubtful: the audit and the German gold call estimates belief, news-en-names-dev counts `X estimates that` as speech
speculate	speech	statement	none		
wonder	speech	question	none		[ask-wh]; `I wonder` in the author's voice -> no attribution
question	speech	question	target		NP person object (`questioned the minister about X`) -> target; NP proposition (`questioned the figures`) -> act criticism, content NP; noun `the question is` -> no cue (risky)
counter	speech	statement	none		
retort	speech	statement	audience:to		
rebut	speech	denial	none		
dispute	speech	denial	none		noun `a dispute over` -> no cue (risky)
reject	speech	denial	none		[claim-np] `rejected claims/allegations` denial; `rejected the offer/bid` -> none
dismiss	speech	denial	none		[claim-np] `dismissed the report as` denial; `dismissed the case/staff` -> none
deny	speech	denial	none		[claim-np] `denied the allegations` denial; `denied a request/bail/access` -> none; negated content stays denial
concede	speech	admission	audience:to		`conceded the race/defeat/a goal/a penalty` -> none (risky)
conclude	speech	statement	none		[doc] report concludes -> evidence; `concluded a deal/its visit` -> none
comment	speech	statement	none		`comment on` + NP only -> none
remark	speech	statement	none		noun `remarks` -> no cue
mention	speech	statement	audience:to		NP only -> none
describe	speech	statement	none		object is part of the content (`described the plan as reckless`), no target
characterize	speech	statement	none		as describe; -ise forms
label	speech	statement	none		as describe; noun `label` -> no cue
brand	speech	statement	none		as describe; noun `brand` -> no cue (risky)
dub	speech	statement	none		as describe
warn	speech	warning	target	warning,warnings:to	`of`/`against` + NP is content; `warned X that`: X target
accuse	speech	accusation	target	accusation,accusations:against	content from `of`; passive subject is the target
recall	speech	statement	none		`recalled 1m cars/the ambassador` -> none (risky)
write	speech	statement	audience:to		strict; `in a letter to X` -> audience X
tweet	speech	statement	none		
post	speech	statement	none		strict; `posted a loss/profit` -> none
blog	speech	statement	none		noun `blog` -> no cue
text	speech	statement	audience		noun `text` -> no cue (risky)
email	speech	statement	audience		noun `email` -> no cue (risky)
e-mail	speech	statement	audience		noun -> no cue (risky)
message	speech	statement	audience		noun -> no cue (risky)
cable	speech	statement	audience		noun `cable` -> no cue (risky)
read	speech	statement	none		strict; `the statement/sign read:` + quote only
joke	speech	statement	none		quote-only
quip	speech	statement	none		quote-only
jest	speech	statement	none		quote-only
laugh	speech	statement	none		quote-only
chuckle	speech	statement	none		quote-only
giggle	speech	statement	none		quote-only
smile	speech	statement	none		quote-only
grin	speech	statement	none		quote-only
nod	speech	statement	none		quote-only
shrug	speech	statement	none		quote-only
wink	speech	statement	none		quote-only
shout	speech	statement	none		quote-only
yell	speech	statement	none		quote-only
scream	speech	statement	none		quote-only
shriek	speech	statement	none		quote-only
whisper	speech	statement	none		quote-only
mutter	speech	statement	none		quote-only
mumble	speech	statement	none		quote-only
murmur	speech	statement	none		quote-only
sigh	speech	statement	none		quote-only
exclaim	speech	statement	none		quote-only
cry	speech	statement	none		quote-only
cry out	speech	statement	none		quote-only
plead	speech	demand	target:with		quote-only; `pleaded guilty/not guilty` -> none (risky)
beg	speech	demand	target		quote-only
snap	speech	statement	none		quote-only
snarl	speech	statement	none		quote-only
growl	speech	statement	none		quote-only
bark	speech	statement	none		quote-only
hiss	speech	statement	none		quote-only
gasp	speech	statement	none		quote-only
sob	speech	statement	none		quote-only
wail	speech	statement	none		quote-only
groan	speech	statement	none		quote-only
moan	speech	criticism	none		quote-only
whine	speech	criticism	none		quote-only
croak	speech	statement	none		quote-only
stammer	speech	statement	none		quote-only
stutter	speech	statement	none		quote-only
drawl	speech	statement	none		quote-only
purr	speech	statement	none		quote-only
gush	speech	praise	none		quote-only
enthuse	speech	praise	none		quote-only
thunder	speech	statement	none		quote-only
roar	speech	statement	none		quote-only
bellow	speech	statement	none		quote-only
boom	speech	statement	none		quote-only
sneer	speech	criticism	target:at		quote-only
scoff	speech	criticism	target:at		quote-only
tease	speech	criticism	target		quote-only
taunt	speech	criticism	target		quote-only
mock	speech	criticism	target		quote-only
interject	speech	statement	none		quote-only
interrupt	speech	statement	none		quote-only
chime in	speech	statement	none		quote-only
pipe up	speech	statement	none		quote-only
shoot back	speech	statement	none		quote-only
fire back	speech	statement	none		quote-only
rejoin	speech	statement	none		quote-only
boast	speech	statement	none		`boasts a pool/record profits` (has) -> none (risky)
brag	speech	statement	none		
crow	speech	statement	none		
gloat	speech	statement	none		
muse	speech	statement	none		
reason	speech	statement	none		noun `reason(s)` (`for this reason`, `the reason is`) -> no cue (risky)
clarify	speech	statement	none		NP only -> none
elaborate	speech	statement	none		`elaborate on` + NP only -> none
specify	speech	statement	none		NP only -> none
stipulate	speech	statement	none		[doc] a law/contract stipulates -> evidence; [deontic] -> demand
advise	speech	demand	target		`advised X that` + a plain fact (no modal, no to-infinitive) -> statement, X audience [addressee]
recommend	speech	demand	target:to		[doc] report recommends -> evidence, act stays demand
propose	speech	demand	target:to		NP object (`proposed a merger`) stays demand with NP content
forecast	speech	prediction	none		noun `the forecast` -> no cue; [doc]
project	speech	prediction	none		strict; noun `project` -> no cue (risky)
calculate	speech	statement	none		weak
agree	speech	statement	target:with		`agreed to + verb`/`agreed a deal`/`agreed in principle` -> none (risky)
disagree	speech	denial	target:with		
concur	speech	statement	target:with		
protest	speech	criticism	audience:to target:against		`protested against X` with no clause (a demonstration) -> none (risky)
object	speech	criticism	target:to		`to` + NP is content; target only when a party [party]; noun `object` -> no cue
lament	speech	criticism	none		
regret	speech	criticism	none		`regret` + past act of one's own (`regretted his remarks`) -> admission
bemoan	speech	criticism	none		
deplore	speech	criticism	target		[thing-object]
decry	speech	criticism	target		[thing-object]
denounce	speech	criticism	target	denunciation,denunciations:of	[thing-object]
slam	speech	criticism	target		[thing-object]; `slammed the door`, `slam dunk` -> none
blast	speech	criticism	target		[thing-object]; noun `blast` (explosion) -> no cue (risky)
attack	speech	criticism	target	attack,attacks:on	weak; physical/military attack with no quote/clause/`as`/`for` -> none (risky); noun usually physical: use only with `verbal`/`scathing`/`fierce` or a quote
hail	speech	praise	target		[thing-object]; `hails from` -> none
welcome	speech	praise	target		weak; [thing-object]; `welcomed guests/the team home` -> none
applaud	speech	praise	target		[thing-object]
commend	speech	praise	target		content from `for`
thank	speech	praise	target	thanks:to	content from `for`; `thanks to` (because of) -> no cue
congratulate	speech	praise	target	congratulations:to	content from `on`
apologize	speech	admission	target:to	apology,apologies:to	content from `for`; -ise forms
assure	speech	statement	audience		[future] -> promise
reassure	speech	statement	audience		[future] -> promise
remind	speech	statement	audience		`of` + NP is content
notify	speech	statement	audience		
brief	speech	statement	audience		adjective `a brief statement` -> no cue
instruct	speech	demand	target		
order	speech	demand	target		passive `was ordered to` -> none unless a by-agent; `ordered 20 planes` -> none (risky)
command	speech	demand	target		noun `command` -> no cue
direct	speech	demand	target		strict; adjective `direct` -> no cue (risky)
request	speech	demand	target:of target:from		noun `request` -> no cue (risky)
appeal	speech	demand	target:to	appeal,appeals:to	content from `for`; legal `appealed the ruling/against the verdict` -> none (risky)
implore	speech	demand	target		
exhort	speech	demand	target		
encourage	speech	demand	target		impersonal subject (`low rates encourage borrowing`) -> none
invite	speech	demand	target		strict; `invited to the wedding/launch` -> none
challenge	speech	demand	target	challenge,challenges:to	`challenged the figures/the ruling` (NP thing) -> act denial, content NP
advocate	speech	demand	none		content from `for`; noun `advocate(s)` -> no cue
endorse	speech	praise	target		[thing-object]
insinuate	speech	accusation	none		
imply	speech	statement	none		weak; [doc]
hint	speech	statement	none		content from `at`
allude	speech	statement	none		content from `to`
posit	speech	statement	none		
hypothesize	speech	statement	none		-ise forms
theorize	speech	statement	none		-ise forms
surmise	speech	statement	none		
conjecture	speech	statement	none		
opine	speech	statement	none		
aver	speech	statement	none		
avow	speech	statement	none		
affirm	speech	statement	none		`affirmed its rating` (credit agencies) -> none
reaffirm	speech	statement	none		
reassert	speech	statement	none		
restate	speech	statement	none		`restated earnings` -> none (risky)
attest	speech	statement	none		content from `to`
certify	speech	statement	none		
verify	speech	statement	none		NP only -> none
swear	speech	statement	none		[future] or `to` + verb -> promise; `sworn in` -> none (risky)
vouch	speech	praise	target:for		
guarantee	speech	promise	audience		passive/participle `guaranteed by` (loans) -> none
proclaim	speech	statement	none		
pronounce	speech	statement	none		`pronounced dead` -> none
decree	speech	demand	none		[doc]
rule	speech	statement	none		strict; `ruled that` (courts) statement; `ruled the country` -> none
rule out	speech	denial	none		NP object (`ruled out a tax rise`) stays denial, content NP
infer	speech	statement	none		
deduce	speech	statement	none		
summarize	speech	statement	none		-ise forms
sum up	speech	statement	none		NP only -> none
spell out	speech	statement	none		NP only -> none
lay out	speech	statement	none		NP only -> none
set out	speech	statement	none		`set out to` + verb -> none
go on	speech	statement	none		strict; `went on to say` only
recount	speech	statement	none		noun `recount` (votes) -> no cue
narrate	speech	statement	none		
detail	speech	statement	none		noun `details`/`in detail` -> no cue
outline	speech	statement	none		NP only -> none
relate	speech	statement	none		strict; `relates to` -> none
confess	speech	admission	audience:to		
confide	speech	statement	audience:to		
divulge	speech	statement	none		
grumble	speech	criticism	target:about		[party]
gripe	speech	criticism	target:about		[party]
fret	belief	belief	none		
alert	speech	warning	target		`to` + NP is content; noun `alert` -> no cue
forewarn	speech	warning	target		
press	speech	demand	target		weak; noun `the press`, `press secretary` -> no cue (risky)
lobby	speech	demand	target		noun `lobby` -> no cue
campaign	speech	demand	none		weak; noun `campaign` -> no cue (risky)
rebuke	speech	criticism	target	rebuke,rebukes:to	
reprimand	speech	criticism	target		
scold	speech	criticism	target		
chide	speech	criticism	target		
fault	speech	criticism	target		content from `for`; noun `fault` -> no cue
credit	speech	praise	target		`credited X with/for`; noun `credit` -> no cue (risky)
refute	speech	denial	none		
contradict	speech	denial	target		[thing-object]; impersonal subject (`figures contradict`) -> evidence
contest	speech	denial	none		noun `contest` -> no cue; `contested the election/seat` -> none (risky)
query	speech	question	target		
inquire	speech	question	target:of		
enquire	speech	question	target:of		
quote	speech	statement	none		`quoted X as saying`: X is the speaker; passive `was quoted as saying`: subject is the speaker
cite	speech	statement	none		weak; `citing` + clause only; `cited X as saying` -> X speaker
reflect	evidence	statement	none		speech when the subject is a person; NP only -> none
assess	speech	statement	none		weak; NP only -> none
underline	speech	statement	none		
underscore	speech	statement	none		
highlight	speech	statement	none		NP only -> none
echo	speech	statement	none		strict
volunteer	speech	statement	none		`volunteered to` + verb, noun `volunteers` -> none (risky)
venture	speech	statement	none		noun `joint venture` -> no cue (risky)
preach	speech	statement	none		
lecture	speech	criticism	target		noun `lecture` -> no cue
address	speech	statement	audience		strict; `addressed the issue/concerns` -> none
talk	speech	statement	audience:to audience:with		content from `about`; `talks` noun -> no cue
speak	speech	statement	audience:to audience:with		content from `about`/`of`
speak out	speech	criticism	target:against		
speak up	speech	statement	none		content from `for`
lash out	speech	criticism	target:at target:against		
hit back	speech	criticism	target:at		`hit back to win` (sport) -> none
weigh in	speech	statement	none		content from `on`; `weighed in at 90kg` -> none
open up	speech	statement	audience:to		`opened up a lead` -> none
own up	speech	admission	none		content from `to`
play down	speech	denial	none		NP object stays denial (content NP)
downplay	speech	denial	none		NP object stays denial (content NP)
shrug off	speech	denial	none		NP object stays denial; sport `shrugged off an injury` -> none
petition	speech	demand	target		noun `petition` -> no cue
submit	speech	statement	target:to		`submitted that` (court) statement; `submitted a report/bid/resignation` -> none
counsel	speech	demand	target		noun `counsel` (lawyer) -> no cue (risky)
share	speech	statement	audience:with		strict; noun `shares` -> no cue
believe	belief	belief	none		
think	belief	belief	none		
hope	belief	belief	none		
expect	belief	belief	none		passive `is expected to` -> none
fear	belief	belief	none		
want	belief	belief	none		NP only (`wants a new stadium`) -> none
plan	belief	belief	none		NP only -> none; noun `plan(s)` -> no cue
intend	belief	belief	none		
feel	belief	belief	none		`feel like`, `felt the need/pain` -> none
know	belief	belief	none		`knows how to win`, `known as`, NP object -> none (risky)
worry	belief	belief	none		
doubt	belief	belief	none		
suspect	belief	belief	none		noun `suspect(s)`, `suspected of` (passive) -> none (risky)
assume	belief	belief	none		`assumed the role/office` -> none
guess	belief	belief	none		
reckon	belief	belief	none		`reckon with` -> none
figure	belief	belief	none		strict; noun `figures` -> no cue, and a document noun (risky)
imagine	belief	belief	none		
anticipate	belief	belief	none		
understand	belief	belief	none		`it is understood that` -> none (no source)
recognize	speech	admission	none		`recognized as`, `recognised the state/award` -> none; -ise forms
realize	belief	belief	none		-ise forms
remember	belief	belief	none		strict; `remembered as` -> none
find	evidence	statement	none		[finding] evidence also when a person finds (news-en-names-dev counts no finding as speech); `found guilty/dead`, `find it hard`, `find a way`, NP only -> none (risky)
determine	speech	statement	none		weak; [doc]
show	evidence	statement	audience:to		[finding] evidence also when a person finds (news-en-names-dev counts no finding as speech); noun `the show`, `show up` -> none (risky)
demonstrate	evidence	statement	none		[finding] evidence also when a person finds (news-en-names-dev counts no finding as speech); `demonstrated against` (protest) -> none
prove	evidence	statement	none		[finding] evidence also when a person finds (news-en-names-dev counts no finding as speech); `proved popular/to be` -> none (risky)
hold	speech	statement	none		strict; `held that` (courts); `held talks/a stake` -> none
accept	speech	admission	none		`accepted the offer/bid/award` -> none
grant	speech	admission	none		strict; `granted bail/permission` -> none
allow	speech	admission	none		strict; `allowed to` -> none
decline	speech	denial	none		negator: `declined to` + cue/`comment` -> no attribution at all; never a cue itself (risky)
seek	belief	belief	none		NP only -> none
refuse	speech	denial	none		negator as `decline`; `refused to` + non-speech verb -> none (risky)
offer	speech	promise	audience		`offered to` + verb promise; NP (`offered condolences/a bid`) -> none
defend	speech	statement	none		NP only (`defended the decision`) -> none unless a clause/quote/saying follows
issue	speech	statement	none		strict; `issued a statement/warning saying` -> cue is the following `saying`; NP only -> none
support	belief	belief	none		weak; NP only -> none
oppose	belief	belief	none		weak; NP only -> none
back	belief	belief	none		weak; NP only, `backed by` -> none
express	speech	statement	none		`expressed concern/hope/doubt that` -> act from the noun [noun-act]; NP only -> none
voice	speech	statement	none		as `express`
release	speech	statement	none		strict; `released from prison/an album` -> none
push	speech	demand	target		content from `for`
tout	speech	praise	target		[thing-object]
favor	belief	belief	none		-our forms; NP only -> none
prefer	belief	belief	none		adjective `preferred stock/route` -> no cue (risky)
consider	belief	belief	none		passive `is considered` -> none; NP only -> none
decide	belief	belief	none		`decided to` + verb -> none (an act); `decided that` (a body's ruling) -> statement (risky)
raise	speech	statement	none		strict; `raised concerns/questions that` -> statement; `raised prices/funds` -> none
rail against	speech	criticism	target:against		
view	belief	belief	none		passive `is viewed as` -> none
see	belief	belief	none		never a speech cue: `sees X as Y`/`sees growth slowing` only (risky)
discuss	speech	statement	none		NP only -> none
embrace	belief	belief	none		NP only -> none
deride	speech	criticism	target		[thing-object]
seem	belief	belief	none		the subject is no source; only in PolNeAR scope (risky)
appear	belief	belief	none		as `seem`; `appeared in court/on TV` -> none (risky)
compare	speech	statement	none		`compared with/to` (figures) -> none (risky)
deem	belief	belief	none		passive `deemed` -> none
sign	speech	statement	none		strict; `signed a deal/letter` -> none (risky)
launch	speech	criticism	none		strict; only `launched an attack/broadside on X` (target X); else none (risky)
sing	speech	statement	none		quote-only
chant	speech	statement	none		quote-only
recite	speech	statement	none		quote-only
according to	speech	statement	none		source phrase; [doc] `according to a study/figures` -> evidence; `according to plan/the rules` -> none
:	speech	statement	none		construction `X: "…"` (verbless colon)
—	speech	statement	none		construction `"…" — X`
―	speech	statement	none		construction `"…" ― X`
"""#

  package static let documentNouns = #"""
# English document, study and figure nouns (issue 20, class `evidence`).
# Rule [doc]: when the head noun of the speaker phrase is one of these, the attribution's class is
# `evidence` whatever the cue (`A report by X says …`, `according to figures from X`, `the study found`).
# Head noun = the noun before any of/by/from/in/on complement: `a survey of 2,000 voters by X` -> survey.
# Match the lowercased word form exactly (no stemming); a line with a space is a two-word head
# (`opinion poll`): match the last word and the word before it.
# The word must be a common noun: written in lower case (or capitalised only as the sentence's first
# word), never inside a proper name (`the Harvard Business Review reported` is a publication: speech)
# and never after a first name or title (a surname). `bill` is left out for that reason (`Bill said`).
# NOT here (they carry a person's or body's words; class follows the cue): statement, letter,
# release, press release, email, e-mail, tweet, post, message, speech, interview, remarks, comments,
# testimony, complaint, lawsuit, suit, indictment, petition, ruling, judgment, verdict, decision,
# affidavit, order, announcement, notice; news/media/press reports (`media reports say` stays speech:
# a speaker phrase whose head is report(s) preceded by news, media, press or newspaper is speech).
# NOT here either: estimate(s), forecast(s), projection(s) (the cue decides: belief/prediction), paper
# (`the paper reported` is a newspaper), figure (singular: `a key figure in the party` is a person),
# accounts (`accounts from witnesses` are testimony), trial (court trial), signs.
# Records of speech are NOT here either: minutes, transcript(s) (`the Bank's minutes said` is speech in
# news-en-names-dev.jsonl).
report
reports
study
studies
survey
surveys
poll
polls
opinion poll
opinion polls
figures
data
dataset
statistics
stats
numbers
analysis
analyses
research
findings
results
test
tests
test results
chart
charts
graph
graphs
index
census
audit
audits
review
inquiry
investigation
investigations
probe
assessment
evaluation
document
documents
court documents
court filing
court filings
filing
filings
records
memo
memos
memorandum
white paper
dossier
law
legislation
regulation
regulations
rules
guidelines
contract
agreement
treaty
constitution
proposal
draft
budget
plan
footage
video
photo
photograph
picture
pictures
image
videos
images
photographs
photos
recording
recordings
evidence
indications
history
experience
science
modelling
modeling
"""#
}
