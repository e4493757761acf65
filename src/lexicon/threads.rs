//! What marks the parts of a post in a thread (forum posts, answers,
//! reader comments): read by `content::thread`. Class and id words are
//! matched as substrings of the lower-case `class` and `id` values
//! ("cAuthorPane_author", "message-userDetails" …); link targets as
//! substrings of the `href`.

/// Schema.org types (the end of an `itemtype` URL) of one post of a
/// thread.
pub(crate) const POST_ITEM_TYPES: &[&str] = &[
    "/Comment",
    "/Answer",
    "/Question",
    "/DiscussionForumPosting",
    "/SocialMediaPosting",
];

/// `itemprop` values of a post's text.
pub(crate) const TEXT_ITEM_PROPS: &[&str] = &["text", "articleBody", "commentText"];

/// `itemprop` values of a post's author.
pub(crate) const AUTHOR_ITEM_PROPS: &[&str] = &["author", "creator"];

/// `itemprop` values of a post's date.
pub(crate) const DATE_ITEM_PROPS: &[&str] = &["datePublished", "dateCreated", "commentTime"];

/// Class or id words of the element naming a post's author.
pub(crate) const AUTHOR_CLASS_WORDS: &[&str] = &[
    "author",
    "username",
    "user-name",
    "user_name",
    "userlink",
    "user-link",
    "poster",
    "nickname",
    "commenter",
    "creator",
    "membername",
    "member-name",
];

/// Parts of a link target that lead to a member's profile: a link there
/// names the post's author.
pub(crate) const PROFILE_HREF_PARTS: &[&str] = &[
    "/u/",
    "/user/",
    "/users/",
    "/member/",
    "/members/",
    "/profile/",
    "/profiles/",
    "/people/",
    "memberlist.php",
    "member.php",
    "/user?",
    "/~",
];

/// Class or id words of the element holding a post's date.
pub(crate) const DATE_CLASS_WORDS: &[&str] = &["date", "time", "posted", "published"];

/// Class or id words of a post's container: a repeated container named
/// so is a thread before one named by the layout ("row", "col").
pub(crate) const POST_CONTAINER_WORDS: &[&str] = &[
    "post", "message", "reply", "replies", "answer", "comment", "thread", "topic",
];
