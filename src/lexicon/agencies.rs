//! News agencies, picture agencies and other credited sources.
//!
//! Where each part applies:
//!
//! - [`Agency::names`] of [`Kind::Wire`] entries: a byline or source line
//!   naming a wire service (`parse::byline`, both paths): "By A, AFP",
//!   "SOURCE: Reuters", "(AP)" — the wire goes to `source`, not to authors;
//! - [`Agency::credit_words`]: single words that make the end of a
//!   text-dump caption line a credit ("… / REUTERS", `dump::caption`),
//!   together with the generic credit words in `lexicon::credits`. HTML
//!   captions split credits by labels and separators, not by these words.

/// What kind of source an entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A news agency / wire service whose copy a page runs.
    Wire,
    /// A picture agency or photo library (credited under images only).
    Pictures,
    /// A publisher credited under images ("TRT World", "NYT").
    Publisher,
}

/// One credited source.
pub(crate) struct Agency {
    /// What it is.
    pub kind: Kind,
    /// The ways a byline or source line names it: lower case, dots dropped,
    /// without a leading "the".
    pub names: &'static [&'static str],
    /// Words of its name that mark a caption credit in a text dump, lower
    /// case (empty: not read there).
    pub credit_words: &'static [&'static str],
}

const fn wire(names: &'static [&'static str], credit_words: &'static [&'static str]) -> Agency {
    Agency {
        kind: Kind::Wire,
        names,
        credit_words,
    }
}

const fn other(
    kind: Kind,
    names: &'static [&'static str],
    credit_words: &'static [&'static str],
) -> Agency {
    Agency {
        kind,
        names,
        credit_words,
    }
}

/// The known sources.
pub(crate) const AGENCIES: &[Agency] = &[
    wire(
        &["afp", "agence france-presse", "agence france presse"],
        &["afp"],
    ),
    wire(&["ap", "associated press"], &["ap"]),
    wire(&["reuters", "thomson reuters"], &["reuters"]),
    wire(&["dpa", "deutsche presse-agentur"], &["dpa"]),
    wire(&["ansa"], &["ansa"]),
    wire(&["efe", "agencia efe"], &["efe"]),
    wire(
        &[
            "aa",
            "anadolu",
            "anadolu agency",
            "anadolu ajansı",
            "anadolu ajansi",
        ],
        &["aa", "anadolu"],
    ),
    wire(&["pa", "pa media", "press association"], &["pa"]),
    wire(&["xinhua", "xinhua news agency"], &["xinhua"]),
    wire(&["bloomberg", "bloomberg news"], &["bloomberg"]),
    wire(&["kna"], &[]),
    wire(&["epd"], &[]),
    wire(&["kyodo", "kyodo news"], &[]),
    wire(&["jiji", "jiji press"], &[]),
    wire(&["yonhap"], &[]),
    wire(&["tass"], &[]),
    wire(&["ria novosti"], &[]),
    wire(&["upi", "united press international"], &[]),
    wire(&["pti"], &[]),
    wire(&["ians"], &[]),
    wire(&["ani"], &[]),
    wire(&["apa"], &[]),
    wire(&["sda", "keystone-sda"], &["keystone"]),
    wire(&["ats"], &[]),
    wire(&["sid"], &[]),
    wire(&["ddp"], &[]),
    wire(&["dts"], &[]),
    wire(&["kathpress"], &[]),
    wire(&["belga"], &[]),
    wire(&["anp"], &[]),
    wire(&["tt"], &[]),
    wire(&["ntb"], &[]),
    wire(&["ritzau"], &[]),
    wire(&["europa press"], &[]),
    wire(&["lusa"], &[]),
    wire(&["irna"], &[]),
    wire(&["wafa"], &[]),
    wire(&["mena"], &[]),
    // Wire copy from several agencies, unnamed.
    wire(
        &["agencies", "news agencies", "wire services", "wires"],
        &[],
    ),
    other(Kind::Pictures, &["epa"], &["epa"]),
    other(Kind::Pictures, &["getty images"], &["getty"]),
    other(Kind::Pictures, &["shutterstock"], &["shutterstock"]),
    other(Kind::Pictures, &["imago"], &["imago"]),
    other(Kind::Pictures, &["alamy"], &["alamy"]),
    other(Kind::Pictures, &["sipa"], &["sipa"]),
    other(Kind::Pictures, &["istock"], &["istock"]),
    other(Kind::Pictures, &["unsplash"], &["unsplash"]),
    other(
        Kind::Pictures,
        &["picture alliance"],
        &["picture", "alliance"],
    ),
    other(
        Kind::Pictures,
        &["wikimedia commons"],
        &["wikimedia", "commons"],
    ),
    other(Kind::Publisher, &["trt world"], &["trt", "world"]),
    other(Kind::Publisher, &["nyt"], &["nyt"]),
];

/// True when `p` (lower case, dots dropped, spaces normalised) is one name
/// of a wire service; a leading "the" is ignored.
pub(crate) fn is_wire_name(p: &str) -> bool {
    let p = p.strip_prefix("the ").unwrap_or(p);
    AGENCIES
        .iter()
        .any(|a| a.kind == Kind::Wire && a.names.contains(&p))
}

/// True when the lower-case word `w` is part of an agency's or publisher's
/// name as credited under images in a text dump.
pub(crate) fn is_credit_word(w: &str) -> bool {
    AGENCIES.iter().any(|a| a.credit_words.contains(&w))
}
