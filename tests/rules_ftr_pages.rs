//! FiveFilters rules on the real pages of `../shared/corpus/trafilatura-dev`
//! whose host has a site config: the rules must not lose articles (the
//! stale-rule guard), measured with the corpus' own "with"/"without"
//! snippets. Ignored by default: needs `../shared` (CI runs it with `--ignored`).

use std::path::Path;

use newsprint::Extractor;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "needs ../shared/corpus and ../shared/ftr-site-config (run by CI with --ignored)"]
fn ftr_rules_do_not_lose_articles_on_real_pages() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let cfg = root.join("ftr-site-config");
    let corpus = root.join("corpus/trafilatura-dev");
    assert!(
        cfg.is_dir() && corpus.is_dir(),
        "../shared/ftr-site-config and ../shared/corpus/trafilatura-dev are needed"
    );
    let rules = newsprint::rules::load_path(&cfg).unwrap();
    let with_rules = Extractor::builder().rules(rules).build();
    let plain = Extractor::builder().builtin_rules(false).build();
    let eval: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(corpus.join("evaldata.json")).unwrap())
            .unwrap();
    let (
        mut pages,
        mut hit_r,
        mut hit_p,
        mut leak_r,
        mut leak_p,
        mut total_with,
        mut total_without,
    ) = (0, 0, 0, 0, 0, 0, 0);
    for (url, item) in eval.as_object().unwrap() {
        let Some(file) = item["file"].as_str() else {
            continue;
        };
        let Ok(bytes) = std::fs::read(corpus.join("html").join(file)) else {
            continue;
        };
        let Ok(a) = with_rules.extract_bytes(&bytes, Some(url)) else {
            continue;
        };
        let Some(rule) = a.rule.clone() else { continue };
        if !rule.starts_with("ftr:") {
            continue;
        }
        let b = plain.extract_bytes(&bytes, Some(url)).ok();
        pages += 1;
        let text_r = norm(&a.body_text());
        let text_p = norm(&b.map(|b| b.body_text()).unwrap_or_default());
        let (mut hr, mut hp, mut lr, mut lp) = (0, 0, 0, 0);
        for w in item["with"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
        {
            total_with += 1;
            hr += text_r.contains(&norm(w)) as usize;
            hp += text_p.contains(&norm(w)) as usize;
        }
        for w in item["without"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str())
        {
            total_without += 1;
            lr += text_r.contains(&norm(w)) as usize;
            lp += text_p.contains(&norm(w)) as usize;
        }
        if hr + 1 < hp || lr > lp + 1 {
            println!("{rule:<40} with {hr}/{hp} leaks {lr}/{lp}  {url}");
        }
        hit_r += hr;
        hit_p += hp;
        leak_r += lr;
        leak_p += lp;
    }
    println!(
        "{pages} pages with a FiveFilters rule: 'with' snippets found {hit_r} (rules) vs {hit_p} (no rules) of {total_with}; \
         'without' leaked {leak_r} vs {leak_p} of {total_without}"
    );
    if pages > 0 {
        // A stale rule may cost a little, never the article.
        assert!(
            hit_r * 10 >= hit_p * 9,
            "rules lost content: {hit_r} vs {hit_p}"
        );
    }
}
