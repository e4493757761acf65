//! Listing bodies (`content::listing`): when a page's main content is a
//! list of teasers (a section front, search results, a product grid) and
//! the body found holds little beside it, the list is the body.

/// Teaser boxes without a teaser label ("Related", "More stories") of at
/// least [`MIN_BOX_ITEMS`] items each, together at least this many items,
/// can be the page's main list (a grid is often cut into rows) …
pub(crate) const MIN_ITEMS: usize = 5;
/// … see [`MIN_ITEMS`].
pub(crate) const MIN_BOX_ITEMS: usize = 2;
/// … when the body found holds at most this many bytes of text (a
/// heading, an intro, a banner); a longer body is the page's content.
pub(crate) const MAX_BODY_CHARS: usize = 1200;
/// The boxes' text must be at least this many times the body's text (the
/// body is then a heading and an intro, or a stray banner).
pub(crate) const BOX_TO_BODY_FACTOR: usize = 3;
/// [`MAX_BODY_CHARS`] on a page that does not declare itself an article
/// (JSON-LD or `og:type`): its introduction can be longer (a section
/// front's blurb, a category's buying guide). The list must still be
/// [`BOX_TO_BODY_FACTOR`] times longer.
pub(crate) const UNDECLARED_MAX_BODY_CHARS: usize = 4000;
/// … and at least this many characters.
pub(crate) const MIN_BOX_CHARS: usize = 200;
/// A card of a grid (`content::listing`) holds at least this many
/// characters of text (menu entries hold fewer) …
pub(crate) const MIN_CARD_CHARS: u32 = 25;
/// … and the cards hold at least this share (percent) of their parent's
/// text.
pub(crate) const GRID_MIN_CARD_TEXT_PCT: u32 = 80;
/// The first this many children of an element are tried as the model card
/// of a grid.
pub(crate) const GRID_SIGNATURES_TRIED: usize = 8;
/// Junk subtrees of a main list (junk by their class names alone) that
/// share one tag and class attribute at least this many times are a part
/// of every card, and are written with the cards (`content::listing`).
pub(crate) const MIN_REPEATED_JUNK: usize = 5;
/// A grid inside the body root that holds at least this share (percent)
/// of the root's text is the body, when the body written holds less than
/// the grid (its rows were read as teaser boxes and left out).
pub(crate) const GRID_SHARE_OF_ROOT_PCT: u32 = 60;
