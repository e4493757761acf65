//! Line preparation and line-level signals: length, capitalisation, end
//! punctuation, and the fixed phrases that mark page furniture.

use crate::lexicon::{bylines, page_lines, teasers};
use crate::parse::byline;
use crate::tuning;

/// One non-empty line of the dump.
#[derive(Debug, Clone)]
pub(crate) struct Line {
    /// Whitespace-normalised text (never empty).
    pub text: String,
    /// A blank line came before it.
    pub blank_before: bool,
    /// Number of lynx link markers (`[12]`) stripped from it.
    pub links: usize,
    /// The raw line began with a space or tab (preformatted text, code).
    pub indented: bool,
}

impl Line {
    /// A row of links (lynx navigation: "[1]Home [2]News [3]Sport").
    pub(crate) fn is_link_row(&self) -> bool {
        self.links >= tuning::dump::MIN_LINK_ROW_LINKS
            && words(&self.text) <= tuning::dump::MAX_LINK_ROW_WORDS_PER_LINK * self.links
    }

    /// Furniture dropped wherever it stands: an inline marker
    /// ("Advertisement"), a bare URL or a row of links.
    pub(crate) fn is_noise(&self) -> bool {
        is_noise_marker(&self.text) || is_url(&self.text) || self.is_link_row()
    }
}

/// Splits a dump into cleaned, non-empty lines. Hard-wrapped text (as
/// `lynx -dump` writes it) is unwrapped first.
pub(crate) fn split_lines(text: &str) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut blank = false;
    // Old Mac line ends: '\r' alone.
    let sep = if !text.contains('\n') && text.contains('\r') {
        '\r'
    } else {
        '\n'
    };
    for raw in text.split(sep) {
        let (cleaned, links) = clean_line(raw);
        if cleaned.is_empty() {
            blank = true;
            continue;
        }
        out.push(Line {
            text: cleaned,
            blank_before: blank,
            links,
            indented: raw.starts_with([' ', '\t']),
        });
        blank = false;
    }
    if is_hard_wrapped(&out) {
        out = unwrap(out);
    }
    out
}

/// Normalises whitespace, strips lynx link markers (`[12]`), image
/// placeholders and control characters.
fn clean_line(raw: &str) -> (String, usize) {
    // Fast path: nothing to strip (checked on bytes; 0xC2 leads U+0080–U+00BF).
    if !raw
        .bytes()
        .any(|b| b == b'[' || (b < 0x20 && b != b'\t') || b == 0x7f || b == 0xC2)
    {
        return (crate::normalize_space(raw), 0);
    }
    let mut links = 0;
    let mut s = String::with_capacity(raw.len());
    let mut chars = raw.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c == '[' {
            // "[12]", "[IMG]", "[image]"
            let rest = &raw[i + 1..];
            if let Some(close) = rest.get(..rest.len().min(12)).and_then(|r| r.find(']')) {
                let inner = &rest[..close];
                let numeric = !inner.is_empty() && inner.chars().all(|c| c.is_ascii_digit());
                let img = matches!(
                    inner.to_ascii_lowercase().as_str(),
                    "img" | "image" | "photo" | "video" | "embedded content" | "button"
                );
                if numeric || img {
                    links += usize::from(numeric);
                    for _ in 0..=close {
                        chars.next();
                    }
                    continue;
                }
            }
        }
        if c.is_control() && c != '\t' {
            s.push(' ');
            continue;
        }
        s.push(c);
    }
    (crate::normalize_space(&s), links)
}

/// Hard-wrapped dumps: no line much longer than a terminal width, and many
/// lines close to it followed directly (no blank line) by more text.
fn is_hard_wrapped(lines: &[Line]) -> bool {
    if lines.len() < tuning::dump::MIN_LINES_FOR_HARD_WRAP {
        return false;
    }
    let max = lines
        .iter()
        .map(|l| l.text.chars().count())
        .max()
        .unwrap_or(0);
    if !(tuning::dump::MIN_HARD_WRAP_WIDTH..=tuning::dump::MAX_HARD_WRAP_WIDTH).contains(&max) {
        return false;
    }
    let floor = max * tuning::dump::WRAPPED_LINE_SHARE_NUMERATOR
        / tuning::dump::WRAPPED_LINE_SHARE_DENOMINATOR;
    let wrapped = lines
        .windows(2)
        .filter(|w| w[0].text.chars().count() >= floor && !w[1].blank_before)
        .count();
    wrapped >= tuning::dump::MIN_WRAPPED_LINES
        && wrapped * tuning::dump::WRAPPED_LINES_SHARE_DIVISOR >= lines.len()
}

/// Joins wrapped continuation lines onto the line before them.
fn unwrap(lines: Vec<Line>) -> Vec<Line> {
    let max = lines
        .iter()
        .map(|l| l.text.chars().count())
        .max()
        .unwrap_or(0);
    let floor = max * tuning::dump::CONTINUED_LINE_SHARE_NUMERATOR
        / tuning::dump::CONTINUED_LINE_SHARE_DENOMINATOR;
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut prev_len = 0;
    for line in lines {
        let len = line.text.chars().count();
        let starts_item = is_bullet(&line.text).is_some() || is_byline_line(&line.text);
        match out.last_mut() {
            Some(last) if !line.blank_before && prev_len >= floor && !starts_item => {
                last.text.push(' ');
                last.text.push_str(&line.text);
                last.links += line.links;
            }
            _ => out.push(line),
        }
        prev_len = len;
    }
    out
}

/// The same line, ignoring case (a headline repeated as image alt text).
pub(crate) fn same_line(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.to_lowercase() == b.to_lowercase()
}

/// Number of whitespace-separated words, counted up to
/// [`tuning::dump::WORD_COUNT_CAP`] (every threshold is below, and long lines
/// stay cheap).
pub(crate) fn words(s: &str) -> usize {
    s.split_whitespace()
        .take(tuning::dump::WORD_COUNT_CAP)
        .count()
}

/// Ends like a sentence: `.`, `!`, `?`, `…`, `:`, or one of those inside a
/// closing quote or bracket.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*']);
    t.ends_with(['.', '!', '?', '…', ':', ';', '。'])
}

/// Letters in `s` are all upper case (and there are at least
/// [`tuning::dump::MIN_ALL_CAPS_LETTERS`]).
pub(crate) fn is_all_caps(s: &str) -> bool {
    let mut letters = 0;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    letters >= tuning::dump::MIN_ALL_CAPS_LETTERS
}

/// Starts with an upper-case letter, a digit or an opening quote.
pub(crate) fn starts_capital(s: &str) -> bool {
    let t = s.trim_start_matches(['"', '\'', '“', '‘', '«', '„', '(', '¿', '¡']);
    t.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || (c.is_alphabetic() && !c.is_lowercase())
    })
}

/// A body paragraph by its shape: long enough and ending like a sentence.
pub(crate) fn is_paragraph_like(s: &str) -> bool {
    let w = words(s);
    (w >= tuning::dump::MIN_SENTENCE_PARAGRAPH_WORDS && ends_sentence(s))
        || w >= tuning::dump::MIN_PARAGRAPH_WORDS
}

/// A headline by its shape: a few words to a long line, not a sentence
/// ending in a full stop, starting with a capital.
pub(crate) fn is_title_like(s: &str) -> bool {
    // Cheap guard: a char is at most 4 bytes.
    if s.len() > 4 * tuning::dump::MAX_TITLE_CHARS {
        return false;
    }
    let w = words(s);
    let len = s.chars().count();
    (tuning::dump::MIN_TITLE_WORDS..=tuning::dump::MAX_TITLE_WORDS).contains(&w)
        && (tuning::dump::MIN_TITLE_CHARS..=tuning::dump::MAX_TITLE_CHARS).contains(&len)
        && starts_capital(s)
        && !s.trim_end().ends_with(['.', ',', ';', ':'])
        && !s.contains("://")
}

/// A kicker / section label: short, no end punctuation.
pub(crate) fn is_kicker_like(s: &str) -> bool {
    // Cheap guard: a char is at most 4 bytes.
    if s.len() > 4 * tuning::dump::MAX_KICKER_CHARS {
        return false;
    }
    let w = words(s);
    (1..=tuning::dump::MAX_KICKER_WORDS).contains(&w)
        && s.chars().count() <= tuning::dump::MAX_KICKER_CHARS
        && !ends_sentence(s)
        && !s.ends_with(',')
        && starts_capital(s)
        && !s.contains("://")
        && !s.chars().any(|c| c.is_ascii_digit())
}

/// A subheading inside the body: short, title-like, no full stop.
pub(crate) fn is_subheading_like(s: &str) -> bool {
    // Cheap guard: a char is at most 4 bytes.
    if s.len() > 4 * tuning::dump::MAX_SUBHEADING_CHARS {
        return false;
    }
    let w = words(s);
    if !(1..=tuning::dump::MAX_SUBHEADING_WORDS).contains(&w)
        || s.chars().count() > tuning::dump::MAX_SUBHEADING_CHARS
        || !starts_capital(s)
    {
        return false;
    }
    let t = s.trim_end_matches(['"', '”', '’', '»']);
    if t.ends_with(['.', ',', ';', ':', '…']) || s.contains("://") {
        return false;
    }
    // Questions make subheadings only when short.
    !(t.ends_with(['?', '!']) && w > tuning::dump::MAX_QUESTION_SUBHEADING_WORDS)
}

/// "By …" (or "Von", "Par", "Por", "Door", "Autor:") at the start of the line.
pub(crate) fn is_byline_line(s: &str) -> bool {
    if s.len() > tuning::dump::MAX_LABEL_LINE_BYTES {
        return false;
    }
    let lower = s
        .trim_start_matches(['-', '—', '–', '•', '*', ' '])
        .to_lowercase();
    bylines::BYLINE_LABELS.iter().any(|l| {
        lower.strip_prefix(l.label).is_some_and(|rest| {
            (l.readers & bylines::DUMP_SPACE != 0 && rest.starts_with(' '))
                || (l.readers & bylines::DUMP_COLON != 0 && rest.starts_with(':'))
        })
    })
}

/// Parses a byline line (see [`is_byline_line`]).
pub(crate) fn parse_byline_line(s: &str) -> Option<byline::Byline> {
    if !is_byline_line(s) {
        return None;
    }
    let s = s.trim_start_matches(['-', '—', '–', '•', '*', ' ']);
    byline::parse_byline(s).filter(|b| !b.authors.is_empty() || b.source.is_some())
}

/// A bullet list item: returns the text after the marker and whether the
/// list is numbered.
pub(crate) fn is_bullet(s: &str) -> Option<(&str, bool)> {
    for m in ["• ", "* ", "- ", "– ", "· ", "◦ ", "▪ ", "+ "] {
        if let Some(r) = s.strip_prefix(m) {
            return Some((r.trim_start(), false));
        }
    }
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=tuning::dump::MAX_LIST_NUMBER_DIGITS).contains(&digits) {
        let rest = &s[digits..];
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((r.trim_start(), true));
        }
    }
    None
}

fn key(s: &str) -> String {
    s.trim()
        .trim_end_matches([':', '.', '!', '»', '›', '>', '→', '…', ' '])
        .trim_start_matches(['»', '›', '>', '→', ' ', '-', '—', '■', '•'])
        .to_lowercase()
}

/// Inline markers that are dropped from the body wherever they appear.
pub(crate) fn is_noise_marker(s: &str) -> bool {
    if s.len() > tuning::dump::MAX_NOISE_MARKER_BYTES {
        return false;
    }
    page_lines::INLINE_MARKERS.contains(&key(s).as_str())
}

/// Inline pointers to other articles: "Recommended", "Read more", "Also
/// read", alone on a line (returns the label) — these head a box of teasers
/// or stand alone as a marker.
pub(crate) fn related_label(s: &str) -> Option<String> {
    if s.len() > tuning::dump::MAX_RELATED_LABEL_BYTES
        || words(s) > tuning::dump::MAX_RELATED_LABEL_WORDS
    {
        return None;
    }
    let k = key(s);
    let fixed = teasers::is_line_label(&k);
    let prefixed = teasers::starts_with_line_prefix(&k) && is_kicker_like(s.trim_end_matches(':'));
    (fixed || prefixed).then(|| s.trim().trim_end_matches([':', ' ']).to_owned())
}

/// "Read more: Some other story" on one line: returns the label and the
/// teaser title.
pub(crate) fn inline_pointer(s: &str) -> Option<(String, String)> {
    if s.len() > tuning::dump::MAX_LABEL_LINE_BYTES {
        return None;
    }
    let (head, tail) = s.split_once([':', '|'])?;
    let label = related_label(head)?;
    let title = tail.trim();
    (words(title) >= tuning::dump::MIN_POINTER_TITLE_WORDS && !is_paragraph_like(title))
        .then(|| (label, title.to_owned()))
}

/// The end of the article: copyright and site footer lines, and lynx's
/// reference list.
pub(crate) fn is_footer(s: &str) -> bool {
    if s.len() > tuning::dump::MAX_FOOTER_LINE_BYTES {
        return false;
    }
    let k = key(s);
    k.starts_with('©')
        || page_lines::FOOTER_PREFIXES.iter().any(|p| k.starts_with(p))
        || page_lines::FOOTER_PHRASES.iter().any(|p| k.contains(p))
        || page_lines::FOOTER_LINES.contains(&k.as_str())
}

/// "Tags: a, b, c" / "Topics: …" / "Schlagwörter: …": returns the tags.
pub(crate) fn tags_line(s: &str) -> Option<Vec<String>> {
    if s.len() > tuning::dump::MAX_LABEL_LINE_BYTES {
        return None;
    }
    let (head, tail) = s.split_once(':')?;
    let h = head.trim().to_lowercase();
    if !page_lines::TAG_LABELS.contains(&h.as_str()) {
        return None;
    }
    let tags: Vec<String> = tail
        .split([',', ';', '|', '•', '·'])
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty() && t.len() <= tuning::dump::MAX_TAG_BYTES)
        .collect();
    (!tags.is_empty()).then_some(tags)
}

/// A reading time ("3 min read") in a short line or line part.
pub(crate) fn reading_time(s: &str) -> Option<u32> {
    (s.len() <= tuning::dump::MAX_READING_TIME_BYTES)
        .then(|| byline::parse_reading_time(s))
        .flatten()
}

/// A wire credit ("SOURCE: Reuters") in a short line: the agency.
pub(crate) fn source_line(s: &str) -> Option<String> {
    (s.len() <= tuning::dump::MAX_SOURCE_LINE_BYTES)
        .then(|| byline::parse_source_line(s))
        .flatten()
}

/// A line that is only a URL.
pub(crate) fn is_url(s: &str) -> bool {
    !s.contains(' ')
        && (s.starts_with("http://") || s.starts_with("https://") || s.starts_with("www."))
}

/// Splits a line into the parts separated by `•`, `|`, `·`.
pub(crate) fn meta_parts(s: &str) -> impl Iterator<Item = &str> {
    s.split(['•', '|', '·', '◦', '▪'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans_lynx_markers() {
        let l = split_lines("  [1]Home   [IMG] \n\n\tNews [23]story here\r\n");
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].text, "Home");
        assert_eq!(l[0].links, 1);
        assert_eq!(l[1].text, "News story here");
        assert!(l[1].blank_before);
    }

    #[test]
    fn unwraps_hard_wrapped_text() {
        let para = "The committee met on Tuesday to discuss the budget for the coming\n\
                    year, and after a long debate it agreed to raise spending on roads\n\
                    and schools by a modest amount.\n\n";
        let text = format!("Budget agreed after long debate\n\n{para}{para}{para}");
        let l = split_lines(&text);
        assert_eq!(l.len(), 4, "{l:?}");
        assert!(l[1].text.ends_with("modest amount."));
    }

    #[test]
    fn shapes() {
        assert!(is_title_like(
            "Harbour council approves new ferry link, cites rising demand"
        ));
        assert!(!is_title_like(
            "The council confirmed the vote in a short statement."
        ));
        assert!(is_kicker_like("COASTAL AFFAIRS"));
        assert!(is_all_caps("COASTAL AFFAIRS"));
        assert!(is_subheading_like("Ferry schedules"));
        assert!(!is_subheading_like("The council confirmed the vote."));
        assert!(is_paragraph_like(
            "The two towns have expanded their ferry service every summer since the old bridge closed in 2019."
        ));
    }

    #[test]
    fn markers() {
        assert_eq!(related_label("Explore").as_deref(), Some("Explore"));
        assert_eq!(
            related_label("More from Europe").as_deref(),
            Some("More from Europe")
        );
        assert_eq!(
            related_label("Mehr zum Thema").as_deref(),
            Some("Mehr zum Thema")
        );
        assert!(related_label("Ferry schedules").is_none());
        assert!(is_noise_marker("Advertisement"));
        assert!(is_noise_marker("ANZEIGE"));
        assert_eq!(
            inline_pointer("Read more: Floods close roads across the north"),
            Some((
                "Read more".into(),
                "Floods close roads across the north".into()
            ))
        );
        assert!(is_footer("© 2025 Daily Planet. All rights reserved."));
        assert_eq!(
            tags_line("Tags: Russia, North Korea").unwrap(),
            ["Russia", "North Korea"]
        );
        assert!(is_byline_line("By Deniz Arslan"));
        assert!(!is_byline_line("Bypass roads"));
        assert_eq!(is_bullet("• item"), Some(("item", false)));
        assert_eq!(is_bullet("2. item"), Some(("item", true)));
    }
}
