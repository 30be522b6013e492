/// A reporting frame: a cue with its speaker (`the ministry said`, `said Lavrov`,
/// `according to Moscow`, `— Veronica Cruz`), before its content is known.
struct Frame {
  enum Kind { case verb, source, dash }
  var kind: Kind
  /// The cue's tokens (`said`; `according to`; `pointed out`).
  var cue: Range<Int>
  /// Index into the profile's cues, or -1 for source phrases and dashes.
  var cueIndex: Int32
  /// The bounds of ``antecedent``, -1 for none (kept in 32 bits, in what would be padding: frames
  /// are copied often).
  var antecedentLower: Int32 = -1
  /// The speaker phrase, if one was found.
  var speaker: Range<Int>?
  /// The speaker comes after the cue (`said Lavrov`).
  var inverted = false
  /// The speaker was taken from the frame before (`…, adding that …`).
  var inherited = false
  /// A demonstrative stands for what was said in the sentence before (German `Dies teilte die Polizei mit`).
  var anaphoric = false
  /// The cue is a verb found by position, not a reporting verb (German: the verb after the
  /// subject that opens the sentence before, or before a colon): the record gives no cue.
  var standIn = false
  /// The report is a stance, not speech: a hypothetical act (`may highlight`, `could threaten`)
  /// or a noun phrase with a relative clause (`stressed her backing for the plan that …`). PolNeAR
  /// counts these; a speech-only reader does not: the attribution's class is `belief`.
  var stance = false
  var antecedentUpper: Int32 = -1
  /// The phrase a reflexive speaker stands for, resolved in its place (German `nach eigenen Angaben`:
  /// the speaker phrase is `eigenen Angaben`, its antecedent the clause's subject).
  var antecedent: Range<Int>? {
    get { antecedentLower < 0 ? nil : Int(antecedentLower)..<Int(antecedentUpper) }
    set {
      antecedentLower = newValue.map { Int32($0.lowerBound) } ?? -1
      antecedentUpper = newValue.map { Int32($0.upperBound) } ?? -1
    }
  }
  /// First and one-past-last token of the frame.
  var lower: Int
  var upper: Int
}
