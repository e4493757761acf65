//! Threads (`content::thread`): forum posts, answers and reader comments
//! read as repeated post containers, and when their posts are the page's
//! content.

/// A `<noscript>` copy of the whole page (an application shell's page as
/// served to crawlers) is read when it holds at least this many bytes of
/// markup and the visible body holds no text. Raising it reads fewer
/// such copies.
pub(crate) const MIN_DEFERRED_PAGE_MARKUP_BYTES: usize = 4000;
/// A thread has at least this many posts. Raising it reads fewer short
/// threads as the page's content.
pub(crate) const MIN_THREAD_POSTS: usize = 2;
/// A post holds at least this many characters of visible non-link text
/// of its own (a wrapper around the posts holds none).
pub(crate) const MIN_POST_CHARS: u32 = 10;
/// The posts of a thread hold at least this many characters together.
pub(crate) const MIN_THREAD_CHARS: u32 = 200;
/// At most this many container signatures are compared on one page (a
/// bound on the cost of hostile pages).
pub(crate) const MAX_SIGNATURES: usize = 2000;
/// A signature keeps at most this many characters of its class token.
pub(crate) const MAX_SIGNATURE_CHARS: usize = 40;
/// An author name or a date line is at most this many characters.
pub(crate) const MAX_HEADER_CHARS: usize = 80;
/// The scoring's body may hold at most this many characters outside the
/// posts for the posts to be the content (more is an article with a
/// comment section). Raising it lets threads replace longer bodies.
pub(crate) const MAX_OUTSIDE_CHARS: u32 = 1000;
/// … and at most one part in this many of the posts' text.
pub(crate) const OUTSIDE_SHARE_DIVISOR: u32 = 3;
/// A body the scoring found away from the posts is replaced by them only
/// when it holds at most this many characters.
pub(crate) const MAX_LONE_BODY_CHARS: u32 = 200;
/// A post's text is the smallest element holding at least this many
/// tenths of the post's own text.
pub(crate) const TEXT_ROOT_SHARE_TENTHS: u32 = 6;
/// An element whose class names a date holds at most this many
/// characters (a date with an edit note).
pub(crate) const MAX_DATE_ELEMENT_CHARS: usize = 200;
/// At most this many author or date markers of one post are compared.
pub(crate) const MAX_MARKERS_READ: usize = 20;
/// A group of containers is a thread only when the members of other
/// groups inside it hold less than one part in this many of its text
/// (else it is a column of the layout around a thread).
pub(crate) const NESTED_THREAD_SHARE_DIVISOR: u32 = 2;
/// On a page filed as a thread (its URL or declared type), a body the
/// scoring found away from the posts gives way to them when it holds
/// less than one part in this many of their text.
pub(crate) const ASTRAY_BODY_SHARE_DIVISOR: u32 = 2;
/// The opening post is looked for before the first post and before its
/// ancestors up to this many levels …
pub(crate) const MAX_OPENING_DEPTH: usize = 6;
/// … among this many earlier siblings at each level …
pub(crate) const MAX_OPENING_SIBLINGS: usize = 3;
/// … and its author and date among its first this many elements.
pub(crate) const MAX_OPENING_ELEMENTS: usize = 3000;
