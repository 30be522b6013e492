/// English words that tell a reported clause from a plain object (see
/// ``LanguageProfile/requiresClauseContent``).
package enum EnglishClauseWords {
  /// Auxiliaries, modals, copulas (with their contractions and negations) and common irregular
  /// past forms: any of them makes a content a finite clause (`said the road would reopen`).
  package static let finite = """
    is are was were am has have had will would shall should can could may might must did does do \
    isn't aren't wasn't weren't hasn't haven't hadn't won't wouldn't shouldn't can't cannot couldn't \
    mustn't didn't doesn't don't isn’t aren’t wasn’t weren’t hasn’t haven’t hadn’t won’t wouldn’t \
    shouldn’t can’t couldn’t mustn’t didn’t doesn’t don’t it's it’s he's he’s she's she’s that's \
    that’s there's there’s they're they’re we're we’re they've they’ve we've we’ve they'll they’ll \
    we'll we’ll he'll he’ll she'll she’ll it'll it’ll i'm i’m i've i’ve i'll i’ll you're you’re \
    went came took made gave got found left kept held brought began ran won lost paid sent spent \
    built fell rose grew became knew thought felt told said saw met led sold bought caught fought \
    taught meant stood understood broke chose drove ate forgot froze hid rode rang sang sank shot \
    shut slept spoke stole struck swore threw wore wrote hit cut put set let hurt cost quit spread \
    remains remain seems seem needs need lacks lack exists exist faces face
    """

  /// Nouns that are propositions: the object of `deny`, `confirm`, `reject`, `dismiss` that is
  /// itself a claim (`denied the allegations`, `confirmed the report`).
  package static let propositionNouns = """
    allegation allegations accusation accusations claim claims charge charges report reports \
    rumour rumours rumor rumors suggestion suggestions idea ideas assertion assertions notion \
    speculation story stories reporting account accounts
    """

  /// Nouns for what someone said, between a possessive and a colon (`Her message to supporters:
  /// …`), and before a colon that opens a statement (`released the following statement:`).
  package static let speechNouns = """
    message words advice response reply answer verdict warning plea argument view explanation \
    statement remarks letter post tweet note
    """
}
