/// Countries, their capitals and seats of government, in English, German and
/// French spellings: the facts that let `Yerevan` or `the Kremlin` speak for a
/// government.
public struct Gazetteer: Sendable {
  /// What a place name stands for.
  public struct Place: Sendable, Hashable {
    /// The country (English name).
    public var country: String
    /// True for a capital or seat of government (metonymy), false for the country itself.
    public var isSeat: Bool
  }

  private var places: [String: Place] = [:]
  private var demonyms: [String: String] = [:]
  /// The first demonym of each country, by the key of every name of it (`russia` → `Russian`).
  private var demonymOfName: [String: String] = [:]
  /// The same keys, for lookups straight from an article's bytes: every key, and the
  /// keys that begin with `the ` without it (`kremlin` for `the kremlin`).
  private var keys = WordTable([])
  private var keysAfterThe = WordTable([])
  private var placeOfKey: [Place] = []
  private var placeOfKeyAfterThe: [Place] = []

  /// The built-in gazetteer of all sovereign states.
  public static let standard = Gazetteer(GazetteerData.text)

  /// Parses lines `Country|Capital|spellings|demonyms|other names|seats`.
  public init(_ text: String) {
    for line in text.asciiSplit([0x0A]) {
      let f = line.asciiFields(0x7C).map { $0.trimmingSpaces }
      guard f.count >= 2, !f[0].hasPrefix("#") else { continue }
      let country = f[0]
      func list(_ i: Int) -> [String] {
        i < f.count ? f[i].asciiSplit([0x2C]).map { $0.trimmingSpaces }.filter { !$0.isEmpty } : []
      }
      places[Self.key(country), default: Place(country: country, isSeat: false)] = Place(country: country, isSeat: false)
      for name in list(4) where places[Self.key(name)] == nil {
        places[Self.key(name)] = Place(country: country, isSeat: false)
      }
      for name in [f[1]] + list(2) + list(5) where places[Self.key(name)] == nil {
        places[Self.key(name)] = Place(country: country, isSeat: true)
      }
      for d in list(3) where demonyms[Self.key(d)] == nil { demonyms[Self.key(d)] = country }
      if let d = list(3).first {
        for name in [country] + list(4) where demonymOfName[Self.key(name)] == nil { demonymOfName[Self.key(name)] = d }
      }
    }
    for (key, place) in places {
      let id = Int(keys.insert(key))
      if id == placeOfKey.count { placeOfKey.append(place) }
      if key.hasPrefix("the ") {
        let id = Int(keysAfterThe.insert(String(key.dropFirst(4))))
        if id == placeOfKeyAfterThe.count { placeOfKeyAfterThe.append(place) }
      }
    }
  }

  /// The place a name stands for (`Moscow`, `the Kremlin`, `Russia`), ignoring a leading `the`.
  public func place(_ name: String) -> Place? {
    var copy = name
    return copy.withUTF8 { place(utf8: $0) }
  }

  /// ``place(_:)`` for UTF-8 bytes; ASCII names are looked up without making a string.
  public func place(utf8 name: UnsafeBufferPointer<UInt8>) -> Place? {
    var start = 0
    if name.count > 4, ByteClass.lower(name[0]) == 0x74, ByteClass.lower(name[1]) == 0x68, ByteClass.lower(name[2]) == 0x65, name[3] == 0x20 {
      start = 4
    }
    // The tables fold ASCII case only and hold names of up to 40 bytes.
    guard name.count - start <= 40, name.allSatisfy({ $0 < 0x80 }) else { return place(folding: String(decoding: name, as: UTF8.self)) }
    let id = keys.lookup(name, start, name.count)
    if id >= 0 { return placeOfKey[Int(id)] }
    let after = keysAfterThe.lookup(name, start, name.count)
    return after >= 0 ? placeOfKeyAfterThe[Int(after)] : nil
  }

  /// The place of a name any other way written: lower-cased as a string.
  private func place(folding name: String) -> Place? {
    var k = Self.key(name)
    if k.hasPrefix("the ") { k.removeFirst(4) }
    return places[k] ?? places["the " + k]
  }

  /// The demonym of a country's name (`Russia` → `Russian`, `Russian Federation` → `Russian`).
  public func demonym(ofCountry name: String) -> String? { demonymOfName[Self.key(name)] }

  /// The country of a demonym (`Russian` → `Russia`).
  public func country(ofDemonym d: String) -> String? { demonyms[Self.key(d)] }

  static func key(_ s: String) -> String { s.lowercased() }
}
