//! The serde model of a rule file and its compilation into a
//! [`DeclarativeRule`](super::DeclarativeRule): the selectors parsed, errors
//! pointed at their line.

use std::fmt;

use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};

use super::{DeclarativeRule, FieldRule, Fingerprint, Probe, Split};
use crate::{Error, Result, Selector};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RuleSpec {
    name: String,
    #[serde(default)]
    hosts: OneOrMany,
    #[serde(default)]
    fingerprint: Option<FingerprintSpec>,
    title: Option<FieldSpec>,
    description: Option<FieldSpec>,
    #[serde(alias = "author")]
    authors: Option<FieldSpec>,
    #[serde(alias = "date")]
    published: Option<FieldSpec>,
    modified: Option<FieldSpec>,
    section: Option<FieldSpec>,
    source: Option<FieldSpec>,
    tags: Option<FieldSpec>,
    image: Option<FieldSpec>,
    caption: Option<FieldSpec>,
    credit: Option<FieldSpec>,
    reading_time: Option<FieldSpec>,
    #[serde(default)]
    body: OneOrMany,
    #[serde(default)]
    strip: OneOrMany,
    #[serde(default)]
    related: Vec<RelatedSpec>,
    #[serde(default)]
    drop_blocks: OneOrMany,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FingerprintSpec {
    site_name: Option<String>,
    generator: Option<String>,
    selector: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FieldTable {
    #[serde(default)]
    selector: OneOrMany,
    #[serde(default)]
    selectors: OneOrMany,
    attr: Option<String>,
    #[serde(default)]
    strip_prefix: OneOrMany,
    #[serde(default)]
    strip_suffix: OneOrMany,
    split: Option<SplitSpec>,
    date_format: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum SplitSpec {
    Flag(bool),
    On(String),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RelatedTable {
    selector: String,
    label: Option<String>,
}

/// A string or a list of strings.
#[derive(Debug, Default)]
struct OneOrMany(Vec<String>);

impl<'de> Deserialize<'de> for OneOrMany {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = OneOrMany;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a string or a list of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<OneOrMany, E> {
                Ok(OneOrMany(vec![v.to_string()]))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<OneOrMany, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    out.push(s);
                }
                Ok(OneOrMany(out))
            }
        }
        d.deserialize_any(V)
    }
}

/// A field: a selector, a table, or a list of selectors and tables.
#[derive(Debug)]
struct FieldSpec(Vec<FieldTable>);

impl<'de> Deserialize<'de> for FieldSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a selector, a table with `selector`, or a list of them")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<FieldSpec, E> {
                Ok(FieldSpec(vec![FieldTable {
                    selector: OneOrMany(vec![v.to_string()]),
                    ..FieldTable::default()
                }]))
            }
            fn visit_seq<A: SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> std::result::Result<FieldSpec, A::Error> {
                let mut out = Vec::new();
                while let Some(item) = seq.next_element::<FieldItem>()? {
                    out.push(item.0);
                }
                Ok(FieldSpec(out))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<FieldSpec, A::Error> {
                FieldTable::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(|t| FieldSpec(vec![t]))
            }
        }
        d.deserialize_any(V)
    }
}

/// One entry of a field list: a selector or a table.
struct FieldItem(FieldTable);

impl<'de> Deserialize<'de> for FieldItem {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FieldItem;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a selector or a table with `selector`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<FieldItem, E> {
                Ok(FieldItem(FieldTable {
                    selector: OneOrMany(vec![v.to_string()]),
                    ..FieldTable::default()
                }))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<FieldItem, A::Error> {
                FieldTable::deserialize(de::value::MapAccessDeserializer::new(map)).map(FieldItem)
            }
        }
        d.deserialize_any(V)
    }
}

/// A teaser box: a selector, or a table with `selector` and `label`.
#[derive(Debug)]
struct RelatedSpec(RelatedTable);

impl<'de> Deserialize<'de> for RelatedSpec {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = RelatedSpec;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a selector or a table with `selector` and `label`")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> std::result::Result<RelatedSpec, E> {
                Ok(RelatedSpec(RelatedTable {
                    selector: v.to_string(),
                    label: None,
                }))
            }
            fn visit_map<A: MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<RelatedSpec, A::Error> {
                RelatedTable::deserialize(de::value::MapAccessDeserializer::new(map))
                    .map(RelatedSpec)
            }
        }
        d.deserialize_any(V)
    }
}

/// 1-based line of the first occurrence of `needle` in `src` (for error
/// messages about values that parsed but do not compile).
fn line_of(src: &str, needle: &str) -> Option<usize> {
    let at = src.find(needle)?;
    Some(src[..at].matches('\n').count() + 1)
}

impl RuleSpec {
    pub(super) fn compile(self, src: &str, label: &str) -> Result<DeclarativeRule> {
        let sel = |css: &str| -> Result<Selector> {
            Selector::parse(css).map_err(|e| {
                let at = line_of(src, css)
                    .map(|l| format!(" at line {l}"))
                    .unwrap_or_default();
                Error::Rule(format!("{label}{at}: {e}"))
            })
        };
        let name = self.name.trim().to_string();
        if name.is_empty() {
            return Err(Error::Rule(format!("{label}: `name` is empty")));
        }
        let field = |f: Option<FieldSpec>| -> Result<Option<FieldRule>> {
            let Some(FieldSpec(tables)) = f else {
                return Ok(None);
            };
            let mut rule = FieldRule::default();
            for t in tables {
                for css in t.selector.0.iter().chain(&t.selectors.0) {
                    rule.probes.push(Probe {
                        attr: t.attr.clone().map(|a| a.to_ascii_lowercase()),
                        ..Probe::text(sel(css)?)
                    });
                }
                rule.strip_prefix.extend(t.strip_prefix.0);
                rule.strip_suffix.extend(t.strip_suffix.0);
                match t.split {
                    Some(SplitSpec::Flag(true)) => rule.split = Some(Split::Names),
                    Some(SplitSpec::On(s)) if !s.is_empty() => rule.split = Some(Split::On(s)),
                    _ => {}
                }
                if t.date_format.is_some() {
                    rule.date_format = t.date_format;
                }
            }
            if rule.probes.is_empty() {
                return Err(Error::Rule(format!("{label}: a field has no selector")));
            }
            Ok(Some(rule))
        };
        let fingerprint = match self.fingerprint {
            Some(f) => Fingerprint {
                site_name: f.site_name,
                generator: f.generator,
                selector: f.selector.as_deref().map(sel).transpose()?,
            },
            None => Fingerprint::default(),
        };
        Ok(DeclarativeRule {
            name,
            hosts: self
                .hosts
                .0
                .into_iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
            fingerprint,
            title: field(self.title)?,
            description: field(self.description)?,
            authors: field(self.authors)?,
            published: field(self.published)?,
            modified: field(self.modified)?,
            section: field(self.section)?,
            source: field(self.source)?,
            tags: field(self.tags)?,
            image: field(self.image)?,
            caption: field(self.caption)?,
            credit: field(self.credit)?,
            reading_time: field(self.reading_time)?,
            body: self
                .body
                .0
                .iter()
                .map(|c| sel(c).map(Probe::text))
                .collect::<Result<_>>()?,
            strip: self.strip.0.iter().map(|c| sel(c)).collect::<Result<_>>()?,
            related: self
                .related
                .into_iter()
                .map(|RelatedSpec(r)| Ok((sel(&r.selector)?, r.label)))
                .collect::<Result<_>>()?,
            drop_blocks: self.drop_blocks.0,
        })
    }
}
