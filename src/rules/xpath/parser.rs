//! The XPath parser: paths, steps and predicates, written out as CSS
//! while they are read.

use super::Css;
use super::Target;
use super::css::{Position, Pred, Val, compare, ident, quote, to_bool};
use super::tokens::Tok;
use crate::rules::clip;

mod predicates;

/// Deepest nesting of predicates and parentheses accepted.
const MAX_DEPTH: usize = 32;

/// Longest translated CSS selector accepted, in bytes. Each positional
/// predicate after a filter (`[@class][1]`) repeats the selector so far
/// inside `:nth-child(n of …)`, so the CSS can grow much faster than the
/// XPath; real site configs stay far below this (their longest lines are a
/// few hundred characters).
pub(super) const MAX_SELECTOR_LEN: usize = 8 * 1024;

/// `Ok(())` while `css` is within [`MAX_SELECTOR_LEN`], else the reason.
pub(super) fn check_len(css: &str) -> Result<(), String> {
    if css.len() > MAX_SELECTOR_LEN {
        return Err(format!(
            "the CSS translation would be longer than {MAX_SELECTOR_LEN} bytes \
             (too many predicates, or positions after filters)"
        ));
    }
    Ok(())
}

/// A recursive-descent parser over the tokens of one expression that
/// writes CSS as it goes.
pub(super) struct Parser {
    /// The expression's tokens.
    pub(super) tokens: Vec<Tok>,
    /// Index of the next token to read.
    pub(super) pos: usize,
    /// Current nesting of predicates and parentheses (see `MAX_DEPTH`).
    pub(super) depth: usize,
}

/// The axis a step is taken on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum StepAxis {
    Down,
    Sibling,
    Parent,
    Ancestor,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.tokens.get(self.pos)
    }

    pub(super) fn eat(&mut self, t: &Tok) -> bool {
        if self.peek() == Some(t) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, t: &Tok) -> Result<(), String> {
        if self.eat(t) {
            Ok(())
        } else {
            Err(match self.peek() {
                Some(x) => format!("expected {}, found {}", t.describe(), x.describe()),
                None => format!("expected {} at end", t.describe()),
            })
        }
    }

    fn enter(&mut self) -> Result<(), String> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(format!(
                "expression nests deeper than {MAX_DEPTH} levels of predicates and parentheses"
            ));
        }
        Ok(())
    }

    /// A top-level path, possibly parenthesised with a `[1]` filter, or
    /// wrapped in a string function that only trims the text.
    pub(super) fn top_path(&mut self) -> Result<Css, String> {
        if let Some(Tok::Name(f)) = self.peek().cloned()
            && self.tokens.get(self.pos + 1) == Some(&Tok::LParen)
            && matches!(
                f.as_str(),
                "substring-after" | "substring-before" | "normalize-space" | "string"
            )
        {
            self.pos += 2;
            self.enter()?;
            let mut inner = self.top_path()?;
            self.depth -= 1;
            if f.starts_with("substring") {
                self.expect(&Tok::Comma)?;
                let Some(Tok::Lit(lit)) = self.peek().cloned() else {
                    return Err(format!("{f}() with a non-literal marker"));
                };
                self.pos += 1;
                if f == "substring-after" {
                    if inner.after.is_some() || inner.before.is_some() {
                        return Err("nested substring-after()".into());
                    }
                    inner.after = Some(lit);
                } else {
                    if inner.before.is_some() {
                        return Err("nested substring-before()".into());
                    }
                    inner.before = Some(lit);
                }
            }
            self.expect(&Tok::RParen)?;
            return Ok(inner);
        }
        if self.eat(&Tok::LParen) {
            self.enter()?;
            let inner = self.path(false)?;
            self.expect(&Tok::RParen)?;
            self.depth -= 1;
            let mut first_only = false;
            while self.eat(&Tok::LBrack) {
                match (self.peek().cloned(), self.tokens.get(self.pos + 1)) {
                    (Some(Tok::Num(1.0)), Some(Tok::RBrack)) => {
                        self.pos += 2;
                        first_only = true;
                    }
                    _ => return Err("only [1] is supported after a parenthesised path".into()),
                }
            }
            if let Some(Tok::Slash | Tok::DSlash) = self.peek() {
                return Err("steps after a parenthesised path".into());
            }
            return Ok(Css {
                first_only,
                ..inner
            });
        }
        self.path(false)
    }

    /// A location path. `relative` paths are inside predicates (their CSS is
    /// relative to the context element, for `:has()`).
    fn path(&mut self, relative: bool) -> Result<Css, String> {
        let mut css = String::new();
        let mut target = Target::Text;
        // Combinator before the next step.
        let mut comb: &str;
        match self.peek() {
            Some(Tok::DSlash) => {
                self.pos += 1;
                if relative {
                    return Err("absolute path inside a predicate".into());
                }
                comb = "";
            }
            Some(Tok::Slash) => {
                self.pos += 1;
                if relative {
                    return Err("absolute path inside a predicate".into());
                }
                comb = "ROOT";
            }
            Some(Tok::Dot) if relative => {
                self.pos += 1;
                match self.peek() {
                    Some(Tok::DSlash) => {
                        self.pos += 1;
                        comb = "";
                    }
                    Some(Tok::Slash) => {
                        self.pos += 1;
                        comb = "> ";
                    }
                    _ => return Err("`.` as a value (text-content test)".into()),
                }
            }
            Some(Tok::Dot) => {
                // `.//x` at top level: the document is the context.
                self.pos += 1;
                match self.peek() {
                    Some(Tok::DSlash) => {
                        self.pos += 1;
                        comb = "";
                    }
                    _ => return Err("`.` at top level".into()),
                }
            }
            _ => comb = if relative { "> " } else { "" },
        }
        let mut steps = 0;
        loop {
            // Terminal steps.
            if self.eat(&Tok::At) {
                let name = self.name()?;
                if relative {
                    return Err("attribute step inside a predicate path".into());
                }
                if steps == 0 {
                    return Err("attribute without an element step".into());
                }
                target = Target::Attr(name);
                break;
            }
            if let Some(Tok::Name(n)) = self.peek()
                && n == "text"
                && self.tokens.get(self.pos + 1) == Some(&Tok::LParen)
            {
                self.pos += 2;
                self.expect(&Tok::RParen)?;
                if relative || steps == 0 {
                    return Err("text() as a node test".into());
                }
                target = Target::Text;
                break;
            }
            let mut adjacent = false;
            let axis = if comb == "~ " {
                StepAxis::Sibling
            } else {
                StepAxis::Down
            };
            let step = self.step(axis, &mut adjacent)?;
            let comb_now = if adjacent { "+ " } else { comb };
            if steps == 0 {
                if comb_now == "ROOT" {
                    css = format!("{step}:root");
                } else if relative && !comb_now.is_empty() {
                    css = format!("{comb_now}{step}");
                } else {
                    css = step;
                }
            } else {
                css.push(' ');
                css.push_str(comb_now);
                css.push_str(&step);
            }
            check_len(&css)?;
            steps += 1;
            comb = match self.peek() {
                Some(Tok::Slash) => "> ",
                Some(Tok::DSlash) => "",
                _ => break,
            };
            self.pos += 1;
            // Upward steps: `P/parent::C` is a C with a child matching P,
            // `P/ancestor::C` a C with such a descendant.
            let mut upward;
            loop {
                let up = match self.peek() {
                    Some(Tok::Axis(a)) if a == "parent" || a == "ancestor" => {
                        upward = if a == "parent" {
                            StepAxis::Parent
                        } else {
                            StepAxis::Ancestor
                        };
                        let parent = a == "parent";
                        self.pos += 1;
                        parent
                    }
                    Some(Tok::DDot) => {
                        upward = StepAxis::Parent;
                        self.pos += 1;
                        if self.peek() == Some(&Tok::LBrack) {
                            return Err("predicate on `..`".into());
                        }
                        true
                    }
                    _ => break,
                };
                if relative {
                    return Err("upward step inside a predicate".into());
                }
                if comb != "> " {
                    return Err("upward axis after `//`".into());
                }
                let c = if self.tokens.get(self.pos.wrapping_sub(1)) == Some(&Tok::DDot) {
                    "*".to_string()
                } else {
                    let mut adj = false;
                    self.step(upward, &mut adj)?
                };
                let scope = if up { "> " } else { "" };
                css = format!("{c}:has({scope}:is({css}))");
                check_len(&css)?;
                comb = match self.peek() {
                    Some(Tok::Slash) => "> ",
                    Some(Tok::DSlash) => "",
                    _ => {
                        comb = "END";
                        break;
                    }
                };
                self.pos += 1;
            }
            if comb == "END" {
                break;
            }
            // `//` then the axes written out.
            if let Some(Tok::Axis(a)) = self.peek() {
                match a.as_str() {
                    "following-sibling" if comb == "> " => {
                        comb = "~ ";
                    }
                    "descendant" if comb == "> " => comb = "",
                    "child" => {}
                    "descendant-or-self"
                        if self.tokens.get(self.pos + 1) == Some(&Tok::Name("node".into())) =>
                    {
                        // `descendant-or-self::node()/x` is `//x`.
                        self.pos += 4;
                        if !self.eat(&Tok::Slash) {
                            return Err("descendant-or-self::node() must be followed by /".into());
                        }
                        comb = "";
                        continue;
                    }
                    other => {
                        return Err(format!("axis `{}::` has no CSS equivalent", clip(other)));
                    }
                }
                self.pos += 1;
            }
        }
        if steps == 0 {
            return Err("no element step".into());
        }
        Ok(Css {
            selector: css,
            target,
            first_only: false,
            after: None,
            before: None,
        })
    }

    fn name(&mut self) -> Result<String, String> {
        match self.peek().cloned() {
            Some(Tok::Name(n)) => {
                self.pos += 1;
                if n.contains(':') {
                    return Err(format!("namespaced name `{}`", clip(&n)));
                }
                Ok(n.to_ascii_lowercase())
            }
            Some(Tok::Star) => {
                self.pos += 1;
                Ok("*".into())
            }
            Some(t) => Err(format!("expected a name, found {}", t.describe())),
            None => Err("expected a name at end".into()),
        }
    }

    /// One step: axis-free name test plus predicates.
    fn step(&mut self, axis: StepAxis, adjacent: &mut bool) -> Result<String, String> {
        if let Some(Tok::Axis(a)) = self.peek() {
            match a.as_str() {
                "child" | "descendant" if axis == StepAxis::Down => self.pos += 1,
                "self" => return Err("self:: axis".into()),
                other => {
                    return Err(format!("axis `{}::` has no CSS equivalent", clip(other)));
                }
            }
        }
        if self.peek() == Some(&Tok::DDot) {
            return Err("parent step `..` has no CSS equivalent".into());
        }
        if self.peek() == Some(&Tok::Dot) {
            return Err("`.` step".into());
        }
        let mut name = self.name()?;
        if name == "node" && self.peek() == Some(&Tok::LParen) {
            self.pos += 1;
            self.expect(&Tok::RParen)?;
            name = "*".into();
        }
        if self.peek() == Some(&Tok::LParen) {
            return Err(format!("function `{}()` as a step", clip(&name)));
        }
        let mut filters = String::new();
        let mut out = String::new();
        while self.eat(&Tok::LBrack) {
            self.enter()?;
            let pred = self.or_expr()?;
            self.expect(&Tok::RBrack)?;
            self.depth -= 1;
            match pred {
                Pred::Filter(f) => {
                    filters.push_str(&f);
                    check_len(&filters)?;
                }
                // The parent is the only one: `parent::x[1]` is `parent::x`.
                Pred::Pos(Position::Nth(1)) if axis == StepAxis::Parent => continue,
                Pred::Pos(_) if matches!(axis, StepAxis::Parent | StepAxis::Ancestor) => {
                    return Err("position on an upward axis".into());
                }
                Pred::Pos(pos) if axis == StepAxis::Sibling => {
                    if matches!(pos, Position::Nth(1)) && filters.is_empty() && name == "*" {
                        *adjacent = true;
                        continue;
                    }
                    return Err("position on the following-sibling axis".into());
                }
                Pred::Pos(pos) => {
                    // `name` and `filters` are each within the cap, so this
                    // is at most a few times the cap before the check below.
                    let of = if filters.is_empty() {
                        None
                    } else {
                        Some(format!("{name}{filters}"))
                    };
                    let head = if name == "*" { "" } else { &name };
                    let pc = match (&pos, &of, name == "*") {
                        (Position::Nth(n), None, false) => format!(":nth-of-type({n})"),
                        (Position::Nth(n), None, true) => format!(":nth-child({n})"),
                        (Position::Nth(n), Some(of), _) => format!(":nth-child({n} of {of})"),
                        (Position::Last, None, false) => ":last-of-type".into(),
                        (Position::Last, None, true) => ":last-child".into(),
                        (Position::Last, Some(of), _) => format!(":nth-last-child(1 of {of})"),
                        (Position::FirstN(n), None, false) => format!(":nth-of-type(-n+{n})"),
                        (Position::FirstN(n), None, true) => format!(":nth-child(-n+{n})"),
                        (Position::FirstN(n), Some(of), _) => {
                            format!(":nth-child(-n+{n} of {of})")
                        }
                    };
                    out = format!("{head}{filters}{pc}");
                    check_len(&out)?;
                    filters.clear();
                    // Later filters apply on top of the positioned element.
                    name = if out.is_empty() {
                        "*".into()
                    } else {
                        out.clone()
                    };
                    continue;
                }
            }
        }
        let css = if out.is_empty() {
            format!("{name}{filters}")
        } else {
            format!("{out}{filters}")
        };
        check_len(&css)?;
        Ok(css)
    }
}
