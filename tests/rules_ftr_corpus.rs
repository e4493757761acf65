//! Loads every FiveFilters site config in `../shared/ftr-site-config/` (when
//! present) and reports how many XPath expressions were translated.

use std::path::Path;

#[test]
#[ignore = "needs ../shared/ftr-site-config (run by CI with --ignored)"]
fn ftr_site_config_corpus_translates() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ftr-site-config");
    assert!(dir.is_dir(), "{} not found", dir.display());
    let (rules, report) = newsprint::rules::load_path_with_report(&dir).expect("loads");
    println!("{report}");
    let main = ["body", "title", "author", "date", "strip"];
    let ratio = report.translated_ratio(&main);
    println!(
        "rules: {}; body/title/author/date/strip translated: {:.1}%",
        rules.len(),
        100.0 * ratio
    );
    let mut reasons: std::collections::BTreeMap<String, usize> = Default::default();
    for s in &report.skipped {
        let key: String = s.reason.chars().take(60).collect();
        *reasons.entry(key).or_default() += 1;
    }
    let mut reasons: Vec<_> = reasons.into_iter().collect();
    reasons.sort_by_key(|r| std::cmp::Reverse(r.1));
    for (r, n) in reasons.iter().take(25) {
        println!("{n:>5}  {r}");
    }
    assert!(report.files > 1900, "{} files", report.files);
    assert_eq!(rules.len(), report.files);
    assert!(ratio >= 0.85, "only {:.1}% translated", 100.0 * ratio);
}
