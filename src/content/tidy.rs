//! Final touches on the block list: a repeated title, byline and source
//! lines, share / tag / call-to-action lines, "Read more: …" links, captions
//! that follow their image, and label lines at the head and tail of the body.

use super::{Content, image, related};
use crate::dom::normalize_space;
use crate::lexicon::{bylines, credits, page_lines};
use crate::tuning;
use crate::{Block, RelatedList};

/// Final touches on the block list: drop a repeated title, take byline and
/// source lines out of the text, move "Read more: …" lines into `related`.
pub(super) fn tidy_blocks(
    body: &mut Vec<Block>,
    title: Option<&str>,
    content: &mut Content,
    related: &mut Vec<RelatedList>,
) {
    let title_norm = title.map(|t| normalize_space(t).to_lowercase());
    let mut out = Vec::with_capacity(body.len());
    let n = body.len();
    for (i, block) in std::mem::take(body).into_iter().enumerate() {
        let text = block.text();
        let near_start = i < tuning::BODY_HEAD_BLOCKS;
        let near_end = i + tuning::BODY_TAIL_BLOCKS >= n;
        if near_start
            && let Some(t) = &title_norm
            && matches!(block, Block::Heading { .. } | Block::Paragraph { .. })
            && normalize_space(&text).to_lowercase() == *t
        {
            continue;
        }
        if let Block::Paragraph { marks, .. } = &block {
            if near_start && let Some(byline) = byline_line(&text) {
                if content.byline_authors.is_empty() {
                    content.byline_authors = byline.authors;
                }
                if content.source.is_none() {
                    content.source = byline.source;
                }
                continue;
            }
            if near_end && let Some(src) = source_line(&text) {
                content.source.get_or_insert(src);
                continue;
            }
            if near_end && is_short_notice(&text, page_lines::READER_APPEALS) {
                continue;
            }
            if near_end && is_short_notice(&text, page_lines::RIGHTS_NOTICES) {
                continue;
            }
            if let Some(credit) = lead_image_credit_line(&text) {
                if let Some(img) = &mut content.lead_image {
                    img.credit.get_or_insert(credit);
                }
                continue;
            }
            if is_share_line(&text) {
                continue;
            }
            if (near_end && is_lone_link(&text, marks)) || is_tag_line(&text, marks) {
                continue;
            }
            if let Some((label, item)) = read_more_line(&text, marks) {
                match related
                    .iter_mut()
                    .find(|l| l.label.as_deref() == Some(label.as_str()))
                {
                    Some(list) => list.items.push(item),
                    None => related.push(RelatedList {
                        label: Some(label),
                        items: vec![item],
                    }),
                }
                continue;
            }
        }
        // A listing's card text after its picture is the card, not a
        // caption.
        if let (Some(Block::Figure { image }), Block::Paragraph { .. }) = (out.last_mut(), &block)
            && !content.list_body
            && image.caption.is_none()
            && text.chars().count() <= tuning::MAX_LOOSE_CAPTION_CHARS
            && looks_like_caption(&text, image.alt.as_deref())
        {
            let (caption, credit) = image::split_caption_credit(&text);
            image.caption = caption;
            image.credit = image.credit.take().or(credit);
            continue;
        }
        out.push(block);
    }
    // The tail of a body: a heading there heads nothing, and short unpunctuated
    // lines after the last paragraph are labels ("Contact:", "About the
    // author", "Tags") of boxes that were left out.
    let has_prose = |blocks: &[Block]| {
        blocks
            .iter()
            .any(|b| matches!(b, Block::Paragraph { text, .. } if text.len() >= tuning::MIN_PROSE_PARAGRAPH_BYTES))
    };
    if let Some(start) = contact_box_start(&out)
        && has_prose(&out[..start])
    {
        out.truncate(start);
    }
    let mut trimmed = 0;
    while let Some(last) = out.last()
        && trimmed < tuning::MAX_TRAILING_BLOCKS_TRIMMED
        && has_prose(&out[..out.len() - 1])
    {
        trimmed += 1;
        let drop = match last {
            Block::Heading { .. } => true,
            Block::Paragraph { text, .. } => {
                related::is_teaser_label(text) || is_trailing_label(text)
            }
            _ => false,
        };
        if drop {
            out.pop();
        } else {
            break;
        }
    }
    // The head of a body: short unpunctuated lines before the first real
    // paragraph are kickers, datelines and labels (a listing's are its
    // first cards and its result count).
    let mut lead = 0;
    while !content.list_body && lead < tuning::MAX_LEADING_LABELS_TRIMMED && lead + 1 < out.len() {
        match &out[lead] {
            Block::Paragraph { text, .. } if is_trailing_label(text) => lead += 1,
            _ => break,
        }
    }
    if lead > 0 && has_prose(&out[lead..]) {
        out.drain(..lead);
    }
    *body = out;
}

/// A paragraph right after an image that reads as its caption: it repeats
/// the alt text or carries a credit marker.
fn looks_like_caption(text: &str, alt: Option<&str>) -> bool {
    let lower = text.to_lowercase();
    alt.is_some_and(|a| !a.is_empty() && lower.starts_with(&a.to_lowercase()))
        || [
            "©",
            "foto:",
            "photo:",
            "bild:",
            "image:",
            "credit:",
            "getty images",
            "(c)",
        ]
        .iter()
        .any(|m| lower.contains(m))
}

/// A short paragraph crediting the lead image ("Titelbild: Jane Roe/dpa"):
/// the credit, without its label.
fn lead_image_credit_line(text: &str) -> Option<String> {
    if text.chars().count() > tuning::MAX_LOOSE_CAPTION_CHARS {
        return None;
    }
    let lower = text.to_lowercase();
    let label = credits::LEAD_IMAGE_CREDIT_LABELS
        .iter()
        .find(|l| lower.starts_with(*l))?;
    // Lower-casing keeps these labels' byte lengths.
    let rest = text.get(label.len()..)?.trim_start();
    let credit = rest.strip_prefix(':')?.trim();
    (!credit.is_empty()).then(|| image::clean_credit(credit))
}

/// A short line without closing punctuation: a label, not a sentence.
fn is_trailing_label(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= tuning::MAX_LABEL_LINE_CHARS
        && !t.ends_with(['.', '!', '?', ')', '"', '”', '“', '»', '«', '…', '。'])
}

/// A short paragraph that is one link and nothing else ("Back to the
/// overview", "PDF", "Next"): navigation, not prose.
fn is_lone_link(text: &str, marks: &[crate::Mark]) -> bool {
    text.chars().count() <= tuning::MAX_LONE_LINK_CHARS
        && text.split_whitespace().count() <= tuning::MAX_LONE_LINK_WORDS
        && marks.iter().any(|m| {
            matches!(m.kind, crate::MarkKind::Link { .. }) && m.start == 0 && m.end >= text.len()
        })
}

/// "Tags: …" lines whose rest is links.
fn is_tag_line(text: &str, marks: &[crate::Mark]) -> bool {
    let is_label = |t: &str| {
        // Labels are a word or two: longer lines are not lower-cased.
        t.chars().count() <= tuning::MAX_LABEL_LINE_CHARS
            && page_lines::TAG_LABELS.contains(&t.to_lowercase().as_str())
    };
    let Some((label, rest)) = text.split_once(':') else {
        return is_label(text.trim());
    };
    if !is_label(label.trim()) {
        return false;
    }
    let linked: usize = marks
        .iter()
        .filter(|m| matches!(m.kind, crate::MarkKind::Link { .. }))
        .map(|m| m.end - m.start)
        .sum();
    rest.trim().is_empty() || linked * tuning::TAG_LINE_LINK_TEXT_FACTOR >= rest.trim().len()
}

/// Names on share buttons, lower case.
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "pinterest",
    "whatsapp",
    "linkedin",
    "xing",
    "reddit",
    "telegram",
    "tumblr",
    "flipboard",
    "pocket",
    "threads",
    "bluesky",
    "mastodon",
    "messenger",
    "email",
    "e-mail",
    "mail",
    "print",
    "drucken",
    "share",
    "teilen",
    "partager",
    "compartir",
    "condividi",
    "tweet",
];

/// A line of share buttons ("Facebook Twitter Pinterest", or the names
/// run together as buttons render them: "FacebookTwitterE-Mail").
fn is_share_line(text: &str) -> bool {
    if text.len() > tuning::MAX_SHARE_LINE_BYTES {
        return false;
    }
    let lower = text.to_lowercase();
    let mut names = 0;
    for word in lower.split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '/' | ',')) {
        let mut rest = word.trim_matches(|c: char| !c.is_alphanumeric());
        // Names run together: take the longest name the rest starts with.
        while !rest.is_empty() {
            let Some(name) = SHARE_WORDS
                .iter()
                .filter(|w| rest.starts_with(*w))
                .max_by_key(|w| w.len())
            else {
                return false;
            };
            rest = rest[name.len()..].trim_start_matches(|c: char| !c.is_alphanumeric());
            names += 1;
        }
    }
    names >= tuning::MIN_SHARE_NAMES
}

/// A short paragraph holding one of `phrases` (lower case): an appeal to
/// the reader or a notice of the site, as publishers open and end articles
/// with.
fn is_short_notice(text: &str, phrases: &[&str]) -> bool {
    if text.chars().count() > tuning::MAX_NOTICE_CHARS {
        return false;
    }
    let lower = text.to_lowercase();
    phrases.iter().any(|w| lower.contains(w))
}

/// A short line naming a box of contact details ("Kontakt:", "Press
/// contact", "Ansprechpartnerin zum Thema:").
fn is_contact_label(text: &str) -> bool {
    let t = text.trim().trim_end_matches(':').trim_end();
    if t.chars().count() > tuning::MAX_LABEL_LINE_CHARS {
        return false;
    }
    let lower = t.to_lowercase();
    page_lines::CONTACT_LABELS.iter().any(|l| {
        lower
            .strip_prefix(l)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':']))
    })
}

/// A short line of contact details: an e-mail address or a phone number.
fn is_contact_line(text: &str) -> bool {
    text.chars().count() <= tuning::MAX_CONTACT_LINE_CHARS
        && (text.contains('@')
            || text.contains("[at]")
            || text.bytes().filter(u8::is_ascii_digit).count() >= tuning::MIN_PHONE_DIGITS)
}

/// Where a box of contact details at the end of `blocks` starts: a contact
/// label among the last blocks, followed by short lines only, one of them
/// an address or a number. Press releases and institutional news end so;
/// the first such label starts the box (several contacts may follow).
fn contact_box_start(blocks: &[Block]) -> Option<usize> {
    fn line(b: &Block) -> Option<&str> {
        match b {
            Block::Paragraph { text, .. } | Block::Heading { text, .. } => Some(text),
            _ => None,
        }
    }
    let first = blocks.len().saturating_sub(tuning::MAX_CONTACT_BOX_BLOCKS);
    (first..blocks.len()).find(|&start| {
        let rest = &blocks[start + 1..];
        line(&blocks[start]).is_some_and(is_contact_label)
            && rest.iter().all(|b| {
                line(b).is_some_and(|t| t.chars().count() <= tuning::MAX_CONTACT_LINE_CHARS)
            })
            && rest
                .iter()
                .any(|b| matches!(b, Block::Paragraph { text, .. } if is_contact_line(text)))
    })
}

/// "By A and B" as a standalone short line at the top of the body.
fn byline_line(text: &str) -> Option<crate::parse::byline::Byline> {
    let t = text.trim();
    let starts_with_by = bylines::body_line_forms().any(|p| t.starts_with(&p));
    if !starts_with_by || t.chars().count() > tuning::MAX_BODY_BYLINE_CHARS {
        return None;
    }
    crate::parse::byline::parse_byline(t).filter(|b| !b.authors.is_empty())
}

/// A wire-credit line ("SOURCE: AFP", "(AP)") at the end of the body.
fn source_line(text: &str) -> Option<String> {
    crate::parse::byline::parse_source_line(text)
}

/// "Read more: <headline link>" inside the body → a related item.
fn read_more_line(text: &str, marks: &[crate::Mark]) -> Option<(String, crate::RelatedItem)> {
    let (prefix, rest) = text.split_once(':')?;
    if !related::is_teaser_label(prefix)
        || prefix.split_whitespace().count() > tuning::MAX_READ_MORE_LABEL_WORDS
    {
        return None;
    }
    let link = marks.iter().find_map(|m| match &m.kind {
        crate::MarkKind::Link { href }
            if m.end - m.start + tuning::READ_MORE_LINK_SLACK_BYTES >= rest.trim().len() =>
        {
            Some(href.clone())
        }
        _ => None,
    })?;
    let title = rest.trim().to_string();
    if title.is_empty() {
        return None;
    }
    Some((
        prefix.trim().to_string(),
        crate::RelatedItem {
            title,
            url: Some(link),
            author: None,
        },
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_button_lines() {
        for line in [
            "FacebookTwitterPinterest",
            "Facebook Twitter E-Mail",
            "Teilen: WhatsApp | Facebook | Drucken",
            "FacebookWhatsAppLinkedIn",
        ] {
            assert!(is_share_line(line), "{line}");
        }
        for line in [
            "Facebook",
            "Facebook and Twitter fined",
            "Share prices fell on Monday.",
            "Mailbox Twitter",
        ] {
            assert!(!is_share_line(line), "{line}");
        }
    }

    #[test]
    fn byline_lines() {
        assert_eq!(
            byline_line("By Ana Ruiz and Omar Haddad").unwrap().authors,
            ["Ana Ruiz", "Omar Haddad"]
        );
        assert!(byline_line("By the way, this is a sentence about things.").is_none());
        assert_eq!(source_line("SOURCE:AFP").as_deref(), Some("AFP"));
        assert_eq!(source_line("Source: Reuters").as_deref(), Some("Reuters"));
        assert!(source_line("Sources say the deal is close to being finished now.").is_none());
        assert!(byline_line("Ana Ruiz").is_none());
    }
}
