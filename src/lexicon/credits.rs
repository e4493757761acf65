//! Image credit labels ("Photo:", "Foto:", "Crédit photo :") and the
//! generic words image credits are made of ("handout", "via", "file").
//!
//! Where each entry applies is said by its fields: [`CreditLabel::html`]
//! for HTML figure captions (`content::image`, read as "label:" anywhere in
//! the caption), [`CreditLabel::text`] for text-dump caption lines
//! (`dump::caption`, read as "label:" or "label by" at the start of a line
//! or line end).

/// One credit label, lower case.
pub(crate) struct CreditLabel {
    /// The label word(s).
    pub label: &'static str,
    /// Read in HTML captions, as "label:".
    pub html: bool,
    /// Read in text-dump caption lines, as "label:" or "label by".
    pub text: bool,
}

const fn both(label: &'static str) -> CreditLabel {
    CreditLabel {
        label,
        html: true,
        text: true,
    }
}

const fn html(label: &'static str) -> CreditLabel {
    CreditLabel {
        label,
        html: true,
        text: false,
    }
}

const fn text(label: &'static str) -> CreditLabel {
    CreditLabel {
        label,
        html: false,
        text: true,
    }
}

/// Credit labels. The HTML reader takes the first label (in this order)
/// found anywhere in a caption, so the order of `html` entries matters.
pub(crate) const CREDIT_LABELS: &[CreditLabel] = &[
    both("photo"),
    both("photos"),
    both("photograph"),
    text("photography"),
    both("picture"),
    text("pictures"),
    both("image"),
    text("images"),
    both("credit"),
    both("credits"),
    both("foto"),
    both("fotos"),
    both("bild"),
    text("bilder"),
    both("bildquelle"),
    text("quelle bild"),
    html("quelle"),
    text("illustration"),
    text("graphic"),
    text("grafik"),
    text("video"),
    both("crédit"),
    both("crédit photo"),
    both("crédits"),
    both("crédito"),
    both("créditos"),
    both("fotografía"),
    html("fotografia"),
    text("imagen"),
    html("photo credit"),
    html("image credit"),
    // Japanese "photo", set with a full-width colon: "写真：共同".
    html("写真"),
];

/// HTML caption credit marks that are not "label:" forms, read after the
/// labels: the copyright sign and "Photo by". (Text-dump captions read "©"
/// in code and "label by" for every text label.)
pub(crate) const HTML_CREDIT_MARKS: &[&str] = &["©", "(c)", "photo by"];

/// "Photo by" in other languages, read only where a credit is already
/// known to be one (a credit element, a credit attribute), never to split a
/// caption: "una foto di famiglia" is caption text.
pub(crate) const CREDIT_BY_PREFIXES: &[&str] = &[
    "photo by",
    "photos by",
    "photograph by",
    "picture by",
    "image by",
    "foto di",
    "foto de",
    "fotos de",
    "foto von",
    "photo de",
    "photos de",
    "fotografía de",
    "fotografia di",
    "fotografia de",
    "foto door",
    "foto av",
    "fot.",
];

/// Labels of a line that credits the article's lead image from the body
/// ("Titelbild: Jane Roe/dpa", "Cover photo: …"), lower case, read as
/// "label:" at the start of a short paragraph (`content::tidy`).
pub(crate) const LEAD_IMAGE_CREDIT_LABELS: &[&str] = &[
    "titelbild",
    "titelfoto",
    "aufmacherbild",
    "aufmacherfoto",
    "beitragsbild",
    "headerbild",
    "cover photo",
    "cover image",
    "header image",
    "featured image",
    "top image",
    "top photo",
    "lead image",
    "main image",
    "photo de une",
    "image de une",
    "photo d'ouverture",
    "foto de portada",
    "imagen de portada",
    "foto di copertina",
    "immagine di copertina",
];

/// Generic words image credits are made of in text dumps ("Handout via
/// X", "File photo", "Social media"), lower case; agency names are in
/// `lexicon::agencies`.
pub(crate) const CREDIT_WORDS: &[&str] = &[
    "handout",
    "via",
    "images",
    "image",
    "photo",
    "photos",
    "file",
    "archive",
    "courtesy",
    "pool",
    "social",
    "media",
    "x",
    "twitter",
    "instagram",
    "screenshot",
    "screengrab",
    "press",
    "agency",
    "wire",
];

/// The text-dump credit labels, in table order.
pub(crate) fn text_labels() -> impl Iterator<Item = &'static str> {
    CREDIT_LABELS.iter().filter(|l| l.text).map(|l| l.label)
}

/// The HTML caption credit prefixes, in the order they are tried: each
/// HTML label with its colon (also after a space, as French sets it:
/// "Crédit : AFP", and the full-width colon of Chinese and Japanese), then
/// [`HTML_CREDIT_MARKS`].
pub(crate) fn html_prefixes() -> Vec<String> {
    CREDIT_LABELS
        .iter()
        .filter(|l| l.html)
        .flat_map(|l| {
            [
                format!("{}:", l.label),
                format!("{} :", l.label),
                format!("{}：", l.label),
            ]
        })
        .chain(HTML_CREDIT_MARKS.iter().map(|m| (*m).to_owned()))
        .collect()
}
