//! Fixed phrases of page furniture, read as whole lines or line openings:
//! reading-time labels, wire-credit ("source") lines, inline ad and share
//! markers, footer lines and tag labels.
//!
//! Where each list is read is said at the list. The reading-time and
//! source lists serve `parse::byline` (and through it both the HTML and
//! the text-dump path); the marker, footer and tag lists serve the
//! text-dump path only (`dump::lines`), where no markup tells furniture
//! from text. Membership only: the order of a list does not matter.

/// `parse::byline::parse_reading_time`: one of these words (lower case)
/// makes a short line a reading-time label ("2 min read", "Lesezeit: 3 Min.").
pub(crate) const READING_TIME_WORDS: &[&str] = &[
    "read",
    "reading",
    "lesezeit",
    "lesedauer",
    "lecture",
    "lectura",
    "leitura",
    "lettura",
    "okuma",
    "leestijd",
];

/// `parse::byline::parse_reading_time`: the unit after the number of
/// minutes ("3 min", "5 minutos", "4 dk").
pub(crate) const READING_TIME_UNITS: &[&str] = &[
    "min", "mins", "minute", "minutes", "minuten", "minutos", "minuti", "minuut", "dk", "dakika",
    "mn",
];

/// `parse::byline::parse_source_line`: a label that opens a wire-credit
/// line before a colon ("SOURCE:AFP", "Quelle: dpa"), ASCII case ignored.
pub(crate) const SOURCE_LABELS: &[&str] = &[
    "sources", "source", "quellen", "quelle", "fuentes", "fuente", "fonte", "kaynak", "bron",
    "credit",
];

/// `parse::byline::parse_source_line`: words (with their space) that open
/// a line naming a wire service ("with AFP", "mit dpa").
pub(crate) const WIRE_CREDIT_LEADS: &[&str] = &[
    "with ",
    "mit ",
    "avec ",
    "con ",
    "additional reporting by ",
    "reporting by ",
    "mit material von ",
    "material von ",
];

/// `dump::lines`: whole text-dump lines (lower case, punctuation-trimmed)
/// that are dropped from the body wherever they stand: ad markers
/// ("Advertisement", "Sponsored", "Anzeige"), share and tool buttons.
pub(crate) const INLINE_MARKERS: &[&str] = &[
    "advertisement",
    "advertising",
    "ad",
    "sponsored",
    "sponsored content",
    "anzeige",
    "werbung",
    "publicité",
    "publicidad",
    "pubblicità",
    "reklam",
    "skip advertisement",
    "continue reading",
    "continue reading below",
    "story continues below",
    "story continues below advertisement",
    "article continues below",
    "article continues below advertisement",
    "scroll to continue",
    "scroll to continue with content",
    "weiterlesen",
    "weiter nach der anzeige",
    "artikel wird unter der anzeige fortgesetzt",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "share on x",
    "copy link",
    "link copied",
    "print",
    "email",
    "e-mail",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "linkedin",
    "telegram",
    "reddit",
    "listen",
    "listen to this article",
    "listen to article",
    "artikel anhören",
    "artikel teilen",
    "teilen",
    "drucken",
    "save",
    "save article",
    "bookmark",
    "comments",
    "comment",
    "kommentare",
    "follow",
    "follow us",
    "zoom",
    "enlarge",
    "enlarge image",
    "expand",
    "close",
    "image",
    "video",
    "gallery",
    "menu",
    "skip to content",
    "skip to main content",
    "home",
    "back to top",
    "log in",
    "login",
    "log out",
    "logout",
    "sign in",
    "sign out",
    "register",
    "my account",
    "search",
    "sections",
    "supported by",
    "anmelden",
    "abmelden",
    "suche",
    "newsletter",
    "sign up for our newsletter",
    "subscribe to our newsletter",
    "subscribe",
    "sign up",
];

/// `dump::lines`: a text-dump line opening with one of these (lower case)
/// is page footer (besides a line opening with "©").
pub(crate) const FOOTER_PREFIXES: &[&str] = &["copyright", "(c) "];

/// `dump::lines`: a text-dump line containing one of these is page footer.
pub(crate) const FOOTER_PHRASES: &[&str] = &[
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
];

/// `dump::lines`: whole text-dump lines that are page footer (link lists,
/// legal pages).
pub(crate) const FOOTER_LINES: &[&str] = &[
    "references",
    "visible links",
    "hidden links",
    "terms of use",
    "terms and conditions",
    "privacy policy",
    "cookie policy",
    "cookie settings",
    "impressum",
    "datenschutz",
    "about us",
    "contact us",
    "follow us on",
];

/// `dump::lines` and `content::tidy`: the label before the colon of a tags
/// line ("Tags: a, b", "Schlagwörter: …"), or the whole line.
pub(crate) const TAG_LABELS: &[&str] = &[
    "tags",
    "tagged",
    "topics",
    "keywords",
    "schlagwörter",
    "schlagworte",
    "themen",
    "mots-clés",
    "etiquetas",
    "temas",
    "sujets",
    "etiketler",
];

/// `content::tidy`: a short paragraph at the tail of a body that
/// contains one of these (lower case) appeals to the reader instead of
/// telling the story: subscribe or follow, get the app, support or donate,
/// log in to comment. Phrases, not single words, where a word alone would
/// also be news ("support", "app").
pub(crate) const READER_APPEALS: &[&str] = &[
    // subscribe, follow
    "subscribe",
    "subscription",
    "newsletter",
    "sign up",
    "signing up",
    "follow us",
    "abonnieren",
    "abonnement",
    "abonnez",
    "suscríbete",
    "suscribete",
    "síguenos",
    "siguenos",
    "folgen sie uns",
    "melden sie sich",
    "iscriviti",
    // the app
    "apps for ios",
    "download our app",
    "straight to your phone",
    // support, donate
    "support us",
    "support our",
    "your support",
    "unterstütze ",
    "unterstützen sie uns",
    "jede spende",
    "kleine spende",
    "bezahlschranke",
    "paywall",
    "soutenez",
    "apóyanos",
    "sostienici",
    "wesprzyj",
    // comment furniture
    "einloggen",
    "eingeloggt",
    "logged in to comment",
    "logged in to post",
    "log in to comment",
    "log in to post",
    "comments are closed",
    "comments closed",
    "kommentare geschlossen",
    "publier les commentaires",
    "post comments (atom)",
    "letter to the editor",
    "leserbrief",
];

/// `content::tidy`: a short paragraph at the tail of a body that contains
/// one of these (lower case) is a rights, licence or opinion notice of the
/// site, not part of the story.
pub(crate) const RIGHTS_NOTICES: &[&str] = &[
    "all rights reserved",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "wszelkie prawa zastrzeżone",
    "meinung des autors",
    "meinung der autorin",
    "n'engagent que",
    "n’engagent que",
    "do not necessarily reflect",
    "does not necessarily reflect",
    "nicht notwendigerweise die",
    "unter der lizenz cc",
    "under a creative commons",
    "unter einer creative commons",
    "sous licence creative commons",
];

/// `content::tidy`: a short line that is one of these (lower case, a
/// trailing colon and words after the label allowed: "Kontakt:",
/// "Ansprechpartnerin zum Thema:") heads a box of contact details, which
/// ends press releases and institutional news; it is not the story.
pub(crate) const CONTACT_LABELS: &[&str] = &[
    "contact",
    "contacts",
    "press contact",
    "media contact",
    "media contacts",
    "press enquiries",
    "media enquiries",
    "kontakt",
    "pressekontakt",
    "ansprechpartner",
    "ansprechpartnerin",
    "ansprechpersonen",
    "wissenschaftliche ansprechpartner",
    "contact presse",
    "contacto",
    "contacto de prensa",
    "contatti",
    "contatto",
];

/// `dump::score`: words of consent banners and privacy notices (lower
/// case). A text-dump line holding
/// [`MIN_CONSENT_WORDS`](crate::tuning::dump::MIN_CONSENT_WORDS) different
/// ones is a banner, however long: "We use cookies and similar technologies
/// to personalise content … Accept all".
pub(crate) const CONSENT_WORDS: &[&str] = &[
    "cookie",
    "cookies",
    "consent",
    "privacy",
    "accept",
    "reject",
    "preferences",
    "personalise",
    "personalize",
    "personalised",
    "personalized",
    "partners",
    "tracking",
    "gdpr",
    "einwilligung",
    "zustimmen",
    "akzeptieren",
    "datenschutz",
    "datenschutzerklärung",
    "consentement",
    "accepter",
    "refuser",
    "aceptar",
    "rechazar",
    "consentimiento",
    "accetta",
    "consenso",
    "aceitar",
    "toestemming",
    "accepteren",
    "çerez",
    "çerezler",
];

/// `dump::score`: a short text-dump line (lower case) containing one of
/// these is page chrome wherever it stands: account and newsletter
/// prompts, legal links, comment-form furniture.
pub(crate) const CHROME_PHRASES: &[&str] = &[
    "sign up",
    "sign in",
    "log in",
    "subscribe",
    "newsletter",
    "all rights reserved",
    "privacy policy",
    "terms of use",
    "terms of service",
    "terms and conditions",
    "cookie",
    "your email address",
    "required fields",
    "leave a comment",
    "leave a reply",
    "got something to say",
    "password",
    "like loading",
    "share this",
    "follow us",
    "javascript",
    "anmelden",
    "abonnieren",
    "s'abonner",
    "suscríbete",
    "iscriviti",
];

/// `dump::score`: a text-dump line that is one of these (lower case,
/// punctuation trimmed, a count before it allowed: "12 Comments") opens
/// the comment section, which is not the article.
pub(crate) const COMMENT_LABELS: &[&str] = &[
    "comments",
    "comment",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "add comment",
    "join the conversation",
    "join the discussion",
    "reader comments",
    "responses",
    "discussion",
    "kommentare",
    "leserkommentare",
    "commentaires",
    "comentarios",
    "commenti",
    "comentários",
    "reacties",
    "yorumlar",
];

/// `dump::score`: whole text-dump lines (lower case, punctuation trimmed)
/// that are the buttons under a comment or forum post.
pub(crate) const POST_ACTIONS: &[&str] = &[
    "reply",
    "report",
    "quote",
    "report comment",
    "like loading",
    "antworten",
    "melden",
    "répondre",
    "signaler",
    "responder",
    "rispondi",
    "responder comentário",
    "beantwoorden",
    "yanıtla",
];

/// `dump::score`: the word after a commenter's name that opens a comment
/// ("Jo Park says:"), lower case.
pub(crate) const POST_SAYS: &[&str] = &["says", "said", "wrote", "schreibt", "sagt", "dice", "dit"];

/// Headings of an author box ("About the author", "Über den Autor"): the
/// box they head describes the writer, not the story. Lower case, compared
/// with the whole heading (trailing colon dropped).
pub(crate) const AUTHOR_BOX_HEADINGS: &[&str] = &[
    "about the author",
    "about the authors",
    "about the writer",
    "über den autor",
    "über die autorin",
    "über die autoren",
    "über die autor:innen",
    "zum autor",
    "zur autorin",
    "autor:innen",
    "autor*innen",
    "à propos de l'auteur",
    "à propos de l’auteur",
    "sobre el autor",
    "sobre la autora",
    "sobre o autor",
    "sull'autore",
    "over de auteur",
    "o autorze",
    "om skribenten",
    "om författaren",
];

/// `content::bare_page`: phrases of a page that reports a failed request
/// (lower case, found anywhere in its title or first line): such a page
/// is no article however bare it is.
pub(crate) const ERROR_PAGE_PHRASES: &[&str] = &[
    "not found",
    "access denied",
    "forbidden",
    "bad gateway",
    "bad request",
    "service unavailable",
    "internal server error",
    "gateway timeout",
    "unauthorized",
    "nicht gefunden",
    "zugriff verweigert",
    "introuvable",
    "accès refusé",
    "no encontrada",
    "no encontrado",
    "acceso denegado",
    "non trovata",
    "non trovato",
    "niet gevonden",
    "não encontrada",
    "não encontrado",
];
