//! Synthetic pages for benches and examples.
//!
//! Everything here is generated from our own word list with a small
//! deterministic generator: no corpus text is copied. The pages reproduce the
//! *structures* of a news page (head full of meta and scripts, navigation,
//! article with byline, figure, subheadings, an inline "Recommended" box,
//! teaser lists, footer) and, for the scaling check, pathological shapes
//! (one very long paragraph, many siblings, deep nesting, many candidates).
//!
//! Included with `#[path = ".../benches/data/synth.rs"] mod synth;` by the
//! benches that need it (examples stay self-contained).

#![allow(dead_code)]

use std::fmt::Write as _;

const WORDS: &[&str] = &[
    "harbour",
    "council",
    "river",
    "budget",
    "winter",
    "school",
    "market",
    "bridge",
    "village",
    "minister",
    "report",
    "station",
    "farmers",
    "weather",
    "railway",
    "museum",
    "election",
    "hospital",
    "engineers",
    "season",
    "coast",
    "festival",
    "court",
    "factory",
    "orchard",
    "library",
    "ferry",
    "tunnel",
    "valley",
    "province",
    "treaty",
    "harvest",
    "delegates",
    "agreement",
    "workers",
    "residents",
    "officials",
    "volunteers",
    "inspectors",
    "committee",
    "announced",
    "reviewed",
    "delayed",
    "approved",
    "rebuilt",
    "expanded",
    "measured",
    "opened",
    "closed",
    "promised",
    "questioned",
    "supported",
    "the",
    "a",
    "new",
    "old",
    "northern",
    "southern",
    "local",
    "regional",
    "national",
    "quiet",
    "busy",
    "early",
    "late",
    "long",
    "short",
    "after",
    "before",
    "during",
    "while",
    "because",
    "although",
    "with",
    "without",
    "near",
    "across",
    "under",
    "over",
    "and",
    "but",
    "or",
    "for",
    "on",
    "in",
    "at",
    "from",
    "to",
    "of",
    "three",
    "several",
    "many",
    "few",
    "most",
    "some",
    "every",
    "each",
    "their",
    "its",
    "our",
];

/// A tiny deterministic generator (64-bit LCG), enough for varied text.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407))
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn word(&mut self) -> &'static str {
        WORDS[self.below(WORDS.len())]
    }
}

/// Appends one sentence of `n` words, capitalised, ending with a full stop.
pub fn sentence(rng: &mut Rng, n: usize, out: &mut String) {
    for i in 0..n {
        let w = rng.word();
        if i == 0 {
            let mut c = w.chars();
            if let Some(f) = c.next() {
                out.extend(f.to_uppercase());
                out.push_str(c.as_str());
            }
        } else {
            out.push(' ');
            out.push_str(w);
            if i + 1 < n && rng.below(9) == 0 {
                out.push(',');
            }
        }
    }
    out.push('.');
}

/// Appends a paragraph of `sentences` sentences; some words become links or
/// emphasis when `inline` is true.
pub fn paragraph_text(rng: &mut Rng, sentences: usize, inline: bool, out: &mut String) {
    for s in 0..sentences {
        if s > 0 {
            out.push(' ');
        }
        if inline && rng.below(4) == 0 {
            let w = rng.word();
            match rng.below(3) {
                0 => {
                    let _ = write!(out, "<a href=\"/topics/{w}\">{w}</a> ");
                }
                1 => {
                    let _ = write!(out, "<em>{w}</em> ");
                }
                _ => {
                    let _ = write!(out, "<strong>{w}</strong> ");
                }
            }
        }
        let n = 8 + rng.below(16);
        sentence(rng, n, out);
    }
}

fn title(rng: &mut Rng, words: usize) -> String {
    let mut s = String::new();
    sentence(rng, words, &mut s);
    s.pop();
    s
}

fn head(rng: &mut Rng, out: &mut String, headline: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n\
         <title>{headline} | The Valley Courier</title>\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"description\" content=\"{headline}, officials said on Tuesday.\">\n\
         <meta property=\"og:site_name\" content=\"The Valley Courier\">\n\
         <meta property=\"og:type\" content=\"article\">\n\
         <meta property=\"og:title\" content=\"{headline}\">\n\
         <meta property=\"og:image\" content=\"https://courier.example/img/lead.jpg\">\n\
         <meta property=\"article:published_time\" content=\"2025-03-04T08:15:00+01:00\">\n\
         <meta name=\"author\" content=\"Mira Holt\">\n\
         <link rel=\"canonical\" href=\"https://courier.example/news/valley-story\">\n\
         <script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\
         \"headline\":\"{headline}\",\"datePublished\":\"2025-03-04T08:15:00+01:00\",\
         \"author\":[{{\"@type\":\"Person\",\"name\":\"Mira Holt\"}}],\
         \"publisher\":{{\"@type\":\"Organization\",\"name\":\"The Valley Courier\"}}}}</script>\n"
    );
    // Inline styles and scripts: real pages carry tens of KB of them.
    out.push_str("<style>");
    for i in 0..120 {
        let _ = writeln!(
            out,
            ".c{i}{{margin:0 {}px;padding:{}px;color:#{:06x}}}",
            rng.below(40),
            rng.below(20),
            rng.next() & 0xffffff
        );
    }
    out.push_str("</style>\n<script>");
    for i in 0..80 {
        let _ = writeln!(
            out,
            "window.cfg{i}={{slot:\"ad-{i}\",sizes:[[300,250],[728,90]],lazy:{},key:\"{:x}\"}};",
            i % 2 == 0,
            rng.next()
        );
    }
    out.push_str("</script>\n</head>\n");
}

fn nav(rng: &mut Rng, out: &mut String, links: usize) {
    out.push_str("<header class=\"site-header\"><a class=\"logo\" href=\"/\">The Valley Courier</a>\n<nav class=\"main-nav\"><ul>");
    for _ in 0..links {
        let w = rng.word();
        let _ = write!(
            out,
            "<li class=\"nav-item\"><a href=\"/section/{w}\">{w}</a></li>"
        );
    }
    out.push_str("</ul></nav>\n<form class=\"search\"><input type=\"search\" name=\"q\"><button>Search</button></form></header>\n");
}

fn teaser_list(rng: &mut Rng, out: &mut String, label: &str, items: usize) {
    let _ = write!(
        out,
        "<section class=\"related-stories\"><h3>{label}</h3><ul class=\"teasers\">"
    );
    for i in 0..items {
        let w = 6 + rng.below(6);
        let t = title(rng, w);
        let _ = write!(
            out,
            "<li class=\"teaser\"><a href=\"/news/story-{i}-{}\"><img src=\"/img/t{i}.jpg\" alt=\"\">\
             <span class=\"teaser-title\">{t}</span></a><span class=\"teaser-meta\">By Ola Berg · 3 min read</span></li>",
            rng.next() % 100000
        );
    }
    out.push_str("</ul></section>\n");
}

fn footer(rng: &mut Rng, out: &mut String, links: usize) {
    out.push_str("<footer class=\"site-footer\"><div class=\"footer-links\">");
    for _ in 0..links {
        let w = rng.word();
        let _ = write!(out, "<a href=\"/about/{w}\">{w}</a> ");
    }
    out.push_str("</div><p class=\"copyright\">© 2025 The Valley Courier. All rights reserved.</p>\
        <div class=\"cookie-banner\" style=\"display:none\"><p>We use cookies to improve the site.</p><button>Accept</button></div>\
        </footer>\n");
}

/// A news page of roughly `target` bytes (at least a few KB): the body grows
/// with more paragraphs, subheadings, figures, and teaser boxes.
pub fn news_page(target: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(target + 16 * 1024);
    let headline = title(&mut rng, 9);
    head(&mut rng, &mut out, &headline);
    out.push_str("<body class=\"article-page\">\n");
    nav(&mut rng, &mut out, 40);
    let _ = write!(
        out,
        "<main id=\"main\"><article class=\"story\">\n<div class=\"kicker\"><a href=\"/section/regional\">Regional</a></div>\n\
         <h1 class=\"headline\">{headline}</h1>\n<p class=\"standfirst\">"
    );
    paragraph_text(&mut rng, 2, false, &mut out);
    out.push_str(
        "</p>\n<div class=\"byline\">By <a rel=\"author\" href=\"/authors/mira-holt\">Mira Holt</a> and Tomas Ren\
         <time datetime=\"2025-03-04T08:15:00+01:00\">4 March 2025</time></div>\n\
         <div class=\"share-bar\"><a href=\"#\">Share</a><a href=\"#\">Post</a><a href=\"#\">Mail</a></div>\n\
         <figure class=\"lead\"><img src=\"/img/lead.jpg\" alt=\"The harbour at dawn\">\
         <figcaption>Boats wait outside the harbour. <span class=\"credit\">Photo: Ada Lind</span></figcaption></figure>\n\
         <div class=\"article-body\" itemprop=\"articleBody\">\n",
    );
    // Reserve room for the teaser lists and footer that follow the body.
    let tail_reserve = 6 * 1024 + target / 10;
    let body_target = target.saturating_sub(tail_reserve);
    let mut n = 0usize;
    while out.len() < body_target || n < 6 {
        n += 1;
        if n % 9 == 0 {
            out.push_str("<h2>");
            out.push_str(&title(&mut rng, 4));
            out.push_str("</h2>\n");
        }
        if n == 5 {
            out.push_str(
                "<aside class=\"recommended\"><h4>Recommended</h4><a href=\"/news/other\">",
            );
            out.push_str(&title(&mut rng, 8));
            out.push_str("</a></aside>\n");
        }
        if n % 23 == 0 {
            let _ = write!(
                out,
                "<figure><img src=\"/img/b{n}.jpg\" alt=\"\"><figcaption>"
            );
            sentence(&mut rng, 10, &mut out);
            out.push_str("</figcaption></figure>\n");
        }
        if n % 31 == 0 {
            out.push_str("<blockquote><p>");
            sentence(&mut rng, 14, &mut out);
            out.push_str("</p></blockquote>\n");
        }
        if n % 37 == 0 {
            out.push_str("<ul>");
            for _ in 0..4 {
                out.push_str("<li>");
                sentence(&mut rng, 7, &mut out);
                out.push_str("</li>");
            }
            out.push_str("</ul>\n");
        }
        if n % 50 == 0 {
            out.push_str(
                "<div class=\"ad-slot\" id=\"ad-inline\"><script>window.adq=1;</script></div>\n",
            );
        }
        out.push_str("<p>");
        let s = 2 + rng.below(5);
        paragraph_text(&mut rng, s, true, &mut out);
        out.push_str("</p>\n");
    }
    out.push_str("<p class=\"source\">SOURCE: Wire services</p>\n</div>\n</article>\n");
    // Teaser boxes: about a tenth of the page.
    let mut k = 0;
    while out.len() < target.saturating_sub(3 * 1024) || k < 2 {
        let label = ["Explore", "Most read", "More from Regional", "Related"][k % 4];
        teaser_list(&mut rng, &mut out, label, 8);
        k += 1;
    }
    out.push_str("</main>\n");
    footer(&mut rng, &mut out, 30);
    out.push_str("</body></html>\n");
    out
}

/// A plain-text dump of a news page of roughly `target` bytes.
pub fn text_dump(target: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(target + 4096);
    out.push_str("Home\nRegional\nBusiness\nSport\nCulture\n\nREGIONAL\n2 min read\n");
    out.push_str(&title(&mut rng, 9));
    out.push('\n');
    sentence(&mut rng, 18, &mut out);
    out.push_str(
        "\nBoats wait outside the harbour.\nPhoto: Ada Lind\nBy Mira Holt\n4 March 2025\n\n",
    );
    let mut n = 0;
    while out.len() < target.saturating_sub(1024) || n < 4 {
        n += 1;
        if n % 10 == 0 {
            out.push_str(&title(&mut rng, 3));
            out.push_str("\n\n");
        }
        if n == 4 {
            out.push_str("Recommended\n");
            out.push_str(&title(&mut rng, 8));
            out.push_str("\n\n");
        }
        let s = 2 + rng.below(4);
        let start = out.len();
        paragraph_text(&mut rng, s, false, &mut out);
        debug_assert!(out.len() > start);
        out.push_str("\n\n");
    }
    out.push_str("SOURCE: Wire services\n\nExplore\n");
    for _ in 0..6 {
        out.push_str(&title(&mut rng, 8));
        out.push_str("\nOla Berg\n");
    }
    out
}

/// Pathological shapes for the scaling check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A realistic news page, grown by adding paragraphs and teaser boxes.
    News,
    /// One huge paragraph inside an article (long text node runs, many inline marks).
    LongParagraph,
    /// Very many `<p>` siblings under a single container.
    ManySiblings,
    /// Nesting depth that grows with the input (`<span>` inside `<span>`…,
    /// with text at each level). Spans, not divs: html5ever's tree builder
    /// checks "p in button scope" for every block start tag by walking the
    /// stack of open elements, so nested `<div>`s make the *parse* itself
    /// quadratic; see [`Shape::DeepDivs`].
    DeepNesting,
    /// Nested `<div>`s: quadratic in html5ever itself (see above). Only run
    /// to small sizes.
    DeepDivs,
    /// Many small candidate containers (`div > div > p, p`), like a comment thread.
    ManyCandidates,
    /// Many links and list items (teaser-heavy index page).
    ManyLinks,
}

impl Shape {
    /// All shapes.
    pub const ALL: [Shape; 7] = [
        Shape::News,
        Shape::LongParagraph,
        Shape::ManySiblings,
        Shape::DeepNesting,
        Shape::DeepDivs,
        Shape::ManyCandidates,
        Shape::ManyLinks,
    ];

    /// A short name.
    pub fn name(self) -> &'static str {
        match self {
            Shape::News => "news",
            Shape::LongParagraph => "long-paragraph",
            Shape::ManySiblings => "many-siblings",
            Shape::DeepNesting => "deep-nesting",
            Shape::DeepDivs => "deep-divs",
            Shape::ManyCandidates => "many-candidates",
            Shape::ManyLinks => "many-links",
        }
    }
}

fn wrap_start(out: &mut String) {
    out.push_str(
        "<!DOCTYPE html><html lang=\"en\"><head><title>Synthetic page</title></head><body>\
         <article><h1>Synthetic page for the scaling check</h1>\n",
    );
}

fn wrap_end(out: &mut String) {
    out.push_str("</article></body></html>\n");
}

/// A page of roughly `target` bytes with the given shape.
pub fn shaped_page(shape: Shape, target: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    if shape == Shape::News {
        return news_page(target, seed);
    }
    let mut out = String::with_capacity(target + 4096);
    wrap_start(&mut out);
    let end = target.saturating_sub(64);
    match shape {
        Shape::News => unreachable!(),
        Shape::LongParagraph => {
            out.push_str("<p>");
            while out.len() < end {
                paragraph_text(&mut rng, 4, true, &mut out);
                out.push(' ');
            }
            out.push_str("</p>");
        }
        Shape::ManySiblings => {
            out.push_str("<div class=\"content\">");
            while out.len() < end {
                out.push_str("<p>");
                let s = 1 + rng.below(3);
                paragraph_text(&mut rng, s, false, &mut out);
                out.push_str("</p>\n");
            }
            out.push_str("</div>");
        }
        Shape::DeepNesting | Shape::DeepDivs => {
            let tag = if shape == Shape::DeepDivs {
                "div"
            } else {
                "span"
            };
            let mut depth = 0usize;
            while out.len() < end {
                out.push('<');
                out.push_str(tag);
                out.push_str(" class=\"level\">");
                sentence(&mut rng, 10, &mut out);
                depth += 1;
            }
            for _ in 0..depth {
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
        }
        Shape::ManyCandidates => {
            let mut i = 0;
            while out.len() < end {
                i += 1;
                let _ = write!(
                    out,
                    "<div class=\"comment\" id=\"c{i}\"><div class=\"comment-body\"><p>"
                );
                paragraph_text(&mut rng, 2, true, &mut out);
                out.push_str("</p><p>");
                paragraph_text(&mut rng, 1, false, &mut out);
                out.push_str("</p></div><div class=\"comment-meta\"><a href=\"#\">Reply</a> · Ola Berg</div></div>\n");
            }
        }
        Shape::ManyLinks => {
            let mut k = 0;
            while out.len() < end {
                teaser_list(&mut rng, &mut out, "More", 10);
                k += 1;
                if k % 3 == 0 {
                    out.push_str("<p>");
                    paragraph_text(&mut rng, 3, false, &mut out);
                    out.push_str("</p>\n");
                }
            }
        }
    }
    wrap_end(&mut out);
    out
}
