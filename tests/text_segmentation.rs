//! Whole-page text dumps (a browser's select-all / copy): where the article
//! starts and ends among menus, consent banners, teaser lists, comment
//! sections and footers. One synthetic dump per failure class of the line
//! segmenter, written for these tests.

use newsprint::Article;

fn extract(dump: &str) -> Article {
    newsprint::extract_text(dump, None).unwrap_or_else(|e| panic!("{e}"))
}

#[path = "common/blocks.rs"]
mod blocks;
use blocks::paragraphs;

const MENU: &str =
    "Skip to content\nHome\nNews\nSport\nBusiness\nCulture\nTravel\nWeather\nSearch\n";

const FOOTER: &str = "About us\nContact\nCareers\nAdvertise\nPrivacy Policy\nTerms of Use\n\
    © 2025 Harbour Gazette. All rights reserved.\n";

const ARTICLE: [&str; 5] = [
    "The harbour board voted on Tuesday to keep the night ferry running through the winter, after a survey of island residents showed that most of them rely on it to reach work and school.",
    "Board members had planned to suspend the service in November, as they have done every year since the old pier was rebuilt, but the survey changed their minds within a single meeting.",
    "The chair of the board said the cost of the extra crossings would be covered by a small rise in car fares, while foot passengers and cyclists would continue to travel at the current price.",
    "Islanders who had campaigned for the change welcomed the decision, and said they hoped the board would now look again at the timetable for the first morning crossing as well.",
    "The new winter timetable will be published next week and is due to take effect from the first of November, the board said in a statement after the vote.",
];

fn article_text() -> String {
    ARTICLE.join("\n\n")
}

fn assert_whole_article(a: &Article) {
    let p = paragraphs(a);
    assert_eq!(p.first().copied(), Some(ARTICLE[0]), "{p:#?}");
    assert_eq!(p.last().copied(), Some(ARTICLE[4]), "{p:#?}");
}

#[test]
fn consent_banner_is_not_the_body() {
    let dump = format!(
        "{MENU}\
         We value your privacy\n\
         We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads, to measure performance and to understand how our site is used.\n\
         You can accept all cookies, reject them, or choose your preferences at any time; your consent applies to this site and to the partners listed in our cookie notice.\n\
         Accept all\nReject all\nManage preferences\n\
         LOCAL\n\
         Night ferry to keep running all winter\n\
         By Ana Lima\n\
         March 3, 2025\n\n\
         {}\n\n{FOOTER}",
        article_text()
    );
    let a = extract(&dump);
    assert_eq!(
        a.title.as_deref(),
        Some("Night ferry to keep running all winter")
    );
    assert_eq!(a.authors, ["Ana Lima"]);
    let body = a.body_text();
    assert!(!body.contains("cookies"), "{body}");
    assert!(!body.contains("consent"), "{body}");
    assert_whole_article(&a);
}

#[test]
fn teaser_list_above_the_headline_is_not_the_body() {
    let dump = format!(
        "{MENU}\
         Latest\n\
         2 hours ago\n\
         Council approves new cycle lanes on the coast road\n\
         The plan adds protected lanes on both sides of the road and removes forty parking spaces near the beach.\n\
         1 day ago\n\
         School reopens after summer flood repairs\n\
         Pupils returned to classrooms on Monday after builders finished drying out the ground floor of the main building.\n\
         2 days ago\n\
         Lighthouse museum wins national heritage award\n\
         The volunteers who run the museum said the prize money would pay for a new roof over the lamp room next spring.\n\
         Night ferry to keep running all winter\n\
         By Ana Lima | March 3, 2025\n\n\
         {}\n\n{FOOTER}",
        article_text()
    );
    let a = extract(&dump);
    assert_eq!(
        a.title.as_deref(),
        Some("Night ferry to keep running all winter")
    );
    let body = a.body_text();
    assert!(!body.contains("cycle lanes"), "{body}");
    assert!(!body.contains("lamp room"), "{body}");
    assert_whole_article(&a);
}

#[test]
fn most_read_comments_and_footer_stay_out() {
    let dump = format!(
        "{MENU}\
         Night ferry to keep running all winter\n\
         By Ana Lima\n\
         March 3, 2025\n\n\
         {}\n\n\
         Share this article\n\
         Most read\n\
         Council approves new cycle lanes on the coast road\n\
         School reopens after summer flood repairs\n\
         Lighthouse museum wins national heritage award\n\
         3 Comments\n\
         Tom Reed says:\n\
         March 3, 2025 at 9:14 am\n\
         This is great news for everyone on the island, and I hope the board keeps the later crossings in the summer timetable too.\n\
         Reply\n\
         Jo Park says:\n\
         March 3, 2025 at 11:02 am\n\
         My children take that ferry to school every day, so we are very relieved that it will keep running through the dark months.\n\
         Reply\n\
         Sam Ito says:\n\
         March 4, 2025 at 8:40 pm\n\
         Fares for cars were already high, and another rise will hurt the small businesses that have to bring their vans across every week.\n\
         Reply\n\
         Leave a Reply\n\
         Your email address will not be published. Required fields are marked *\n\
         Sign up for our newsletter\n\
         {FOOTER}",
        article_text()
    );
    let a = extract(&dump);
    let body = a.body_text();
    for leak in [
        "relieved",
        "small businesses",
        "cycle lanes",
        "email address",
        "newsletter",
        "Careers",
    ] {
        assert!(!body.contains(leak), "{leak:?} leaked into {body}");
    }
    assert_whole_article(&a);
    assert_eq!(a.related[0].label.as_deref(), Some("Most read"));
    assert_eq!(a.related[0].items.len(), 3);
}

#[test]
fn article_is_not_cut_at_subheadings_pull_quotes_or_ad_labels() {
    let dump = format!(
        "{MENU}\
         Night ferry to keep running all winter\n\
         By Ana Lima\n\
         March 3, 2025\n\n\
         {}\n\n{}\n\n\
         What the survey found\n\n\
         “We rely on it every single day”\n\n\
         Advertisement\n\
         Story continues below advertisement\n\
         In numbers\n\
         Crossings per night\n\
         Four\n\
         Passengers last winter\n\
         Eleven thousand\n\
         Cars last winter\n\
         Three thousand\n\n\
         {}\n\n{}\n\n{}\n\n{FOOTER}",
        ARTICLE[0], ARTICLE[1], ARTICLE[2], ARTICLE[3], ARTICLE[4]
    );
    let a = extract(&dump);
    assert_whole_article(&a);
    assert_eq!(paragraphs(&a).len(), 5);
    let body = a.body_text();
    assert!(!body.contains("Advertisement"), "{body}");
}

#[test]
fn posts_of_a_forum_thread_are_its_content() {
    // A thread is all posts: a long opening post followed by a cluster of
    // post headers is not an article with comments under it.
    let mut dump = format!(
        "{MENU}Night ferry timetable thread\nThread starter Tom Reed\nTom Reed says:\nMarch 3, 2025 at 9:10 am\n"
    );
    for p in ARTICLE {
        dump.push_str(p);
        dump.push('\n');
    }
    dump.push_str("Reply\n");
    let replies = [
        "Jo Park says:\nMarch 3, 2025 at 9:40 am\nMy children take that ferry to school every day, so we are very relieved that it will keep running.\nReply\n",
        "Sam Ito says:\nMarch 3, 2025 at 10:05 am\nFares for cars were already high, and another rise will hurt the small businesses on the island.\nReply\n",
        "Ana Lima says:\nMarch 4, 2025 at 8:15 am\nThe first morning crossing is the one that matters most for the nurses who work the early shift.\nReply\n",
    ];
    for r in replies {
        dump.push_str(r);
    }
    dump.push_str(FOOTER);
    let a = extract(&dump);
    let body = a.body_text();
    assert!(body.contains(ARTICLE[4]), "{body}");
    assert!(body.contains("nurses who work the early shift"), "{body}");
}
