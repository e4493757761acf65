//! The renderers on articles built from arbitrary bytes: the first bytes
//! choose inline marks (arbitrary, often invalid byte ranges) and URLs, the
//! rest is the text. JSON input is also tried as a whole `Article`.
use newsprint::{Article, Block, Image, Mark, MarkKind, RelatedItem, RelatedList};

fn main() {
    afl::fuzz!(|data: &[u8]| {
        if let Ok(a) = serde_json::from_slice::<Article>(data) {
            newsprint_fuzz::render_all(&a);
        }
        let n = (data.first().copied().unwrap_or(0) % 16) as usize;
        let head_len = (1 + n * 3).min(data.len());
        let (head, rest) = data.split_at(head_len);
        let text = String::from_utf8_lossy(rest).into_owned();
        let split = text.find('\u{1}').unwrap_or(text.len());
        let href = text[split..].trim_start_matches('\u{1}').to_string();
        let marks: Vec<Mark> = head
            .get(1..)
            .unwrap_or(&[])
            .chunks(3)
            .map(|c| {
                let start = c.first().copied().unwrap_or(0) as usize;
                let end = c.get(1).copied().unwrap_or(0) as usize;
                let kind = match c.get(2).copied().unwrap_or(0) % 4 {
                    0 => MarkKind::Link { href: href.clone() },
                    1 => MarkKind::Emphasis,
                    2 => MarkKind::Strong,
                    _ => MarkKind::Code,
                };
                Mark::new(start, end, kind)
            })
            .collect();
        let t = text[..split].to_string();
        let mut image = Image::default();
        image.url = Some(href.clone());
        image.alt = Some(t.clone());
        image.caption = Some(t.clone());
        let mut item = RelatedItem::new(t.clone());
        item.url = Some(href.clone());
        let mut list = RelatedList::default();
        list.label = Some(t.clone());
        list.items.push(item);
        let mut a = Article::default();
        a.title = Some(t.clone());
        a.authors = vec![t.clone()];
        a.body = vec![
            Block::Paragraph {
                text: t.clone(),
                marks,
            },
            Block::Heading {
                level: head.first().copied().unwrap_or(0),
                text: t.clone(),
            },
            Block::List {
                ordered: n.is_multiple_of(2),
                items: t.split('\n').map(str::to_string).collect(),
            },
            Block::Quote { text: t.clone() },
            Block::Figure { image },
            Block::Table {
                rows: t
                    .split('\n')
                    .map(|l| l.split('\t').map(str::to_string).collect())
                    .collect(),
            },
            Block::Code { text: t.clone() },
        ];
        a.related.push(list);
        newsprint_fuzz::render_all(&a);
    });
}
