//! Line scores and the article run.
//!
//! Every line of the dump is classified by its shape, jusText-style: prose
//! (long enough, ending like a sentence or dense in function words), a
//! short sentence, a short line (label, heading, menu entry, list item),
//! a short line repeated elsewhere in the dump (menus shown twice), page
//! chrome (consent banners, account prompts, legal links), a barrier (a
//! label opening a comment section or a teaser list), a byline (the
//! article's text starts below it) or code (neutral). Each class scores:
//! prose its words, short sentences half their words, code nothing,
//! everything else a cost. The article is the run of lines with the highest total (a
//! maximum-sum segment): short lines between paragraphs (subheadings, pull
//! quotes, ad labels) cost less than the paragraphs around them weigh, so
//! the run carries over them, while a menu, a teaser list or a consent
//! banner between two blocks of text splits them and the longer block wins.
//! The run stops above a comment section (a cluster of post headers) unless
//! the dump is a forum thread, and drops a labelled box that closes it when
//! the text above weighs much more.

use std::collections::HashMap;

use super::lines::{self, Line, ends_sentence, words};
use crate::lexicon::{page_kinds, page_lines, stop_words};
use crate::tuning::dump as tun;

/// What a line is, by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Running text.
    Prose,
    /// A short sentence.
    Sentence,
    /// A short line: heading, label, list item, menu entry.
    Short,
    /// A short line that the dump holds more than once.
    Repeated,
    /// Consent banners, account prompts, legal links.
    Chrome,
    /// A label that opens a comment section or a teaser list.
    Barrier,
    /// A byline ("By Ana Lima"): the article's text starts below it.
    Byline,
    /// A line of program code (indented, or shaped like code): neither
    /// prose nor furniture, it neither carries nor breaks a run.
    Code,
}

impl Kind {
    /// Lines of these kinds are left out of the body wherever they stand.
    pub(crate) fn is_furniture(self) -> bool {
        matches!(self, Kind::Repeated | Kind::Chrome)
    }
}

/// The article run: `lines[start..end]`, with each line's kind.
#[derive(Debug)]
pub(crate) struct Run {
    pub start: usize,
    pub end: usize,
    pub kinds: Vec<Kind>,
}

/// Classifies every line and picks the best run; `None` when no line
/// scores above zero. When the dump has a comment section (a cluster of
/// post headers) and the text above it scores high enough, the run is
/// looked for above it.
pub(crate) fn best_run(lines: &[Line]) -> Option<Run> {
    let kinds = classify(lines);
    let scores: Vec<f32> = lines
        .iter()
        .zip(&kinds)
        .map(|(l, &k)| score(k, words(&l.text)))
        .collect();
    let mut limit = scores.len();
    if let Some(c) = comment_start(lines)
        && !lines.iter().any(|l| is_thread_line(&l.text))
    {
        let above = max_segment(&scores[..c]);
        if above.2 >= tun::MIN_SCORE_ABOVE_COMMENTS {
            limit = c;
        }
    }
    let (start, mut end, _) = max_segment(&scores[..limit]);
    // A labelled box closing the run (related products, teasers with
    // summaries) is not the article's end when the text above it weighs
    // much more.
    if let Some(b) = (start + 1..end).rev().find(|&i| kinds[i] == Kind::Barrier) {
        let head: f32 = scores[start..b].iter().sum();
        let tail: f32 = scores[b + 1..end].iter().sum();
        if tail < tun::MAX_TAIL_BOX_SHARE * head {
            end = b;
        }
    }
    (end > start).then_some(Run { start, end, kinds })
}

/// The maximum-sum segment of `scores`: (start, end, sum).
fn max_segment(scores: &[f32]) -> (usize, usize, f32) {
    let (mut best, mut cur) = (0.0f32, 0.0f32);
    let (mut start, mut end, mut cur_start) = (0, 0, 0);
    for (i, &s) in scores.iter().enumerate() {
        if cur <= 0.0 {
            cur = 0.0;
            cur_start = i;
        }
        cur += s;
        if cur > best {
            best = cur;
            start = cur_start;
            end = i + 1;
        }
    }
    (start, end, best)
}

/// The first line of the comment section: the first post header of
/// [`tun::MIN_COMMENT_CLUSTER_POSTS`] within
/// [`tun::COMMENT_CLUSTER_LINES`] lines, or the comment label just above it.
fn comment_start(lines: &[Line]) -> Option<usize> {
    let posts: Vec<usize> = (0..lines.len())
        .filter(|&i| is_post_header(&lines[i].text))
        .collect();
    let need = tun::MIN_COMMENT_CLUSTER_POSTS.max(1);
    let first = posts
        .windows(need)
        .find(|w| w[need - 1] - w[0] <= tun::COMMENT_CLUSTER_LINES)
        .map(|w| w[0])?;
    // Back up over the label and the lines of the first post above its
    // header: up to the nearest comment label close above.
    let label = (first.saturating_sub(tun::COMMENT_CLUSTER_LINES)..first)
        .rev()
        .find(|&i| is_comment_label(&lines[i].text));
    Some(label.unwrap_or(first))
}

/// The post headers of a forum or Q&A thread (a dump with thread markers
/// such as "Thread starter"); 0 for any other dump, whose post headers
/// are an article's comments.
pub(crate) fn thread_posts(lines: &[Line]) -> usize {
    if !lines.iter().any(|l| is_thread_line(&l.text)) {
        return 0;
    }
    lines.iter().filter(|l| is_post_header(&l.text)).count()
}

/// "Thread starter", "Improve this answer": the dump is a thread.
fn is_thread_line(t: &str) -> bool {
    t.len() <= tun::MAX_POST_HEADER_BYTES && {
        let lower = t.trim_start().to_lowercase();
        page_kinds::THREAD_LINE_PREFIXES
            .iter()
            .any(|p| lower.starts_with(p))
    }
}

/// A line that heads or closes a comment or forum post: "Jo Park says:",
/// a date with a time ("July 14, 2015 at 3:53 pm"), "Reply".
fn is_post_header(t: &str) -> bool {
    if t.len() > tun::MAX_POST_HEADER_BYTES {
        return false;
    }
    let w = words(t);
    if w > tun::MAX_POST_HEADER_WORDS {
        return false;
    }
    let lower = t.to_lowercase();
    let k = lower.trim_end_matches(|c: char| !c.is_alphanumeric());
    if page_lines::POST_ACTIONS.contains(&k)
        || k.strip_prefix("reply to ").is_some_and(|r| words(r) <= 3)
    {
        return true;
    }
    // "by MpVpRb ( 1423381 )": a commenter's byline with a user number.
    if lines::is_byline_line(t) && t.ends_with(')') && t.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    if w >= 2
        && k.rsplit(' ')
            .next()
            .is_some_and(|last| page_lines::POST_SAYS.contains(&last))
    {
        return true;
    }
    // A labelled date ("Date: …") heads a quoted e-mail, not a post.
    let labelled = t
        .split_whitespace()
        .next()
        .is_some_and(|first| first.ends_with(':'));
    !labelled && has_clock_time(t) && crate::parse::date::parse_date(t).is_some()
}

/// Holds a clock time ("9:46", "12:05").
fn has_clock_time(t: &str) -> bool {
    let b = t.as_bytes();
    b.windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// What a line adds to (or costs) the run that holds it.
fn score(kind: Kind, words: usize) -> f32 {
    let w = words as f32;
    match kind {
        Kind::Prose => w,
        Kind::Sentence => w * tun::SHORT_SENTENCE_WEIGHT,
        Kind::Short => -tun::SHORT_LINE_COST,
        Kind::Repeated => -tun::REPEATED_LINE_COST,
        Kind::Chrome => -w.max(tun::MIN_CHROME_LINE_COST),
        Kind::Barrier => -tun::BARRIER_LINE_COST,
        Kind::Code => 0.0,
        Kind::Byline => -tun::BYLINE_LINE_COST,
    }
}

/// The kind of every line.
pub(crate) fn classify(lines: &[Line]) -> Vec<Kind> {
    let mut seen: HashMap<String, usize> = HashMap::new();
    let keys: Vec<Option<String>> = lines
        .iter()
        .map(|l| (words(&l.text) < tun::MAX_REPEATED_LINE_WORDS).then(|| l.text.to_lowercase()))
        .collect();
    for k in keys.iter().flatten() {
        *seen.entry(k.clone()).or_insert(0) += 1;
    }
    let mut kinds: Vec<Kind> = lines
        .iter()
        .zip(&keys)
        .map(|(line, key)| {
            let copies = key.as_ref().and_then(|k| seen.get(k).copied()).unwrap_or(1);
            classify_line(line, copies)
        })
        .collect();
    // Many bylines: a list of posts, each with its author; none heads
    // the article alone.
    if kinds.iter().filter(|&&k| k == Kind::Byline).count() > tun::MAX_HEADING_BYLINES {
        for k in kinds.iter_mut().filter(|k| **k == Kind::Byline) {
            *k = Kind::Short;
        }
    }
    // A teaser label followed straight by prose is an empty box or an
    // inline marker ("Also read" whose teaser the dump lost): the article
    // goes on under it.
    for i in 0..kinds.len() {
        if kinds[i] == Kind::Barrier
            && kinds.get(i + 1) == Some(&Kind::Prose)
            && lines::related_label(&lines[i].text).is_some()
        {
            kinds[i] = Kind::Short;
        }
    }
    kinds
}

fn classify_line(line: &Line, copies: usize) -> Kind {
    let repeated = copies > 1;
    let t = line.text.as_str();
    let w = words(t);
    let (stops, consent) = word_stats(t);
    if consent >= tun::MIN_CONSENT_WORDS {
        return Kind::Chrome;
    }
    if w < tun::MAX_CHROME_LINE_WORDS && (is_chrome(t) || lines::is_footer(t)) {
        return Kind::Chrome;
    }
    // A teaser label that recurs is a button ("Read more" under every
    // product), not the head of a list.
    if is_comment_label(t) || (copies < tun::MIN_BUTTON_COPIES && lines::related_label(t).is_some())
    {
        return Kind::Barrier;
    }
    // A byline heads the article: the article's text never runs across
    // it, so teasers above it are not joined to the text below.
    if w <= tun::MAX_BYLINE_BARRIER_WORDS && lines::parse_byline_line(t).is_some() {
        return Kind::Byline;
    }
    if repeated {
        return Kind::Repeated;
    }
    if line.is_noise() || is_truncated_teaser(t, w) || is_glued_labels(t) {
        return Kind::Short;
    }
    let sentence = ends_sentence(t);
    if w >= tun::MIN_PROSE_WORDS
        && (sentence || stops as f32 >= tun::MIN_PROSE_STOP_WORD_SHARE * w as f32)
    {
        return Kind::Prose;
    }
    if is_code(line) {
        return Kind::Code;
    }
    if w >= tun::MIN_SHORT_SENTENCE_WORDS && sentence {
        return Kind::Sentence;
    }
    Kind::Short
}

/// Function words and distinct consent words among the line's first
/// words.
fn word_stats(t: &str) -> (usize, usize) {
    let mut stops = 0;
    let mut consent: Vec<&str> = Vec::new();
    let mut buf = String::new();
    for raw in t.split_whitespace().take(tun::WORD_COUNT_CAP) {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        buf.clear();
        buf.extend(word.chars().flat_map(char::to_lowercase));
        if stop_words::is_stop_word(&buf) {
            stops += 1;
        } else if let Some(&c) = page_lines::CONSENT_WORDS.iter().find(|&&c| c == buf)
            && !consent.contains(&c)
        {
            consent.push(c);
        }
    }
    (stops, consent.len())
}

/// Holds an account, newsletter, legal or comment-form phrase.
fn is_chrome(t: &str) -> bool {
    let lower = t.to_lowercase();
    page_lines::CHROME_PHRASES.iter().any(|p| lower.contains(p))
}

/// "Comments", "12 Comments", "Leave a Reply", "59 Comments on “…”".
pub(crate) fn is_comment_label(t: &str) -> bool {
    if t.len() > tun::MAX_LABEL_LINE_BYTES {
        return false;
    }
    let lower = t.to_lowercase();
    let k = lower
        .trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace())
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    page_lines::COMMENT_LABELS.contains(&k)
        || (k.len() < lower.len()
            && page_lines::COMMENT_LABELS.iter().any(|l| {
                k.strip_prefix(l)
                    .is_some_and(|r| r.starts_with(" on ") || r.starts_with(" to "))
            }))
}

/// Link labels run together without spaces, as a menu's innerText comes
/// out: "How to Invest MoneyWhat to Invest InHow to Invest in Stocks".
pub(crate) fn is_glued_labels(t: &str) -> bool {
    let mut glued = 0;
    let mut prev = ' ';
    for c in t.chars() {
        if c.is_uppercase() && (prev.is_lowercase() || matches!(prev, '?' | '!' | ')')) {
            glued += 1;
        }
        prev = c;
    }
    glued >= tun::MIN_GLUED_LABELS && glued * tun::GLUED_LABEL_WORDS_PER_JOIN >= words(t)
}

/// Program code: an indented line, or one ending in a brace or semicolon
/// with few letters for its length.
fn is_code(line: &Line) -> bool {
    let t = line.text.as_str();
    let last = t.chars().last().unwrap_or(' ');
    let first = t.chars().next().unwrap_or(' ');
    let punct = t
        .chars()
        .filter(|c| matches!(c, '{' | '}' | ';' | '=' | '<' | '>'))
        .count();
    (line.indented || matches!(last, '{' | '}' | ';') || matches!(first, '}' | '<'))
        && punct > 0
        && !ends_sentence_strictly(t)
}

/// Ends in a full stop, question or exclamation mark (prose, not code).
fn ends_sentence_strictly(t: &str) -> bool {
    t.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…'])
}

/// "Ten things to know before you buy a …": a teaser cut short.
fn is_truncated_teaser(t: &str, w: usize) -> bool {
    w < tun::MAX_TRUNCATED_TEASER_WORDS && (t.ends_with("...") || t.ends_with('…'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> (Run, Vec<Line>) {
        let l = lines::split_lines(text);
        (best_run(&l).unwrap(), l)
    }

    #[test]
    fn kinds() {
        let l = lines::split_lines(
            "Home\nWe use cookies and similar tools; accept them or manage your preferences to continue with a better experience on this site today.\n\
             The council met on Monday and agreed on a plan for the harbour.\nComments\nSign up for our newsletter",
        );
        let k = classify(&l);
        assert_eq!(
            k,
            [
                Kind::Short,
                Kind::Chrome,
                Kind::Prose,
                Kind::Barrier,
                Kind::Chrome
            ]
        );
    }

    #[test]
    fn run_carries_over_subheadings_but_not_menus() {
        let para = "The harbour board agreed on Monday to extend the ferry service through the winter months, after a survey showed steady demand.";
        let menu = "News\nSport\nWeather\nCulture\nTravel\nVideo\nAudio\nLive\n".repeat(3);
        let text = format!(
            "{menu}\nShort teaser paragraph that has some words in it.\n{menu}{para}\nWhat changes\n{para}\n{para}\nMost read\nA\nB\n"
        );
        let (r, l) = run(&text);
        assert!(l[r.start].text.starts_with("The harbour"));
        assert!(l[r.end - 1].text.starts_with("The harbour"));
        assert_eq!(r.end - r.start, 4);
    }
}
