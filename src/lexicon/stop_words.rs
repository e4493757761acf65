//! Function words ("the", "und", "les", …): the short, frequent words that
//! running prose is full of and menus, link labels and teaser headlines
//! mostly lack. Their share of a line's words (stop-word density, as in
//! jusText) tells a sentence from a label.
//!
//! Read by `dump::score`, on lower-case words with surrounding punctuation
//! trimmed. One list for all the languages of [`Lang`](super::Lang): a word
//! that is a function word in one language is rarely a content word in
//! another, and a page's language is not known before its text is read.
//! Sorted, for binary search (a test checks).

/// Function words of English, German, French, Spanish, Italian,
/// Portuguese, Dutch and Turkish, lower case, sorted by byte value.
pub(crate) const STOP_WORDS: &[&str] = &[
    "a", "about", "after", "again", "al", "algo", "all", "als", "also", "am", "an", "and", "any",
    "are", "as", "at", "au", "auch", "auf", "aus", "aux", "be", "because", "been", "before", "bei",
    "being", "bir", "bu", "but", "by", "can", "ce", "cette", "che", "com", "como", "con", "could",
    "da", "dal", "dans", "das", "dass", "de", "dei", "del", "della", "dem", "den", "der", "des",
    "det", "did", "die", "do", "doch", "does", "dos", "du", "during", "e", "each", "een", "ein",
    "eine", "einem", "einen", "einer", "eines", "el", "ela", "ele", "elle", "en", "er", "es",
    "est", "et", "even", "every", "for", "from", "für", "gibi", "had", "has", "have", "he", "her",
    "het", "hier", "him", "his", "how", "i", "ich", "if", "ihr", "il", "ils", "im", "in", "into",
    "is", "ist", "it", "its", "ja", "je", "kann", "la", "las", "le", "les", "lo", "los", "mais",
    "man", "may", "me", "met", "might", "mit", "more", "most", "much", "must", "my", "na", "nach",
    "ne", "nicht", "niet", "no", "noch", "nog", "nous", "nur", "não", "o", "oder", "of", "on",
    "one", "only", "op", "or", "os", "other", "ou", "our", "out", "over", "par", "para", "pas",
    "per", "pero", "por", "pour", "qu", "que", "qui", "se", "she", "should", "si", "sich", "sie",
    "sind", "so", "some", "son", "such", "sul", "sur", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "um", "uma", "un",
    "una", "und", "une", "uno", "up", "us", "van", "very", "voor", "vous", "war", "was", "we",
    "were", "what", "when", "where", "which", "while", "who", "why", "wie", "will", "wir", "with",
    "would", "y", "you", "your", "zu", "zum", "zur", "är", "çok", "è", "é", "über",
];

/// True when `lower` (a lower-case word, punctuation trimmed) is a
/// function word.
pub(crate) fn is_stop_word(lower: &str) -> bool {
    STOP_WORDS.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_and_unique() {
        for w in STOP_WORDS.windows(2) {
            assert!(w[0] < w[1], "{} before {}", w[0], w[1]);
        }
    }

    #[test]
    fn reads_words() {
        assert!(is_stop_word("the"));
        assert!(is_stop_word("und"));
        assert!(!is_stop_word("council"));
    }
}
