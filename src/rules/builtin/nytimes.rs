//! The New York Times (nytimes.com).
//!
//! What the generic heuristics get wrong on this publisher (measured on the
//! Readability test pages `nytimes-1` … `nytimes-4`):
//! - the older template splits the story into `.story-body-1`,
//!   `.story-body-2` … with advertising and "Continue reading the main story"
//!   between them, and a scorer keeps only the biggest part (recall 0.79 on
//!   `nytimes-2`);
//! - the newer template (`section[name=articleBody]`) embeds interactive
//!   charts (`.interactive-embedded`, whose axis labels read as text) and
//!   "related" asides inside the body (precision 0.88 on `nytimes-4`);
//! - the `byl` meta shouts the byline ("By JEFFREY GETTLEMAN"), and the
//!   publication day is only in `pdate` (`20170113`).

use url::Url;

use crate::dom::Document;
use crate::rules::RuleHints;
use crate::rules::declarative::DeclarativeRule;
use crate::rules::{Fields, Rule};
use crate::{Article, Block};

const SPEC: &str = r#"
name = "nytimes"
hosts = ["nytimes.com"]
fingerprint = { selector = "meta[name=byl] ~ meta[name=CG], meta[name=CG] ~ meta[name=byl]" }

authors = { selector = ["meta[name=byl]"], attr = "content", strip_prefix = ["By "], split = true }
published = { selector = ["meta[name=pdate]"], attr = "content", date_format = "%Y%m%d" }
section = { selector = ["meta[property='article:section']"], attr = "content" }

body = [
  "section[name=articleBody]",
  ".story-body:is([class*=story-body-])",
  "p.story-body-text",
]
strip = [
  ".interactive-embedded",
  "section[name=articleBody] aside",
  "[id^=story-ad]",
  "[data-testid=inline-message]",
]
drop_blocks = ["Continue reading the main story", "Advertisement"]
"#;

/// The New York Times rule.
#[derive(Debug, Clone)]
pub struct NyTimes {
    core: DeclarativeRule,
}

impl NyTimes {
    /// The rule; `None` only if its embedded definition failed to compile
    /// (a test guards against that).
    pub fn new() -> Option<NyTimes> {
        DeclarativeRule::from_toml_named(SPEC, "builtin/nytimes")
            .ok()
            .map(|core| NyTimes { core })
    }
}

impl Rule for NyTimes {
    fn name(&self) -> &str {
        "nytimes"
    }

    fn hosts(&self) -> Vec<String> {
        self.core.hosts()
    }

    fn fingerprint(&self, doc: &Document) -> bool {
        self.core.fingerprint(doc)
    }

    fn fields(&self, doc: &Document, base: Option<&Url>) -> Fields {
        let mut f = self.core.fields(doc, base);
        f.authors = f.authors.iter().map(|a| super::fix_shouting(a)).collect();
        f
    }

    fn hints(&self, doc: &Document) -> RuleHints {
        self.core.hints(doc)
    }

    fn is_boilerplate(&self, doc: &Document, block: &Block) -> bool {
        self.core.is_boilerplate(doc, block)
    }

    fn finish(&self, _doc: &Document, _article: &mut Article) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_definition_compiles() {
        assert!(NyTimes::new().is_some());
    }
}
