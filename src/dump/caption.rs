//! Image captions with credits: "Caption text. / AGENCY", "Caption (Photo:
//! Jane Doe)", "Photo: Jane Doe/Reuters", "Foto: dpa".

use super::lines::{is_paragraph_like, words};
use crate::lexicon::{agencies, credits};
use crate::tuning;

/// A caption line split into caption text and credit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Caption {
    /// The caption text, if the line has any besides the credit.
    pub caption: Option<String>,
    /// The credit.
    pub credit: String,
}

/// A credit by its shape: short, no sentence end, and either mostly capitals
/// or made of words credits are made of.
fn is_credit_like(s: &str) -> bool {
    let s = s.trim();
    let w = words(s);
    if !(1..=tuning::dump::MAX_CREDIT_WORDS).contains(&w)
        || s.len() > tuning::dump::MAX_SHAPED_CREDIT_BYTES
        || s.ends_with(['.', '?', '!']) && !s.ends_with(" Inc.")
    {
        return false;
    }
    if s.starts_with('©') {
        return true;
    }
    let letters: Vec<char> = s.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return false;
    }
    let upper = letters.iter().filter(|c| c.is_uppercase()).count();
    if upper * tuning::dump::CREDIT_CAPITALS_FACTOR >= letters.len() {
        return true;
    }
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .any(|t| {
            let t = t.to_lowercase();
            credits::CREDIT_WORDS.contains(&t.as_str()) || agencies::is_credit_word(&t)
        })
}

/// "Photo: X", "Foto: X", "(Photo: X)", "Photo by X", "© X" — a line or line
/// end that is only a credit. Returns the credit.
pub(crate) fn credit_only(s: &str) -> Option<String> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .or_else(|| t.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
        .unwrap_or(t)
        .trim();
    if t.len() > tuning::dump::MAX_CREDIT_LINE_BYTES
        || words(t) > tuning::dump::MAX_CREDIT_LINE_WORDS
    {
        return None;
    }
    if let Some(rest) = t.strip_prefix('©') {
        let r = rest.trim();
        return (!r.is_empty()).then(|| r.to_owned());
    }
    for label in credits::text_labels() {
        let Some(rest) = t
            .get(..label.len())
            .filter(|h| h.eq_ignore_ascii_case(label))
            .map(|_| t[label.len()..].trim_start())
        else {
            continue;
        };
        let value = if let Some(r) = rest.strip_prefix(':') {
            Some(r)
        } else {
            rest.get(..3)
                .filter(|h| h.eq_ignore_ascii_case("by "))
                .map(|_| &rest[3..])
        };
        if let Some(v) = value {
            let v = v.trim().trim_end_matches(['.', ')']).trim();
            if !v.is_empty() && !is_paragraph_like(v) && words(v) <= tuning::dump::MAX_CREDIT_WORDS
            {
                return Some(v.to_owned());
            }
        }
    }
    None
}

/// Splits a caption line with its credit: "Text. / CREDIT", "Text (Photo:
/// X)", "Text. Photo: X", "Text © X". `None` when the line has no credit.
pub(crate) fn split_caption(s: &str) -> Option<Caption> {
    if s.len() > tuning::dump::MAX_CAPTION_LINE_BYTES {
        return None;
    }
    if let Some(credit) = credit_only(s) {
        return Some(Caption {
            caption: None,
            credit,
        });
    }
    // "Caption / CREDIT": the first " / " whose remainder reads as a credit.
    let mut from = 0;
    while let Some(i) = s[from..].find(" / ").map(|i| i + from) {
        let (cap, credit) = (s[..i].trim(), s[i + 3..].trim());
        if is_credit_like(credit) {
            return Some(Caption {
                caption: (!cap.is_empty()).then(|| cap.to_owned()),
                credit: credit.to_owned(),
            });
        }
        from = i + 3;
    }
    // "Caption (Photo: X)" / "Caption. Photo: X" / "Caption © X"
    for (i, c) in s.char_indices().rev() {
        if !(matches!(c, '(' | '[' | '©') || (c.is_alphabetic() && s[..i].ends_with(' '))) {
            continue;
        }
        if i == 0 || s.len() - i > tuning::dump::MAX_CREDIT_LINE_BYTES {
            if s.len() - i > tuning::dump::MAX_CREDIT_LINE_BYTES {
                break;
            }
            continue;
        }
        let tail = &s[i..];
        let tail_ok = if c == '(' || c == '[' {
            tail.ends_with([')', ']'])
        } else {
            true
        };
        if !tail_ok {
            continue;
        }
        if let Some(credit) = credit_only(tail) {
            let cap = s[..i].trim();
            if words(cap) >= tuning::dump::MIN_CAPTION_WORDS {
                return Some(Caption {
                    caption: Some(cap.to_owned()),
                    credit,
                });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(s: &str) -> Option<(Option<String>, String)> {
        split_caption(s).map(|c| (c.caption, c.credit))
    }

    #[test]
    fn slash_credit() {
        assert_eq!(
            split("Ships wait outside the harbour. / JANE DOE VIA SATELLITE/ Handout via Reuters"),
            Some((
                Some("Ships wait outside the harbour.".into()),
                "JANE DOE VIA SATELLITE/ Handout via Reuters".into()
            ))
        );
        assert_eq!(
            split("Crowds at the square / AA"),
            Some((Some("Crowds at the square".into()), "AA".into()))
        );
        assert_eq!(
            split("Input / output ratios rose by a third in the first quarter of the year."),
            None
        );
    }

    #[test]
    fn labelled_credit() {
        assert_eq!(
            split("Rescue teams search the rubble. (Photo: Ana Lima/AFP)"),
            Some((
                Some("Rescue teams search the rubble.".into()),
                "Ana Lima/AFP".into()
            ))
        );
        assert_eq!(
            split("Rescue teams search the rubble. Photo: Getty Images"),
            Some((
                Some("Rescue teams search the rubble.".into()),
                "Getty Images".into()
            ))
        );
        assert_eq!(
            split("Der Hafen am Morgen. Foto: dpa"),
            Some((Some("Der Hafen am Morgen.".into()), "dpa".into()))
        );
        assert_eq!(split("Photo: Jane Doe"), Some((None, "Jane Doe".into())));
        assert_eq!(split("Image: Reuters"), Some((None, "Reuters".into())));
        assert_eq!(split("© Tom Reed"), Some((None, "Tom Reed".into())));
        assert_eq!(
            split("Photo by Jane Doe on Unsplash"),
            Some((None, "Jane Doe on Unsplash".into()))
        );
    }

    #[test]
    fn plain_sentences_are_not_captions() {
        assert_eq!(
            split("The council confirmed the vote in a short statement."),
            None
        );
        assert_eq!(
            split("He took a photo of the crowd, then left the square."),
            None
        );
        assert_eq!(
            split("Image rights are a difficult area, lawyers say, and rules differ."),
            None
        );
    }
}
